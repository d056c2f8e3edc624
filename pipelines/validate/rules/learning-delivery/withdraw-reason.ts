// WithdrawReason: why a learner withdrew (2025/26 catalogue; the agency's Rules/LearningDelivery/WithdrawReason).
import { AS_IN_2020_21, AS_IN_2025_26, BOTH, aimRule, num, type Rule, type Years } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { aimRef, returns } from './programmes.ts';

/** 2018/19 constants plus 48 (industry placement, later years). */
export const WITHDRAW_REASONS = [2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98] as const;

/** WithdrawReason_06 as defined in `years`, on the aims whose completion status `checked` names. */
const withdrawReason06 = (years: Years, checked: (compStatus: number | null) => boolean) =>
  aimRule({
    id: 'WithdrawReason_06',
    years,
    field: 'WithdrawReason',
    reads: ['withdraw_reason', 'learn_aim_ref', 'comp_status'],
    message: 'The Withdrawal reason is only valid for Industrial placements',
    fix: 'Withdrawal reason 48 is for industry placements (ZWRKX002) only: choose the reason that fits this aim.',
    test: (f) =>
      num(f.aim.withdraw_reason) === 48 && checked(num(f.aim.comp_status)) && aimRef(f) !== 'ZWRKX002'
        ? `WithdrawReason 48 (industry placement) on aim ${String(f.aim.learn_aim_ref)}, which is not an industry placement (ZWRKX002).`
        : null,
  });

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
  aimRule({
    id: 'WithdrawReason_05',
    field: 'WithdrawReason',
    reads: ['withdraw_reason'],
    message: 'The Withdrawal reason is only valid for OLASS - Offenders in custody',
    fix: 'Withdrawal reason 28 is for offenders in custody (LDM 034) only: choose the reason that fits, or add the OLASS monitoring if the learner is in custody.',
    test: (f) => (num(f.aim.withdraw_reason) === 28 && !f.fams.has('LDM:034') ? 'WithdrawReason 28 (OLASS) on an aim without the OLASS monitoring (LDM 034).' : null),
  }),
  // The agency's 2020/21 code (the rule is new there) checks withdrawn aims only (CompStatus 3);
  // the 2025/26 catalogue any aim with reason 48.
  withdrawReason06(AS_IN_2020_21, (comp) => comp === 3),
  withdrawReason06(AS_IN_2025_26, () => true),
];
