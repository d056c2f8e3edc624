// LearnDelFAMDateTo: the date a dated monitoring record (LSF, ACT, ALB) applies to (2025/26
// catalogue; the agency's Rules/LearningDelivery/LearnDelFAMDateTo). A comparison with a date the
// aim does not return (no actual end date, no achievement date) does not fire, as in the agency's
// code. One error per aim, naming the first record at fault (the agency reports one per record).
import { daysToIso } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, aimRule, has, num, type AimFacts, type AimRule, type Rule, type Years } from '../../rule.ts';
import { SINCE_2024_25, TO_2023_24, TO_2024_25, dateFrom, dateTo, famLabel, firstWhere, fundModelIn, hasDates, hasType } from './learn-del-fam-query.ts';

const on = (d: number | null): string => (d === null ? 'none' : daysToIso(d));
/** The rule asked only of aims that `when` picks out: the rest cannot break it (no allocation for them). */
const only = (when: (f: AimFacts) => boolean, rule: AimRule): AimRule => ({ ...rule, test: (f, ctx) => (when(f) ? rule.test(f, ctx) : null) });
const found = (r: Row | null, message: (r: Row) => string) => (r === null ? null : { message: message(r), value: famLabel(r) });
/** The first record whose date to is after `limit` (none when the limit is unknown). */
const endsAfter = (f: AimFacts, limit: number | null, also: (r: Row) => boolean = () => true): Row | null =>
  limit === null ? null : firstWhere(f, (r) => (dateTo(r) ?? limit) > limit && also(r));
const isAct = (r: Row): boolean => r.learn_del_fam_type === 'ACT';

/**
 * LearnDelFAMDateTo_02, a warning. The 2025/26 catalogue leaves out ACT records on a programme aim
 * with an achievement date (the agency's 2020/21 code has no exclusion).
 */
const dateTo02 = (years: Years, excluded: (f: AimFacts, r: Row) => boolean) =>
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateTo_02',
      years,
      severity: 'warning',
      field: 'LearnDelFAMDateTo',
      reads: ['learn_plan_end_date'],
      message: 'The Date applies to should not be after the Learning planned end date',
      fix: 'Check the monitoring record’s “date applies to”: it is normally on or before the planned end date. Correct it, or the planned end date.',
      test: (f) => {
        const planEnd = num(f.aim.learn_plan_end_date);
        return found(endsAfter(f, planEnd, (r) => !excluded(f, r)), (r) => `${famLabel(r)} applies to ${on(dateTo(r))}, after the planned end date ${on(planEnd)}.`);
      },
    }),
  );

/** LearnDelFAMDateTo_03 on the funding models `models` (the 2025/26 catalogue adds FM38); never on ACT. */
const dateTo03 = (years: Years, models: readonly number[]) =>
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateTo_03',
      years,
      field: 'LearnDelFAMDateTo',
      reads: ['learn_act_end_date', 'fund_model'],
      message: 'The Date applies to must not be after the Learning actual end date',
      fix: 'Change the monitoring record’s “date applies to” to the actual end date or earlier: support cannot run past the end of the aim.',
      test: (f) => {
        if (!fundModelIn(f, models)) return null;
        const end = num(f.aim.learn_act_end_date);
        return found(endsAfter(f, end, (r) => !isAct(r)), (r) => `${famLabel(r)} applies to ${on(dateTo(r))}, after the actual end date ${on(end)}.`);
      },
    }),
  );

const DATED = ['LSF', 'ACT', 'ALB'];

export const rules: readonly Rule[] = [
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateTo_01',
      field: 'LearnDelFAMDateTo',
      reads: ['learn_start_date'],
      message: 'The Date applies to must not be before the Date applies from for this FAM type',
      fix: 'Swap or correct the monitoring record’s dates: the “date applies to” must be on or after its “date applies from”.',
      test: (f) =>
        found(
          firstWhere(f, (r) => {
            const [from, to] = [dateFrom(r), dateTo(r)];
            return from !== null && to !== null && to < from;
          }),
          (r) => `${famLabel(r)} applies from ${on(dateFrom(r))} to ${on(dateTo(r))}: it ends before it starts.`,
        ),
    }),
  ),
  dateTo02(TO_2024_25, () => false),
  dateTo02(AS_IN_2025_26, (f, r) => isAct(r) && num(f.aim.aim_type) === 1 && has(f.aim, 'ach_date')),
  dateTo03(TO_2023_24, [35, 36, 81, 99]),
  dateTo03(SINCE_2024_25, [35, 36, 38, 81, 99]),
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateTo_04',
      field: 'LearnDelFAMDateTo',
      reads: ['learn_start_date'],
      message: 'The Date applies to must not be returned for this FAM type',
      fix: 'Remove the “date applies to” from this monitoring record: only learning support (LSF), contract type (ACT) and loans bursary (ALB) records are dated.',
      test: (f) =>
        found(firstWhere(f, (r) => dateTo(r) !== null && !DATED.includes(String(r.learn_del_fam_type))), (r) => `${famLabel(r)} has a date to (${on(dateTo(r))}); only LSF, ACT and ALB records are dated.`),
    }),
  ),
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateTo_05',
      field: 'LearnDelFAMDateTo',
      reads: ['ach_date', 'fund_model'],
      message: 'The Date applies to must not be after the Learning actual end date',
      fix: 'The apprenticeship contract type (ACT) record cannot run past the achievement date: change its “date applies to” to the achievement date or earlier.',
      test: (f) => {
        if (num(f.aim.fund_model) !== 36) return null;
        const ach = num(f.aim.ach_date);
        return found(endsAfter(f, ach, isAct), (r) => `${famLabel(r)} applies to ${on(dateTo(r))}, after the achievement date ${on(ach)}.`);
      },
    }),
  ),
];
