// Code lists (shared/domain/ilr-reference.md §1a.5 and §1b.4): a code outside the list is an
// error on the aim. Legacy A34/A35 have their own lists (legacy 4 = transferred is valid).
import { BOTH, EVERY_YEAR, LEGACY_ONLY, XML_ONLY, num, type AimRule } from './rule.ts';

const codeList = (
  id: string,
  field: string,
  column: string,
  codes: readonly number[],
  formats: AimRule['formats'],
): AimRule => ({
  id,
  years: EVERY_YEAR,
  severity: 'error',
  field,
  reads: [column],
  formats,
  test: ({ aim }) => {
    const value = num(aim[column]);
    return value === null || codes.includes(value)
      ? null
      : `${field} ${value} is not a valid code (expected one of ${codes.join(', ')}).`;
  },
});

export const AIM_TYPES = [1, 3, 4, 5] as const;
export const FUND_MODELS = [10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99] as const;
export const COMP_STATUSES = [1, 2, 3, 6] as const;
export const OUTCOMES = [1, 2, 3, 8] as const;
/** 2018/19 constants plus 48 (industry placement, later years). */
export const WITHDRAW_REASONS = [2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98] as const;
/** Legacy A34: 1 continuing, 2 completed, 3 withdrawn, 4 transferred, 6 agreed break. */
export const LEGACY_A34 = [1, 2, 3, 4, 6] as const;
/** Legacy A35: 1 achieved, 2 partial, 3 no achievement, 4/5 (older meanings), 6/7 AS-level, 9 continuing. */
export const LEGACY_A35 = [1, 2, 3, 4, 5, 6, 7, 9] as const;

export const CODE_LIST_RULES: readonly AimRule[] = [
  codeList('AimType_01', 'AimType', 'aim_type', AIM_TYPES, XML_ONLY),
  codeList('FundModel_01', 'FundModel', 'fund_model', FUND_MODELS, XML_ONLY),
  codeList('CompStatus_01', 'CompStatus', 'comp_status', COMP_STATUSES, XML_ONLY),
  codeList('Outcome_01', 'Outcome', 'outcome', OUTCOMES, XML_ONLY),
  codeList('WithdrawReason_02', 'WithdrawReason', 'withdraw_reason', WITHDRAW_REASONS, BOTH),
  codeList('A34_01', 'A34', 'comp_status', LEGACY_A34, LEGACY_ONLY),
  codeList('A35_01', 'A35', 'outcome', LEGACY_A35, LEGACY_ONLY),
];
