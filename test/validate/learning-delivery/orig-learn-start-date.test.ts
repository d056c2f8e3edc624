// OrigLearnStartDate: a restart's original start date. The agency's 2018/19 and 2020/21 code
// checks _01, _02 and _04 on FundModel 35, 36, 81 and 99 only; the 2025/26 catalogue on every aim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { RESTART, aim2025, aimsIn, fieldRules } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const restart = (a: Partial<FixtureAim>) => aim2025({ fundModel: 38, fams: [RESTART], ...a });
const found = (f: ReturnType<typeof aim2025>) => fieldRules(w, f, 'OrigLearnStartDate');

describe('OrigLearnStartDate_01: more than 10 years before the start', () => {
  it('10 years before to the day is allowed, a day earlier is not', async () => {
    // Start 2025-09-01 − 10 years = 2015-09-01.
    expect(await found(restart({ origLearnStartDate: '2015-09-01' }))).toEqual([]);
    expect(await found(restart({ origLearnStartDate: '2015-08-31' }))).toEqual(['OrigLearnStartDate_01']);
  });

  it('counts back from 29 February as the agency does (to 28 February)', async () => {
    // A 2023/24 return (an FM35 restart); start 2024-02-29 − 10 years = 2014-02-28 (.NET AddYears), not 1 March.
    const leap = (orig: string) => aimsIn(2023, [{ fundModel: 35, fams: [RESTART], learnStartDate: '2024-02-29', learnPlanEndDate: '2024-06-30', origLearnStartDate: orig }]);
    expect(await found(leap('2014-02-28'))).toEqual([]);
    expect(await found(leap('2014-02-27'))).toEqual(['OrigLearnStartDate_01']);
  });

  it('2020/21 (the agency’s code) checks FundModel 35, 36, 81 and 99 only; 2025/26 every aim', async () => {
    // A community learning (FM10) aim with a restart indicator: _03 fires in both years (FM10
    // must have no original start date); _01 only under the 2025/26 definition.
    const fm10 = (year: number) => aimsIn(year, [{ fundModel: 10, fams: [RESTART], origLearnStartDate: `${year - 11}-09-01` }]);
    expect(await found(fm10(2020))).toEqual(['OrigLearnStartDate_03']);
    expect(await found(fm10(2025))).toEqual(['OrigLearnStartDate_01', 'OrigLearnStartDate_03']);
  });
});

describe('OrigLearnStartDate_02: on or after the start', () => {
  it('the day before the start is allowed, the start itself is not', async () => {
    expect(await found(restart({ origLearnStartDate: '2025-08-31' }))).toEqual([]);
    expect(await found(restart({ origLearnStartDate: '2025-09-01' }))).toEqual(['OrigLearnStartDate_02']);
  });
});

describe('OrigLearnStartDate_03: not on 16-19 or community learning aims', () => {
  it('fires on FundModel 25, 82 and 10, not on 38', async () => {
    for (const fundModel of [25, 82, 10]) expect(await found(restart({ fundModel, origLearnStartDate: '2024-09-01' })), String(fundModel)).toEqual(['OrigLearnStartDate_03']);
    expect(await found(restart({ origLearnStartDate: '2024-09-01' }))).toEqual([]);
  });
});

describe('OrigLearnStartDate_04: a restart indicator must go with it', () => {
  it('fires without RES, not with it, and not without an original start date', async () => {
    expect(await found(aim2025({ fundModel: 38, origLearnStartDate: '2024-09-01' }))).toEqual(['OrigLearnStartDate_04']);
    expect(await found(restart({ origLearnStartDate: '2024-09-01' }))).toEqual([]);
    expect(await found(aim2025({ fundModel: 38 }))).toEqual([]);
  });

  it('2020/21 checks adult funding models only: a Skills Bootcamp without RES passes there, not in 2025/26', async () => {
    const bootcamp = (year: number) => aimsIn(year, [{ fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001', origLearnStartDate: `${year - 1}-09-01` }]);
    expect(await found(bootcamp(2020))).toEqual([]);
    expect(await found(bootcamp(2025))).toEqual(['OrigLearnStartDate_04']);
  });
});

describe('OrigLearnStartDate_09: FundModel 36 restarts first started from 1 May 2017', () => {
  it('30 April 2017 fires, 1 May 2017 does not', async () => {
    const apprenticeship = (orig: string) => restart({ learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType: 25, stdCode: 17, pHours: 400, origLearnStartDate: orig });
    expect(await found(apprenticeship('2017-04-30'))).toEqual(['OrigLearnStartDate_09']);
    expect(await found(apprenticeship('2017-05-01'))).toEqual([]);
  });
});
