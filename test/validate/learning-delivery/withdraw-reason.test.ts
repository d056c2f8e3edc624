// WithdrawReason_05 and _06: reasons kept for OLASS and industry placement aims.
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

const found = (f: Fixture) => fieldRules(w, f, 'WithdrawReason');
const withdrawn = (a: Partial<FixtureAim>): Partial<FixtureAim> => ({ fundModel: 38, compStatus: 3, learnActEndDate: '2026-01-15', outcome: 3, ...a });

describe('WithdrawReason_05: reason 28 (OLASS) needs LDM 034', () => {
  it('fires without the OLASS monitoring, not with it', async () => {
    expect(await found(aim2025(withdrawn({ withdrawReason: 28 })))).toEqual(['WithdrawReason_05']);
    expect(await found(aim2025(withdrawn({ withdrawReason: 28, fams: [{ type: 'LDM', code: '034' }] })))).toEqual([]);
  });
});

describe('WithdrawReason_06: reason 48 (industry placement) only on ZWRKX002', () => {
  it('fires on another withdrawn aim, not on the industry placement', async () => {
    expect(await found(aim2025(withdrawn({ withdrawReason: 48 })))).toEqual(['WithdrawReason_06']);
    expect(await found(aim2025(withdrawn({ withdrawReason: 48, learnAimRef: 'ZWRKX002', fundModel: 25 })))).toEqual([]);
  });

  it('2020/21 (the agency’s code) checks withdrawn aims only; 2025/26 any aim with reason 48', async () => {
    // A completed aim with reason 48 also breaks WithdrawReason_04 (a reason on an aim not withdrawn).
    const completed = (year: number) => aimsIn(year, [{ fundModel: 35, compStatus: 2, learnActEndDate: `${year + 1}-01-15`, outcome: 1, withdrawReason: 48 }]);
    expect(await found(completed(2020))).toEqual(['WithdrawReason_04']);
    expect(await found(completed(2025))).toEqual(['WithdrawReason_04', 'WithdrawReason_06']);
  });

  it('is not a rule in 2018/19 (the agency’s code there has none)', async () => {
    expect(await found(aimsIn(2018, [withdrawn({ fundModel: 35, withdrawReason: 48, learnActEndDate: '2019-01-15' })]))).toEqual([]);
  });
});
