import { describe, expect, it } from 'vitest';
import { addMonths, addYears, daysToIso, isoToDays, yearsBetween } from '../../pipelines/ilr/dates.ts';

describe('isoToDays', () => {
  it('agrees with the Date object on every day from 1900 to 2100', () => {
    let checked = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      const days = isoToDays(iso);
      if (days !== ms / 86_400_000) expect.fail(`${iso}: ${days} ≠ ${ms / 86_400_000}`);
      checked += 1;
    }
    expect(checked).toBe(73_414);
    expect(isoToDays('1970-01-01')).toBe(0);
    expect(daysToIso(isoToDays('2025-07-31') ?? NaN)).toBe('2025-07-31');
  });

  it('refuses what is not a real calendar date written as YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '2024-02-30', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00',
      '2025-1-01', '25-01-01', '2025/01/01', '2025-01-0a', ' 2025-01-01', '2025-01-01T00:00', '']) {
      expect(isoToDays(bad), bad).toBeNull();
    }
    expect(isoToDays('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(isoToDays('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
  });
});

// The agency's calendar (.NET AddYears / AddMonths, DateTimeQueryService.YearsBetween): a day the
// target month lacks becomes its last day. The JavaScript Date rolls it over into the next month.
describe('addYears, addMonths and yearsBetween, as the agency counts', () => {
  const d = (iso: string): number => isoToDays(iso) as number;

  it('29 February + N years is 28 February in a common year, 29 February in a leap year', () => {
    expect(daysToIso(addYears(d('2016-02-29'), 10))).toBe('2026-02-28');
    expect(daysToIso(addYears(d('2016-02-29'), 8))).toBe('2024-02-29');
    expect(daysToIso(addYears(d('2016-02-29'), -1))).toBe('2015-02-28');
    expect(daysToIso(addYears(d('2019-08-01'), -10))).toBe('2009-08-01');
  });

  it('a month-end the target month lacks becomes its last day', () => {
    expect(daysToIso(addMonths(d('2025-01-31'), 1))).toBe('2025-02-28');
    expect(daysToIso(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(daysToIso(addMonths(d('2025-03-31'), -1))).toBe('2025-02-28');
    expect(daysToIso(addMonths(d('2025-10-31'), 4))).toBe('2026-02-28');
    expect(daysToIso(addMonths(d('2025-12-15'), 1))).toBe('2026-01-15');
    expect(daysToIso(addMonths(d('2025-01-15'), -13))).toBe('2023-12-15');
  });

  it('agrees with a plain calendar count on every day where no month-end is cut short', () => {
    // Days 1–28 exist in every month, so there addMonths must match the Date object exactly.
    for (let ms = Date.UTC(1995, 0, 1); ms <= Date.UTC(2035, 11, 31); ms += 86_400_000 * 3) {
      const at = new Date(ms);
      if (at.getUTCDate() > 28) continue;
      for (const months of [-25, -1, 1, 7, 120]) {
        const want = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, at.getUTCDate()));
        const got = addMonths(ms / 86_400_000, months);
        if (got !== want.getTime() / 86_400_000) expect.fail(`${at.toISOString().slice(0, 10)} + ${months}: ${daysToIso(got)}`);
      }
    }
  });

  it('yearsBetween counts whole years, 29 February to 28 February ten years on being ten', () => {
    expect(yearsBetween(d('2016-02-29'), d('2026-02-28'))).toBe(10);
    expect(yearsBetween(d('2016-02-29'), d('2026-02-27'))).toBe(9);
    expect(yearsBetween(d('2016-03-01'), d('2026-02-28'))).toBe(9);
    expect(yearsBetween(d('2016-03-01'), d('2026-03-01'))).toBe(10);
    expect(yearsBetween(d('1904-08-01'), d('2019-08-01'))).toBe(115);
    expect(yearsBetween(d('1904-08-02'), d('2019-08-01'))).toBe(114);
  });
});

// A replay of the agency's own cases (DC-ILR-2021-ValidationService, DateTimeQueryServiceTests:
// YearsBetween and AddYearsToDate), start → end → years. Their out-of-range clamps (year 1 and
// 9999) are left out: no ILR date comes near them.
describe('the agency’s DateTimeQueryService cases, replayed', () => {
  const d = (iso: string): number => isoToDays(iso) as number;

  it.each([
    ['1988-03-10', '2018-02-18', 29],
    ['1988-03-10', '2018-03-10', 30],
    ['1988-03-10', '1988-03-10', 0],
    ['1988-03-10', '1989-03-10', 1],
    ['1988-03-10', '1987-03-10', -1],
    ['1988-03-10', '1987-04-10', -1],
  ] as const)('YearsBetween(%s, %s) = %i', (start, end, years) => {
    expect(yearsBetween(d(start), d(end))).toBe(years);
  });

  it.each([
    ['2019-03-10', '2020-03-10', 1],
    ['2019-03-10', '2049-03-10', 30],
    ['2019-03-10', '2019-03-10', 0],
    ['2019-03-10', '2018-03-10', -1],
    ['2019-03-10', '2009-03-10', -10],
  ] as const)('AddYearsToDate(%s) = %s (%i years)', (date, result, years) => {
    expect(daysToIso(addYears(d(date), years))).toBe(result);
  });
});
