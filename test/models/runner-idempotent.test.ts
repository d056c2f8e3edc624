import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMacros, discoverModels, ModelFailed, runModels } from '../../pipelines/models/runner.ts';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildModels, rows } from '../support/warehouse.ts';
import { buildCohort } from '../support/cohort.ts';

// Models are idempotent (issue #5): building twice over the same returns leaves the same tables
// with the same rows. The cohort mixes an XML return and a legacy one with credits and monitoring.
const snapshot = async (w: Warehouse) => {
  const tables = await rows(
    w,
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_schema in ('staging', 'intermediate', 'marts', 'reports') order by name`,
  );
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables) contents[String(name)] = await rows(w, `select * from ${String(name)} order by all`);
  return contents;
};

describe('model runner', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000001,
          year: 2024,
          learners: [
            { learnRefNumber: 'A', aims: [{ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 2, learnActEndDate: '2025-06-20', outcome: 1 }] },
            { learnRefNumber: 'B', aims: [{ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, learnActEndDate: '2024-09-10', withdrawReason: 44, outcome: 3 }] },
          ],
        },
      ],
      raw: [
        {
          ukprn: 20000001,
          year: 2009,
          learners: [{ learn_ref_number: 'G', uln: 9999999999, l39_destination: '95' }],
          aims: [{ learn_ref_number: 'G', learn_aim_ref: '50000015', aim_seq_number: 1, learn_start_date: '2009-09-01', learn_plan_end_date: '2010-06-30', learn_act_end_date: '2010-06-30', prog_type: 99, comp_status: 2, outcome: 1, a59_planned_credits: 12, a60_credits_achieved: 6 }],
          fams: [{ learn_ref_number: 'G', aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: '81' }],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('gives the same tables and rows when run twice', async () => {
    const first = await snapshot(w);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['marts.qar_rates', 'marts.credit_success_rates', 'marts.priority_group_volumes', 'marts.destinations', 'marts.uln_quality']));
    expect(first['marts.credit_success_rates']?.length).toBe(2);
    await buildModels(w);
    expect(await snapshot(w)).toEqual(first);
  });

  it('names a failing model and gives its SQL error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-models-'));
    mkdirSync(join(dir, 'marts'));
    writeFileSync(join(dir, 'marts', 'broken.sql'), 'select no_such_column from (select 1 as x)');
    const m = await openWarehouse(':memory:');
    try {
      await createMacros(m.connection, dir);
      const failure = await runModels(m.connection, discoverModels(dir)).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ModelFailed);
      expect((failure as ModelFailed).model).toBe('marts.broken');
      expect((failure as ModelFailed).message).toMatch(/no_such_column/);
    } finally {
      await m.close();
    }
  });

  it('builds a model marked `-- materialized: view` as a view, replacing the table it was before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-models-'));
    mkdirSync(join(dir, 'staging'));
    const path = join(dir, 'staging', 'stg_thing.sql');
    const m = await openWarehouse(':memory:');
    try {
      writeFileSync(path, 'select 1 as x');
      expect((await runModels(m.connection, discoverModels(dir)))[0]).toMatchObject({ materialized: 'table', rows: 1 });
      writeFileSync(path, '-- materialized: view\nselect 2 as x');
      expect((await runModels(m.connection, discoverModels(dir)))[0]).toMatchObject({ materialized: 'view', rows: null });
      const kind = await m.connection.runAndReadAll(`select table_type from information_schema.tables where table_name = 'stg_thing'`);
      expect(kind.getRows()).toEqual([['VIEW']]);
    } finally {
      await m.close();
    }
  });
});
