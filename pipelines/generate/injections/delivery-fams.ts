// Faults in an aim's funding and monitoring (LearningDeliveryFAM) and its original start date:
// source of funding (SOF), apprenticeship contract type (ACT), loans (ADL), learning delivery
// monitoring (LDM), restarts (RES, OrigLearnStartDate), community learning (ACL). Made in the aim's
// XML as written (write-xml.ts famsXml), on aims whose other FAM rules the change does not touch.
import { addYears, daysToIso, isoToDays } from '../../ilr/dates.ts';
import type { ReturnedAim } from '../return-view.ts';
import { addToAim, days, deliveryFam, isAdultSkills, isStandalone, onAim, plusDays, since, withAlso, type Injection } from './fault.ts';

/** An adult skills aim outside any programme: SOF 105, nothing else dated. */
const plainAdult = (aim: ReturnedAim): boolean => isAdultSkills(aim) && isStandalone(aim) && !aim.aim.isRestart;
const apprenticeshipProgramme = (aim: ReturnedAim): boolean => aim.aim.fundModel === 36 && aim.aim.aimType === 1;
/** Codes no rule of ours reads, so only the count or the repeat is wrong. */
const PLAIN_LDM = ['323', '324', '325', '326', '327', '328', '329'];
const ACL_FROM = isoToDays('2023-08-01') ?? 0;
const ACT_1 = '<LearnDelFAMType>ACT</LearnDelFAMType><LearnDelFAMCode>1</LearnDelFAMCode>';
const ACT_2 = '<LearnDelFAMType>ACT</LearnDelFAMType><LearnDelFAMCode>2</LearnDelFAMCode>';
const origDate = (value: string) => `<OrigLearnStartDate>${value}</OrigLearnStartDate>`;


