// LearnPlanEndDate_03 ("10 years or more after the start") and the other "N years" rules, counted
// with the agency's calendar: .NET AddYears takes 29 February + 10 years to 28 February, and
// DateTimeQueryService.YearsBetween counts whole years from it (DC-ILR-2021-ValidationService).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { continuingAim2019 as aimOf, rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

describe('LearnPlanEndDate_03: planned end 10 years or more after the start', () => {
  it('from 29 February 2016, 28 February 2026 is 10 years on: an error', async () => {
    // YearsBetween(2016-02-29, 2026-02-28): 2026 − 2016 = 10; 2016-02-29 + 10 years = 2026-02-28
    // (no 29 February in 2026), and 2026-02-28 is not before it, so 10 ≥ 10. (Rolling the
    // date over to 1 March instead would give 9 and pass it.) The start is within 10 years of
    // 2019-08-01 (LearnStartDate_02's limit, 2009-08-01).
    expect(await rulesFound(w, aimOf({ learnStartDate: '2016-02-29', learnPlanEndDate: '2026-02-28' }))).toEqual(['LearnPlanEndDate_03']);
  });

  it('from 29 February 2016, 27 February 2026 is 9 years: no finding', async () => {
    expect(await rulesFound(w, aimOf({ learnStartDate: '2016-02-29', learnPlanEndDate: '2026-02-27' }))).toEqual([]);
  });

  it('on an ordinary date the boundary is the same day ten years on', async () => {
    // 2015-09-01 + 10 years = 2025-09-01: 10 years (an error); the day before is 9 years.
    expect(await rulesFound(w, aimOf({ learnStartDate: '2015-09-01', learnPlanEndDate: '2025-09-01' }))).toEqual(['LearnPlanEndDate_03']);
    expect(await rulesFound(w, aimOf({ learnStartDate: '2015-09-01', learnPlanEndDate: '2025-08-31' }))).toEqual([]);
  });
});
