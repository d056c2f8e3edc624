// OTJActHours: the actual off-the-job training hours of an apprenticeship (2025/26 catalogue; the
// agency's Rules/LearningDelivery/OTJActHours).
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { SINCE_2019_20, SINCE_2021_22, aimRule, num, type AimFacts, type Rule } from '../../rule.ts';
import { hasFamType, returns } from './programmes.ts';

const AUGUST_2019 = isoToDays('2019-08-01') as number;
const AUGUST_2022 = isoToDays('2022-08-01') as number;
/** An FM36 programme aim started on or after `from`, with this completion status and no actual hours. */
const missing = (f: AimFacts, from: number, compStatus: number): boolean => {
  const start = num(f.aim.learn_start_date);
  return num(f.aim.aim_type) === 1 && num(f.aim.fund_model) === 36 && start !== null && start >= from && num(f.aim.comp_status) === compStatus && !returns(f, 'otj_act_hours');
};
const READS = ['otj_act_hours', 'learn_start_date', 'fund_model', 'aim_type', 'comp_status'];

export const rules: readonly Rule[] = [
  aimRule({
    id: 'OTJActHours_01',
    years: SINCE_2019_20,
    field: 'OTJActHours',
    reads: ['otj_act_hours', 'aim_type'],
    message: 'Actual Hours for Off the Job Training must be returned on the programme aim',
    fix: 'Record the actual off-the-job hours on the apprenticeship’s programme aim (AimType 1), not on its components.',
    test: (f) => (returns(f, 'otj_act_hours') && num(f.aim.aim_type) !== 1 ? `Actual off-the-job hours are returned on an AimType ${num(f.aim.aim_type)} aim.` : null),
  }),
  aimRule({
    id: 'OTJActHours_02',
    years: SINCE_2021_22,
    field: 'OTJActHours',
    reads: READS,
    message: 'Actual Hours for Off the Job Training must be returned',
    fix: 'The apprenticeship has completed: record the off-the-job training hours the apprentice actually did on its programme aim.',
    test: (f) =>
      missing(f, AUGUST_2019, 2) && !hasFamType(f, 'RES')
        ? `The apprenticeship programme aim started ${iso(num(f.aim.learn_start_date) ?? 0)} has completed (CompStatus 2) but no actual off-the-job hours.`
        : null,
  }),
  aimRule({
    id: 'OTJActHours_03',
    years: SINCE_2021_22,
    field: 'OTJActHours',
    reads: READS,
    message: 'Actual Hours for Off the Job Training must be returned for withdrawn learners',
    fix: 'The apprentice has withdrawn: record the off-the-job training hours they actually did on the programme aim.',
    test: (f) =>
      missing(f, AUGUST_2022, 3)
        ? `The apprenticeship programme aim started ${iso(num(f.aim.learn_start_date) ?? 0)} is withdrawn (CompStatus 3) but has no actual off-the-job hours.`
        : null,
  }),
];