export const DELIVERY_FAM_INJECTIONS: readonly Injection[] = [
  // Seven LDM records: six at most.
  {
    rule: 'LearnDelFAMType_31',
    inject: (view) =>
      onAim(view, plainAdult, () => ({ xml: addToAim(PLAIN_LDM.map((c) => deliveryFam('LDM', c)).join('')), field: 'LearnDelFAMType', value: 'LDM' })),
  },
  // The same LDM code twice.
  {
    rule: 'R_52',
    inject: (view) =>
      onAim(view, plainAdult, () => ({ xml: addToAim(deliveryFam('LDM', '323') + deliveryFam('LDM', '323')), field: 'LearnDelFAMType', value: 'LDM:323' })),
  },
  // The source of funding twice: one type that must be there once (LearnDelFAMType_18) and, the
  // records being the same, a repeated record (R_52).
  {
    rule: 'LearnDelFAMType_18',
    inject: (view) =>
      withAlso(onAim(view, plainAdult, () => ({ xml: addToAim(deliveryFam('SOF', '105')), field: 'LearnDelFAMType', value: 'SOF' })), ['R_52']),
  },
  // A date on the source of funding, which is not a dated FAM type.
  {
    rule: 'LearnDelFAMDateFrom_03',
    inject: (view) =>
      onAim(view, plainAdult, (aim) => ({
        xml: (xml) => xml.replace(deliveryFam('SOF', '105'), deliveryFam('SOF', '105', aim.learnStartDate)),
        field: 'LearnDelFAMDateFrom',
        value: aim.learnStartDate,
      })),
  },
  // A loan (ADL) on an adult skills aim: loans are FundModel 99, which FundModel_03 asks of a loan-financed aim too.
  {
    rule: 'LearnDelFAMType_35',
    inject: (view) =>
      withAlso(onAim(view, plainAdult, () => ({ xml: addToAim(deliveryFam('ADL', '1')), field: 'LearnDelFAMType', value: 'ADL' })), ['FundModel_03']),
  },
  // Full or co-funding (FFI) on a 16–19 aim.
  {
    rule: 'LearnDelFAMType_22',
    inject: (view) =>
      onAim(view, (aim) => aim.aim.fundModel === 25, () => ({ xml: addToAim(deliveryFam('FFI', '1')), field: 'LearnDelFAMType', value: 'FFI' })),
  },
  // The contract type dated from a later day than the start: no ACT on the first day.
  {
    rule: 'R_102',
    inject: (view, { rng }) =>
      onAim(view, (aim) => aim.aim.fundModel === 36 && aim.learnActEndDate === null, (aim) => {
        const value = plusDays(aim.learnStartDate, rng.int(1, 20));
        return {
          xml: (xml) => xml.replace(deliveryFam('ACT', '1', aim.learnStartDate), deliveryFam('ACT', '1', value)),
          field: 'LearnDelFAMDateFrom',
          value,
        };
      }),
  },
  // The contract type without its date from: then no contract type applies from the start either (R_102).
  {
    rule: 'LearnDelFAMDateFrom_04',
    inject: (view) =>
      withAlso(
        onAim(view, (aim) => aim.aim.fundModel === 36 && aim.learnActEndDate === null, (aim) => ({
        xml: (xml) => xml.replace(deliveryFam('ACT', '1', aim.learnStartDate), deliveryFam('ACT', '1')),
        field: 'LearnDelFAMDateFrom',
        value: null,
      })),
        ['R_102'],
      ),
  },
  // ACT 2 (contracted with the ESFA, non-levy) on an apprenticeship programme aim, and on its
  // components with it (different contract types at the same time break R_105); on a learner with
  // the one apprenticeship programme aim.
  {
    rule: 'LearnDelFAMType_92',
    inject: (view) => {
      if (view.aims.filter(apprenticeshipProgramme).length !== 1) return null;
      const injected = onAim(view, apprenticeshipProgramme, () => ({ field: 'LearnDelFAMCode', value: '2' }));
      return injected && { ...injected, view: { ...injected.view, xmlEdit: (xml: string) => xml.replaceAll(ACT_1, ACT_2) } };
    },
  },
  // Community learning started from 1 August 2023 without its ACL code.
  {
    rule: 'LearnDelFAMType_119',
    inject: (view) =>
      onAim(view, (aim) => aim.aim.fundModel === 10 && aim.aim.startDay >= ACL_FROM, () => ({
        xml: (xml) => xml.replace(deliveryFam('ACL', '1'), ''),
        field: 'LearnDelFAMType',
        value: null,
      })),
  },
  // An original start date on an aim that is not a restart (no RES): on adult skills (FundModel 35),
  // which the rule covers in every year (the Adult Skills Fund, 38, from 2025/26 only, and there an
  // original start before 1 August 2024 breaks FundModel_21).
  {
    rule: 'OrigLearnStartDate_04',
    inject: (view, { rng }) =>
      onAim(view, (aim) => plainAdult(aim) && aim.aim.fundModel === 35, (aim) => {
        const value = plusDays(aim.learnStartDate, -rng.int(30, 300));
        return { xml: addToAim(origDate(value)), field: 'OrigLearnStartDate', value };
      }),
  },
  // An original start date on or after the restart's own start: on the funding models the rule
  // covers (to 2024/25: 35, 36, 81, 99; from 2025/26 all but 16–19 and community learning, which
  // never have one: OrigLearnStartDate_03).
  {
    rule: 'OrigLearnStartDate_02',
    inject: (view, { rng, collectionYear }) =>
      onAim(view, (aim) => aim.aim.isRestart && (collectionYear >= 2025 ? ![25, 10, 82].includes(aim.aim.fundModel) : [35, 36, 81, 99].includes(aim.aim.fundModel)), (aim) => {
        const value = plusDays(aim.learnStartDate, rng.int(0, 10));
        return { xml: addToAim(origDate(value)), field: 'OrigLearnStartDate', value };
      }),
  },
  // An original start date more than 10 years before the restart's start; on an Adult Skills Fund
  // restart (FundModel 38) that is before 1 August 2024 too (FundModel_21).
  {
    rule: 'OrigLearnStartDate_01',
    inject: (view, { rng, collectionYear }) => {
      let also: readonly string[] = [];
      // OrigLearnStartDate_01 covers the Adult Skills Fund from 2025/26 (to 2024/25: FundModel 35, 36, 81, 99).
      const covered = (aim: ReturnedAim) => aim.aim.fundModel === 35 || (aim.aim.fundModel === 38 && collectionYear >= 2025);
      const injected = onAim(view, (aim) => aim.aim.isRestart && covered(aim), (aim) => {
        const value = daysToIso(addYears(days(aim.learnStartDate), -10) - rng.int(1, 60));
        also = aim.aim.fundModel === 38 ? ['FundModel_21'] : [];
        return { xml: addToAim(origDate(value)), field: 'OrigLearnStartDate', value };
      });
      return withAlso(injected, also);
    },
  },
  // An original start date on a 16–19 aim, which never has one.
  {
    rule: 'OrigLearnStartDate_03',
    inject: (view, { rng, collectionYear }) =>
      withAlso(
        onAim(view, (aim) => aim.aim.fundModel === 25 && !aim.aim.isRestart, (aim) => {
          const value = plusDays(aim.learnStartDate, -rng.int(30, 300));
          return { xml: addToAim(origDate(value)), field: 'OrigLearnStartDate', value };
        }),
        since(collectionYear, 2025, ['OrigLearnStartDate_04']),
      ),
  },
];
