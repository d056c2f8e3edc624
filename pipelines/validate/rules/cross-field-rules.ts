// Cross-field rules on CompStatus, Outcome, WithdrawReason and AchDate (2025/26 catalogue,
// shared/domain/validation-rules-2025-26.csv; summary in shared/domain/ilr-reference.md §1a.5).
// Every rule is run and every one that fires is reported, as the agency's service does: one wrong
// code can break several rules. Where a rule's exclusions changed between years it is declared
// once per definition (the agency's 2018/19 and 2020/21 code, the 2025/26 catalogue).
import { daysToIso as iso, isoToDays } from '../../ilr/dates.ts';
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, EVERY_YEAR, XML_ONLY, num, type AimFacts, type AimRule, type RuleContext, type Years } from './rule.ts';

const isStandard = ({ aim }: AimFacts): boolean => {
  const fm = num(aim.fund_model);
  return (fm === 36 || fm === 99) && num(aim.prog_type) === 25;
};
const isStandardProgramme = (f: AimFacts): boolean => isStandard(f) && num(f.aim.aim_type) === 1;
const isBootcamp = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 37 && num(aim.prog_type) === 32;
/** FM36 apprenticeship standards: the exclusion of Outcome_04 and of CompStatus_05 in 2020/21. */
const isFm36Standard = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 36 && num(aim.prog_type) === 25;
/** The agency's 2020/21 exclusion of CompStatus_02 and Outcome_09: any FM36 aim, or any standard aim. */
const isFm36OrStandard = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 36 || num(aim.prog_type) === 25;
const never = (): boolean => false;
const has = (f: AimFacts, column: string): boolean => f.aim[column] !== null && f.aim[column] !== undefined;
const AUGUST_2019 = isoToDays('2019-08-01') as number;

const rule = (
  id: string,
  field: string,
  reads: readonly string[],
  test: (f: AimFacts, ctx: RuleContext) => string | null,
  years: Years = EVERY_YEAR,
): AimRule => ({ id, years, severity: 'error', field, reads, formats: XML_ONLY, test });

const CONTEXT = ['fund_model', 'prog_type', 'aim_type'];

/** CompStatus_02 as defined in `years`, not raised on the aims `excluded` names. */
const compStatus02 = (years: Years, excluded: (f: AimFacts) => boolean): AimRule =>
  rule('CompStatus_02', 'CompStatus', ['comp_status', 'learn_act_end_date', ...CONTEXT], (f) =>
    has(f, 'learn_act_end_date') && num(f.aim.comp_status) === 1 && !excluded(f)
      ? 'An actual end date is returned, so CompStatus must not be 1 (continuing).'
      : null,
  years);

const compStatus05 = (years: Years, excluded: (f: AimFacts) => boolean): AimRule =>
  rule('CompStatus_05', 'Outcome', ['comp_status', 'outcome', ...CONTEXT], (f) =>
    num(f.aim.comp_status) === 1 && has(f, 'outcome') && !excluded(f)
      ? `The aim is continuing (CompStatus 1) but has Outcome ${num(f.aim.outcome)}; a continuing aim has no outcome yet.`
      : null,
  years);

const outcome04 = (years: Years, excluded: (f: AimFacts) => boolean): AimRule =>
  rule('Outcome_04', 'Outcome', ['outcome', 'ach_date', ...CONTEXT], (f) =>
    has(f, 'ach_date') && num(f.aim.outcome) !== 1 && !excluded(f)
      ? `An achievement date is returned, so the Outcome must be 1 (achieved), not ${num(f.aim.outcome) ?? 'empty'}.`
      : null,
  years);

