// A file lands whole or not at all (DESIGN.md, "A load is one transaction"): killing the loader
// part-way leaves the warehouse as it was; a second load at once is told the warehouse is busy;
// the same file twice changes nothing; a newer return is loaded beside the older one.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { openWarehouse, WarehouseBusyError } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml, writeReturns, type FixtureReturn } from '../support/ilr-xml.ts';
import { rows } from '../support/warehouse.ts';

const CHILD = join(import.meta.dirname, 'support/ingest-child.ts');
const ROOT = join(import.meta.dirname, '../..');

const small = (preparedOn: string): FixtureReturn => ({
  ukprn: 10000001,
  year: 2020,
  preparedOn,
  learners: [{ learnRefNumber: 'A1', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] }],
});

function child(args: string[]): { proc: ChildProcess; lines: string[]; waitFor(line: RegExp): Promise<void>; exited: Promise<NodeJS.Signals | null> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  proc.stdout?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.re.test(line))) w.resolve();
    }
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  return {
    proc,
    lines,
    exited,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        waiters.push({ re, resolve });
        void exited.then(() => reject(new Error(`child exited before ${re}: ${lines.join(' | ')}`)));
      }),
  };
}

const snapshot = async (warehouse: string) => {
  const w = await openWarehouse(warehouse);
  try {
    return {
      batches: await rows(w, 'select batch_id, status, learners_loaded from meta.batches order by batch_id'),
      learners: await rows(w, 'select count(*)::int as n from raw.learner'),
      aims: await rows(w, 'select count(*)::int as n from raw.learning_delivery'),
      quarantine: await rows(w, 'select count(*)::int as n from quarantine.records'),
    };
  } finally {
    await w.close();
  }
};

describe('one transaction per file', () => {
  it('a loader killed part-way leaves the warehouse as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-kill-'));
    const warehouse = join(dir, 'warehouse.duckdb');
    const w = await openWarehouse(warehouse);
    await ingestFile(w, writeReturns([small('2021-10-15')])[0] as string);
    await w.close();
    const before = await snapshot(warehouse);

    // About 12 MB of learners: many 1 MB chunks, so the kill lands mid-file.
    const big: FixtureReturn = {
      ukprn: 10000002,
      year: 2020,
      learners: Array.from({ length: 15_000 }, (_, i) => ({
        learnRefNumber: `K${i}`,
        aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }],
      })),
    };
    const bigPath = join(dir, fixtureFileName(big));
    writeFileSync(bigPath, returnXml(big));
    const loader = child(['ingest', warehouse, bigPath]);
    await loader.waitFor(/^chunk 2$/);
    loader.proc.kill('SIGKILL');
    expect(await loader.exited).toBe('SIGKILL');
    expect(loader.lines).not.toContain('done');

    expect(await snapshot(warehouse)).toEqual(before);
  });

  it('a second load at once is told the warehouse is busy', async () => {
    const warehouse = join(mkdtempSync(join(tmpdir(), 'ilr-busy-')), 'warehouse.duckdb');
    const holder = child(['hold', warehouse]);
    try {
      await holder.waitFor(/^open$/);
      await expect(openWarehouse(warehouse)).rejects.toBeInstanceOf(WarehouseBusyError);
      await expect(openWarehouse(warehouse)).rejects.toThrow(/in use by another ilr process/);
    } finally {
      holder.proc.kill('SIGKILL');
      await holder.exited;
    }
  });

  it('the same file twice changes nothing; a newer return loads beside the older one', async () => {
    const w = await openWarehouse(join(mkdtempSync(join(tmpdir(), 'ilr-twice-')), 'warehouse.duckdb'));
    try {
      const [older, newer] = writeReturns([small('2021-10-15'), { ...small('2021-12-01'), learners: [...small('x').learners, { learnRefNumber: 'A2', aims: small('x').learners[0]?.aims ?? [] }] }]) as [string, string];
      const first = await ingestFile(w, older);
      const again = await ingestFile(w, older);
      expect(again.status).toBe('duplicate');
      expect(again.message).toMatch(new RegExp(`batch ${first.batchId}`));
      expect(await rows(w, 'select count(*)::int as n from raw.learner')).toEqual([{ n: 1 }]);
      const later = await ingestFile(w, newer);
      expect(later.status).toBe('loaded');
      // Both returns stay in raw for audit; the models pick the later file_prepared_on.
      expect(await rows(w, `select status, file_prepared_on::varchar as prepared, learners_loaded from meta.batches order by batch_id`)).toEqual([
        { status: 'loaded', prepared: '2021-10-15', learners_loaded: 1 },
        { status: 'duplicate', prepared: null, learners_loaded: 0 },
        { status: 'loaded', prepared: '2021-12-01', learners_loaded: 2 },
      ]);
    } finally {
      await w.close();
    }
  });
});
