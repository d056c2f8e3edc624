// ELQ: equivalent or lower qualification (2025/26 catalogue; the agency's Rules/HE/ELQ). Codes as
// the ILR specification lists them and the agency's ILR_ELQ lookup: 1 non-exempt ELQ, 2 exempt
// ELQ, 3 not ELQ, 9 not required.
import { num, type AimRule } from '../../rule.ts';
import { heCodeList, heRule } from './he-facts.ts';

export const rules: readonly AimRule[] = [
  heRule({
    id: 'ELQ_01',
    field: 'ELQ',
    reads: ['elq'],
    message: 'The ELQ must be returned for this learning aim',
    fix: 'An aim funded by the Office for Students (FundModel 99 with SOF 1) must say whether it is an equivalent or lower qualification: fill in ELQ in the aim’s HE data.',
    test: (he, { aim, fams }) =>
      num(aim.fund_model) === 99 && fams.has('SOF:1') && num(he.elq) === null
        ? 'The aim is funded by the Office for Students (FundModel 99, SOF 1) and its HE record has no ELQ.'
        : null,
  }),
  heCodeList({ id: 'ELQ_02', field: 'ELQ', column: 'elq', codes: [1, 2, 3, 9], message: 'The ELQ is not a valid code', inWords: 'equivalent or lower qualification (ELQ)' }),
];
