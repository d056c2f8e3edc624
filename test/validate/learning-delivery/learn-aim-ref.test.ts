// LearnAimRef_30, _90, _126 and _154: the aim references decided by the file.
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

const found = (f: Fixture) => fieldRules(w, f, 'LearnAimRef');

describe('LearnAimRef_90: no traineeship or CDF work experience aim in a T Level', () => {
  it('fires on ZWRKX002 in ProgType 31; not on ZWRKX003; not in 2018/19', async () => {
    expect(await found(aim2025({ learnAimRef: 'ZWRKX002', aimType: 3, fundModel: 25, progType: 31 }))).toEqual(['LearnAimRef_90']);
    expect(await found(aim2025({ learnAimRef: 'ZWRKX003', aimType: 3, fundModel: 25, progType: 31 }))).toEqual([]);
    expect(await found(aimsIn(2018, [{ learnAimRef: 'ZWRKX002', aimType: 3, fundModel: 25, progType: 31 }]))).toEqual([]);
  });
});

describe('LearnAimRef_126 and LearnAimRef_154: one-day Skills Bootcamp events', () => {
  const event = (ref: string, a: Partial<FixtureAim>) =>
    aim2025({ learnAimRef: ref, aimType: 3, fundModel: 37, progType: 32, learnStartDate: '2025-10-01', learnPlanEndDate: '2025-10-01', compStatus: 2, learnActEndDate: '2025-10-01', outcome: 1, ...a });

  it('fires when the planned or actual end differs from the start; not when all three agree', async () => {
    expect(await found(event('Z0059747', {}))).toEqual([]);
    expect(await found(event('Z0059747', { learnPlanEndDate: '2025-10-02' }))).toEqual(['LearnAimRef_126']);
    expect(await found(event('Z0059748', { learnActEndDate: '2025-10-02' }))).toEqual(['LearnAimRef_126']);
    expect(await found(event('Z0060439', { learnActEndDate: '2025-10-02' }))).toEqual(['LearnAimRef_154']);
    expect(await found(event('Z0060439', {}))).toEqual([]);
  });

  it('_154 counts starts from 1 August 2024 only', async () => {
    expect(await found(event('Z0060439', { learnStartDate: '2024-07-31', learnPlanEndDate: '2024-08-01', learnActEndDate: '2024-08-01' }))).toEqual([]);
  });
});

describe('LearnAimRef_30: ZPROG001 on programme aims, and only there', () => {
  it('fires either way round (the agency’s code), in any case, and not on a programme aim with ZPROG001', async () => {
    expect(await found(aim2025({ ...STANDARD_PROGRAMME }))).toEqual([]);
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, learnAimRef: '60000189' }))).toEqual(['LearnAimRef_30']);
    expect(await found(aim2025({ learnAimRef: 'zprog001', aimType: 3, fundModel: 36, progType: 25, stdCode: 17 }))).toEqual(['LearnAimRef_30']);
    expect(await found(aim2025({ learnAimRef: '60000088', aimType: 4 }))).toEqual([]);
  });
});
