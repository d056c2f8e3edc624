// `ilr ingest` as a data manager runs it: a summary per file, the quarantine written as CSV with
// --report, and the exit codes of DESIGN.md ("CLI"): 0 done (records may be quarantined), 1 a file
// refused or the warehouse busy, 2 bad usage.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeReturns } from '../support/ilr-xml.ts';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'pipelines/cli/main.ts');
const BROKEN = join(import.meta.dirname, '../fixtures/broken');

const ilr = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const AIM = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 };

describe('ilr ingest', () => {
  it('exits 0 with records quarantined, and --report writes them for the provider', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-cli-'));
    const [file] = writeReturns([
      {
        ukprn: 10000001,
        year: 2020,
        learners: [
          { learnRefNumber: 'GOOD1', aims: [AIM] },
          { learnRefNumber: 'BAD1', uln: '1000000042', aims: [AIM] },
          { learnRefNumber: 'BAD2', aims: [{ ...AIM, learnPlanEndDate: '2020-08-01' }] },
        ],
      },
    ]) as [string];
    const report = join(dir, 'quarantine.csv');
    const r = ilr(['ingest', file, '--warehouse', join(dir, 'w.duckdb'), '--report', report]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/learners 2 of 3 loaded, aims 1 of 3; 1 learner\(s\) and 2 aim\(s\) quarantined/);
    expect(r.stdout).toMatch(/LearnPlanEndDate_02 ×1/);
    const lines = parse(readFileSync(report, 'utf8'), { columns: true }) as Record<string, string>[];
    // The fix-list layout (pipelines/ingest/write-report.ts): one line per learner and rule, naming the
    // provider and year, the aims the rule fired on (none for a learner rule), the field and its value.
    expect(lines.map((l) => [l.ukprn, l.collection_year, l.learn_ref_number, l.aim_seq_numbers, l.rule_id, l.severity, l.field, l.value])).toEqual([
      ['10000001', '2020', 'BAD1', '', 'ULN_04', 'error', 'ULN', '1000000042'],
      ['10000001', '2020', 'BAD2', '1', 'LearnPlanEndDate_02', 'error', 'LearnPlanEndDate', '2020-08-01'],
    ]);
    expect(lines[1]?.message).toMatch(/planned end date 2020-08-01 is before the start date 2020-09-01/);
  });

  it('exits 1 when a file is refused, still loading the others, and says which and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-cli-'));
    const [good] = writeReturns([{ ukprn: 10000001, year: 2020, learners: [{ learnRefNumber: 'A', aims: [AIM] }] }]) as [string];
    const r = ilr(['ingest', join(BROKEN, 'truncated.xml'), good, '--warehouse', join(dir, 'w.duckdb')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/REFUSED truncated\.xml: The file ends in the middle of/);
    expect(r.stdout).toMatch(/1 file\(s\) loaded, 1 refused/);
    expect(r.stderr).toMatch(/1 file\(s\) refused: truncated\.xml/);
  });

  it('exits 2 on bad usage', () => {
    expect(ilr(['ingest', 'x.csv', '--ukprn', 'abc']).status).toBe(2);
    expect(ilr(['ingest']).status).toBe(2);
  });

  it('exits 1 and says the warehouse is busy while another process holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-cli-'));
    const warehouse = join(dir, 'w.duckdb');
    const holder = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support/ingest-child.ts'), 'hold', warehouse], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()));
      const [file] = writeReturns([{ ukprn: 10000001, year: 2020, learners: [{ learnRefNumber: 'A', aims: [AIM] }] }]) as [string];
      const r = ilr(['ingest', file, '--warehouse', warehouse]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/is in use by another ilr process; wait for it to finish and try again/);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
