// SEC: socio-economic classification (2025/26 catalogue; the agency's Rules/HE/SEC). Codes as the
// agency's ILR_SEC lookup lists them (NS-SEC): 1–9.
import { num, type AimRule } from '../../rule.ts';
import { BRITISH_ISLES, countryOf, day, heCodeList, heRule, startOf, ucasSchemeOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');

export const rules: readonly AimRule[] = [
  heCodeList({ id: 'SEC_01', field: 'SEC', column: 'sec', codes: [1, 2, 3, 4, 5, 6, 7, 8, 9], message: 'The Socio-economic classification is not a valid code', inWords: 'socio-economic classification (SEC)' }),
  // The agency's SEC_02Rule reads UCASAPPID and DOMICILE, the 2025/26 catalogue UCASSCHEMECODE and PERMADDCOUNTRY.
  heRule({
    id: 'SEC_02',
    field: 'SEC',
    reads: ['sec', 'ucasschemecode', 'permaddcountry'],
    message: 'The Socio-economic Classification must be returned for this learning aim',
    fix: 'A learner who applied through UCAS from the British Isles has a socio-economic classification (from the UCAS application): record it (SEC) in the aim’s HE data.',
    test: (he, f) => {
      const country = countryOf(he);
      return startOf(f) >= AUGUST_2013 && ucasSchemeOf(he) !== null && country !== null && BRITISH_ISLES.has(country) && num(he.sec) === null
        ? `The learner applied through UCAS from ${country} and the HE record has no socio-economic classification.`
        : null;
    },
  }),
];
