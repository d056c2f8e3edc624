// FundModel_03 … _21: which funding model fits the aim (2025/26 catalogue; the agency's 2018/19 and 2020/21 code where they differ).
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

const found = (f: Fixture) => fieldRules(w, f, 'FundModel');
const ADL = { type: 'ADL', code: '1' };
const SOF_110 = { type: 'SOF', code: '110' };
/** An apprenticeship standard programme aim started on `start`, in the return of the year it falls in (2018/19, the first the loader reads, for earlier starts). */
const standardStarting = (start: string, a: Partial<FixtureAim> = {}): Fixture => {
  const year = Math.max(2018, Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) < 8 ? 1 : 0));
  return aimsIn(year, [{ ...STANDARD_PROGRAMME, learnStartDate: start, learnPlanEndDate: `${year + 2}-06-30`, ...a }]);
};

describe('FundModel_03: a loan-financed aim is FundModel 99', () => {
  it('fires on FM38 with ADL, not on FM99 with ADL', async () => {
    expect(await found(aim2025({ fundModel: 38, fams: [ADL] }))).toEqual(['FundModel_03']);
    expect(await found(aim2025({ fundModel: 99, fams: [ADL] }))).toEqual([]);
  });
});

describe('FundModel_04 and FundModel_06: apprenticeship aims and FundModel 36', () => {
  it('an apprenticeship aim on 16-19 funding breaks _04; FM36 outside an apprenticeship breaks _06', async () => {
    // The programme aim on FM25 also breaks FundModel_07 (a funded apprenticeship programme from May 2017 is FM36).
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, fundModel: 25 }))).toEqual(['FundModel_04', 'FundModel_07']);
    expect(await found(aim2025({ aimType: 3, progType: 25, stdCode: 17, fundModel: 82 }))).toEqual(['FundModel_04']);
    expect(await found(aim2025({ fundModel: 36 }))).toEqual(['FundModel_06']);
    expect(await found(aim2025(STANDARD_PROGRAMME))).toEqual([]);
  });
});

describe('FundModel_05 and FundModel_09: starts before 1 May 2017', () => {
  it('FM36 from 1 May 2017 only; a standard programme before it is FM81 (FM99 left out)', async () => {
    expect(await found(standardStarting('2017-04-30'))).toEqual(['FundModel_05', 'FundModel_09']);
    expect(await found(standardStarting('2017-05-01'))).toEqual([]);
    expect(await found(standardStarting('2017-04-30', { fundModel: 81 }))).toEqual([]);
    expect(await found(standardStarting('2017-04-30', { fundModel: 99 }))).toEqual([]);
  });
});

describe('FundModel_07: a funded apprenticeship programme from 1 May 2017 is FM36', () => {
  it('fires on FM81 from 1 May 2017, not before, not on a restart', async () => {
    expect(await found(standardStarting('2017-05-01', { fundModel: 81 }))).toEqual(['FundModel_07']);
    expect(await found(standardStarting('2017-05-01', { fundModel: 81, fams: [RESTART] }))).toEqual([]);
  });

  it('LDM 354 is left out in 2020/21 (the agency’s code), not in 2025/26', async () => {
    const ldm354 = { fundModel: 81, fams: [{ type: 'LDM', code: '354' }] };
    expect(await found(standardStarting('2020-09-01', ldm354))).toEqual([]);
    expect(await found(standardStarting('2025-09-01', ldm354))).toEqual(['FundModel_07']);
    expect(await found(standardStarting('2025-09-01', { fundModel: 81, fams: [{ type: 'LDM', code: '355' }] }))).toEqual([]);
  });
});

