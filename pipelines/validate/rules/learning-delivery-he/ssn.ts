// SSN: student support number (2025/26 catalogue; the agency's Rules/HE/SSN). SSN_03 is absent from
// the agency's 2020/21 code: run from 2021/22, as its condition (starts from 1 August 2021) says.
import { SINCE_2021_22, num, type AimRule } from '../../rule.ts';
import { day, heRule, startOf, text } from './he-facts.ts';

const AUGUST_2021 = day('2021-08-01');

/** The HESA check: 4 letters (no I, O, Q, Z), 8 digits, a check letter (no I, O, Q). */
const SHAPE = /^[A-HJ-NPR-Y]{4}[0-9]{8}[A-HJ-NPR-Z]$/;
/** Letter values of the first four characters: A = 0 … Y = 21, I, O, Q and Z left out. */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXY';
/** The check letter for 1 … 23: A … Z, I, O and Q left out. */
const CHECK = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Whether a student support number passes HESA's checksum (hesa.ac.uk, c17051 SSN; the agency's
 * SSN_02Rule): the four letters and eight digits weighted 13 down to 2, summed; 23 less the sum's
 * remainder on division by 23 is the check letter's number.
 */
export function ssnValid(raw: string): boolean {
  const ssn = raw.toUpperCase();
  if (!SHAPE.test(ssn)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const c = ssn.charCodeAt(i);
    sum += (i < 4 ? LETTERS.indexOf(ssn[i] as string) : c - 48) * (13 - i);
  }
  return CHECK[23 - (sum % 23) - 1] === ssn[12];
}

export const rules: readonly AimRule[] = [
  heRule({
    id: 'SSN_02',
    field: 'SSN',
    reads: ['ssn'],
    message: 'The Student support number does not pass the checksum calculation',
    fix: 'Check the student support number against the learner’s Student Loans Company letter: 4 letters, 8 digits and a check letter (e.g. WADM46891352A). Correct the mistyped character.',
    test: (he) => {
      const ssn = text(he, 'ssn');
      return ssn !== null && !ssnValid(ssn) ? `The student support number ${ssn} does not pass the checksum.` : null;
    },
  }),
  heRule({
    id: 'SSN_03',
    years: SINCE_2021_22,
    field: 'SSN',
    reads: ['ssn', 'netfee', 'grossfee'],
    message: 'As the Student Support Number has not been recorded then the Net Tuition Fee and Gross Tuition Fee should be returned',
    fix: 'A learner with no student support number needs both the net and the gross tuition fee in the aim’s HE data: record them (or the SSN, if the learner has one).',
    test: (he, f) =>
      startOf(f) >= AUGUST_2021 && text(he, 'ssn') === null && (num(he.netfee) === null || num(he.grossfee) === null)
        ? `The aim started on or after 2021-08-01 with no student support number, and its ${num(he.netfee) === null ? 'net' : 'gross'} tuition fee is missing.`
        : null,
  }),
];
