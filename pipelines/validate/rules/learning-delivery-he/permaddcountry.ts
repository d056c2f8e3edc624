// PERMADDCOUNTRY: country of permanent address (2025/26 catalogue; the agency's 2020/21
// Rules/HE/Domicile/Domicile_01, the rule's earlier name). PERMADDCOUNTRY_02 needs the country
// list (Appendix D), which the project does not ship.
import type { AimRule } from '../../rule.ts';
import { countryOf, day, heRule, startOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');

export const rules: readonly AimRule[] = [
  heRule({
    id: 'PERMADDCOUNTRY_01',
    field: 'PERMADDCOUNTRY',
    reads: ['permaddcountry'],
    message: 'The PERMADDCOUNTRY_01 must be returned for this learning aim',
    fix: 'Record the country of the learner’s permanent address (PERMADDCOUNTRY, DOMICILE before 2025/26) in the aim’s HE data.',
    test: (he, f) =>
      startOf(f) >= AUGUST_2013 && countryOf(he) === null ? 'The aim started on or after 2013-08-01 and its HE record has no country of permanent address.' : null,
  }),
];
