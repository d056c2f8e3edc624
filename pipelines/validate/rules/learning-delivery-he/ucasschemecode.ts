// UCASSCHEMECODE: UCAS scheme code (2025/26 catalogue; the agency's 2020/21 Rules/HE/UCASAPPID/
// UCASAPPID_01, the rule's earlier name, which reads UCASAPPID). UCASSCHEMECODE_02 is new in 2025/26.
import { AS_IN_2025_26, type AimRule } from '../../rule.ts';
import { day, heRule, learnerHeOf, startOf, text, ucasSchemeOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');
const AUGUST_2025 = day('2025-08-01');
const SCHEME = /^[A-Za-z]{2}[0-9]{2}$/;

export const rules: readonly AimRule[] = [
  heRule({
    id: 'UCASSCHEMECODE_01',
    field: 'UCASSCHEMECODE',
    reads: ['ucasschemecode'],
    message: 'The UCAS scheme code must be returned for this learning aim',
    fix: 'The learner has a UCAS personal ID, so they applied through UCAS: record the UCAS scheme code (UCASSCHEMECODE, UCASAPPID before 2025/26) in the aim’s HE data.',
    test: (he, f) => {
      const learnerHe = learnerHeOf(f.learnerRows);
      const perId = learnerHe === null ? null : text(learnerHe, 'ucasperid');
      return perId !== null && startOf(f) >= AUGUST_2013 && ucasSchemeOf(he) === null
        ? `The learner has a UCAS personal ID (${perId}) and the HE record has no UCAS scheme code.`
        : null;
    },
  }),
  heRule({
    id: 'UCASSCHEMECODE_02',
    years: AS_IN_2025_26,
    field: 'UCASSCHEMECODE',
    reads: ['ucasschemecode'],
    message: 'The UCAS Scheme code must be two alphabetic characters followed by two numeric digits.',
    fix: 'From 1 August 2025 the UCAS scheme code is two letters followed by two digits: correct it in the aim’s HE data.',
    test: (he, f) => {
      const code = text(he, 'ucasschemecode');
      return code !== null && startOf(f) >= AUGUST_2025 && !SCHEME.test(code) ? `The UCAS scheme code ${code} is not two letters followed by two digits.` : null;
    },
  }),
];
