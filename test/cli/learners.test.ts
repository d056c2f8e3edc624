import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReports } from '../../pipelines/report/export.ts';
import { openWarehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort } from '../support/cohort.ts';

// `ilr learners --ukprn N` (DESIGN.md, "CLI"): the provider's own list of aims at risk in its
// latest return. Provider 10000031, one 2024 return prepared 2025-03-31 (the as-at date):
//   RISKPAST1  continuing, planned end 2025-01-31 → past planned end by 59 days
//   RISKBRK1   on a break (CompStatus 6) since 2025-01-31, no restart → on a break
//   RISKQP1    withdrawn after 10 days (planned 303 days: qualifying period 42) → qualifying period
//   RISKNOOUT1 completed 2025-02-28 with Outcome 8 (not yet known) → ended, no outcome
//   SAFE1      continuing, planned end 2025-06-30 (not yet due)        → not listed
//   SAFE2      completed and achieved                                   → not listed
// Provider 10000032 has its own learner at risk (OTHERPAST1): never in 10000031's list.
const L3 = '60000088';
const returns = [
  {
    ukprn: 10000031,
    year: 2024,
    preparedOn: '2025-03-31',
    learners: [
      { learnRefNumber: 'RISKPAST1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-01-31', compStatus: 1 }] },
      { learnRefNumber: 'RISKBRK1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 6, learnActEndDate: '2025-01-31', outcome: 3 }] },
      { learnRefNumber: 'RISKQP1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, outcome: 3, learnActEndDate: '2024-09-10', withdrawReason: 97 }] },
      { learnRefNumber: 'RISKNOOUT1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-02-28', compStatus: 2, outcome: 8, learnActEndDate: '2025-02-28' }] },
      { learnRefNumber: 'SAFE1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 }] },
      { learnRefNumber: 'SAFE2', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-01-31', compStatus: 2, outcome: 1, learnActEndDate: '2025-01-31' }] },
    ],
  },
  {
    ukprn: 10000032,
    year: 2024,
    preparedOn: '2025-03-31',
    learners: [{ learnRefNumber: 'OTHERPAST1', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-01-31', compStatus: 1 }] }],
  },
];
const AT_RISK = ['RISKPAST1', 'RISKBRK1', 'RISKQP1', 'RISKNOOUT1'];
const ALL_REFS = [...AT_RISK, 'SAFE1', 'SAFE2', 'OTHERPAST1'];

const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

async function tableNames(path: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll("select table_schema || '.' || table_name from information_schema.tables order by 1");
    return reader.getRows().map((r) => String(r[0]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('ilr learners', () => {
  let warehouse: string;
  const dir = mkdtempSync(join(tmpdir(), 'ilr-learners-'));

  beforeAll(async () => {
    const w = await buildCohort({ xml: returns });
    warehouse = w.path;
    await w.close();
  }, 120_000);


  it('lists each aim at risk with its status and what to do, and says it is personal data', () => {
    const result = ilr('learners', '--ukprn', '10000031', '--warehouse', warehouse);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Personal data');
    expect(result.stdout).toContain('4 aim(s) at risk of 4 learner(s) at UKPRN 10000031');
    const line = (ref: string) => result.stdout.split('\n').find((l) => l.startsWith(ref)) ?? '';
    expect(line('RISKPAST1')).toMatch(/past planned end\s+59\b/);
    expect(line('RISKBRK1')).toContain('on a break, no restart');
    expect(line('RISKQP1')).toContain('withdrawn inside the qualifying period');
    expect(line('RISKNOOUT1')).toContain('ended, no outcome recorded');
    for (const ref of ['SAFE1', 'SAFE2', 'OTHERPAST1']) expect(result.stdout).not.toContain(ref);
  });

  it('writes the list to the file named, and says what personal data it holds', () => {
    const out = join(dir, 'at-risk.csv');
    const result = ilr('learners', '--ukprn', '10000031', '--warehouse', warehouse, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote 4 aim(s) at risk of 4 learner(s) at UKPRN 10000031 to ${out}`);
    expect(result.stdout).toContain('Personal data');
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('learn_ref_number,learn_aim_ref,qar_family,learn_start_date,learn_plan_end_date,learn_act_end_date,comp_status,outcome,status,days_past_planned_end,what_to_do,data_as_at');
    for (const ref of AT_RISK) expect(csv).toContain(ref);
  });

  it('refuses a provider with no return (exit 1) and a malformed UKPRN (exit 2)', () => {
    const none = ilr('learners', '--ukprn', '10009999', '--warehouse', warehouse);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no return of UKPRN 10009999 is loaded');
    expect(ilr('learners', '--ukprn', '123', '--warehouse', warehouse).status).toBe(2);
    expect(ilr('learners', '--warehouse', warehouse).status).toBe(2);
  });

  it('never puts a learner reference from `ilr learners` or `ilr changes` in the warehouse tables or data/reports.duckdb', async () => {
    const before = await tableNames(warehouse);
    expect(ilr('learners', '--ukprn', '10000031', '--warehouse', warehouse).status).toBe(0);
    expect(ilr('learners', '--ukprn', '10000031', '--warehouse', warehouse, '--out', join(dir, 'again.csv')).status).toBe(0);
    expect(ilr('changes', '--ukprn', '10000031', '--warehouse', warehouse).status).toBe(0);
    expect(ilr('changes', '--ukprn', '10000031', '--warehouse', warehouse, '--out', join(dir, 'changes.csv')).status).toBe(0);
    expect(await tableNames(warehouse)).toEqual(before);
    // The reports file as `ilr report` writes it, then scanned cell by cell for every reference.
    const reports = join(dir, 'reports.duckdb');
    const w = await openWarehouse(warehouse);
    try {
      await exportReports(w.connection, reports);
    } finally {
      await w.close();
    }
    expect(existsSync(reports)).toBe(true);
    const instance = await DuckDBInstance.create(reports, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    try {
      const tables = (await connection.runAndReadAll("select table_name from information_schema.tables")).getRows().map((r) => String(r[0]));
      expect(tables).toContain('report_in_year_position');
      for (const table of tables) {
        const text = JSON.stringify((await connection.runAndReadAll(`select * from "${table}"`)).getRowsJson());
        for (const ref of ALL_REFS) expect(text, `${ref} in ${table}`).not.toContain(ref);
        const columns = (await connection.runAndReadAll(`select column_name from information_schema.columns where table_name = '${table}'`)).getRows().map((r) => String(r[0]));
        expect(columns).not.toContain('learn_ref_number');
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
