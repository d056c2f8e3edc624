// A code list rule: a code outside the list is an error on the aim (shared/domain/ilr-reference.md
// §1a.5 and §1b.4).
import { aimRule, num, type AimRule } from '../../rule.ts';

export const codeListRule = (
  id: string,
  field: string,
  column: string,
  codes: readonly number[],
  fieldInWords: string,
  formats: AimRule['formats'],
): AimRule =>
  aimRule({
    id,
    field,
    reads: [column],
    formats,
    message: `The ${fieldInWords} is not a valid code`,
    fix: `Choose one of the ${fieldInWords} codes the ILR specification lists (${codes.join(', ')}) in your MIS.`,
    test: ({ aim }) => {
      const value = num(aim[column]);
      return value === null || codes.includes(value) ? null : `${field} ${value} is not a valid code (expected one of ${codes.join(', ')}).`;
    },
  });
