// AimSeqNumber: the aim's number within the learner's record (2025/26 catalogue; the agency's
// Rules/LearningDelivery/AimSeqNumber). The count is of the LearningDelivery elements in the
// record, as the agency counts them: an aim kept out by a schema error still counts.
import { learnerRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'AimSeqNumber_02',
    entity: 'LearningDelivery',
    field: 'AimSeqNumber',
    reads: ['learner.learn_ref_number'],
    message: 'The Aim sequence number is greater than the count of the learning aims',
    fix: 'Number the learner’s aims 1, 2, 3 … with no gaps: renumber them in your MIS (most do this when the file is made).',
    test: ({ aims, aimCount }) => {
      const count = aimCount ?? aims.length;
      for (const a of aims) {
        const seq = num(a.aim.aim_seq_number);
        if (seq !== null && seq > count) {
          return { message: `AimSeqNumber ${seq} is greater than the number of aims (${count}).`, value: String(seq), aimIndex: a.index };
        }
      }
      return null;
    },
  }),
];
