// WorkPlaceEndDate_01 and _02: a placement ends after it starts, and by the end of its aim.
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

const found = (f: Fixture) => fieldRules(w, f, 'WorkPlaceEndDate');

describe('WorkPlaceEndDate_01', () => {
  it('an end the day before the start fires; the same day does not; no end date does not', async () => {
    expect(await found(aim2025(workExperience([{ start: '2025-10-01', end: '2025-09-30' }])))).toEqual(['WorkPlaceEndDate_01']);
    expect(await found(aim2025(workExperience([{ start: '2025-10-01', end: '2025-10-01' }])))).toEqual([]);
    expect(await found(aim2025(workExperience([{ start: '2025-10-01' }])))).toEqual([]);
  });
});

describe('WorkPlaceEndDate_02', () => {
  const ended = (placementEnd: string) =>
    aim2025(workExperience([{ start: '2025-10-01', end: placementEnd }], { compStatus: 2, learnActEndDate: '2026-03-31', outcome: 1 }));

  it('a placement ending after the aim’s actual end fires; on that day it does not', async () => {
    expect(await found(ended('2026-04-01'))).toEqual(['WorkPlaceEndDate_02']);
    expect(await found(ended('2026-03-31'))).toEqual([]);
  });

  it('an aim still continuing (no actual end date) is not compared', async () => {
    expect(await found(aim2025(workExperience([{ start: '2025-10-01', end: '2026-04-01' }])))).toEqual([]);
  });
});
