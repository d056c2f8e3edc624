import { describe, expect, it } from 'vitest';
import { daysToIso, isoToDays } from '../../pipelines/ilr/dates.ts';

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
