// FundModel: the funding model the aim is funded under (2025/26 catalogue; the agency's
// Rules/LearningDelivery/FundModel). Where the agency's 2018/19 and 2020/21 code and the 2025/26
// catalogue define a rule differently, it is declared once per definition.
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, XML_ONLY, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { isCombinedAuthority } from './learn-del-fam-query.ts';
import { CONTEXT, hasFamType, isApprenticeship, returns } from './programmes.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
const MAY_2017 = isoToDays('2017-05-01') as number;
const AUGUST_2024 = isoToDays('2024-08-01') as number;
const fm = ({ aim }: AimFacts): number | null => num(aim.fund_model);
const startOf = ({ aim }: AimFacts): number | null => num(aim.learn_start_date);

/** FundModel_07 with the LDM codes that leave an apprenticeship programme out. */
const fundModel07 = (years: Years, ldm: readonly string[]) =>
  aimRule({
    id: 'FundModel_07',
    years,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date', ...CONTEXT],
    message: 'The funding model is not valid for an apprenticeship programme',
    fix: 'Funded apprenticeship programmes that started on or after 1 May 2017 are FundModel 36: correct the funding model (99 if not funded).',
    test: (f) => {
      const [model, start] = [fm(f), startOf(f)];
      if (num(f.aim.aim_type) !== 1 || model === 36 || model === 99 || start === null || start < MAY_2017 || !isApprenticeship(f)) return null;
      if (hasFamType(f, 'RES') || ldm.some((c) => f.fams.has(c))) return null;
      return `The apprenticeship programme started ${iso(start)}, on or after 1 May 2017, so FundModel must be 36, not ${model}.`;
    },
  });

/** FundModel_10: a combined authority source of funding on a funding model other than 35 or 10, for the starts `applies` names. */
const fundModel10 = (years: Years, applies: (start: number) => boolean) =>
  aimRule({
    id: 'FundModel_10',
    years,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'The funding model is not valid for this source of funding',
    fix: 'Combined authority funding (SOF 110–120) is adult skills (35) or community learning (10) for these starts: correct the funding model or the source of funding.',
    test: (f) => {
      const [model, start] = [fm(f), startOf(f)];
      return start !== null && model !== 35 && model !== 10 && applies(start) && isCombinedAuthority(f)
        ? `A combined authority source of funding is returned with FundModel ${model}; it must be 35 or 10.`
        : null;
    },
  });

export const FUND_MODELS = [10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99] as const;

