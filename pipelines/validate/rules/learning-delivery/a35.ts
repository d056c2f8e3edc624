// A35 (legacy ILR learning outcome; our rule, named after the field: the legacy specification's
// code list). 1 achieved, 2 partial, 3 no achievement, 4/5 (older meanings), 6/7 AS-level, 9 continuing.
import { LEGACY_ONLY, type Rule } from '../../rule.ts';
import { codeListRule } from './code-list.ts';

export const LEGACY_A35 = [1, 2, 3, 4, 5, 6, 7, 9] as const;

export const rules: readonly Rule[] = [codeListRule('A35_01', 'A35', 'outcome', LEGACY_A35, 'Outcome', LEGACY_ONLY)];
