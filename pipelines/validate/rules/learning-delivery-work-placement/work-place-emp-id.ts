// WorkPlaceEmpId: the employer of a work placement (2025/26 catalogue; the agency's
// Rules/LearningDelivery/WorkPlaceEmpId). WorkPlaceEmpId_01 (a known employer) needs the employer
// register; the checksum (the agency's DD14) is decided here.
import { aimRule, num, type Rule } from '../../rule.ts';
import { placementsOf } from './placements.ts';

/** The employer number for a placement whose employer is not yet known. */
const TEMPORARY_EMPLOYER = 999_999_999;

/**
 * The agency's DD14: 11 − (9 × 1st digit + 8 × 2nd + … + 2 × 8th) mod 11, where 11 is 0 and 10
 * (or an id that is not 9 digits long) is X, which no 9th digit matches.
 */
export const empIdCheckDigit = (id: number): string => {
  const digits = String(id);
  if (digits.length !== 9) return 'X';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const result = 11 - (sum % 11);
  return result === 11 ? '0' : result === 10 ? 'X' : String(result);
};

export const rules: readonly Rule[] = [
  aimRule({
    id: 'WorkPlaceEmpId_02',
    entity: 'LearningDeliveryWorkPlacement',
    field: 'WorkPlaceEmpId',
    reads: ['learn_aim_ref'],
    message: 'The Work placement employer identifier does not pass the checksum calculation',
    fix: 'Check the placement employer’s number against the employer’s records (a digit is likely mistyped); use 999999999 until the number is known.',
    test: (f) => {
      for (const p of placementsOf(f)) {
        const id = num(p.work_place_emp_id);
        if (id !== null && id !== TEMPORARY_EMPLOYER && empIdCheckDigit(id) !== String(id).charAt(8)) {
          return { message: `WorkPlaceEmpId ${id} fails the checksum (its last digit should be ${empIdCheckDigit(id)}).`, value: String(id) };
        }
      }
      return null;
    },
  }),
];
