// A code-list rule on a Learner field: a value outside the ILR specification's list is an error on
// the learner (the agency's lookups, ILR_<Field>; the lists as the 2025/26 specification gives them,
// checked against the agency's 2018/19 Lookups.xml).
import type { FieldValue } from '../../../ilr/row.ts';
import { learnerRule, type LearnerRule } from '../../rule.ts';

export const learnerCodeList = (spec: {
  id: string;
  field: string;
  column: string;
  codes: readonly (number | string)[];
  message: string;
  inWords: string;
}): LearnerRule => {
  const valid = new Set<FieldValue>(spec.codes);
  return learnerRule({
    id: spec.id,
    field: spec.field,
    reads: [spec.column],
    message: spec.message,
    fix: `Record the learner’s ${spec.inWords} with one of the codes the ILR specification lists (${spec.codes.join(', ')}) in your MIS.`,
    test: ({ learner }) => {
      const value = learner[spec.column];
      return value === null || value === undefined || valid.has(value)
        ? null
        : `${spec.field} ${String(value)} is not a valid code (expected one of ${spec.codes.join(', ')}).`;
    },
  });
};

/** 1 to n. */
export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
