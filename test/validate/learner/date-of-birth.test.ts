// DateOfBirth_04 ("115 or over at the start of the teaching year"), counted as the agency counts
// whole years (DateTimeQueryService.YearsBetween; DC-ILR-2021-ValidationService DateOfBirth_04Rule).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { continuingAim2019 as aimOf, rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

describe('DateOfBirth_04: 115 or older at the start of the teaching year', () => {
  it('115 years to the day on 1 August is 115: an error; a day younger is not', async () => {
    const born = (dateOfBirth: string): Fixture => ({ ...aimOf({}), learner: { dateOfBirth, aims: aimOf({}).learner.aims } });
    expect(await rulesFound(w, born('1904-08-01'))).toEqual(['DateOfBirth_04']);
    expect(await rulesFound(w, born('1904-08-02'))).toEqual([]);
  });
});
