// AimType_05, _07, _08 and _09: core aims (AimType 5).
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

const found = (f: Fixture) => fieldRules(w, f, 'AimType');
const SOF_105 = { type: 'SOF', code: '105' };

describe('AimType_05: a core aim only on 16-19 funding', () => {
  it('fires on FundModel 38, not on 25 or 82', async () => {
    // An adult-funded aim's source of funding is the adult budget (SOF 105, the fixture's default), so a
    // core aim on FM38 also breaks AimType_07.
    expect(await found(aim2025({ aimType: 5, fundModel: 38 }))).toEqual(['AimType_05', 'AimType_07']);
    expect(await found(aim2025({ aimType: 5, fundModel: 25 }))).toEqual([]);
    expect(await found(aim2025({ aimType: 5, fundModel: 82 }))).toEqual([]);
  });
});

describe('AimType_07: no core aim with SOF 105, for starts from 1 August 2017', () => {
  it('1 August 2017 fires, 31 July 2017 does not', async () => {
    // In a 2018/19 return, the first the loader reads.
    const core = (start: string) => aimsIn(2018, [{ aimType: 5, fundModel: 25, fams: [SOF_105], learnStartDate: start }]);
    expect(await found(core('2017-08-01'))).toEqual(['AimType_07']);
    expect(await found(core('2017-07-31'))).toEqual([]);
  });

  it('traineeships (ProgType 24) are left out in 2020/21 (the agency’s code), not in 2025/26', async () => {
    const traineeshipCore = (year: number) => aimsIn(year, [{ aimType: 5, fundModel: 25, progType: 24, fams: [SOF_105] }]);
    expect(await found(traineeshipCore(2020))).toEqual([]);
    expect(await found(traineeshipCore(2025))).toEqual(['AimType_07']);
  });
});

describe('AimType_08 and AimType_09: a T Level Foundation Year aim (ZTPR…) is the core aim', () => {
  it('fires as a component aim, not as the core aim, and not in 2018/19', async () => {
    // The 2025/26 catalogue defines _08 as it defines _09: both fire.
    expect(await found(aim2025({ learnAimRef: 'ZTPR0001', aimType: 3, fundModel: 25, progType: 30 }))).toEqual(['AimType_08', 'AimType_09']);
    expect(await found(aim2025({ learnAimRef: 'ztpr0001', aimType: 5, fundModel: 25, progType: 30 }))).toEqual([]);
    expect(await found(aimsIn(2018, [{ learnAimRef: 'ZTPR0001', aimType: 3, fundModel: 25, progType: 30 }]))).toEqual([]);
  });
});

describe('AimType_08 before 2025/26', () => {
  it('is not checked: the agency’s 2020/21 code decides it from LARS, which the project does not ship', async () => {
    expect(await found(aimsIn(2024, [{ learnAimRef: 'ZTPR0001', aimType: 3, fundModel: 25, progType: 30 }]))).toEqual(['AimType_09']);
  });
});
