import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMacros, MODELS_DIR } from '../../pipelines/models/runner.ts';

// Disclosure control and the national comparison in reports.report_provider_rates and
// reports.report_national_rates (shared/domain/measures.md, "Disclosure control", "Comparing a
// provider with the national rate"), on a hand-made marts.qar_rates: one provider, 2024/25, E&T.
//   all            29 leavers, 15 achievers            → shown
//   sex F           3 leavers,  2 achievers            → primary (below 5)
//   sex M           6 leavers,  3 achievers            → secondary: the only other withheld cell
//                                                        would be F = all − M − unknown
//   sex unknown    20 leavers, 10 achievers            → shown
//   age 16-18       3, age 19-23 2                     → both primary; two withheld cells hide
//   age 24+        24 leavers, 12 achievers            → each other, so no secondary: 24+ shown
//   lldd Y          9 leavers,  3 achievers            → leavers shown, but the rate (33.3%) would
//                                                        give back the 3 achievers: rate, interval,
//                                                        pass rate and gaps withheld ('low')
//   lldd N         20 leavers, 12 achievers            → shown
// National (ukprn null): all 1,234 leavers, 987 achievers → rate 0.7998…; volumes round to 1,230;
//   lldd Y 40 leavers, 2 achievers → rate withheld (2 of 40 would give back 2).
// Wilson 95% for 15/29 (z² = 3.8416): p = 0.51724; centre = (p + z²/58) / (1 + z²/29)
//   = 0.58348 / 1.13247 = 0.51523; half-width = 1.96·√(p(1−p)/29 + z²/3364) / 1.13247
//   = 1.96·√(0.0086126 + 0.0011420) / 1.13247 = 0.17094 → [0.3443, 0.6862], wholly below 0.7998
//   → wholly below 0.7998. The verdict is the funnel's (report-verdict.test.ts): z = (15/29 − 0.7998)
//   / √(0.7998·0.2002/29) = −0.2826 / 0.07431 = −3.80, beyond −3.09 → 'well below national'. Gap of sex unknown to the provider's own rate: 10/20 − 15/29 = −0.01724.
const qarRates: [number | null, string, string, number, number][] = [
  // ukprn, breakdown, value, leavers, achievers
  [10000001, 'all', 'all', 29, 15],
  [10000001, 'sex', 'F', 3, 2],
  [10000001, 'sex', 'M', 6, 3],
  [10000001, 'sex', 'unknown', 20, 10],
  [10000001, 'age_band', '16-18', 3, 1],
  [10000001, 'age_band', '19-23', 2, 1],
  [10000001, 'age_band', '24+', 24, 12],
  [10000001, 'lldd', 'Y', 9, 3],
  [10000001, 'lldd', 'N', 20, 12],
  [null, 'lldd', 'Y', 40, 2],
  [null, 'all', 'all', 1234, 987],
  [null, 'sex', 'unknown', 7, 6],
  [null, 'sex', 'F', 3, 2],
];

async function model(connection: DuckDBConnection, name: string): Promise<void> {
  const sql = readFileSync(join(MODELS_DIR, 'reports', `${name}.sql`), 'utf8');
  await connection.run(`create table reports.${name} as ${sql}`);
}

