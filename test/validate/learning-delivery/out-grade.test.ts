// OutGrade_04, _05 and _06: the grade fits the outcome.
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

const found = (f: Fixture) => fieldRules(w, f, 'OutGrade');
const ended = (outcome: number | undefined, outGrade: string): Fixture =>
  aim2025({ fundModel: 38, compStatus: 2, learnActEndDate: '2026-06-01', ...(outcome === undefined ? {} : { outcome }), outGrade });

describe('OutGrade_04: no grade before the outcome is known', () => {
  it('fires with Outcome 8 or none, not with Outcome 1', async () => {
    expect(await found(ended(8, 'PA'))).toEqual(['OutGrade_04']);
    expect(await found(ended(undefined, 'PA'))).toEqual(['OutGrade_04']);
    expect(await found(ended(1, 'PA'))).toEqual([]);
  });
});

describe('OutGrade_05 and OutGrade_06: pass grades with achievement, fail grades without', () => {
  it('a fail grade with Outcome 1 breaks _05 (in any case); a pass grade with Outcome 3 breaks _06', async () => {
    expect(await found(ended(1, 'FL'))).toEqual(['OutGrade_05']);
    expect(await found(ended(1, 'u'))).toEqual(['OutGrade_05']);
    expect(await found(ended(3, 'U'))).toEqual([]);
    expect(await found(ended(3, 'PA'))).toEqual(['OutGrade_06']);
  });
});
