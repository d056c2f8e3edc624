// Faults in the records nested in a learner and an aim, and across them: learner funding and
// monitoring (LearnerFAM), employment status, apprenticeship prices (AppFinRecord), an aim's place
// in its programme (R_30) and its number (R_07), and fields the schema checks (FD_ rules).
import { addYears, daysToIso } from '../../ilr/dates.ts';
import type { ReturnedAim, ReturnedLearner } from '../return-view.ts';
import { addToAim, addToLearner, days, element, isAdultSkills, isStandalone, isStandardProgramme, learnerFam, onAim, onLearner, setElement, type Injection } from './fault.ts';

const withFams = (view: ReturnedLearner, fams: readonly (readonly [string, number])[], field: string, value: string) =>
  onLearner(view, { xmlEdit: addToLearner(fams.map(([t, c]) => learnerFam(t, c)).join('')) }, field, value);

const appFin = (type: string, code: number, date: string) =>
  `<AppFinRecord><AFinType>${type}</AFinType><AFinCode>${code}</AFinCode><AFinDate>${date}</AFinDate><AFinAmount>1500</AFinAmount></AppFinRecord>`;

/** An apprenticeship programme aim still in learning: a price dated on its start is in range of every AFinDate rule. */
const openApprenticeshipProgramme = (aim: ReturnedAim): boolean => aim.aim.fundModel === 36 && aim.aim.aimType === 1 && aim.learnActEndDate === null && aim.achDate === null;

/** The learner's employment status record as written (write-xml.ts), or null. */
const EMPLOYMENT = /<LearnerEmploymentStatus>.*?<\/LearnerEmploymentStatus>/;

