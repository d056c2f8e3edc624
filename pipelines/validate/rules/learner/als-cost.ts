// ALSCost: learning support cost (2025/26 catalogue; the agency's Rules/Learner/ALSCost).
import { learnerRule, num, type Rule } from '../../rule.ts';
import { hasLearnerFamType } from './learner-facts.ts';

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'ALSCost_02',
    field: 'ALSCost',
    reads: ['als_cost'],
    message: 'The Learning support cost field must only be returned for High Needs Students',
    fix: 'Return the learning support cost only for a high needs student: add the HNS learner FAM if the learner is one, or remove the cost.',
    test: ({ learner, rows }) =>
      num(learner.als_cost) !== null && !hasLearnerFamType(rows, 'HNS')
        ? `A learning support cost of ${num(learner.als_cost)} is returned for a learner who is not recorded as a high needs student (HNS).`
        : null,
  }),
];
