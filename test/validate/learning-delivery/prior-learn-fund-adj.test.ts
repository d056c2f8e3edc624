// PriorLearnFundAdj_01: the prior learning adjustment is for adult funding and loans.
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

const found = (f: Fixture) => fieldRules(w, f, 'PriorLearnFundAdj');

describe('PriorLearnFundAdj_01', () => {
  it('fires on FM99 without a loan, not with one, nor on FM38', async () => {
    expect(await found(aim2025({ fundModel: 99, priorLearnFundAdj: 50 }))).toEqual(['PriorLearnFundAdj_01']);
    expect(await found(aim2025({ fundModel: 99, priorLearnFundAdj: 50, fams: [{ type: 'ADL', code: '1' }] }))).toEqual([]);
    expect(await found(aim2025({ fundModel: 38, priorLearnFundAdj: 50 }))).toEqual([]);
  });

  it('FM70 (ESF) is in the agency’s 2020/21 code, not in the 2025/26 catalogue', async () => {
    expect(await found(aimsIn(2020, [{ fundModel: 70, priorLearnFundAdj: 50 }]))).toEqual(['PriorLearnFundAdj_01']);
    expect(await found(aim2025({ fundModel: 70, priorLearnFundAdj: 50 }))).toEqual([]);
  });
});
