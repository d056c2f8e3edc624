// OTJActHours: actual off-the-job hours, on the programme aim (_01), once it has completed (_02) or been withdrawn (_03).
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

const found = (f: Fixture) => fieldRules(w, f, 'OTJActHours');

describe('OTJActHours_01', () => {
  it('fires on a component aim, not on the programme aim, and not in 2018/19', async () => {
    const component = { aimType: 3, fundModel: 36, progType: 25, stdCode: 17, otjActHours: 20 };
    expect(await found(aim2025(component))).toEqual(['OTJActHours_01']);
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, otjActHours: 20 }))).toEqual([]);
    expect(await found(aimsIn(2018, [{ ...component, learnStartDate: '2018-09-01' }]))).toEqual([]);
  });
});

describe('OTJActHours_02 and OTJActHours_03: a finished apprenticeship returns the hours done', () => {
  // Finished in the 2025/26 return; the start is the boundary the rule names.
  const finished = (start: string, compStatus: number, a: Partial<FixtureAim> = {}) =>
    aim2025({
      ...STANDARD_PROGRAMME,
      learnStartDate: start,
      learnPlanEndDate: '2026-06-30',
      compStatus,
      learnActEndDate: '2025-12-01',
      ...(compStatus === 2 ? { outcome: 1, achDate: '2026-01-15' } : { outcome: 3, withdrawReason: 40 }),
      ...a,
    });

  it('_02: completed (CompStatus 2) from 1 August 2019 without hours fires; the day before, a restart, or with hours does not', async () => {
    expect(await found(finished('2019-08-01', 2))).toEqual(['OTJActHours_02']);
    expect(await found(finished('2019-07-31', 2))).toEqual([]);
    expect(await found(finished('2019-08-01', 2, { fams: [{ type: 'SOF', code: '105' }, RESTART] }))).toEqual([]);
    expect(await found(finished('2019-08-01', 2, { otjActHours: 300 }))).toEqual([]);
  });

  it('_03: withdrawn (CompStatus 3) from 1 August 2022 without hours fires; the day before does not, and a completion is _02’s', async () => {
    expect(await found(finished('2022-08-01', 3))).toEqual(['OTJActHours_03']);
    expect(await found(finished('2022-07-31', 3))).toEqual([]);
    expect(await found(finished('2022-08-01', 3, { otjActHours: 120 }))).toEqual([]);
  });

  it('neither is in force before 2021/22', async () => {
    const in2020 = aimsIn(2020, [{ ...STANDARD_PROGRAMME, learnStartDate: '2019-09-01', learnPlanEndDate: '2021-06-30', compStatus: 2, learnActEndDate: '2020-12-01', outcome: 1, achDate: '2021-01-15' }]);
    expect(await found(in2020)).toEqual([]);
  });
});
