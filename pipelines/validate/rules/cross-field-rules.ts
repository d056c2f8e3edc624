// Cross-field rules on CompStatus, Outcome, WithdrawReason and AchDate (2025/26 catalogue,
// shared/domain/validation-rules-2025-26.csv; summary in shared/domain/ilr-reference.md §1a.5).
// CompStatus_06 runs first: when it fails, the rules that read CompStatus or Outcome are not run
// on that aim, so one wrong code is reported once.
import { daysToIso as iso, isoToDays } from '../../ilr/dates.ts';
import { XML_ONLY, num, type AimFacts, type AimRule, type RuleContext } from './rule.ts';

const isStandard = ({ aim }: AimFacts): boolean => {
  const fm = num(aim.fund_model);
  return (fm === 36 || fm === 99) && num(aim.prog_type) === 25;
};
const isStandardProgramme = (f: AimFacts): boolean => isStandard(f) && num(f.aim.aim_type) === 1;
const isBootcamp = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 37 && num(aim.prog_type) === 32;
const has = (f: AimFacts, column: string): boolean => f.aim[column] !== null && f.aim[column] !== undefined;
const AUGUST_2019 = isoToDays('2019-08-01') as number;

const rule = (
  id: string,
  field: string,
  reads: readonly string[],
  test: (f: AimFacts, ctx: RuleContext) => string | null,
): AimRule => ({ id, severity: 'error', field, reads, formats: XML_ONLY, test });

const CONTEXT = ['fund_model', 'prog_type', 'aim_type'];

