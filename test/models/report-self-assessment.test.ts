import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMacros, MODELS_DIR } from '../../pipelines/models/runner.ts';

// The self-assessment checklist (models/reports/report_self_assessment.sql), on hand-made inputs
// for one provider, 10000001, whose latest return is 2024/25. Each line's status by its threshold:
//  1 Entry level: 50 leavers, 70.0% against 80.0% national, verdict "significantly below national"
//    → needs attention (met only in line or above; not met when well below)
//  2 Level 1: no Level 1 leavers → not applicable
//  3 Trend: 80.0% in 2022/23 → 76.0% in 2024/25, −4.0 points (down 2 to 5) → needs attention
//  4 Pathway aims: 20 aims on a Pathway learning aim, 18 carry A46 81 → 90% (80–95%) → needs
//    attention; the share is not shown: 2 aims without the code would be given back
//  5 ULN: 24 learners must have a ULN in 2024/25 (marts.uln_quality_required; 2023/24's 30 are an
//    earlier year), 1 has the temporary ULN and none an invalid one → not met ("fewer than 5 of 24")
//  6 Credit success: 85.0% against 80.0% national → met
//  7 Progression: 40 leavers with a destination, 20 in employment and 10 in education → 75.0%,
//    against England's 70 of 100 = 70.0% → met
//  8 Data quality: 6.00% of records in error (above 5%) → not met
//  9 Minimum standards: 50% of apprenticeship leavers below 62%, in scope for intervention → not met
// Summary: met = lines 6 and 7; judged = every line but 2 (not applicable) → "2 of 8 checks met".
const TABLES = [
  `create table marts.dim_providers as select 10000001 as ukprn, 'Test College' as provider_name`,
  `create table staging.stg_ilr__latest_batches as
     select 10000001 as ukprn, unnest([2022, 2023, 2024]) as collection_year`,
  `create table reports.report_provider_rates as
     select * from (values
       (10000001, 'education_and_training', 'qualification_level', 'E', 2024, '2024/25', 'significantly below national', 'significantly below national', 50, '50', 0.70, 0.80, 0.90, 0.91, 0.60),
       (10000001, 'education_and_training', 'all', 'all', 2024, '2024/25', 'in line with national', 'in line with national', 200, '200', 0.76, 0.78, 0.90, 0.91, 0.60),
       (10000001, 'education_and_training', 'all', 'all', 2022, '2022/23', 'in line with national', 'in line with national', 200, '200', 0.80, 0.79, 0.90, 0.91, 0.60)
     ) as t(ukprn, qar_family, breakdown, breakdown_value, hybrid_end_year, year_label, verdict, comparison, leavers, leavers_shown,
            achievement_rate, national_achievement_rate, retention_rate, national_retention_rate, timely_achievement_rate)`,
  `create table ref.learning_aims as select * from (values ('PATHWAY1', 'to_level_2'), ('OTHER001', null)) as t(learn_aim_ref, pathway_type)`,
  // 20 Pathway aims (learners L01–L20), 18 coded A46 81; 6 learners (C1–C6) on credit-bearing aims.
  `create table intermediate.int_learning_deliveries_latest_return as
     select 10000001 as ukprn, 'L' || lpad(i::varchar, 2, '0') as learn_ref_number, 'PATHWAY1' as learn_aim_ref,
            date '2024-09-01' as learn_start_date, 2024 as collection_year, 0 as a59_planned_credits
     from range(1, 21) as r(i)
     union all
     select 10000001, 'C' || i, 'OTHER001', date '2024-09-01', 2024, 12 from range(1, 7) as r(i)`,
  `create table intermediate.int_learning_deliveries_priority_groups as
     select 10000001 as ukprn, 'L' || lpad(i::varchar, 2, '0') as learn_ref_number, 'PATHWAY1' as learn_aim_ref,
            date '2024-09-01' as learn_start_date, 'progression_pathways' as priority_group
     from range(1, 19) as r(i)`,
  `create table marts.uln_quality_required as select * from (values
       (2024, 10000001, 24, 1, 0), (2023, 10000001, 30, 0, 0), (2024, null, 240, 10, 0)
     ) as t(collection_year, ukprn, learners_requiring_uln, temporary_uln, invalid_uln)`,
  `create table reports.report_credit_success as select * from (values
       (false, 10000001, 2024, '2024/25', 0.85, '85.0% of 400 credits'),
       (true, null, 2024, '2024/25', 0.80, '80.0% of 4,000 credits')
     ) as t(is_national, ukprn, hybrid_end_year, year_label, credit_success_rate, credit_success_shown)`,
  `create table marts.destinations as select * from (values
       (2023, 10000001, 'all', 40), (2023, 10000001, 'employment', 20), (2023, 10000001, 'education', 10), (2023, 10000001, 'unknown', 10),
       (2023, null, 'all', 100), (2023, null, 'employment', 50), (2023, null, 'education', 20)
     ) as t(leave_year, ukprn, destination_group, learners)`,
  `create table reports.report_provider_data_quality as
     select 10000001 as ukprn, 2024 as collection_year, '2024/25' as year_label, 0.06 as error_rate, '60' as errors_shown, 1000 as records_read`,
  `create table reports.report_minimum_standards as
     select false as is_national, 'all' as programme_key, '40' as leavers_shown, 10000001 as ukprn, 2024 as hybrid_end_year,
            '2024/25' as year_label, 40 as leavers, 0.5 as share_of_leavers_below_threshold, 'in scope for intervention' as intervention_status`,
];

