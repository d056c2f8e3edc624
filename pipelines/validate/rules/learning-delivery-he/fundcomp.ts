// FUNDCOMP: completion of year of instance (2025/26 catalogue; the agency's Rules/HE/FUNDCOMP).
// Codes as the agency's ILR_FundComp lookup lists them: 1 completed, 2 not completed, 3 not yet
// completed, 9 not in HESES population. The catalogue leaves out providers the Office for Students
// does not ask for HE funding fields (its register): a code returned is checked whoever sends it.
import type { AimRule } from '../../rule.ts';
import { heCodeList } from './he-facts.ts';

export const rules: readonly AimRule[] = [
  heCodeList({ id: 'FUNDCOMP_01', field: 'FUNDCOMP', column: 'fundcomp', codes: [1, 2, 3, 9], message: 'The Completion of year of instance is not valid', inWords: 'completion of year of instance (FUNDCOMP)' }),
];
