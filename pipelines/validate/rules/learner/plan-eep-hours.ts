// PlanEEPHours: the learner's planned employability, enrichment and pastoral hours (2025/26
// catalogue; the agency's Rules/Learner/PlanEEPHours). The sums with the planned learning hours
// are PlanLearnHours_03 to _05 (plan-learn-hours.ts).
import { AS_IN_2018_19, has, learnerRule, num, type Rule, type Years } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';

/**
 * PlanEEPHours_01: a 16-19 aim of the funding models given, not an apprenticeship or a T Level
 * programme, of a learner with an aim still open and no planned EEP hours; reported once, at the
 * first such aim (the agency's PlanEEPHours_01Rule).
 */
const returned = (years: Years, fundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'PlanEEPHours_01',
    years,
    field: 'PlanEEPHours',
    reads: ['plan_eep_hours'],
    message: 'The Planned employability, enrichment and pastoral hours have not been returned',
    fix: 'Record the planned employability, enrichment and pastoral hours for the teaching year (PlanEEPHours; 0 if none) for the 16-19 funded learner.',
    test: ({ learner, aims }) => {
      if (num(learner.plan_eep_hours) !== null || aims.every(({ aim }) => has(aim, 'learn_act_end_date'))) return null;
      const a = aims.find((x) => fundModels.includes(num(x.aim.fund_model) ?? -1) && !(num(x.aim.fund_model) === 25 && num(x.aim.prog_type) === 31) && !isApprenticeship(x));
      return a ? { message: `No planned employability, enrichment and pastoral hours are returned for a 16-19 funded (FundModel ${num(a.aim.fund_model)}) learner with an aim open.`, aimIndex: a.index } : null;
    },
  });

export const rules: readonly Rule[] = [
  // The agency's 2018/19 code asks it of FM25 and FM82 aims; its 2020/21 code and the 2025/26 catalogue of FM25 only.
  returned(AS_IN_2018_19, [25, 82]),
  returned({ from: 2019, to: null }, [25]),
];
