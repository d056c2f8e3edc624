// MSTUFEE: major source of tuition fees (2025/26 catalogue; the agency's Rules/HE/MSTUFEE).
//
// The codes are the agency's ILR_MSTuFee lookup (2018/19 Lookups.xml) with 10 (Student Loans
// Company), which the 2024/25 specification added. The dates codes are valid to are the 2025/26
// specification's for codes 1–34 (2 to 31 July 2024; 4–9, 11, 12, 14, 15, 17–19, 22–26 and 32 to
// 31 July 2025; 13 to 25 July 2025, as printed; 33 to 31 July 2018). For 35 and above only the
// lookup's list was read (the specification page's tail was not): they are taken as open-ended.
//
// MSTUFEE_03/_04/_05 read the country of permanent address (PERMADDCOUNTRY; DOMICILE before 2025/26,
// which the agency's 2020/21 code reads). MSTUFEE_06 is absent from the agency's 2020/21 code and
// gained an end (starts to 31 July 2025) in the 2025/26 catalogue; MSTUFEE_07 is new in 2025/26.
import { daysToIso } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, num, type AimRule, type Years } from '../../rule.ts';
import { countryOf, day, heRule, startOf, text } from './he-facts.ts';

const CODES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 22, 23, 24, 25, 26, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43,
  44, 45, 46, 47, 48, 49, 52, 53, 54, 61, 71, 81, 96, 97, 98, 99,
] as const;
const VALID: ReadonlySet<number> = new Set(CODES);
const JULY_2025 = day('2025-07-31');
const VALID_TO: ReadonlyMap<number, number> = new Map([
  [2, day('2024-07-31')],
  ...[4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 18, 19, 22, 23, 24, 25, 26, 32].map((c): [number, number] => [c, JULY_2025]),
  [13, day('2025-07-25')],
  [33, day('2018-07-31')],
]);
const AUGUST_2021 = day('2021-08-01');
const AUGUST_2025 = day('2025-08-01');

/** A source of fees that does not fit the country of permanent address: the countries, the sources, and in words. */
const inconsistent = (id: string, countries: readonly string[], sources: readonly number[], where: string): AimRule =>
  heRule({
    id,
    severity: 'warning',
    field: 'MSTUFEE',
    reads: ['mstufee', 'permaddcountry'],
    message: 'The Major source of tuition fees is not consistent with the Country of Permanent Address',
    fix: `A learner whose permanent address is in ${where} is not funded by the student support body of another UK nation: check the major source of tuition fees and the country of permanent address.`,
    test: (he) => {
      const source = num(he.mstufee);
      const country = countryOf(he);
      return source !== null && sources.includes(source) && country !== null && countries.includes(country)
        ? `Major source of tuition fees ${source} does not fit a permanent address in ${where} (${country}).`
        : null;
    },
  });

/** The student support number is missing for a source of fees that comes with one. */
const ssnExpected = (id: string, years: Years, sources: readonly number[], from: number, to: number, message: string): AimRule =>
  heRule({
    id,
    years,
    severity: 'warning',
    field: 'MSTUFEE',
    reads: ['mstufee', 'ssn'],
    message,
    fix: 'The learner’s fees come from a student support body, so they have a student support number: record it (SSN) in the aim’s HE data.',
    test: (he, f) => {
      const source = num(he.mstufee);
      const start = startOf(f);
      return source !== null && sources.includes(source) && start >= from && start <= to && text(he, 'ssn') === null
        ? `Major source of tuition fees ${source} and no student support number.`
        : null;
    },
  });

const SSN_06 = 'As Major Source of Tuition Fees 02, 03, 04, 52, 53, 54 has been recorded then the Student Support Number should be returned';

export const rules: readonly AimRule[] = [
  heRule({
    id: 'MSTUFEE_01',
    field: 'MSTUFEE',
    reads: ['mstufee'],
    message: 'The Major source of tuition fees is not valid',
    fix: 'Record the major source of tuition fees with one of the codes the ILR specification lists (e.g. 1 no award, 10 Student Loans Company, 81 employer).',
    test: (he) => {
      const source = num(he.mstufee);
      return source !== null && !VALID.has(source) ? `Major source of tuition fees ${source} is not a valid code.` : null;
    },
  }),
  // The agency's MSTUFEE_02Rule: not current on the start date (an unknown code is not current either).
  heRule({
    id: 'MSTUFEE_02',
    field: 'MSTUFEE',
    reads: ['mstufee', 'learn_start_date'],
    message: 'The Major source of tuition fees is not valid for this Learning start date',
    fix: 'This major source of tuition fees code was withdrawn before the aim started: choose a code the ILR specification lists for the start date (e.g. 10 for the Student Loans Company instead of 2).',
    test: (he, f) => {
      const source = num(he.mstufee);
      if (source === null) return null;
      if (!VALID.has(source)) return `Major source of tuition fees ${source} is not a valid code on any date.`;
      const validTo = VALID_TO.get(source);
      const start = num(f.aim.learn_start_date);
      return validTo !== undefined && start !== null && start > validTo
        ? `Major source of tuition fees ${source} was valid to ${daysToIso(validTo)}; the aim started ${daysToIso(start)}.`
        : null;
    },
  }),
  inconsistent('MSTUFEE_03', ['XH'], [2, 4], 'Scotland'),
  inconsistent('MSTUFEE_04', ['XG'], [2, 3], 'Northern Ireland'),
  inconsistent('MSTUFEE_05', ['XF', 'XI'], [3, 4], 'England or Wales'),
  ssnExpected('MSTUFEE_06', { from: 2021, to: 2024 }, [2, 3, 4, 52, 53, 54], AUGUST_2021, Infinity, SSN_06),
  ssnExpected('MSTUFEE_06', AS_IN_2025_26, [2, 3, 4, 52, 53, 54], AUGUST_2021, JULY_2025, SSN_06),
  ssnExpected('MSTUFEE_07', AS_IN_2025_26, [3, 10], AUGUST_2025, Infinity, 'As Major Source of Tuition Fees 03 or 10 has been recorded then the Student Support Number should be returned'),
];
