// LearnerHE: the learner's HE data (2025/26 catalogue; the agency's Rules/HE/LearnerHE_02).
import { learnerRule, type LearnerRule } from '../../rule.ts';
import { heOf, learnerHeOf } from '../learning-delivery-he/he-facts.ts';

export const rules: readonly LearnerRule[] = [
  learnerRule({
    id: 'LearnerHE_02',
    entity: 'LearnerHE',
    field: 'LearnerHE',
    reads: ['ucasperid'],
    message: 'A Learning Delivery HE record must be returned',
    fix: 'The learner has HE data (a Learner HE record) but none of their aims has: add the Learning Delivery HE record to their HE aim, or remove the Learner HE record if they have no HE aim.',
    test: ({ rows, aims }) =>
      learnerHeOf(rows) !== null && !aims.some((a) => heOf(a) !== null)
        ? { message: 'The learner has a Learner HE record and no aim has a Learning Delivery HE record.', value: null }
        : null,
  }),
];
