// A34_01 and A35_01: the legacy ILR's completion status (A34) and outcome (A35) must be codes of
// the legacy specification's lists (A34: 1, 2, 3, 4 transferred, 6; A35: 1–7, 9), which differ from
// today's CompStatus and Outcome lists (4 = transferred was valid then, 8 was not). One learner
// per legacy CSV return of 2008/09, through the real loader.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse, rows } from '../../support/warehouse.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const HEADER = 'L01,L03,L11,L12,L13,L14,L45,L46,A05,A09,A10,A15,A27,A28,A31,A34,A35,A40';
let ukprn = 10_000_700;

/** The rules broken by one withdrawn-or-finished aim with the A34 and A35 given. */
async function rulesFor(a34: number, a35: number | ''): Promise<string[]> {
  const provider = ukprn++;
  const row = `123456,LR001,1990-03-01,31,F,2,1000000043,${provider},1,50012345,22,99,2008-09-01,2009-06-30,2009-06-20,${a34},${a35},`;
  const path = join(mkdtempSync(join(tmpdir(), 'ilr-legacy-')), `ILR-${provider}-0809-20091015-01.csv`);
  writeFileSync(path, `${HEADER}\n${row}\n`);
  const summary = await ingestFile(w, path);
  if (summary.status !== 'loaded') throw new Error(`The fixture did not load: ${summary.message}`);
  const found = await rows(w, `select rule_id from quarantine.records where batch_id = ${summary.batchId} order by rule_id`);
  return found.map((r) => String(r.rule_id));
}

describe('A34_01: the legacy completion status is a code of its list', () => {
  it('4 (transferred, valid then though not now) and 6 pass; 5 and 8 fire', async () => {
    expect(await rulesFor(4, 3)).toEqual([]);
    expect(await rulesFor(6, 3)).toEqual([]);
    expect(await rulesFor(5, 3)).toEqual(['A34_01']);
    expect(await rulesFor(8, 3)).toEqual(['A34_01']);
  });
});

describe('A35_01: the legacy outcome is a code of its list', () => {
  it('7 and 9 pass (AS-level, continuing); 8 (today’s "not yet known") and 0 fire', async () => {
    expect(await rulesFor(2, 7)).toEqual([]);
    expect(await rulesFor(2, 9)).toEqual([]);
    expect(await rulesFor(2, 8)).toEqual(['A35_01']);
    expect(await rulesFor(2, 0)).toEqual(['A35_01']);
  });
});
