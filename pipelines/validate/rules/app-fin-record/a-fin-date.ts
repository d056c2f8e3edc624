// AFinDate: the dates of the apprenticeship financial records (2025/26 catalogue; the agency's
// Rules/LearningDelivery/AFinDate and its tests): not after the file was prepared, the end or the
// achievement; prices in order (a total price not after a residual one, nor on the same day);
// within a year before the start and two years after the end. "N years" as the agency adds them
// (.NET AddYears: 29 February + 1 year = 28 February).
import { addYears, daysToIso } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, aimRule, num, type AimFacts, type AimRule, type Years } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';
import { dateOf, describe, isKind, kindOf, records } from './app-fin-facts.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
const rule = (spec: Omit<Parameters<typeof aimRule>[0], 'entity' | 'field' | 'reads'>): AimRule =>
  aimRule({ entity: 'AppFinRecord', field: 'AFinDate', reads: ['a_fin_date'], ...spec });
const found = (r: Row | undefined, say: (r: Row) => string): { message: string; value: string } | null =>
  r ? { message: say(r), value: describe(r) } : null;
const iso = (d: number): string => daysToIso(d);
const isProgramme = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1;
const isStandard = ({ aim }: AimFacts): boolean => num(aim.prog_type) === 25;

/** AFinDate_05–_08: a total price (TNP 1 / 2) after the latest residual one (TNP 3 / 4), or on the same day as one. */
const order = (id: string, total: string, residual: string, same: boolean, message: string, fix: string): AimRule =>
  rule({
    id,
    message,
    fix,
    test: (f) => {
      if (records(f).length === 0) return null;
      const residuals = records(f).filter((r) => isKind(r, residual)).map((r) => dateOf(r) ?? -Infinity);
      if (residuals.length === 0) return null;
      const latest = Math.max(...residuals);
      const bad = records(f).find((r) => isKind(r, total) && (same ? residuals.includes(dateOf(r) ?? NaN) : (dateOf(r) ?? -Infinity) > latest));
      return found(bad, (r) => `The ${total} record dated ${iso(dateOf(r) as number)} is ${same ? 'on the same day as' : 'after'} a ${residual} record.`);
    },
  });

/** AFinDate_09: more than a year before the programme's start; AFinDate_12: more than two years after its end. */
const tooEarly = (years: Years, counts: (f: AimFacts) => boolean): AimRule =>
  rule({
    id: 'AFinDate_09',
    years,
    message: 'The apprenticeship financial record date must not be more than one year before the start of the apprenticeship programme',
    fix: 'Correct the financial record’s date: it cannot be more than a year before the programme started.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      if (start === null || !isProgramme(f) || !counts(f)) return null;
      const limit = addYears(start, -1);
      return found(records(f).find((r) => (dateOf(r) ?? Infinity) < limit), (r) => `The ${kindOf(r)} record dated ${iso(dateOf(r) as number)} is more than a year before the start (${iso(start)}).`);
    },
  });
const tooLate = (years: Years, counts: (f: AimFacts) => boolean): AimRule =>
  rule({
    id: 'AFinDate_12',
    years,
    message: 'The apprenticeship financial record date should not be more than two years after the Learning actual end date of the apprenticeship programme',
    fix: 'Correct the financial record’s date: it cannot be more than two years after the programme ended.',
    test: (f) => {
      const end = num(f.aim.learn_act_end_date);
      if (end === null || !isProgramme(f) || !counts(f)) return null;
      const limit = addYears(end, 2);
      return found(records(f).find((r) => (dateOf(r) ?? -Infinity) > limit), (r) => `The ${kindOf(r)} record dated ${iso(dateOf(r) as number)} is more than two years after the end (${iso(end)}).`);
    },
  });

