// STULOAD: student instance FTE (2025/26 catalogue; the agency's Rules/HE/STULOAD).
import { num, type AimRule } from '../../rule.ts';
import { day, heRule, startOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');

export const rules: readonly AimRule[] = [
  heRule({
    id: 'STULOAD_04',
    field: 'STULOAD',
    reads: ['stuload'],
    message: 'The Student instance FTE must be returned for this learning aim',
    fix: 'Record the student instance FTE (STULOAD, the percentage of a full-time year) in the aim’s HE data.',
    test: (he, f) => (startOf(f) >= AUGUST_2013 && num(he.stuload) === null ? 'The aim started on or after 2013-08-01 and its HE record has no STULOAD.' : null),
  }),
];
