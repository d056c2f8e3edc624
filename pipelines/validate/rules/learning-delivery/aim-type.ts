// AimType: what the aim is within a programme (1 programme aim, 3 component, 4 not part of a programme, 5 core aim).
import { XML_ONLY, type Rule } from '../../rule.ts';
import { codeListRule } from './code-list.ts';

export const AIM_TYPES = [1, 3, 4, 5] as const;

export const rules: readonly Rule[] = [codeListRule('AimType_01', 'AimType', 'aim_type', AIM_TYPES, 'Aim type', XML_ONLY)];
