// LearnDelFAMDateFrom: the date a dated monitoring record (LSF, ACT, ALB, and from 2025/26 the
// Skills Bootcamp event indicator EVI) applies from (2025/26 catalogue; the agency's
// Rules/LearningDelivery/LearnDelFAMDateFrom). The agency reports one error per FAM record; we
// report one per aim, naming the first record at fault.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, aimRule, num, type AimFacts, type AimRule, type Rule, type Years } from '../../rule.ts';
import { SINCE_2024_25, TO_2023_24, TO_2024_25, dateFrom, dateTo, famLabel, firstWhere, fundModelIn, hasDates, hasType } from './learn-del-fam-query.ts';

const AUGUST_2025 = isoToDays('2025-08-01') as number;
const on = (d: number | null): string => (d === null ? 'none' : daysToIso(d));
/** The rule asked only of aims that `when` picks out: the rest cannot break it (no allocation for them). */
const only = (when: (f: AimFacts) => boolean, rule: AimRule): AimRule => ({ ...rule, test: (f, ctx) => (when(f) ? rule.test(f, ctx) : null) });
const found = (r: Row | null, message: (r: Row) => string) => (r === null ? null : { message: message(r), value: famLabel(r) });

/** LearnDelFAMDateFrom_02 for the funding models `models` (the 2025/26 catalogue adds FM38). */
const dateFrom02 = (years: Years, models: readonly number[]) =>
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateFrom_02',
      years,
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date', 'fund_model'],
      message: 'The Date applies from must be after the Learning start date',
      fix: 'Change the monitoring record’s “date applies from” to the learning start date or later (or correct the start date).',
      test: (f) => {
        const start = num(f.aim.learn_start_date);
        if (start === null || !fundModelIn(f, models)) return null;
        return found(firstWhere(f, (r) => (dateFrom(r) ?? start) < start), (r) => `${famLabel(r)} applies from ${on(dateFrom(r))}, before the learning start date ${daysToIso(start)}.`);
      },
    }),
  );

/** LearnDelFAMDateFrom_03: only the dated FAM types may carry a date from. */
const dateFrom03 = (years: Years, dated: readonly string[]) =>
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateFrom_03',
      years,
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date'],
      message: 'The Date applies from must not be returned for this FAM type',
      fix: `Remove the “date applies from” from this monitoring record: only ${dated.join(', ')} records are dated.`,
      test: (f) =>
        found(firstWhere(f, (r) => dateFrom(r) !== null && !dated.includes(String(r.learn_del_fam_type))), (r) => `${famLabel(r)} has a date from (${on(dateFrom(r))}); only ${dated.join(', ')} records are dated.`),
    }),
  );

const isEvi = (r: Row): boolean => r.learn_del_fam_type === 'EVI';

export const rules: readonly Rule[] = [
  only(
    (f) => hasType(f, 'LSF') || hasType(f, 'ALB'),
    aimRule({
      id: 'LearnDelFAMDateFrom_01',
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date'],
      message: 'The Date applies from or the Date applies to must be returned for this FAM type',
      fix: 'Give the learning support (LSF) or loans bursary (ALB) record both the date it applies from and the date it applies to.',
      test: (f) =>
        found(
          firstWhere(f, (r) => (r.learn_del_fam_type === 'LSF' || r.learn_del_fam_type === 'ALB') && (dateFrom(r) === null || dateTo(r) === null)),
          (r) => `${famLabel(r)} applies from ${on(dateFrom(r))} to ${on(dateTo(r))}: both dates are needed.`,
        ),
    }),
  ),
  dateFrom02(TO_2023_24, [35, 36, 81, 99]),
  dateFrom02(SINCE_2024_25, [35, 36, 38, 81, 99]),
  dateFrom03(TO_2024_25, ['LSF', 'ACT', 'ALB']),
  dateFrom03(AS_IN_2025_26, ['LSF', 'ACT', 'ALB', 'EVI']),
  only(
    (f) => hasType(f, 'ACT'),
    aimRule({
      id: 'LearnDelFAMDateFrom_04',
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date'],
      message: 'The Date applies from must be returned for this FAM type',
      fix: 'Give the apprenticeship contract type (ACT) record the date it applies from: the start date, or the date the contract changed.',
      test: (f) => found(firstWhere(f, (r) => r.learn_del_fam_type === 'ACT' && dateFrom(r) === null), (r) => `${famLabel(r)} has no date from.`),
    }),
  ),
  only(
    (f) => hasType(f, 'EVI'),
    aimRule({
      id: 'LearnDelFAMDateFrom_05',
      years: AS_IN_2025_26,
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date'],
      message: 'The Date applies from must be returned for the Event Indicator',
      fix: 'Give the Skills Bootcamp event indicator (EVI) record the date of the event in “date applies from”.',
      test: (f) => found(firstWhere(f, (r) => isEvi(r) && dateFrom(r) === null), (r) => `${famLabel(r)} has no date from.`),
    }),
  ),
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateFrom_06',
      years: AS_IN_2025_26,
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date'],
      message: 'The Date applies from must not be before 1 August 2025',
      fix: 'Event indicators are recorded from 1 August 2025: correct the event date, or remove a record of an earlier event.',
      test: (f) => found(firstWhere(f, (r) => isEvi(r) && (dateFrom(r) ?? AUGUST_2025) < AUGUST_2025), (r) => `${famLabel(r)} applies from ${on(dateFrom(r))}, before 1 August 2025.`),
    }),
  ),
  // "Within the learning start date and the learning actual end date of the programme aim": the
  // event indicator belongs on the programme aim (LearnDelFAMType_133), so the dates are its own.
  only(
    hasDates,
    aimRule({
      id: 'LearnDelFAMDateFrom_07',
      years: AS_IN_2025_26,
      field: 'LearnDelFAMDateFrom',
      reads: ['learn_start_date', 'learn_act_end_date', 'aim_type'],
      message: 'The Date applies from must be within the Learning start date and the Learning actual end date',
      fix: 'The event date must fall between the bootcamp’s start date and its actual end date: correct the event date or the aim’s dates.',
      test: (f: AimFacts) => {
        const [start, end] = [num(f.aim.learn_start_date), num(f.aim.learn_act_end_date)];
        if (num(f.aim.aim_type) !== 1 || start === null) return null;
        return found(
          firstWhere(f, (r) => {
            const d = dateFrom(r);
            return isEvi(r) && d !== null && (d < start || (end !== null && d > end));
          }),
          (r) => `${famLabel(r)} applies from ${on(dateFrom(r))}, outside the aim’s ${daysToIso(start)} to ${on(end)}.`,
        );
      },
    }),
  ),
];
