// LearnPlanEndDate: the date the aim was planned to end (2025/26 catalogue; the agency's
// Rules/LearningDelivery/LearnPlanEndDate).
import { daysToIso as iso, yearsBetween } from '../../../ilr/dates.ts';
import { BOTH, aimRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'LearnPlanEndDate_02',
    field: 'LearnPlanEndDate',
    reads: ['learn_plan_end_date', 'learn_start_date'],
    formats: BOTH,
    message: 'The Learning planned end date must not be before the Learning start date',
    fix: 'Check the planned end date and the start date: one of them is mistyped.',
    test: ({ aim }) => {
      const [start, plan] = [num(aim.learn_start_date), num(aim.learn_plan_end_date)];
      return start !== null && plan !== null && plan < start ? `The planned end date ${iso(plan)} is before the start date ${iso(start)}.` : null;
    },
  }),
  aimRule({
    id: 'LearnPlanEndDate_03',
    field: 'LearnPlanEndDate',
    reads: ['learn_plan_end_date', 'learn_start_date'],
    formats: BOTH,
    message: 'The Learning planned end date must not be 10 years or more after the Learning start date',
    fix: 'Check the planned end date for a mistyped year: no aim is planned to last 10 years.',
    test: ({ aim }) => {
      const [start, plan] = [num(aim.learn_start_date), num(aim.learn_plan_end_date)];
      // The agency's YearsBetween: 29 February 2016 to 28 February 2026 is 10 years.
      return start !== null && plan !== null && yearsBetween(start, plan) >= 10
        ? `The planned end date ${iso(plan)} is 10 years or more after the start date ${iso(start)}.`
        : null;
    },
  }),
];
