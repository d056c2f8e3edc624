// EmpId: the employer on an employment status (2025/26 catalogue; the agency's
// Rules/EmploymentStatus/EmpId). EmpId_02 is the agency's check digit (DD05); EmpId_01 (a valid
// employer on the Employer Data Service) needs the employer register: not checked.
import type { Row } from '../../../ilr/row.ts';
import { daysToIso } from '../../../ilr/dates.ts';
import { aimRule, learnerRule, num, type Rule } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';
import { statusOn, statuses } from '../learner/learner-facts.ts';

/** The employer identifier used while the real one is being obtained. */
const TEMPORARY_EMPLOYER = 999_999_999;

/**
 * DD05: 11 − ((9×d1 + 8×d2 + … + 2×d8) mod 11) must be the ninth digit; 11 counts as 0 and 10
 * (the agency's 'X') matches no digit, nor does an identifier of other than 9 digits.
 */
export const employerIdCheckDigitOk = (id: number): boolean => {
  const text = String(id);
  if (text.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(text[i]) * (9 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(text[8]);
};
const notEmployed = (s: Row): boolean => num(s.emp_stat) === 11 || num(s.emp_stat) === 12;

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'EmpId_02',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpId',
    reads: ['emp_id'],
    message: 'The Employer identifier is not valid',
    fix: 'Check the employer’s ERN against the Employer Data Service and correct the mistyped digits; use 999999999 only while it is being obtained.',
    test: ({ rows }) => {
      const bad = statuses(rows).find((s) => {
        const id = num(s.emp_id);
        return id !== null && id !== TEMPORARY_EMPLOYER && !employerIdCheckDigitOk(id);
      });
      return bad ? { message: `Employer identifier ${num(bad.emp_id)} does not pass the check-digit calculation (DD05).`, value: String(num(bad.emp_id)) } : null;
    },
  }),
  // The agency's EmpId_14Rule: any apprenticeship aim, and the first status not in paid employment that names an employer.
  learnerRule({
    id: 'EmpId_14',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpId',
    reads: ['emp_id'],
    message: "The Employer Identifier has been returned and the Learner's Employment status is 'Not in paid employment'",
    fix: 'Remove the employer identifier from the employment status that says the apprentice is not in paid employment, or correct the employment status.',
    test: ({ rows, aims }) => {
      if (!aims.some(isApprenticeship)) return null;
      const bad = statuses(rows).find((s) => num(s.emp_id) !== null && notEmployed(s));
      return bad ? { message: `An apprentice’s employment status ${num(bad.emp_stat)} (not in paid employment) names employer ${num(bad.emp_id)}.`, value: String(num(bad.emp_id)) } : null;
    },
  }),
  // The agency's EmpId_10Rule: an apprenticeship programme aim whose start finds the learner in paid employment with no employer named.
  aimRule({
    id: 'EmpId_10',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpId',
    reads: ['learn_start_date'],
    message: 'The Employer identifier has not been returned',
    fix: 'Add the apprentice’s employer (their ERN from the Employer Data Service, or 999999999 while it is being obtained) to the employment status that applies on the programme’s start.',
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || num(a.aim.aim_type) !== 1 || !isApprenticeship(a)) return null;
      const s = statusOn(a.learnerRows, start);
      return s !== null && num(s.emp_stat) === 10 && num(s.emp_id) === null
        ? `The employment status on the programme's start (${daysToIso(start)}) is in paid employment but names no employer.`
        : null;
    },
  }),
];
