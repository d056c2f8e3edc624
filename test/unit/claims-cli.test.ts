// `ilr claims` (DESIGN.md, "CLI"): a provider's possible QCF claims, personal data written to the
// terminal or the file the user names — never to a table of the warehouse, data/reports.duckdb or
// the site — and the command says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

// Provider A 20000041 (2009): learner A1 (ULN 1000000043) achieves QCF units QU300011 QU300022
// QU300033 (3 credits each, Level 1): the Level 1 Award in IT User Skills (50000082: 9 credits
// from at least 3 of its units) → a claim from the units achieved here.
// Learner AX (ULN 1000000051) achieves QU300011 and QU300022 at A; as BX at provider B 20000042
// they achieve QU300033 → only together: a claim with credit from other providers, listed for A
// (as AX) and for B (as BX).
// A: 2 claims of 2 learners; B: 1 claim.
const A = 20000041;
const B = 20000042;
const unit = (ref: string, seq: number, unitRef: string): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: unitRef,
  aim_seq_number: seq,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: '2010-06-30',
  prog_type: 99,
  comp_status: 2,
  outcome: 1,
  a59_planned_credits: 3,
  a60_credits_achieved: 3,
});

describe('ilr claims', () => {
  let warehouse = '';

  beforeAll(async () => {
    const w = await buildCohort({
      raw: [
        {
          ukprn: A,
          year: 2009,
          learners: [
            { learn_ref_number: 'A1', uln: 1000000043 },
            { learn_ref_number: 'AX', uln: 1000000051 },
          ],
          aims: [unit('A1', 1, 'QU300011'), unit('A1', 2, 'QU300022'), unit('A1', 3, 'QU300033'), unit('AX', 1, 'QU300011'), unit('AX', 2, 'QU300022')],
        },
        { ukprn: B, year: 2009, learners: [{ learn_ref_number: 'BX', uln: 1000000051 }], aims: [unit('BX', 1, 'QU300033')] },
      ],
    });
    expect(await martRows(w, `select count(*)::int as n from intermediate.int_qcf_possible_claims`)).toEqual([{ n: 3 }]);
    warehouse = w.path;
    await w.close();
  });

  it('writes the list to the file named, says it is personal data, and writes nothing else', () => {
    const out = join(dirname(warehouse), 'lists', 'claims-A.csv');
    const before = readdirSync(dirname(warehouse)).sort();
    const result = ilr('claims', '--ukprn', String(A), '--warehouse', warehouse, '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Wrote 2 possible QCF claim(s) of 2 learner(s) at UKPRN ${A} to ${out}.`);
    expect(result.stdout).toContain('Personal data');
    expect(result.stdout).not.toContain('1000000043');
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.learn_ref_number, r.uln, r.qualification_ref, r.rules_met_in, r.credits_towards_it, r.source])).toEqual([
      ['A1', '1000000043', '50000082', '2009/10', '9', 'units achieved here'],
      ['AX', '1000000051', '50000082', '2009/10', '9', 'with credit from other providers'],
    ]);
    // Only the folder for the list is new beside the warehouse: no reports.duckdb, no copy.
    expect(readdirSync(dirname(warehouse)).sort()).toEqual([...before, 'lists'].sort());
    expect(existsSync(join(dirname(warehouse), 'reports.duckdb'))).toBe(false);
  });

  it('shows the list on the terminal, under a personal-data line, for the other provider', () => {
    const result = ilr('claims', '--ukprn', String(B), '--warehouse', warehouse);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Personal data, for the provider's own use (shown here only; not stored, not in the reports or the site): 1 possible QCF claim(s) of 1 learner(s) at UKPRN ${B}.`);
    expect(result.stdout).toMatch(/BX\s.*1000000051\s.*50000082/);
    expect(result.stdout).not.toContain('A1');
  });

  it('keeps the learners out of every report table', () => {
    const sql = ilr('sql', '--csv', `select table_schema || '.' || table_name as t from information_schema.columns where table_schema = 'reports' and column_name in ('uln', 'learn_ref_number')`, '--warehouse', warehouse);
    expect(sql.status, sql.stderr).toBe(0);
    expect(sql.stdout.trim().split('\n').slice(1)).toEqual([]);
  });

  it('exits 2 without a UKPRN', () => {
    expect(ilr('claims', '--warehouse', warehouse).status).toBe(2);
  });
});
