// PHours: planned hours.
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

const found = (f: Fixture) => fieldRules(w, f, 'PHours');
const T_LEVEL_PROGRAMME: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 25, progType: 31 };

describe('PHours_04 and PHours_05: T Levels and 16-19 study programmes', () => {
  it('a T Level programme aim with 0 planned hours breaks _04; 1 hour does not', async () => {
    expect(await found(aim2025({ ...T_LEVEL_PROGRAMME, pHours: 0 }))).toEqual(['PHours_04']);
    expect(await found(aim2025({ ...T_LEVEL_PROGRAMME, pHours: 1 }))).toEqual([]);
  });

  it('planned hours on a 16-19 aim that is not a T Level break _05', async () => {
    expect(await found(aim2025({ fundModel: 25, pHours: 100 }))).toEqual(['PHours_05']);
    expect(await found(aim2025({ fundModel: 25 }))).toEqual([]);
  });
});

describe('PHours_06 and PHours_08: the least an apprenticeship may plan', () => {
  const apprenticeship = (year: number, start: string, pHours: number, a: Partial<FixtureAim> = {}) =>
    aimsIn(year, [{ ...STANDARD_PROGRAMME, learnStartDate: start, learnPlanEndDate: `${year + 2}-06-30`, pHours, ...a }]);

  it('2022/23 on: 277 hours fires for a start from 1 August 2022, 278 does not, a restart is left out', async () => {
    expect(await found(apprenticeship(2022, '2022-08-01', 277))).toEqual(['PHours_06']);
    expect(await found(apprenticeship(2022, '2022-08-01', 278))).toEqual([]);
    expect(await found(apprenticeship(2021, '2022-07-31', 277))).toEqual([]);
    expect(await found(apprenticeship(2022, '2022-08-01', 277, { fams: [RESTART] }))).toEqual([]);
  });

  it('2025/26: 278 hours for starts to 31 July 2025, 187 after', async () => {
    expect(await found(apprenticeship(2025, '2025-07-31', 277))).toEqual(['PHours_06']);
    expect(await found(apprenticeship(2025, '2025-08-01', 277))).toEqual([]);
    expect(await found(apprenticeship(2025, '2025-08-01', 186))).toEqual(['PHours_08']);
    expect(await found(apprenticeship(2025, '2025-08-01', 187))).toEqual([]);
  });
});

describe('PHours_07: tailored learning needs planned hours', () => {
  it('fires on FM11 without them, not with them', async () => {
    expect(await found(aim2025({ fundModel: 11 }))).toEqual(['PHours_07']);
    expect(await found(aim2025({ fundModel: 11, pHours: 12 }))).toEqual([]);
  });
});

describe('PHours_01 and PHours_03: planned hours on apprenticeship and T Level programme aims', () => {
  it('an FM36 programme aim from 1 August 2019 without planned hours breaks _01; the day before, a component, or with hours does not', async () => {
    // The agency's PHours_01 tests: the first day of 2019/20 is the boundary; only AimType 1.
    const apprenticeship = (start: string, a: Partial<FixtureAim> = {}) =>
      aimsIn(2019, [{ ...STANDARD_PROGRAMME, pHours: undefined, learnStartDate: start, learnPlanEndDate: '2021-06-30', ...a }]);
    expect(await found(apprenticeship('2019-08-01'))).toEqual(['PHours_01']);
    expect(await found(apprenticeship('2019-07-31'))).toEqual([]);
    expect(await found(apprenticeship('2019-08-01', { pHours: 400 }))).toEqual([]);
    expect(await found(apprenticeship('2019-08-01', { learnAimRef: '60000088', aimType: 3 }))).toEqual([]);
  });

  it('a T Level programme aim from 1 August 2020 without planned hours breaks _03; the day before, or with hours, does not', async () => {
    const tLevel = (start: string, a: Partial<FixtureAim> = {}) =>
      aimsIn(2020, [{ ...T_LEVEL_PROGRAMME, learnStartDate: start, learnPlanEndDate: '2022-06-30', ...a }]);
    expect(await found(tLevel('2020-08-01'))).toEqual(['PHours_03']);
    expect(await found(tLevel('2020-07-31'))).toEqual([]);
    expect(await found(tLevel('2020-08-01', { pHours: 600 }))).toEqual([]);
  });
});