describe('the self-assessment checklist', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await createMacros(connection);
    for (const schema of ['marts', 'reports', 'staging', 'intermediate', 'ref']) await connection.run(`create schema ${schema}`);
    for (const sql of TABLES) await connection.run(sql);
    const sql = readFileSync(join(MODELS_DIR, 'reports', 'report_self_assessment.sql'), 'utf8');
    await connection.run(`create table reports.report_self_assessment as ${sql}`);
  });

  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('gives each line its status by the threshold it states', async () => {
    const got = (await connection.runAndReadAll(`select check_order, status from reports.report_self_assessment order by check_order`)).getRowObjectsJS();
    expect(got).toEqual([
      { check_order: 1, status: 'needs attention' },
      { check_order: 2, status: 'not applicable' },
      { check_order: 3, status: 'needs attention' },
      { check_order: 4, status: 'needs attention' },
      { check_order: 5, status: 'not met' },
      { check_order: 6, status: 'met' },
      { check_order: 7, status: 'met' },
      { check_order: 8, status: 'not met' },
      { check_order: 9, status: 'not met' },
    ]);
  });

  it('shows each figure with its base, and no share that would give back a count below 5', async () => {
    const figures = (await connection.runAndReadAll(`select check_order, figure from reports.report_self_assessment order by check_order`))
      .getRowObjectsJS()
      .map((row) => String(row.figure));
    expect(figures[0]).toContain('achievement 70.0% of 50 leavers (national 80.0%)');
    expect(figures[2]).toBe('80.0% in 2022/23 → 76.0% in 2024/25 (−4.0 points)');
    expect(figures[3]).toBe('share withheld (it would give back a count below 5) of 20 Pathway aims');
    expect(figures[4]).toBe('fewer than 5 of 24 learners without one (low)');
    expect(figures[6]).toBe('75.0% of 40 leavers with a destination (national 70.0%)');
    expect(figures[7]).toBe('6.00% of 1,000 records read');
    expect(figures[8]).toBe('50.0% of 40 leavers in programmes below 62%');
  });

  it('sums up the checks met of those that can be judged', async () => {
    const summaries = (await connection.runAndReadAll(`select distinct summary from reports.report_self_assessment`)).getRowObjectsJS();
    expect(summaries).toEqual([{ summary: '2 of 8 checks met' }]);
  });
});
