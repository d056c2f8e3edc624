// Accom: accommodation (2025/26 catalogue; the agency's Rules/Learner/Accom): 5, living away from home.
import type { Rule } from '../../rule.ts';
import { learnerCodeList } from './code-list.ts';

export const rules: readonly Rule[] = [
  learnerCodeList({ id: 'Accom_01', field: 'Accom', column: 'accom', codes: [5], message: 'The Accommodation is not a valid code', inWords: 'accommodation' }),
];
