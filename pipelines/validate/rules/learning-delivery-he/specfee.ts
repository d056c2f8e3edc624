// SPECFEE: special fee indicator (2025/26 catalogue; the agency's Rules/HE/SPECFEE). Codes as the
// agency's ILR_SpecFee lookup lists them: 0 standard, 1 sandwich placement, 2 language year abroad,
// 3 other exceptional, 4 and 5 final year of a full-time course of less than 24 weeks, 9 other.
import { num, type AimRule } from '../../rule.ts';
import { day, heCodeList, heRule, startOf } from './he-facts.ts';

const AUGUST_2009 = day('2009-08-01');

export const rules: readonly AimRule[] = [
  heCodeList({ id: 'SPECFEE_01', field: 'SPECFEE', column: 'specfee', codes: [0, 1, 2, 3, 4, 5, 9], message: 'This Special fee indicator is not valid', inWords: 'special fee indicator (SPECFEE)' }),
  heRule({
    id: 'SPECFEE_02',
    field: 'SPECFEE',
    reads: ['specfee', 'modestud'],
    message: 'The Special fee indicator is not valid for this Mode of study',
    fix: 'A sandwich year out (mode of study 2) is a sandwich placement: set the special fee indicator to 1, or correct the mode of study.',
    test: (he, f) =>
      startOf(f) >= AUGUST_2009 && num(he.modestud) === 2 && num(he.specfee) !== 1
        ? `A sandwich year out (mode of study 2) needs special fee indicator 1 (sandwich placement); it is ${num(he.specfee) ?? 'missing'}.`
        : null,
  }),
];
