// Date rules of the 2025/26 catalogue (shared/domain/ilr-reference.md §1a.6). The two a fault
// injector uses most (planned / actual end before start) run first, so a start date that is
// wrong in itself is reported by LearnStartDate_* and not again by the end-date rules.
import { daysToIso as iso, isoToDays } from '../../ilr/dates.ts';
import { BOTH, XML_ONLY, num, type AimRule } from './rule.ts';

const yearStart = (year: number): number => isoToDays(`${year}-08-01`) as number;
const yearEnd = (year: number): number => isoToDays(`${year + 1}-07-31`) as number;
const addYears = (days: number, years: number): number => {
  const d = new Date(days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return Math.round(d.getTime() / 86_400_000);
};

export const DATE_RULES: readonly AimRule[] = [
  {
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
  {
    id: 'LearnStartDate_03',
    severity: 'error',
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'fund_model', 'prog_type'],
    formats: BOTH,
    test: ({ aim }, ctx) => {
      const start = num(aim.learn_start_date);
      const fm = num(aim.fund_model);
      // Not triggered for apprenticeships (FM36), Skills Bootcamps (FM37) and T Levels (ProgType 31).
      if (start === null || fm === 36 || fm === 37 || num(aim.prog_type) === 31) return null;
      return start > yearEnd(ctx.collectionYear)
        ? `The start date ${iso(start)} is after the end of the teaching year (${iso(yearEnd(ctx.collectionYear))}).`
        : null;
    },
  },
  {
    id: 'LearnPlanEndDate_03',
    severity: 'error',
    field: 'LearnPlanEndDate',
    reads: ['learn_plan_end_date', 'learn_start_date'],
    formats: BOTH,
    test: ({ aim }) => {
      const [start, plan] = [num(aim.learn_start_date), num(aim.learn_plan_end_date)];
      return start !== null && plan !== null && plan >= addYears(start, 10)
        ? `The planned end date ${iso(plan)} is 10 years or more after the start date ${iso(start)}.`
        : null;
    },
  },
  {
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