export const rules: readonly AimRule[] = [
  rule({
    id: 'AFinDate_03',
    message: 'The apprenticeship financial record date must not be after the file preparation date',
    fix: 'Correct the financial record’s date: a price or payment cannot be dated after the file was prepared.',
    test: (f, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (prepared === null) return null;
      return found(records(f).find((r) => (dateOf(r) ?? -Infinity) > prepared), (r) => `The ${kindOf(r)} record is dated ${iso(dateOf(r) as number)}, after the file was prepared (${iso(prepared)}).`);
    },
  }),
  // The agency's AFinDate_04Rule: framework programme aims (DD07 but not a standard) that have ended.
  rule({
    id: 'AFinDate_04',
    message: 'The price must not be after the learning actual end date',
    fix: 'Correct the price record’s date: a framework’s price cannot be dated after the programme ended.',
    test: (f) => {
      const end = num(f.aim.learn_act_end_date);
      if (end === null || isStandard(f) || !isApprenticeship(f) || !isProgramme(f)) return null;
      return found(records(f).find((r) => isKind(r, 'TNP1', 'TNP2', 'TNP3', 'TNP4') && (dateOf(r) ?? -Infinity) > end), (r) => `The price ${kindOf(r)} is dated ${iso(dateOf(r) as number)}, after the programme ended (${iso(end)}).`);
    },
  }),
  order('AFinDate_05', 'TNP1', 'TNP3', false, 'A total training price must not be returned after a residual training price has been recorded', 'A residual training price (TNP 3) replaces the total training price (TNP 1): correct the dates, or remove the later TNP 1.'),
  order('AFinDate_06', 'TNP2', 'TNP4', false, 'A total assessment price must not be returned after a residual assessment price has been recorded', 'A residual assessment price (TNP 4) replaces the total assessment price (TNP 2): correct the dates, or remove the later TNP 2.'),
  order('AFinDate_07', 'TNP1', 'TNP3', true, 'A total training price and residual training price record must not have the same financial date', 'Give the total training price (TNP 1) and the residual training price (TNP 3) the dates they applied from: they cannot be the same day.'),
  order('AFinDate_08', 'TNP2', 'TNP4', true, 'A total assessment price and residual assessment price record must not have the same financial date', 'Give the total assessment price (TNP 2) and the residual assessment price (TNP 4) the dates they applied from: they cannot be the same day.'),
  // The agency's 2020/21 code counts frameworks and standards (DD07); the 2025/26 catalogue standards only.
  tooEarly(TO_2024_25, isApprenticeship),
  tooEarly(AS_IN_2025_26, isStandard),
  tooLate(TO_2024_25, isApprenticeship),
  tooLate(AS_IN_2025_26, isStandard),
  rule({
    id: 'AFinDate_13',
    message: 'The price must not be after the achievement date',
    fix: 'Correct the price record’s date: a standard’s price cannot be dated after the achievement date, or after the end for a learner who withdrew.',
    test: (f) => {
      if (!isStandard(f)) return null;
      const ach = num(f.aim.ach_date);
      const end = num(f.aim.learn_act_end_date);
      const limit = ach ?? (num(f.aim.withdraw_reason) !== null ? end : null);
      if (limit === null) return null;
      return found(records(f).find((r) => isKind(r, 'TNP1', 'TNP2', 'TNP3', 'TNP4') && (dateOf(r) ?? -Infinity) > limit), (r) => `The price ${kindOf(r)} is dated ${iso(dateOf(r) as number)}, after the ${ach === null ? 'end of a withdrawn learner' : 'achievement date'} (${iso(limit)}).`);
    },
  }),
  rule({
    id: 'AFinDate_14',
    years: AS_IN_2025_26,
    message: 'The Payment (PMR) record must not be after the file preparation date',
    fix: 'Correct the payment record’s date: a payment cannot be dated after the file was prepared.',
    test: (f, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (prepared === null) return null;
      return found(records(f).find((r) => String(r.a_fin_type).toUpperCase() === 'PMR' && (dateOf(r) ?? -Infinity) > prepared), (r) => `The payment ${kindOf(r)} is dated ${iso(dateOf(r) as number)}, after the file was prepared (${iso(prepared)}).`);
    },
  }),
];
