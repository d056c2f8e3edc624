import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMacros, MODELS_DIR } from '../../pipelines/models/runner.ts';

// The verdict against the national rate (shared/domain/measures.md, "Comparing a provider with the
// national rate"): the funnel's control limits p ± z·√(p(1 − p)/n), z = 1.96 and 3.09.
// National 2024/25 E&T: 1,000 leavers, 600 achievers → p = 0.6; for n = 100 leavers the standard
// error is √(0.6·0.4/100) = 0.048990, so 1.96 → ±0.09602 and 3.09 → ±0.15138 around 0.6.
//   provider  leavers achievers  rate   z = (rate − 0.6)/0.048990   verdict
//   10000001  100     76         0.76   +3.266  beyond 3.09        well above national
//   10000002  100     75         0.75   +3.062  beyond 1.96 only   significantly above national
//   10000003  100     69         0.69   +1.837                     in line with national
//   10000004  100     51         0.51   −1.837                     in line with national
//   10000005  100     50         0.50   −2.041                     significantly below national
//   10000006  100     44         0.44   −3.266                     well below national
//   10000007    4      4         1.00   fewer than 5 leavers       no verdict ('low')
// Sorted by concern (verdict_rank): well below 1, significantly below 2, in line 3, significantly
// above 4, well above 5, none 6.
const providers: [number, number, number][] = [
  [10000001, 100, 76],
  [10000002, 100, 75],
  [10000003, 100, 69],
  [10000004, 100, 51],
  [10000005, 100, 50],
  [10000006, 100, 44],
  [10000007, 4, 4],
];

describe('the verdict against the national rate', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await createMacros(connection);
    for (const schema of ['marts', 'reports', 'staging']) await connection.run(`create schema ${schema}`);
    const ukprns = providers.map(([ukprn]) => ukprn);
    await connection.run(`create table staging.stg_ilr__latest_batches as
      select unnest([${ukprns.join(',')}]) as ukprn, 2024 as collection_year`);
    await connection.run(`create table marts.dim_providers as
      select unnest([${ukprns.join(',')}]) as ukprn, 'Provider ' || unnest([${ukprns.join(',')}]) as provider_name`);
    const values = [...providers, [null, 1000, 600] as const]
      .map(([ukprn, leavers, achievers]) => `(2024, ${ukprn ?? 'null'}, 'education_and_training', 'all', 'all', ${leavers}, ${leavers}, ${achievers}, ${leavers}, ${achievers})`)
      .join(',\n');
    await connection.run(`create table marts.qar_rates as
      select *, completers / leavers as retention_rate, achievers / completers as pass_rate, achievers / leavers as achievement_rate,
             timely_achievers / timely_leavers as timely_achievement_rate
      from (values ${values}) as t(hybrid_end_year, ukprn, qar_family, breakdown, breakdown_value, leavers, completers, achievers, timely_leavers, timely_achievers)`);
    const sql = readFileSync(join(MODELS_DIR, 'reports', 'report_provider_rates.sql'), 'utf8');
    await connection.run(`create table reports.report_provider_rates as ${sql}`);
  });

  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('says well, significantly or in line by the funnel limits, and nothing below 5 leavers', async () => {
    const got = (await connection.runAndReadAll(`select ukprn, verdict, comparison, verdict_rank
      from reports.report_provider_rates order by ukprn`)).getRowObjectsJS();
    expect(got).toEqual([
      { ukprn: 10000001, verdict: 'well above national', comparison: 'well above national', verdict_rank: 5 },
      { ukprn: 10000002, verdict: 'significantly above national', comparison: 'significantly above national', verdict_rank: 4 },
      { ukprn: 10000003, verdict: 'in line with national', comparison: 'in line with national', verdict_rank: 3 },
      { ukprn: 10000004, verdict: 'in line with national', comparison: 'in line with national', verdict_rank: 3 },
      { ukprn: 10000005, verdict: 'significantly below national', comparison: 'significantly below national', verdict_rank: 2 },
      { ukprn: 10000006, verdict: 'well below national', comparison: 'well below national', verdict_rank: 1 },
      { ukprn: 10000007, verdict: null, comparison: 'low', verdict_rank: 6 },
    ]);
  });
});