describe('FundModel_10 and FundModel_18: combined authority funding (SOF 110–120)', () => {
  it('2020/21 (the agency’s code): any start on a model other than 35 or 10', async () => {
    expect(await found(aimsIn(2020, [{ fundModel: 81, fams: [SOF_110] }]))).toEqual(['FundModel_10']);
    expect(await found(aimsIn(2020, [{ fundModel: 35, fams: [SOF_110] }]))).toEqual([]);
  });

  it('2025/26: _10 for starts to 31 July 2024, _18 (38 or 11) from 1 August 2024', async () => {
    expect(await found(aim2025({ fundModel: 81, fams: [SOF_110], learnStartDate: '2024-07-31' }))).toEqual(['FundModel_10']);
    expect(await found(aim2025({ fundModel: 81, fams: [SOF_110], learnStartDate: '2024-08-01' }))).toEqual(['FundModel_18']);
    expect(await found(aim2025({ fundModel: 38, fams: [SOF_110] }))).toEqual([]);
    expect(await found(aim2025({ fundModel: 81, fams: [SOF_110, RESTART] }))).toEqual([]);
  });
});

describe('FundModel_11, _14, _15 and _16: the model a programme type or field needs', () => {
  it('a T Level is FM25 (_11); actual off-the-job hours need FM36 (_14)', async () => {
    expect(await found(aim2025({ aimType: 3, progType: 31, fundModel: 38 }))).toEqual(['FundModel_11']);
    expect(await found(aim2025({ aimType: 3, progType: 31, fundModel: 25 }))).toEqual([]);
    expect(await found(aim2025({ fundModel: 38, otjActHours: 10 }))).toEqual(['FundModel_14']);
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, otjActHours: 10 }))).toEqual([]);
  });

  it('LDM 378 needs FM35 or FM38 (_15); FM37 needs ProgType 32 (_16)', async () => {
    expect(await found(aim2025({ fundModel: 99, fams: [{ type: 'LDM', code: '378' }] }))).toEqual(['FundModel_15']);
    expect(await found(aim2025({ fundModel: 38, fams: [{ type: 'LDM', code: '378' }] }))).toEqual([]);
    expect(await found(aim2025({ fundModel: 37 }))).toEqual(['FundModel_16']);
    expect(await found(aim2025({ fundModel: 37, progType: 32, aimType: 3 }))).toEqual([]);
  });
});

describe('FundModel_19, _20 and _21: the Adult Skills Fund (38) and tailored learning (11) from 1 August 2024', () => {
  it('31 July 2024 fires, 1 August 2024 does not', async () => {
    for (const [fundModel, rule] of [[38, 'FundModel_19'], [11, 'FundModel_20']] as const) {
      expect(await found(aimsIn(2024, [{ fundModel, pHours: 10, learnStartDate: '2024-07-31' }])), rule).toEqual([rule]);
      expect(await found(aimsIn(2024, [{ fundModel, pHours: 10, learnStartDate: '2024-08-01' }])), rule).toEqual([]);
    }
  });

  it('_21: an FM38 restart first started before 1 August 2024', async () => {
    expect(await found(aim2025({ fundModel: 38, fams: [RESTART], origLearnStartDate: '2024-07-31' }))).toEqual(['FundModel_21']);
    expect(await found(aim2025({ fundModel: 38, fams: [RESTART], origLearnStartDate: '2024-08-01' }))).toEqual([]);
  });
});

describe('FundModel_17: no new adult skills (FundModel 35) starts from 1 August 2024', () => {
  it('1 August 2024 fires, 31 July 2024 does not, a restart is left out', async () => {
    expect(await found(aimsIn(2024, [{ fundModel: 35, learnStartDate: '2024-08-01' }]))).toEqual(['FundModel_17']);
    expect(await found(aimsIn(2024, [{ fundModel: 35, learnStartDate: '2024-07-31' }]))).toEqual([]);
    expect(await found(aimsIn(2024, [{ fundModel: 35, learnStartDate: '2024-08-01', origLearnStartDate: '2024-02-01', fams: [{ type: 'SOF', code: '105' }, { type: 'FFI', code: '1' }, RESTART] }]))).toEqual([]);
  });
});
