// OTJActHours_01: actual off-the-job hours go on the programme aim (OTJActHours_02 and _03 are held back: see held-back.test.ts).
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