export const CROSS_FIELD_RULES: readonly AimRule[] = [
  rule('CompStatus_06', 'CompStatus', ['comp_status', 'outcome'], (f) => {
    const [comp, outcome] = [num(f.aim.comp_status), num(f.aim.outcome)];
    if (isBootcamp(f) || (comp !== 3 && comp !== 6) || (outcome !== 1 && outcome !== 8)) return null;
    return `CompStatus ${comp} (${comp === 3 ? 'withdrawn' : 'break in learning'}) cannot have Outcome ${outcome} (${outcome === 1 ? 'achieved' : 'complete, outcome not yet known'}).`;
  }),
  rule('CompStatus_02', 'CompStatus', ['comp_status', 'learn_act_end_date', ...CONTEXT], (f) =>
    has(f, 'learn_act_end_date') && num(f.aim.comp_status) === 1 && !isStandardProgramme(f)
      ? 'An actual end date is returned, so CompStatus must not be 1 (continuing).'
      : null,
  ),
  rule('CompStatus_03', 'CompStatus', ['comp_status', 'learn_act_end_date'], (f) =>
    !has(f, 'learn_act_end_date') && num(f.aim.comp_status) !== 1
      ? `CompStatus is ${num(f.aim.comp_status)} but no actual end date is returned; only continuing aims (1) may have none.`
      : null,
  ),
  rule('CompStatus_04', 'Outcome', ['comp_status', 'outcome'], (f) =>
    !has(f, 'outcome') && num(f.aim.comp_status) !== 1
      ? `CompStatus is ${num(f.aim.comp_status)} but no Outcome is returned; only continuing aims (1) may have none.`
      : null,
  ),
  rule('CompStatus_05', 'Outcome', ['comp_status', 'outcome', ...CONTEXT], (f) =>
    num(f.aim.comp_status) === 1 && has(f, 'outcome') && !isStandard(f) && !isBootcamp(f)
      ? `The aim is continuing (CompStatus 1) but has Outcome ${num(f.aim.outcome)}; a continuing aim has no outcome yet.`
      : null,
  ),
  rule('Outcome_04', 'Outcome', ['outcome', 'ach_date', ...CONTEXT], (f) =>
    has(f, 'ach_date') && num(f.aim.outcome) !== 1 && !(num(f.aim.fund_model) === 36 && num(f.aim.prog_type) === 25)
      ? `An achievement date is returned, so the Outcome must be 1 (achieved), not ${num(f.aim.outcome) ?? 'empty'}.`
      : null,
  ),
  rule('Outcome_05', 'LearnActEndDate', ['outcome', 'learn_act_end_date', ...CONTEXT], (f) =>
    num(f.aim.outcome) === 1 && !has(f, 'learn_act_end_date') && !isBootcamp(f)
      ? 'The Outcome is 1 (achieved) but no actual end date is returned.'
      : null,
  ),
  rule('Outcome_09', 'CompStatus', ['outcome', 'comp_status', ...CONTEXT], (f) =>
    num(f.aim.outcome) === 8 && num(f.aim.comp_status) !== 2 && !isStandardProgramme(f) && !isBootcamp(f)
      ? `The Outcome is 8 (complete, outcome not yet known) so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null,
  ),
  rule('Outcome_10', 'CompStatus', ['outcome', 'comp_status'], (f) =>
    num(f.aim.outcome) === 3 && num(f.aim.comp_status) === 1
      ? 'The Outcome is 3 (no achievement) so the aim cannot be continuing (CompStatus 1).'
      : null,
  ),
  rule('Outcome_12', 'Outcome', ['outcome', 'learn_act_end_date'], (f, { collectionYear }) =>
    collectionYear >= 2025 && has(f, 'learn_act_end_date') && !has(f, 'outcome')
      ? 'An actual end date is returned, so an Outcome must be returned too (new in 2025/26).'
      : null,
  ),
  // Outcome 1 without an end date is Outcome_05's finding; Outcome_11 covers every other outcome.
  rule('Outcome_11', 'LearnActEndDate', ['outcome', 'learn_act_end_date', ...CONTEXT], (f) =>
    has(f, 'outcome') && num(f.aim.outcome) !== 1 && !has(f, 'learn_act_end_date') && !isBootcamp(f)
      ? `An Outcome (${num(f.aim.outcome)}) is returned, so an actual end date must be returned too.`
      : null,
  ),
  rule('AchDate_03', 'AchDate', ['ach_date', 'learn_start_date', ...CONTEXT], (f) => {
    const [ach, start] = [num(f.aim.ach_date), num(f.aim.learn_start_date)];
    return ach !== null && start !== null && ach < start && !isBootcamp(f)
      ? `The achievement date ${iso(ach)} is before the start date ${iso(start)}.`
      : null;
  }),
  rule('AchDate_04', 'LearnActEndDate', ['ach_date', 'learn_act_end_date', ...CONTEXT], (f) =>
    has(f, 'ach_date') && !has(f, 'learn_act_end_date') && !isBootcamp(f)
      ? 'An achievement date is returned, so the actual end date must be returned too.'
      : null,
  ),
  rule('AchDate_05', 'AchDate', ['ach_date', 'learn_act_end_date', 'learn_start_date', ...CONTEXT], (f) => {
    const [ach, end] = [num(f.aim.ach_date), num(f.aim.learn_act_end_date)];
    // An achievement date before the start is AchDate_03's finding, reported once.
    const start = num(f.aim.learn_start_date);
    return ach !== null && end !== null && ach < end && !(start !== null && ach < start) && !isBootcamp(f)
      ? `The achievement date ${iso(ach)} is before the actual end date ${iso(end)}; it must be on or after it.`
      : null;
  }),
  rule('AchDate_07', 'AchDate', ['ach_date'], (f, { filePreparedOn }) => {
    const ach = num(f.aim.ach_date);
    return ach !== null && filePreparedOn !== null && ach > filePreparedOn
      ? `The achievement date ${iso(ach)} is after the file preparation date ${iso(filePreparedOn)}.`
      : null;
  }),
  // Standard and bootcamp programme aims with an achievement date have completed (CompStatus 2).
  rule('CompStatus_07', 'CompStatus', ['comp_status', 'ach_date', 'learn_act_end_date', ...CONTEXT], (f) => {
    const end = num(f.aim.learn_act_end_date);
    return isStandardProgramme(f) && has(f, 'ach_date') && end !== null && end >= AUGUST_2019 && num(f.aim.comp_status) !== 2
      ? `The apprenticeship standard programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null;
  }),
  rule('CompStatus_08', 'CompStatus', ['comp_status', 'ach_date', ...CONTEXT], (f) =>
    isBootcamp(f) && num(f.aim.aim_type) === 1 && has(f, 'ach_date') && num(f.aim.comp_status) !== 2
      ? `The Skills Bootcamp programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null,
  ),
  rule('WithdrawReason_03', 'WithdrawReason', ['comp_status', 'withdraw_reason'], (f) =>
    num(f.aim.comp_status) === 3 && !has(f, 'withdraw_reason')
      ? 'The aim is withdrawn (CompStatus 3) but no WithdrawReason is returned.'
      : null,
  ),
  rule('WithdrawReason_04', 'WithdrawReason', ['comp_status', 'withdraw_reason'], (f) => {
    const comp = num(f.aim.comp_status);
    return (comp === 1 || comp === 2 || comp === 6) && has(f, 'withdraw_reason')
      ? `A WithdrawReason (${num(f.aim.withdraw_reason)}) is returned but the aim is not withdrawn (CompStatus ${comp}).`
      : null;
  }),
];
