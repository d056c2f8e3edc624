// Tlout_01: a finished tailored learning aim records its outcome.
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

const found = (f: Fixture) => fieldRules(w, f, 'Tlout');
const tailored = (a: Partial<FixtureAim>): Fixture => aim2025({ fundModel: 11, pHours: 12, ...a });

describe('Tlout_01', () => {
  it('fires on a completed or withdrawn FM11 aim without TLOut; not with it, nor while continuing', async () => {
    expect(await found(tailored({ compStatus: 2, learnActEndDate: '2026-01-15', outcome: 1 }))).toEqual(['Tlout_01']);
    expect(await found(tailored({ compStatus: 3, learnActEndDate: '2026-01-15', outcome: 3, withdrawReason: 98 }))).toEqual(['Tlout_01']);
    expect(await found(tailored({ compStatus: 2, learnActEndDate: '2026-01-15', outcome: 1, tlOut: 1 }))).toEqual([]);
    expect(await found(tailored({}))).toEqual([]);
  });
});