export const rules: readonly Rule[] = [
  codeListRule('FundModel_01', 'FundModel', 'fund_model', FUND_MODELS, 'Funding model', XML_ONLY),
  aimRule({
    id: 'FundModel_03',
    field: 'FundModel',
    reads: ['fund_model'],
    message: 'The Funding model is not valid for a learning aim financed by an Advanced Learner Loan',
    fix: 'An aim paid for with an Advanced Learner Loan (ADL) is FundModel 99 (not funded by the agency): correct the funding model, or remove the ADL monitoring.',
    test: (f) => (fm(f) !== 99 && hasFamType(f, 'ADL') ? `The aim is loan-financed (ADL) but FundModel is ${fm(f)}, not 99.` : null),
  }),
  aimRule({
    id: 'FundModel_04',
    field: 'FundModel',
    reads: ['fund_model', 'prog_type'],
    message: 'The Funding model is not valid for a learning aim which is part of an apprenticeship programme',
    fix: 'An apprenticeship aim cannot be 16-19 funded (25 or 82): record it under apprenticeship funding (36), or correct the programme type.',
    test: (f) => {
      const model = fm(f);
      return (model === 25 || model === 82) && isApprenticeship(f) ? `The aim is part of an apprenticeship but FundModel is ${model} (16-19).` : null;
    },
  }),
  aimRule({
    id: 'FundModel_05',
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'The Funding model is not valid for starts before 1 May 2017',
    fix: 'FundModel 36 is for apprenticeships started on or after 1 May 2017: check the start date, or use the funding model the aim started under.',
    test: (f) => {
      const start = startOf(f);
      return fm(f) === 36 && start !== null && start < MAY_2017 ? `FundModel 36 on an aim that started ${iso(start)}, before 1 May 2017.` : null;
    },
  }),
  aimRule({
    id: 'FundModel_06',
    field: 'FundModel',
    reads: ['fund_model', 'prog_type'],
    message: 'The funding model is not valid for this aim',
    fix: 'FundModel 36 is only for apprenticeship aims: add the apprenticeship programme type, or record the aim under its own funding model.',
    test: (f) => (fm(f) === 36 && !isApprenticeship(f) ? `FundModel 36 on an aim that is not part of an apprenticeship (ProgType ${num(f.aim.prog_type) ?? 'none'}).` : null),
  }),
  // The agency's 2018/19 and 2020/21 code leaves out LDM 353, 354 and 355; the 2025/26 catalogue 353 and 355.
  fundModel07(TO_2024_25, ['LDM:353', 'LDM:354', 'LDM:355']),
  fundModel07(AS_IN_2025_26, ['LDM:353', 'LDM:355']),
  aimRule({
    id: 'FundModel_09',
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date', ...CONTEXT],
    message: 'The funding model is not valid for this apprenticeship programme',
    fix: 'Apprenticeship standard programmes started before 1 May 2017 are trailblazers, FundModel 81: correct the funding model (99 if not funded).',
    test: (f) => {
      const [model, start] = [fm(f), startOf(f)];
      return num(f.aim.aim_type) === 1 && num(f.aim.prog_type) === 25 && start !== null && start < MAY_2017 && model !== 81 && model !== 99
        ? `The apprenticeship standard programme started ${iso(start)}, before 1 May 2017, so FundModel must be 81, not ${model}.`
        : null;
    },
  }),
  // The agency's 2020/21 code has no date; the 2025/26 catalogue limits it to starts to 31 July 2024 (FundModel_18 takes later ones).
  fundModel10(TO_2024_25, () => true),
  fundModel10(AS_IN_2025_26, (start) => start < AUGUST_2024),
  aimRule({
    id: 'FundModel_11',
    years: SINCE_2019_20,
    field: 'FundModel',
    reads: ['fund_model', 'prog_type'],
    message: 'This funding model is not valid for this programme type',
    fix: 'T Level programmes (ProgType 31) are 16-19 funded: set the funding model to 25.',
    test: (f) => (num(f.aim.prog_type) === 31 && fm(f) !== 25 ? `The T Level (ProgType 31) aim has FundModel ${fm(f)}, not 25.` : null),
  }),
  aimRule({
    id: 'FundModel_14',
    years: SINCE_2019_20,
    field: 'FundModel',
    reads: ['fund_model', 'otj_act_hours'],
    message: 'This funding model is not valid when returning this field',
    fix: 'Actual off-the-job training hours are only for apprenticeships (FundModel 36): remove them, or correct the funding model.',
    test: (f) => (returns(f, 'otj_act_hours') && fm(f) !== 36 ? `Actual off-the-job hours are returned on a FundModel ${fm(f)} aim.` : null),
  }),
  aimRule({
    id: 'FundModel_15',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model'],
    message: 'This funding model is not valid for this LDM code',
    fix: 'Level 3 Free Courses for Jobs (LDM 378) are adult skills funded (35, or 38 from August 2024): correct the funding model or the monitoring code.',
    test: (f) => {
      const model = fm(f);
      return f.fams.has('LDM:378') && model !== 35 && model !== 38 ? `The aim has LDM 378 (Free Courses for Jobs) but FundModel ${model}.` : null;
    },
  }),
  aimRule({
    id: 'FundModel_16',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'prog_type'],
    message: 'This funding model is not valid for this programme type',
    fix: 'FundModel 37 is for Skills Bootcamps only: set the programme type to 32, or correct the funding model.',
    test: (f) => (fm(f) === 37 && num(f.aim.prog_type) !== 32 ? `FundModel 37 with ProgType ${num(f.aim.prog_type) ?? 'none'}; Skills Bootcamps are ProgType 32.` : null),
  }),
  aimRule({
    id: 'FundModel_18',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'The funding model is not valid for this source of funding',
    fix: 'Combined authority funding (SOF 110–120) for starts from 1 August 2024 is the Adult Skills Fund (38) or tailored learning (11): correct the funding model or the source of funding.',
    test: (f) => {
      const [model, start] = [fm(f), startOf(f)];
      return start !== null && start >= AUGUST_2024 && model !== 38 && model !== 11 && !hasFamType(f, 'RES') && isCombinedAuthority(f)
        ? `A combined authority source of funding is returned with FundModel ${model} on a start from 1 August 2024; it must be 38 or 11.`
        : null;
    },
  }),
  aimRule({
    id: 'FundModel_19',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'This Funding model is not valid for starts before 1 August 2024',
    fix: 'The Adult Skills Fund (38) is for starts from 1 August 2024: an earlier start stays on FundModel 35.',
    test: (f) => {
      const start = startOf(f);
      return fm(f) === 38 && start !== null && start < AUGUST_2024 ? `FundModel 38 on an aim that started ${iso(start)}, before 1 August 2024.` : null;
    },
  }),
  aimRule({
    id: 'FundModel_20',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'This Funding model is not valid for starts before 1 August 2024',
    fix: 'Tailored learning (11) is for starts from 1 August 2024: an earlier community learning start stays on FundModel 10.',
    test: (f) => {
      const start = startOf(f);
      return fm(f) === 11 && start !== null && start < AUGUST_2024 ? `FundModel 11 on an aim that started ${iso(start)}, before 1 August 2024.` : null;
    },
  }),
  aimRule({
    id: 'FundModel_21',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'orig_learn_start_date', 'learn_start_date'],
    message: 'Funding model 38 cannot be used if the Original Learning Start Date is before 1 August 2024. Use Funding model 35.',
    fix: 'A restart of learning first started before 1 August 2024 stays on FundModel 35: correct the funding model.',
    test: (f) => {
      const [start, orig] = [startOf(f), num(f.aim.orig_learn_start_date)];
      return fm(f) === 38 && start !== null && start >= AUGUST_2024 && orig !== null && orig < AUGUST_2024
        ? `FundModel 38 on a restart whose original start date ${iso(orig)} is before 1 August 2024.`
        : null;
    },
  }),
  aimRule({
    id: 'FundModel_17',
    years: SINCE_2021_22,
    field: 'FundModel',
    reads: ['fund_model', 'learn_start_date'],
    message: 'This funding model is not valid for the start date of the learning aim',
    fix: 'Adult skills aims started from 1 August 2024 are funded by the Adult Skills Fund: use FundModel 38 (or 11 for tailored learning).',
    test: (f) => {
      const start = startOf(f);
      return fm(f) === 35 && start !== null && start >= AUGUST_2024 && !hasFamType(f, 'RES')
        ? `FundModel 35 on an aim that started ${iso(start)}, on or after 1 August 2024.`
        : null;
    },
  }),
];
