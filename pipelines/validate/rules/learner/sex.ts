// Sex (2025/26 catalogue; the agency's Rules/Learner/Sex): F or M, as the specification spells them.
import type { Rule } from '../../rule.ts';
import { learnerCodeList } from './code-list.ts';

export const rules: readonly Rule[] = [
  learnerCodeList({ id: 'Sex_01', field: 'Sex', column: 'sex', codes: ['F', 'M'], message: 'The Sex is not a valid code', inWords: 'sex' }),
];
