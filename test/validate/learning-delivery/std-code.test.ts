// StdCode_01 and StdCode_03: the standard code goes with ProgType 25, and only with it.
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

const found = (f: Fixture) => fieldRules(w, f, 'StdCode');

describe('StdCode_01 and StdCode_03', () => {
  it('a standard aim needs a StdCode (_01); another aim must have none (_03)', async () => {
    expect(await found(aim2025({ ...STANDARD_PROGRAMME, stdCode: undefined }))).toEqual(['StdCode_01']);
    expect(await found(aim2025(STANDARD_PROGRAMME))).toEqual([]);
    expect(await found(aim2025({ fundModel: 38, stdCode: 17 }))).toEqual(['StdCode_03']);
  });
});
