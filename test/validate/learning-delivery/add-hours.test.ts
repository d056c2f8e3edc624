// AddHours: additional delivery hours, averaged over the planned days (start and planned end both counted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import type { Fixture } from '../findings.ts';
import { RESTART, STANDARD_PROGRAMME, aim2025, aimsIn, fieldRules } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (f: Fixture) => fieldRules(w, f, 'AddHours');
/** An adult skills aim planned over `days` days from 1 September 2025. */
const overDays = (days: number, addHours: number, a: Partial<FixtureAim> = {}): Fixture => {
  const end = new Date(Date.UTC(2025, 8, 1 + days - 1)).toISOString().slice(0, 10);
  return aim2025({ fundModel: 38, learnPlanEndDate: end, addHours, ...a });
};

describe('AddHours_01 and AddHours_02: who may have additional hours', () => {
  it('not on an aim started before 1 August 2015 (_01)', async () => {
    expect(await found(aimsIn(2018, [{ fundModel: 35, learnStartDate: '2015-07-31', learnPlanEndDate: '2019-06-30', addHours: 10 }]))).toEqual(['AddHours_01']);
    expect(await found(aimsIn(2018, [{ fundModel: 35, learnStartDate: '2015-08-01', learnPlanEndDate: '2019-06-30', addHours: 10 }]))).toEqual([]);
  });

  it('not on 16-19, community learning or non-funded aims (_02); Skills Bootcamps too from 2025/26', async () => {
    expect(await found(aim2025({ fundModel: 99, addHours: 10 }))).toEqual(['AddHours_02']);
    expect(await found(aim2025({ fundModel: 38, addHours: 10 }))).toEqual([]);
    const bootcamp = (year: number) => aimsIn(year, [{ fundModel: 37, progType: 32, aimType: 3, addHours: 10 }]);
    expect(await found(bootcamp(2022))).toEqual([]);
    expect(await found(bootcamp(2025))).toEqual(['AddHours_02']);
  });
});

describe('AddHours_04, _05 and _06: hours per planned day', () => {
  it('over 24 a day (more than 60 hours) is an error, with the warnings', async () => {
    // 3 days: 73 hours = 24.3 a day (_04, _05: 170 a week, _06 needs under 24); 72 = 24.0 a day (_05 only).
    expect(await found(overDays(3, 73))).toEqual(['AddHours_04', 'AddHours_05']);
    expect(await found(overDays(3, 72))).toEqual(['AddHours_05']);
  });

  it('over 35 a week warns only above 60 hours; over 9 a day warns at any total', async () => {
    // 14 days: 71 hours = 35.5 a week (_05); 70 = 35.0 (none). 6 days: 60 hours = 10 a day (_06, and
    // 70 a week but not above 60 hours, so no _05); 54 = 9.0 a day (none).
    expect(await found(overDays(14, 71))).toEqual(['AddHours_05']);
    expect(await found(overDays(14, 70))).toEqual([]);
    expect(await found(overDays(6, 60))).toEqual(['AddHours_06']);
    expect(await found(overDays(6, 54))).toEqual([]);
  });
});