export const RECORD_INJECTIONS: readonly Injection[] = [
  // Learner FAM: the same record twice.
  { rule: 'R_51', inject: (view) => withFams(view, [['LSR', 36], ['LSR', 36]], 'LearnFAMType', 'LSR') },
  // Five learner support reasons: four at most.
  { rule: 'LearnFAMType_10', inject: (view) => withFams(view, [['LSR', 36], ['LSR', 55], ['LSR', 56], ['LSR', 57], ['LSR', 58]], 'LearnFAMType', 'LSR') },
  // Three national learner monitoring records: two at most (not 21 with 22: LearnFAMType_17).
  { rule: 'LearnFAMType_11', inject: (view) => withFams(view, [['NLM', 17], ['NLM', 18], ['NLM', 21]], 'LearnFAMType', 'NLM') },
  // Two free meals eligibility records, on a 16–19 learner (MCF or ECF would ask for a GCSE grade of NONE: MathGrade_04, EngGrade_04).
  {
    rule: 'LearnFAMType_09',
    inject: (view) => (view.aims.every((a) => a.aim.fundModel === 25) ? withFams(view, [['FME', 1], ['FME', 2]], 'LearnFAMType', 'FME') : null),
  },
  // NLM 21 and 22 together.
  {
    rule: 'LearnFAMType_17',
    inject: (view, { collectionYear }) => (collectionYear < 2021 ? null : withFams(view, [['NLM', 21], ['NLM', 22]], 'LearnFAMType', 'NLM:22')),
  },
  // Employment: the same status record twice (R_43: two on one date).
  {
    rule: 'R_43',
    inject: (view) => {
      if (view.learner.employment === null) return null;
      // write-xml.ts dates the status the day before the learner's first start.
      const date = daysToIso((view.learner.aims[0]?.startDay ?? 0) - 1);
      const again = (status: string) => `${status}<LearnerEmploymentStatus><EmpStat>${element(status, 'EmpStat') ?? ''}</EmpStat><DateEmpStatApp>${element(status, 'DateEmpStatApp') ?? ''}</DateEmpStatApp></LearnerEmploymentStatus>`;
      return onLearner(view, { xmlEdit: (xml) => xml.replace(EMPLOYMENT, again) }, 'DateEmpStatApp', date);
    },
  },
  // A status dated before 1 August 1990.
  {
    rule: 'DateEmpStatApp_02',
    inject: (view, { rng }) => {
      if (view.learner.employment === null) return null;
      const value = `1990-0${rng.int(1, 7)}-1${rng.int(0, 9)}`;
      return onLearner(view, { xmlEdit: setElement('DateEmpStatApp', value) }, 'DateEmpStatApp', value);
    },
  },
  // 5 is not an employment status (10, 11, 12, 98); not on an apprentice, nor with monitoring that reads the status (ESMType_07 …).
  {
    rule: 'EmpStat_05',
    inject: (view) =>
      view.learner.employment === null || view.learner.employment.esm !== null || view.aims.some((a) => a.aim.fundModel === 36)
        ? null
        : onLearner(view, { learner: { ...view.learner, employment: { empStat: 5, esm: null } } }, 'EmpStat', '5'),
  },
  // A training price on an adult skills aim: only apprenticeship programme aims have prices.
  {
    rule: 'AFinType_04',
    inject: (view) =>
      onAim(view, (aim) => isAdultSkills(aim) && isStandalone(aim), (aim) => ({ xml: addToAim(appFin('TNP', 1, aim.learnStartDate)), field: 'AFinType', value: 'TNP1' })),
  },
  // TNP 9: no such price.
  {
    rule: 'AFinType_02',
    inject: (view) =>
      onAim(view, openApprenticeshipProgramme, (aim) => ({ xml: addToAim(appFin('TNP', 9, aim.learnStartDate)), field: 'AFinType', value: 'TNP9' })),
  },
  // A new training price dated after a standard's achievement date (or, withdrawn, its actual end),
  // before the file was prepared and within two years of the start (AFinDate_12).
  {
    rule: 'AFinDate_13',
    inject: (view, { rng, preparedDay }) => {
      const limit = (aim: ReturnedAim) => aim.achDate ?? (aim.withdrawReason === null ? null : aim.learnActEndDate);
      const fits = (aim: ReturnedAim) => {
        const last = limit(aim);
        return aim.aim.fundModel === 36 && isStandardProgramme(aim) && last !== null && days(last) + 10 < Math.min(preparedDay, addYears(days(aim.learnStartDate), 2));
      };
      return onAim(view, fits, (aim) => {
        const value = daysToIso(days(limit(aim)) + rng.int(1, 10));
        return { xml: addToAim(appFin('TNP', 1, value)), field: 'AFinDate', value };
      });
    },
  },
  // A programme's component aims returned without the programme aim: a funded component with no
  // programme aim of its funding model and programme (R_66), and of its programme (R_30: frameworks
  // and T Levels to 2024/25, every programme from 2025/26).
  {
    rule: 'R_66',
    inject: (view, { collectionYear }) => {
      // An apprenticeship's (T Levels have rules of their own: R_125), the only programme aim of its programme.
      const sameProgramme = (a: ReturnedAim, b: ReturnedAim) => a.aim.progType === b.aim.progType && a.aim.stdCode === b.aim.stdCode;
      const programme = view.aims.findIndex(
        (a) =>
          a.aim.aimType === 1 &&
          a.aim.fundModel === 36 &&
          view.aims.some((c) => c.aim.aimType === 3 && c.aim.fundModel === 36 && sameProgramme(a, c)) &&
          view.aims.filter((o) => o.aim.aimType === 1 && sameProgramme(a, o)).length === 1,
      );
      const dropped = view.aims[programme];
      if (dropped === undefined) return null;
      const injected = onLearner(view, { aims: view.aims.filter((_, i) => i !== programme) }, 'AimType', '3');
      return dropped.aim.progType !== 25 || collectionYear >= 2025 ? { ...injected, alsoBreaks: ['R_30'] } : injected;
    },
  },
  // Two aims numbered 1.
  {
    rule: 'R_07',
    inject: (view) =>
      view.aims.length < 2 ? null : onAim(view, (_, i) => i === 1, () => ({ xml: setElement('AimSeqNumber', '1'), field: 'AimSeqNumber', value: '1' })),
  },
  // Schema checks: a postcode past its 8 characters (the whole learner is kept out and checked no further).
  {
    rule: 'FD_Postcode_AL',
    inject: (view) => onLearner(view, { xmlEdit: (xml) => xml.replace(/<Postcode>([^<]*)<\/Postcode>/, '<Postcode>$1XYZ</Postcode>') }, 'Postcode', null),
  },
  // The last aim without its delivery postcode, beside another aim (the aim is checked no further;
  // the last, so the others' numbers stay within the count of the aims checked: AimSeqNumber_02).
  {
    rule: 'FD_DelLocPostCode_MA',
    inject: (view) =>
      view.aims.length < 2
        ? null
        : onAim(view, (aim, i) => i === view.aims.length - 1 && isStandalone(aim), () => ({ xml: setElement('DelLocPostCode', null), field: 'DelLocPostCode', value: null })),
  },
];
