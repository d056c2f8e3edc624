// Ethnicity (2025/26 catalogue; the agency's Rules/Learner/Ethnicity): codes 31–47, 98 and 99.
import type { Rule } from '../../rule.ts';
import { learnerCodeList, range } from './code-list.ts';

export const rules: readonly Rule[] = [
  learnerCodeList({
    id: 'Ethnicity_01',
    field: 'Ethnicity',
    column: 'ethnicity',
    codes: [...range(31, 47), 98, 99],
    message: 'The Ethnicity is not a valid code',
    inWords: 'ethnicity',
  }),
];
