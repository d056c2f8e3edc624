// AddHours: additional delivery hours for ESOL learners (2025/26 catalogue; the agency's
// Rules/LearningDelivery/AddHours). The hours per day are counted over the planned days of the
// aim, the start and planned end both included, as the agency counts them
// (LearningDeliveryQueryService.AverageAddHoursPerLearningDay). AddHours_03 (ESOL aims only) needs LARS.
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';

const AUGUST_2015 = isoToDays('2015-08-01') as number;
const addHours = ({ aim }: AimFacts): number | null => num(aim.add_hours);
/** The additional hours per planned day of the aim, or null when either is unknown. */
const perDay = ({ aim }: AimFacts): number | null => {
  const [hours, start, end] = [num(aim.add_hours), num(aim.learn_start_date), num(aim.learn_plan_end_date)];
  return hours === null || start === null || end === null ? null : hours / (end - start + 1);
};
const READS = ['add_hours', 'learn_start_date', 'learn_plan_end_date'];

/** AddHours_02 with the funding models that may not carry additional hours. */
const addHours02 = (years: Years, fundModels: readonly number[]) =>
  aimRule({
    id: 'AddHours_02',
    years,
    field: 'AddHours',
    reads: ['add_hours', 'fund_model'],
    message: 'The Additional delivery hours must not be returned for EFA, Community Learning or Non-funded provision',
    fix: `Additional delivery hours are not recorded for FundModel ${fundModels.join(', ')}: remove them.`,
    test: (f) => {
      const fm = num(f.aim.fund_model);
      return addHours(f) !== null && fundModels.includes(fm ?? -1) ? `Additional delivery hours (${addHours(f)}) are returned on a FundModel ${fm} aim.` : null;
    },
  });

export const rules: readonly Rule[] = [
  // FundModel 38 (from 2024/25) is in the 2025/26 catalogue's list, not in the agency's 2020/21
  // code; it cannot start before August 2015 (FundModel_19), so one definition serves every year.
  aimRule({
    id: 'AddHours_01',
    field: 'AddHours',
    reads: ['add_hours', 'learn_start_date', 'fund_model'],
    message: 'The Additional delivery hours must not be returned for learning aims that started prior to 1 August 2015',
    fix: 'Additional delivery hours are only recorded for aims started from 1 August 2015: remove them.',
    test: (f) => {
      const [start, fm] = [num(f.aim.learn_start_date), num(f.aim.fund_model)];
      return addHours(f) !== null && start !== null && start < AUGUST_2015 && (fm === 35 || fm === 36 || fm === 38 || fm === 81)
        ? `Additional delivery hours are returned on an aim that started ${iso(start)}, before 1 August 2015.`
        : null;
    },
  }),
  // The agency's 2018/19 and 2020/21 code: 16-19, community learning and non-funded; the 2025/26 catalogue adds Skills Bootcamps (37).
  addHours02({ from: null, to: 2024 }, [25, 82, 10, 99]),
  addHours02(AS_IN_2025_26, [25, 82, 10, 37, 99]),
  aimRule({
    id: 'AddHours_04',
    field: 'AddHours',
    reads: READS,
    message: 'The Additional delivery hours must not exceed 24 hours in a day',
    fix: 'Check the additional delivery hours (and the planned dates): they cannot average more than 24 hours a day.',
    test: (f) => {
      const [hours, avg] = [addHours(f), perDay(f)];
      return hours !== null && hours > 60 && avg !== null && avg > 24 ? `${hours} additional hours average ${avg.toFixed(1)} a planned day, more than 24.` : null;
    },
  }),
  aimRule({
    id: 'AddHours_05',
    severity: 'warning',
    field: 'AddHours',
    reads: READS,
    message: 'The Additional delivery hours should not exceed 35 hours in a week',
    fix: 'Check the additional delivery hours (and the planned dates): more than 35 hours a week is unlikely.',
    test: (f) => {
      const [hours, avg] = [addHours(f), perDay(f)];
      return hours !== null && hours > 60 && avg !== null && avg * 7 > 35 ? `${hours} additional hours average ${(avg * 7).toFixed(1)} a week, more than 35.` : null;
    },
  }),
  aimRule({
    id: 'AddHours_06',
    severity: 'warning',
    field: 'AddHours',
    reads: READS,
    message: 'The Additional delivery hours divided by the number of days of study is not greater than 9 and less than 24',
    fix: 'Check the additional delivery hours (and the planned dates): more than 9 hours a day is unlikely.',
    test: (f) => {
      const avg = perDay(f);
      return avg !== null && avg > 9 && avg < 24 ? `The additional hours average ${avg.toFixed(1)} a planned day, more than 9.` : null;
    },
  }),
];
