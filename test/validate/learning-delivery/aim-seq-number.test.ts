// AimSeqNumber_02: no aim is numbered above the count of the learner's aims. A rule on the whole
// record: its quarantine row is the learner's (no aim), the report names the aim at fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings, type Fixture } from '../findings.ts';
import { aimsIn } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = async (f: Fixture) => (await findings(w, f)).filter((x) => x.rule.startsWith('AimSeqNumber_'));
const numbered = (...seqs: number[]) => aimsIn(2025, seqs.map((aimSeqNumber) => ({ aimSeqNumber })));

describe('AimSeqNumber_02', () => {
  it('two aims numbered 1 and 3 fire; 1 and 2, or 2 and 1, do not', async () => {
    expect(await found(numbered(1, 3))).toEqual([{ rule: 'AimSeqNumber_02', severity: 'error', aim: null }]);
    expect(await found(numbered(1, 2))).toEqual([]);
    expect(await found(numbered(2, 1))).toEqual([]);
  });

  it('one aim numbered 2 fires (the count is 1)', async () => {
    expect(await found(numbered(2))).toEqual([{ rule: 'AimSeqNumber_02', severity: 'error', aim: null }]);
  });
});

describe('AimSeqNumber_02 counts every aim of the record', () => {
  it('an aim kept out by a schema error (CompStatus given twice) still counts: aims 1 and 2 do not fire', async () => {
    const f = { ...numbered(1, 2), edit: ['<CompStatus>1</CompStatus>', '<CompStatus>1</CompStatus><CompStatus>2</CompStatus>'] as [string, string] };
    expect(await found(f)).toEqual([]);
  });
});