const outcome09 = (years: Years, excluded: (f: AimFacts) => boolean): AimRule =>
  rule('Outcome_09', 'CompStatus', ['outcome', 'comp_status', ...CONTEXT], (f) =>
    num(f.aim.outcome) === 8 && num(f.aim.comp_status) !== 2 && !excluded(f)
      ? `The Outcome is 8 (complete, outcome not yet known) so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null,
  years);

/** Rules absent from the agency's 2018/19 code and present in its 2020/21 code. */
const SINCE_2019_20: Years = { from: 2019, to: null };
/** Rules absent from the agency's 2020/21 code, rolled over into the 2025/26 catalogue: from 2021/22. */
const SINCE_2021_22: Years = { from: 2021, to: null };

export const CROSS_FIELD_RULES: readonly AimRule[] = [
  rule('CompStatus_06', 'CompStatus', ['comp_status', 'outcome'], (f) => {
    const [comp, outcome] = [num(f.aim.comp_status), num(f.aim.outcome)];
    if (isBootcamp(f) || (comp !== 3 && comp !== 6) || (outcome !== 1 && outcome !== 8)) return null;
    return `CompStatus ${comp} (${comp === 3 ? 'withdrawn' : 'break in learning'}) cannot have Outcome ${outcome} (${outcome === 1 ? 'achieved' : 'complete, outcome not yet known'}).`;
  }),
  compStatus02(AS_IN_2018_19, never),
  compStatus02(AS_IN_2020_21, isFm36OrStandard),
  compStatus02(AS_IN_2025_26, isStandardProgramme),
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
  compStatus05(AS_IN_2018_19, never),
  compStatus05(AS_IN_2020_21, isFm36Standard),
  compStatus05(AS_IN_2025_26, (f) => isStandard(f) || isBootcamp(f)),
  outcome04(AS_IN_2018_19, never),
  outcome04({ from: 2019, to: null }, isFm36Standard),
  rule('Outcome_05', 'LearnActEndDate', ['outcome', 'learn_act_end_date', ...CONTEXT], (f) =>
    num(f.aim.outcome) === 1 && !has(f, 'learn_act_end_date') && !isBootcamp(f)
      ? 'The Outcome is 1 (achieved) but no actual end date is returned.'
      : null,
  ),
  outcome09(AS_IN_2018_19, never),
  outcome09(AS_IN_2020_21, isFm36OrStandard),
  outcome09(AS_IN_2025_26, (f) => isStandardProgramme(f) || isBootcamp(f)),
  rule('Outcome_10', 'CompStatus', ['outcome', 'comp_status'], (f) =>
    num(f.aim.outcome) === 3 && num(f.aim.comp_status) === 1
      ? 'The Outcome is 3 (no achievement) so the aim cannot be continuing (CompStatus 1).'
      : null,
  SINCE_2019_20),
  // New in the 2025/26 catalogue (version 3).
  rule('Outcome_12', 'Outcome', ['outcome', 'learn_act_end_date'], (f) =>
    has(f, 'learn_act_end_date') && !has(f, 'outcome')
      ? 'An actual end date is returned, so an Outcome must be returned too (new in 2025/26).'
      : null,
  AS_IN_2025_26),
  // Outcome 1 without an end date breaks Outcome_05 as well: both are reported, as the agency does.
  rule('Outcome_11', 'LearnActEndDate', ['outcome', 'learn_act_end_date', ...CONTEXT], (f) =>
    has(f, 'outcome') && !has(f, 'learn_act_end_date') && !isBootcamp(f)
      ? `An Outcome (${num(f.aim.outcome)}) is returned, so an actual end date must be returned too.`
      : null,
  SINCE_2021_22),
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
  // An achievement date before the start is usually before the end too: AchDate_03 and this both fire.
  rule('AchDate_05', 'AchDate', ['ach_date', 'learn_act_end_date', ...CONTEXT], (f) => {
    const [ach, end] = [num(f.aim.ach_date), num(f.aim.learn_act_end_date)];
    return ach !== null && end !== null && ach < end && !isBootcamp(f)
      ? `The achievement date ${iso(ach)} is before the actual end date ${iso(end)}; it must be on or after it.`
      : null;
  }),
  rule('AchDate_07', 'AchDate', ['ach_date'], (f, { filePreparedOn }) => {
    const ach = num(f.aim.ach_date);
    return ach !== null && filePreparedOn !== null && ach > filePreparedOn
      ? `The achievement date ${iso(ach)} is after the file preparation date ${iso(filePreparedOn)}.`
      : null;
  }),
  // FM36 standard programme aims with an achievement date have completed (CompStatus 2); FM99
  // standards are not in it (the agency's code and the 2025/26 catalogue both say FundModel 36).
  rule('CompStatus_07', 'CompStatus', ['comp_status', 'ach_date', 'learn_act_end_date', ...CONTEXT], (f) => {
    const end = num(f.aim.learn_act_end_date);
    return isFm36Standard(f) && num(f.aim.aim_type) === 1 && has(f, 'ach_date') && end !== null && end >= AUGUST_2019 && num(f.aim.comp_status) !== 2
      ? `The apprenticeship standard programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null;
  }, SINCE_2019_20),
  rule('CompStatus_08', 'CompStatus', ['comp_status', 'ach_date', ...CONTEXT], (f) =>
    isBootcamp(f) && num(f.aim.aim_type) === 1 && has(f, 'ach_date') && num(f.aim.comp_status) !== 2
      ? `The Skills Bootcamp programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
      : null,
  SINCE_2021_22),
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
