// WorkPlaceMode_01, WorkPlaceEmpId_02 (the agency's DD14 checksum) and WorkPlacement_01.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import type { Fixture } from '../findings.ts';
import { aim2025, fieldRules } from '../learning-delivery/aims.ts';
import { placement, workExperience } from './placements.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (f: Fixture, field: string) => fieldRules(w, f, field);

describe('WorkPlaceMode_01: 1 (internal) or 2 (external)', () => {
  it('3 fires; 1 and 2 do not', async () => {
    expect(await found(aim2025(workExperience([{ start: '2025-10-01', mode: 3 }])), 'WorkPlaceMode')).toEqual(['WorkPlaceMode_01']);
    expect(await found(aim2025(workExperience([{ start: '2025-10-01', mode: 1 }, { start: '2025-11-01', mode: 2 }])), 'WorkPlaceMode')).toEqual([]);
  });
});

describe('WorkPlaceEmpId_02: the employer number’s check digit', () => {
  // DD14: 11 − (9×d1 + 8×d2 + … + 2×d8) mod 11. 123456789: 156 mod 11 = 2, 11 − 2 = 9 ✓.
  // 100000002: 9 mod 11 = 9, 11 − 9 = 2 ✓. 500000000: 45 mod 11 = 1, 11 − 1 = 10 → X, which no digit matches.
  // 999999999 (employer not yet known) fails the sum (396 mod 11 = 0 → 11 → 0) but is left out.
  const withEmployer = (empId: number) => aim2025(workExperience([{ start: '2025-10-01', empId }]));

  it('valid check digits pass, a wrong one fires, X always fires, 999999999 is left out', async () => {
    expect(await found(withEmployer(123_456_789), 'WorkPlaceEmpId')).toEqual([]);
    expect(await found(withEmployer(100_000_002), 'WorkPlaceEmpId')).toEqual([]);
    expect(await found(withEmployer(100_000_003), 'WorkPlaceEmpId')).toEqual(['WorkPlaceEmpId_02']);
    expect(await found(withEmployer(500_000_000), 'WorkPlaceEmpId')).toEqual(['WorkPlaceEmpId_02']);
    expect(await found(withEmployer(999_999_999), 'WorkPlaceEmpId')).toEqual([]);
  });
});

describe('WorkPlacement_01: the T Level industry placement has its placement', () => {
  const tLevelPlacement = (a: Partial<FixtureAim>) => aim2025({ learnAimRef: 'ZWRKX003', aimType: 3, fundModel: 25, progType: 31, ...a });

  it('fires without a placement record, not with one', async () => {
    expect(await found(tLevelPlacement({}), 'WorkPlacement')).toEqual(['WorkPlacement_01']);
    expect(await found(tLevelPlacement(workExperience([{ start: '2025-10-01' }], { learnAimRef: 'ZWRKX003' })), 'WorkPlacement')).toEqual([]);
  });
});
