// SOC: occupation code (2025/26 catalogue; the agency's 2020/21 Rules/HE/SOC2000/SOC2000_02, the
// rule's earlier name, which reads SOC2000, UCASAPPID and DOMICILE). SOC_04 needs the SOC 2010 list
// (Appendix L), which the project does not ship.
import { num, type AimRule } from '../../rule.ts';
import { BRITISH_ISLES, countryOf, day, heRule, startOf, ucasSchemeOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');

export const rules: readonly AimRule[] = [
  heRule({
    id: 'SOC_02',
    field: 'SOC',
    reads: ['soc', 'ucasschemecode', 'permaddcountry'],
    message: 'The Occupation code must be returned for this learning aim',
    fix: 'A learner who applied through UCAS from the British Isles has an occupation code (from the UCAS application): record it (SOC) in the aim’s HE data.',
    test: (he, f) => {
      const country = countryOf(he);
      return startOf(f) >= AUGUST_2013 && ucasSchemeOf(he) !== null && country !== null && BRITISH_ISLES.has(country) && (num(he.soc) ?? num(he.soc2000)) === null
        ? `The learner applied through UCAS from ${country} and the HE record has no occupation code.`
        : null;
    },
  }),
];
