// OtherFundAdj_01: no other funding adjustment on 16-19 or community learning aims.
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

const found = (f: Fixture) => fieldRules(w, f, 'OtherFundAdj');

describe('OtherFundAdj_01', () => {
  it('fires on FM25, 82 and 10; not on 38', async () => {
    for (const fundModel of [25, 82, 10]) expect(await found(aim2025({ fundModel, otherFundAdj: 5 })), String(fundModel)).toEqual(['OtherFundAdj_01']);
    expect(await found(aim2025({ fundModel: 38, otherFundAdj: 5 }))).toEqual([]);
  });

  it('FM70 (ESF) is in the agency’s 2020/21 code, not in the 2025/26 catalogue', async () => {
    expect(await found(aimsIn(2020, [{ fundModel: 70, otherFundAdj: 5 }]))).toEqual(['OtherFundAdj_01']);
    expect(await found(aim2025({ fundModel: 70, otherFundAdj: 5 }))).toEqual([]);
  });
});
