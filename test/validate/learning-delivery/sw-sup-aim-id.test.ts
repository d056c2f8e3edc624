// SWSupAimId_01 (a warning): the software supplier aim identifier is a UUID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings } from '../findings.ts';
import { aim2025 } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** The SWSupAimId findings on one continuing aim with this identifier, in the schema's place (after CompStatus). */
const found = async (id: string) =>
  (await findings(w, { ...aim2025({}), edit: ['</CompStatus>', `</CompStatus><SWSupAimId>${id}</SWSupAimId>`] })).filter((x) => x.rule.startsWith('SWSupAimId_'));
const WARNING = [{ rule: 'SWSupAimId_01', severity: 'warning', aim: 1 }];

describe('SWSupAimId_01', () => {
  it('the agency’s test values: a UUID with or without its hyphens passes; an aim reference or free text does not', async () => {
    expect(await found('550e8400-e29b-41d4-a716-446655440000')).toEqual([]);
    expect(await found('550E8400E29B41D4A716446655440000')).toEqual([]);
    expect(await found('ZWRKX001')).toEqual(WARNING);
    expect(await found('w;oraeijwq rf;oiew')).toEqual(WARNING);
  });

  it('the empty UUID, and one hex digit short, do not pass', async () => {
    expect(await found('00000000-0000-0000-0000-000000000000')).toEqual(WARNING);
    expect(await found('550e8400-e29b-41d4-a716-44665544000')).toEqual(WARNING);
  });
});
