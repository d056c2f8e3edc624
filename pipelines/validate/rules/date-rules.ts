// Date rules of the 2025/26 catalogue (shared/domain/ilr-reference.md §1a.6). "N years after" is
// counted as the agency counts it (pipelines/ilr/dates.ts: 29 February + 10 years = 28 February).
import { addYears, daysToIso as iso, isoToDays, yearsBetween } from '../../ilr/dates.ts';
import { AS_IN_2025_26, BOTH, EVERY_YEAR, XML_ONLY, num, type AimFacts, type AimRule, type Years } from './rule.ts';

const yearStart = (year: number): number => isoToDays(`${year}-08-01`) as number;
const yearEnd = (year: number): number => isoToDays(`${year + 1}-07-31`) as number;

/** Apprenticeship programme types (the agency's DD07): frameworks 2, 3, 20–23 and standards 25. */
const APPRENTICESHIP_PROG_TYPES = [2, 3, 20, 21, 22, 23, 25];

/** LearnStartDate_03: the start date is after the end of the teaching year, outside the exclusions given. */
const learnStartDate03 = (years: Years, excluded: (aim: AimFacts['aim']) => boolean, not: string): AimRule => ({
  id: 'LearnStartDate_03',
  years,
  severity: 'error',
  field: 'LearnStartDate',
  reads: ['learn_start_date', 'fund_model', 'prog_type'],
  formats: BOTH,
  test: ({ aim }, ctx) => {
    const start = num(aim.learn_start_date);
    if (start === null || excluded(aim)) return null;
    return start > yearEnd(ctx.collectionYear)
      ? `The start date ${iso(start)} is after the end of the teaching year (${iso(yearEnd(ctx.collectionYear))}); ${not}.`
      : null;
  },
});

export const DATE_RULES: readonly AimRule[] = [
  {
    years: EVERY_YEAR,
    id: 'LearnPlanEndDate_02',
    severity: 'error',
    field: 'LearnPlanEndDate',
    reads: ['learn_plan_end_date', 'learn_start_date'],
    formats: BOTH,
    test: ({ aim }) => {
      const [start, plan] = [num(aim.learn_start_date), num(aim.learn_plan_end_date)];
      return start !== null && plan !== null && plan < start
        ? `The planned end date ${iso(plan)} is before the start date ${iso(start)}.`
        : null;
    },
  },
  {
    years: EVERY_YEAR,
    id: 'LearnActEndDate_01',
    severity: 'error',
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date', 'learn_start_date'],
    formats: BOTH,
    test: ({ aim }) => {
      const [start, act] = [num(aim.learn_start_date), num(aim.learn_act_end_date)];
      return start !== null && act !== null && act < start
        ? `The actual end date ${iso(act)} is before the start date ${iso(start)}.`
        : null;
    },
  },
  {
    years: EVERY_YEAR,
    id: 'LearnStartDate_05',
    severity: 'error',
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'learner.date_of_birth'],
    formats: BOTH,
    test: ({ aim, learner }) => {
      const [start, dob] = [num(aim.learn_start_date), num(learner.date_of_birth)];
      return start !== null && dob !== null && start <= dob
        ? `The start date ${iso(start)} is on or before the learner's date of birth ${iso(dob)}.`
        : null;
    },
  },
  {
    years: EVERY_YEAR,
    id: 'LearnStartDate_02',
    severity: 'error',
    field: 'LearnStartDate',
    reads: ['learn_start_date'],
    formats: BOTH,
    test: ({ aim }, ctx) => {
      const start = num(aim.learn_start_date);
      const limit = addYears(yearStart(ctx.collectionYear), -10);
      return start !== null && start < limit
        ? `The start date ${iso(start)} is more than 10 years before the start of the teaching year (${iso(limit)}).`
        : null;
    },
  },
  // 2018/19 and 2020/21 (the agency's code): not traineeships (ProgType 24) or apprenticeships (DD07).
  learnStartDate03(
    { from: null, to: 2024 },
    (aim) => num(aim.prog_type) === 24 || APPRENTICESHIP_PROG_TYPES.includes(num(aim.prog_type) ?? -1),
    'only traineeships and apprenticeships may start later',
  ),
  // 2025/26 catalogue: not apprenticeships (FM36), Skills Bootcamps (FM37) or T Levels (ProgType 31).
  learnStartDate03(
    AS_IN_2025_26,
    (aim) => num(aim.fund_model) === 36 || num(aim.fund_model) === 37 || num(aim.prog_type) === 31,
    'only apprenticeships, Skills Bootcamps and T Levels may start later',
  ),
  {
    years: EVERY_YEAR,
    id: 'LearnPlanEndDate_03',
    severity: 'error',
    field: 'LearnPlanEndDate',
    reads: ['learn_plan_end_date', 'learn_start_date'],
    formats: BOTH,
    test: ({ aim }) => {
      const [start, plan] = [num(aim.learn_start_date), num(aim.learn_plan_end_date)];
      // The agency's YearsBetween: 29 February 2016 to 28 February 2026 is 10 years.
      return start !== null && plan !== null && yearsBetween(start, plan) >= 10
        ? `The planned end date ${iso(plan)} is 10 years or more after the start date ${iso(start)}.`
        : null;
    },
  },
  {
    years: EVERY_YEAR,
    id: 'LearnActEndDate_04',
    severity: 'error',
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date'],
    formats: XML_ONLY,
    test: ({ aim }, ctx) => {
      const act = num(aim.learn_act_end_date);
      return act !== null && ctx.filePreparedOn !== null && act > ctx.filePreparedOn
        ? `The actual end date ${iso(act)} is after the file preparation date ${iso(ctx.filePreparedOn)}.`
        : null;
    },
  },
];
