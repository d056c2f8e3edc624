// DateEmpStatApp: the date an employment status applies from (2025/26 catalogue; the agency's
// Rules/EmploymentStatus/DateEmpStatApp): within 1 August 1990 and the end of the teaching year.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import { learnerRule, num, type Rule } from '../../rule.ts';
import { julyThirtyFirst, statuses } from '../learner/learner-facts.ts';

const AUGUST_1990 = isoToDays('1990-08-01') as number;

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'DateEmpStatApp_01',
    entity: 'LearnerEmploymentStatus',
    field: 'DateEmpStatApp',
    reads: ['date_emp_stat_app'],
    message: 'The Date employment status applies must not be after the current teaching year',
    fix: 'Correct the date the employment status applies from: it cannot be after 31 July at the end of the teaching year being returned.',
    test: ({ rows }, ctx) => {
      const end = julyThirtyFirst(ctx.collectionYear);
      const late = statuses(rows).find((s) => (num(s.date_emp_stat_app) ?? -Infinity) > end);
      return late
        ? { message: `An employment status applies from ${daysToIso(num(late.date_emp_stat_app) as number)}, after the teaching year ends (${daysToIso(end)}).`, value: daysToIso(num(late.date_emp_stat_app) as number) }
        : null;
    },
  }),
  learnerRule({
    id: 'DateEmpStatApp_02',
    entity: 'LearnerEmploymentStatus',
    field: 'DateEmpStatApp',
    reads: ['date_emp_stat_app'],
    message: 'The Date employment status applies must not be before 1 August 1990',
    fix: 'Correct the date the employment status applies from: dates before 1 August 1990 are not accepted (use the date the learner’s status was last known).',
    test: ({ rows }) => {
      const early = statuses(rows).find((s) => (num(s.date_emp_stat_app) ?? Infinity) < AUGUST_1990);
      return early
        ? { message: `An employment status applies from ${daysToIso(num(early.date_emp_stat_app) as number)}, before 1 August 1990.`, value: daysToIso(num(early.date_emp_stat_app) as number) }
        : null;
    },
  }),
];
