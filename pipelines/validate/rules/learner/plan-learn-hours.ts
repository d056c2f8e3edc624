// PlanLearnHours: the learner's planned learning hours, alone and with their planned employability,
// enrichment and pastoral hours (2025/26 catalogue; the agency's Rules/Learner/PlanLearnHours).
// T Level programmes (FM25, ProgType 31) are left out of each, and other 16-19 (FM82) of the sums.
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, has, learnerRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';

const fm = ({ aim }: AimFacts): number => num(aim.fund_model) ?? -1;
const isTLevel = (a: AimFacts): boolean => fm(a) === 25 && num(a.aim.prog_type) === 31;
const sumOf = (learner: Row): number => (num(learner.plan_learn_hours) ?? 0) + (num(learner.plan_eep_hours) ?? 0);
const FIX_SUM = 'Check the planned learning hours and planned employability, enrichment and pastoral hours: they are the hours for the whole teaching year.';

const zeroHours = (years: Years, fundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'PlanLearnHours_02',
    years,
    severity: 'warning',
    field: 'PlanLearnHours',
    reads: ['plan_learn_hours'],
    message: 'The Planned learning hours should not be zero',
    fix: 'Record the hours of planned learning for the teaching year; zero is almost always a value not filled in.',
    test: ({ learner, aims }) => {
      if (num(learner.plan_learn_hours) !== 0) return null;
      const a = aims.find((x) => fundModels.includes(fm(x)) && !isTLevel(x));
      return a ? { message: `The planned learning hours are 0 for a learner on FundModel ${fm(a)} learning.`, aimIndex: a.index } : null;
    },
  });

const tooMany = (id: string, limit: number, message: string): Rule =>
  learnerRule({
    id,
    field: 'PlanLearnHours',
    reads: ['plan_learn_hours'],
    message,
    fix: FIX_SUM,
    test: ({ learner, aims }) => {
      const sum = sumOf(learner);
      if (sum <= limit) return null;
      const a = aims.find((x) => fm(x) !== 82 && !isTLevel(x));
      return a ? { message: `The planned learning and employability hours add up to ${sum}, more than ${limit}.`, aimIndex: a.index } : null;
    },
  });

/**
 * PlanLearnHours_01: no planned learning hours while an aim is open, reported at the first aim not
 * left out (apprenticeships, T Levels and the funding models given; the agency's PlanLearnHours_01Rule).
 */
const returned = (years: Years, excludedFundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'PlanLearnHours_01',
    years,
    field: 'PlanLearnHours',
    reads: ['plan_learn_hours'],
    message: 'The Planned learning hours have not been returned',
    fix: 'Record the hours of planned learning for the teaching year (PlanLearnHours) for every learner with an aim still open, apprentices apart.',
    test: ({ learner, aims }) => {
      if (num(learner.plan_learn_hours) !== null || aims.every(({ aim }) => has(aim, 'learn_act_end_date'))) return null;
      const a = aims.find((x) => !isApprenticeship(x) && !isTLevel(x) && !excludedFundModels.includes(fm(x)));
      return a ? { message: `No planned learning hours are returned for a learner on FundModel ${fm(a)} learning with an aim open.`, aimIndex: a.index } : null;
    },
  });

export const rules: readonly Rule[] = [
  // The agency's 2018/19 code leaves out ESF (FM70) only; its 2020/21 code ESF and other 16-19
  // (FM82); the 2025/26 catalogue FM82 only. (T Levels, left out from 2020/21, did not exist before.)
  returned(AS_IN_2018_19, [70]),
  returned(AS_IN_2020_21, [70, 82]),
  returned(AS_IN_2025_26, [82]),
  zeroHours({ from: null, to: 2024 }, [10, 25, 35, 36, 81, 99]),
  zeroHours(AS_IN_2025_26, [25, 35, 38, 37, 81, 10, 99]),
  learnerRule({
    id: 'PlanLearnHours_03',
    field: 'PlanLearnHours',
    reads: ['plan_learn_hours'],
    message: 'The sum of the Planned learning hours and the Planned employability, enrichment and pastoral hours must not be zero',
    fix: FIX_SUM,
    test: ({ learner, aims }) => {
      if (num(learner.plan_learn_hours) === null || sumOf(learner) !== 0) return null;
      const a = aims.find((x) => fm(x) === 25 && !isTLevel(x));
      return a ? { message: 'The planned learning and employability hours add up to 0 for a 16-19 funded learner.', aimIndex: a.index } : null;
    },
  }),
  tooMany('PlanLearnHours_04', 1000, 'The sum of the Planned learning hours and the Planned employability, enrichment and pastoral hours should not be greater than 1,000 hours'),
  tooMany('PlanLearnHours_05', 4000, 'The sum of the Planned learning hours and the Planned employability, enrichment and pastoral hours should not be greater than 4,000 hours'),
];
