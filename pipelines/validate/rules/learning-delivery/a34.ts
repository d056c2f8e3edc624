// A34 (legacy ILR completion status; our rule, named after the field: the legacy specification's
// code list). 1 continuing, 2 completed, 3 withdrawn, 4 transferred, 6 agreed break.
import { LEGACY_ONLY, type Rule } from '../../rule.ts';
import { codeListRule } from './code-list.ts';

export const LEGACY_A34 = [1, 2, 3, 4, 6] as const;

export const rules: readonly Rule[] = [codeListRule('A34_01', 'A34', 'comp_status', LEGACY_A34, 'Completion status', LEGACY_ONLY)];
