// WithdrawReason: why a learner withdrew (2025/26 catalogue; the agency's Rules/LearningDelivery/WithdrawReason).
import { BOTH, aimRule, num, type Rule } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { returns } from './programmes.ts';

/** 2018/19 constants plus 48 (industry placement, later years). */
export const WITHDRAW_REASONS = [2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98] as const;

export const rules: readonly Rule[] = [
  codeListRule('WithdrawReason_02', 'WithdrawReason', 'withdraw_reason', WITHDRAW_REASONS, 'Withdrawal reason', BOTH),
  aimRule({
    id: 'WithdrawReason_03',
    field: 'WithdrawReason',
    reads: ['comp_status', 'withdraw_reason'],
    message: 'The Withdrawal reason must be returned for this Completion status',
    fix: 'Record why the learner withdrew (the withdrawal reason); 98 if the reason is not known.',
    test: (f) =>
      num(f.aim.comp_status) === 3 && !returns(f, 'withdraw_reason')
        ? 'The aim is withdrawn (CompStatus 3) but no WithdrawReason is returned.'
        : null,
  }),
  aimRule({
    id: 'WithdrawReason_04',
    field: 'WithdrawReason',
    reads: ['comp_status', 'withdraw_reason'],
    message: 'The Withdrawal reason must not be returned for this Completion status',
    fix: 'Remove the withdrawal reason, or, if the learner did withdraw, set the completion status to 3.',
    test: (f) => {
      const comp = num(f.aim.comp_status);
      return (comp === 1 || comp === 2 || comp === 6) && returns(f, 'withdraw_reason')
        ? `A WithdrawReason (${num(f.aim.withdraw_reason)}) is returned but the aim is not withdrawn (CompStatus ${comp}).`
        : null;
    },
  }),
];
