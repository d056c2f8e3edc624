// Tiny files must not exhaust memory or time (issue #21, point 3): what one record, one finding
// and one file may cost is bounded. A record lists at most 100 findings and then one saying how
// many more there were; a record of more than 100,000 elements, elements nested more than 32 deep
// or a run of more than a million characters without markup refuse the file with one sentence.
// The loads that used to run for minutes or gigabytes run in a child process with a 512 MB heap:
// it must finish, and the file end loaded or refused (a crash or a kill fails the test).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml, type FixtureAim, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

const CHILD = join(import.meta.dirname, 'support/ingest-child.ts');
const ROOT = join(import.meta.dirname, '../..');
/** Far more than any of these loads needs now (the old code ran for minutes); under the test timeout. */
const CHILD_LIMIT_MS = 45_000;

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const AIM: FixtureAim = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 };

function writeReturn(learnerXml: string, aims: FixtureAim[] = [AIM], edit: (xml: string) => string = (x) => x): string {
  const r: FixtureReturn = { ukprn: 10000001, year: 2020, learners: [{ learnRefNumber: 'BIG', extraXml: learnerXml, aims }] };
  const path = join(mkdtempSync(join(tmpdir(), 'ilr-size-')), fixtureFileName(r));
  writeFileSync(path, edit(returnXml(r)));
  return path;
}

/** Loads `path` into a fresh warehouse in a child process with a 512 MB heap; gives its meta.batches row and quarantine. */
async function loadInChild(path: string) {
  const warehouse = join(mkdtempSync(join(tmpdir(), 'ilr-wh-')), 'warehouse.duckdb');
  const proc = spawn(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', CHILD, 'ingest', warehouse, path], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-2000)));
  const timer = setTimeout(() => proc.kill('SIGKILL'), CHILD_LIMIT_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => proc.on('exit', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  expect({ code, signal, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  const child = await openWarehouse(warehouse);
  try {
    const [batch] = await rows(child, 'select status, message, learners_loaded, learners_quarantined, aims_read, aims_quarantined from meta.batches');
    const findings = await rows(child, 'select rule_id, severity, message from quarantine.records');
    const [learner] = await rows(child, 'select length(extra)::int as extra_length from raw.learner');
    return { batch, findings, learner };
  } finally {
    await child.close();
  }
}

describe('one record, one finding', () => {
  it('40,000 unknown elements in one learner: loaded, 100 findings listed and one saying how many more', async () => {
    const { batch, findings, learner } = await loadInChild(writeReturn('<Nick>x</Nick>'.repeat(40_000)));
    expect(batch).toMatchObject({ status: 'loaded', learners_loaded: 1 });
    expect(findings).toHaveLength(101);
    expect(findings.filter((f) => f.rule_id === 'Schema_UnknownElement')).toHaveLength(100);
    const [more] = findings.filter((f) => f.rule_id === 'Record_TooManyFindings');
    expect(more?.severity).toBe('warning');
    expect(String(more?.message)).toMatch(/39,900 more findings .*39,900 Schema_UnknownElement/);
    // Every one of them is still kept, by name, in extra: ["x", "x", …].
    expect(learner?.extra_length).toBeGreaterThan(40_000 * 4);
  });

  it('4,000 faulty aims in one learner: each kept out, the findings listed up to the cap', async () => {
    // Each aim lacks LearnAimRef and holds an unknown <Foo>: two findings an aim, 8,000 in all.
    const aims = Array.from({ length: 4_000 }, (_, i) => ({ ...AIM, learnAimRef: 'GONE', aimSeqNumber: (i % 98) + 1 }));
    const path = writeReturn('', aims, (xml) => xml.replaceAll('<LearnAimRef>GONE</LearnAimRef>', '<Foo>1</Foo>'));
    const summary = await ingestFile(w, path);
    expect([summary.status, summary.learnersLoaded, summary.aimsRead, summary.aimsQuarantined]).toEqual(['loaded', 1, 4_000, 4_000]);
    const findings = await rows(w, `select rule_id, severity, count(*)::int as n from quarantine.records where batch_id = ${summary.batchId} group by all order by all`);
    expect(findings).toEqual([
      { rule_id: 'FD_LearnAimRef_MA', severity: 'error', n: 100 },
      { rule_id: 'Record_TooManyFindings', severity: 'error', n: 1 },
    ]);
  });
});

describe('one file', () => {
  it('20,000 faulty aims in one learner (over 100,000 elements) refuse the file', async () => {
    const aims = Array.from({ length: 20_000 }, (_, i) => ({ ...AIM, learnAimRef: 'GONE', aimSeqNumber: (i % 98) + 1 }));
    const path = writeReturn('', aims, (xml) => xml.replaceAll('<LearnAimRef>GONE</LearnAimRef>', '<Foo>1</Foo>'));
    const { batch } = await loadInChild(path);
    expect(batch).toMatchObject({ status: 'refused' });
    expect(String(batch?.message)).toMatch(/<Learner> .* more than 100,000 elements/);
  });

  it('elements nested 5,000 deep refuse the file', async () => {
    const summary = await ingestFile(w, writeReturn(`${'<Deep>'.repeat(5_000)}x${'</Deep>'.repeat(5_000)}`));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/nested more than 32 deep/);
  });

  it('an element name of 300 characters refuses the file (every finding and extra would repeat it)', async () => {
    const name = `E${'x'.repeat(299)}`;
    const summary = await ingestFile(w, writeReturn(`<${name}>1</${name}>`));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/name is more than 200 characters long/);
  });

  it('two million characters of text in one element refuse the file', async () => {
    const summary = await ingestFile(w, writeReturn(`<Note>${'a'.repeat(2_000_000)}</Note>`));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/more than 1,000,000 characters/);
  });
});

describe('legacy CSV', () => {
  const csv = (rows: string[], header = 'L03,L45,A05,A09,A27,A28,A34,A99'): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-size-')), 'ILR-10000001-0809-20091015-01.csv');
    writeFileSync(path, [header, ...rows].join('\n'));
    return path;
  };
  const row = (note: string) => `BIG,1000000043,1,50012345,2008-09-01,2009-06-30,1,${note}`;

  it('a column named with more than 100 characters refuses the file (every row would repeat it)', async () => {
    const summary = await ingestFile(w, csv([row('x')], `L03,L45,A05,A09,A27,A28,A34,${'N'.repeat(101)}`));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/named with more than 100 characters/);
  });

  it('a row of more than a million characters refuses the file', async () => {
    const summary = await ingestFile(w, csv([row('a'.repeat(1_100_000))]));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/not a readable CSV file .*maximum/);
  });

  it("one learner's rows running past 10 MB refuse the file", async () => {
    const summary = await ingestFile(w, csv(Array.from({ length: 11_000 }, () => row('a'.repeat(1_000)))));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/rows of learner BIG that start at line 2 run to more than 10 MB/);
  });
});
