// ProgType: the programme type an aim needs, by its aim type, funding and T Level class code.
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

const found = (f: Fixture) => fieldRules(w, f, 'ProgType');
const T_LEVEL_PROGRAMME: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 25, progType: 31, pHours: 600 };

describe('ProgType_01 and ProgType_02: a programme type goes with a programme', () => {
  it('a component aim without one breaks _01; an aim outside a programme with one breaks _02', async () => {
    expect(await found(aim2025({ aimType: 3, fundModel: 25 }))).toEqual(['ProgType_01']);
    expect(await found(aim2025({ aimType: 4, fundModel: 38, progType: 24 }))).toEqual(['ProgType_02']);
    expect(await found(aim2025({ aimType: 4, fundModel: 38 }))).toEqual([]);
  });
});

describe('ProgType_06: an apprenticeship standard is FM36, 81 or 99', () => {
  it('fires on FM38, not on 36, 81 or 99', async () => {
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, fundModel: 38 }))).toEqual(['ProgType_06']);
    for (const fundModel of [36, 81, 99]) expect(await found(aim2025({ ...STANDARD_PROGRAMME, fundModel })), String(fundModel)).toEqual([]);
  });
});

describe('ProgType_15 and ProgType_17: T Level aims in a T Level programme', () => {
  const tLevelAim = (year: number, a: Partial<FixtureAim>) => aimsIn(year, [{ aimType: 3, fundModel: 25, ...a }]);

  it('a T Level placement (ZWRKX003) or occupational specialism (ZTLOS…) outside ProgType 31 fires', async () => {
    expect(await found(tLevelAim(2025, { learnAimRef: 'ZWRKX003', progType: 24 }))).toEqual(['ProgType_15']);
    expect(await found(tLevelAim(2025, { learnAimRef: 'ZTLOS001', progType: 24 }))).toEqual(['ProgType_17']);
    expect(await found(tLevelAim(2025, { learnAimRef: 'ZTLOS001', progType: 31 }))).toEqual([]);
  });

  it('with no programme type: not in 2020/21 (the agency’s code needs one), in 2025/26 (“or not returned”)', async () => {
    // AimType 4: outside a programme, so ProgType_01 stays quiet.
    expect(await found(tLevelAim(2020, { aimType: 4, learnAimRef: 'ZTLOS001' }))).toEqual([]);
    expect(await found(tLevelAim(2025, { aimType: 4, learnAimRef: 'ZTLOS001' }))).toEqual(['ProgType_17']);
  });

  it('2025/26 leaves out the adult T Level pilot (LDM 384) and non-funded T Levels', async () => {
    expect(await found(tLevelAim(2025, { learnAimRef: 'ZWRKX003', progType: 24, fams: [{ type: 'LDM', code: '384' }] }))).toEqual([]);
    expect(await found(tLevelAim(2025, { learnAimRef: 'ZWRKX003', progType: 24, fundModel: 99 }))).toEqual([]);
  });
});

describe('ProgType_18 and ProgType_20: the T Level Foundation Year (ProgType 30) and its ZTPR… core aim', () => {
  it('a Foundation Year programme without its ZTPR core aim breaks _18, on the first ProgType 30 aim', async () => {
    const programme = { ...T_LEVEL_PROGRAMME, progType: 30 };
    expect(await found(aimsIn(2025, [programme]))).toEqual(['ProgType_18']);
    expect(await found(aimsIn(2025, [programme, { learnAimRef: 'ZTPR0001', aimType: 5, fundModel: 25, progType: 30 }]))).toEqual([]);
  });

  it('a ZTPR aim outside ProgType 30 breaks _20', async () => {
    expect(await found(aimsIn(2025, [{ learnAimRef: 'ZTPR0001', aimType: 5, fundModel: 25, progType: 31 }]))).toEqual(['ProgType_20']);
  });
});

describe('ProgType_21 and ProgType_22: Skills Bootcamps and combined authority programmes', () => {
  it('ProgType 32 needs FM37; ProgType 33 needs a combined authority source of funding', async () => {
    expect(await found(aim2025({ aimType: 3, progType: 32, fundModel: 38 }))).toEqual(['ProgType_21']);
    expect(await found(aim2025({ aimType: 3, progType: 32, fundModel: 37 }))).toEqual([]);
    expect(await found(aim2025({ aimType: 3, progType: 33, fundModel: 38 }))).toEqual(['ProgType_22']);
    expect(await found(aim2025({ aimType: 3, progType: 33, fundModel: 38, fams: [{ type: 'SOF', code: '120' }] }))).toEqual([]);
  });
});

describe('ProgType_03: a programme type on the list of its year', () => {
  const component = (progType: number) => ({ learnAimRef: '60000088', aimType: 3, fundModel: 25, progType });
  it('the agency’s test values: 1, 4, 19 and 26 are not programme types; 2, 24 and 25 are', async () => {
    for (const p of [1, 4, 19, 26]) expect(await found(aim2025(component(p))), String(p)).toEqual(['ProgType_03']);
    for (const p of [2, 24]) expect(await found(aim2025(component(p))), String(p)).toEqual([]);
  });

  it('30 and 31 from 2019/20 (not in 2018/19), 32 and 33 from 2021/22 (not in 2020/21)', async () => {
    expect(await found(aimsIn(2018, [component(31)]))).toEqual(['ProgType_03']);
    expect(await found(aimsIn(2019, [component(31)]))).toEqual([]);
    // 33 with a combined authority's source of funding, as ProgType_22 asks from 2021/22.
    const combined = { ...component(33), fams: [{ type: 'SOF', code: '110' }] };
    expect(await found(aimsIn(2020, [combined]))).toEqual(['ProgType_03']);
    expect(await found(aimsIn(2021, [combined]))).toEqual([]);
  });

  it('an aim with no programme type is not checked', async () => {
    expect(await found(aim2025({ aimType: 4 }))).toEqual([]);
  });
});