describe('disclosure control in the report tables', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await createMacros(connection);
    for (const schema of ['marts', 'meta', 'reports', 'staging']) await connection.run(`create schema ${schema}`);
    await connection.run(`create table meta.batches as select 2024 as collection_year, 'loaded' as status`);
    // The provider's final 2024/25 return, which the report tables need before they publish 2024/25.
    await connection.run(`create table staging.stg_ilr__latest_batches as select 1 as batch_id, 10000001 as ukprn, 2024 as collection_year, true as is_final_return`);
    await connection.run(`create table marts.dim_providers as select 10000001 as ukprn, 'Test College' as provider_name`);
    const values = qarRates
      .map(([ukprn, breakdown, value, leavers, achievers]) => `(2024, ${ukprn ?? 'null'}, 'education_and_training', '${breakdown}', '${value}', ${leavers}, ${leavers}, ${achievers}, ${leavers}, ${achievers})`)
      .join(',\n');
    await connection.run(`create table marts.qar_rates as
      select *, completers / leavers as retention_rate, achievers / completers as pass_rate, achievers / leavers as achievement_rate,
             timely_achievers / timely_leavers as timely_achievement_rate
      from (values ${values}) as t(hybrid_end_year, ukprn, qar_family, breakdown, breakdown_value, leavers, completers, achievers, timely_leavers, timely_achievers)`);
    await model(connection, 'report_provider_rates');
    await model(connection, 'report_national_rates');
  });

  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('withholds counts below 5 and, where a breakdown has one withheld cell, the next smallest', async () => {
    const got = await rows(`select breakdown, breakdown_value, suppression, leavers::int as leavers, achievers::int as achievers,
        achievement_rate, leavers_shown from reports.report_provider_rates order by breakdown, breakdown_value`);
    expect(got).toEqual([
      { breakdown: 'age_band', breakdown_value: '16-18', suppression: 'primary', leavers: null, achievers: null, achievement_rate: null, leavers_shown: 'low' },
      { breakdown: 'age_band', breakdown_value: '19-23', suppression: 'primary', leavers: null, achievers: null, achievement_rate: null, leavers_shown: 'low' },
      { breakdown: 'age_band', breakdown_value: '24+', suppression: 'none', leavers: 24, achievers: 12, achievement_rate: 0.5, leavers_shown: '24' },
      { breakdown: 'all', breakdown_value: 'all', suppression: 'none', leavers: 29, achievers: 15, achievement_rate: 15 / 29, leavers_shown: '29' },
      { breakdown: 'lldd', breakdown_value: 'N', suppression: 'none', leavers: 20, achievers: 12, achievement_rate: 0.6, leavers_shown: '20' },
      { breakdown: 'lldd', breakdown_value: 'Y', suppression: 'none', leavers: 9, achievers: null, achievement_rate: null, leavers_shown: '9' },
      { breakdown: 'sex', breakdown_value: 'F', suppression: 'primary', leavers: null, achievers: null, achievement_rate: null, leavers_shown: 'low' },
      { breakdown: 'sex', breakdown_value: 'M', suppression: 'secondary', leavers: null, achievers: null, achievement_rate: null, leavers_shown: 'c' },
      { breakdown: 'sex', breakdown_value: 'unknown', suppression: 'none', leavers: 20, achievers: 10, achievement_rate: 0.5, leavers_shown: '20' },
    ]);
  });

  it('withholds a rate whose numerator is withheld, and everything that would give it back', async () => {
    const [y] = await rows(`select retention_rate, pass_rate, achievement_rate, achievement_rate_lower, achievement_rate_upper,
        gap_to_national, gap_to_provider_average, achievement_shown, national_achievement_rate
      from reports.report_provider_rates where breakdown = 'lldd' and breakdown_value = 'Y'`);
    expect(y).toEqual({
      retention_rate: 1, // 9 completers of 9 leavers: its numerator is shown
      pass_rate: null,
      achievement_rate: null,
      achievement_rate_lower: null,
      achievement_rate_upper: null,
      gap_to_national: null,
      gap_to_provider_average: null,
      achievement_shown: 'low',
      national_achievement_rate: null, // 2 of 40 nationally
    });
  });

  it('puts a Wilson interval on each rate and the funnel verdict beside it', async () => {
    const [all] = await rows(`select achievement_rate_lower, achievement_rate_upper, comparison, national_achievement_rate
      from reports.report_provider_rates where breakdown = 'all'`);
    expect(Number(all?.achievement_rate_lower)).toBeCloseTo(0.3443, 3);
    expect(Number(all?.achievement_rate_upper)).toBeCloseTo(0.6862, 3);
    expect(Number(all?.national_achievement_rate)).toBeCloseTo(987 / 1234, 10);
    expect(all?.comparison).toBe('well below national');
    const [unknown] = await rows(`select gap_to_provider_average, national_achievement_rate from reports.report_provider_rates
      where breakdown = 'sex' and breakdown_value = 'unknown'`);
    expect(Number(unknown?.gap_to_provider_average)).toBeCloseTo(-0.01724, 4);
    expect(Number(unknown?.national_achievement_rate)).toBeCloseTo(6 / 7, 10);
  });

  it('rounds national volumes to the nearest 10 and withholds those below 5, rates on unrounded counts', async () => {
    const got = await rows(`select breakdown_value, leavers_rounded, achievers_rounded, achievement_rate
      from reports.report_national_rates order by breakdown, breakdown_value`);
    expect(got).toEqual([
      { breakdown_value: 'all', leavers_rounded: 1230, achievers_rounded: 990, achievement_rate: 987 / 1234 },
      { breakdown_value: 'Y', leavers_rounded: 40, achievers_rounded: null, achievement_rate: null },
      { breakdown_value: 'F', leavers_rounded: null, achievers_rounded: null, achievement_rate: null },
      { breakdown_value: 'unknown', leavers_rounded: 10, achievers_rounded: 10, achievement_rate: 6 / 7 },
    ]);
  });
});
