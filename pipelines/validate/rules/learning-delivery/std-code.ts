// StdCode: the apprenticeship standard the aim belongs to (2025/26 catalogue; the agency's
// Rules/LearningDelivery/StdCode). StdCode_02 (a valid standard code) needs LARS and is not here.
import { aimRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'StdCode_01',
    field: 'StdCode',
    reads: ['std_code', 'prog_type'],
    message: 'The Apprenticeship standard code must be returned',
    fix: 'Enter the apprenticeship standard code (StdCode) for every aim of an apprenticeship standard (ProgType 25).',
    test: ({ aim }) => (num(aim.prog_type) === 25 && num(aim.std_code) === null ? 'The aim is part of an apprenticeship standard (ProgType 25) but no StdCode is returned.' : null),
  }),
  aimRule({
    id: 'StdCode_03',
    field: 'StdCode',
    reads: ['std_code', 'prog_type'],
    message: 'The Apprenticeship standard code must not be returned',
    fix: 'Only apprenticeship standard aims (ProgType 25) have a standard code: remove it, or correct the programme type.',
    test: ({ aim }) =>
      num(aim.std_code) !== null && num(aim.prog_type) !== 25 ? `StdCode ${num(aim.std_code)} is returned on an aim with ProgType ${num(aim.prog_type) ?? 'none'}, not 25.` : null,
  }),
];
