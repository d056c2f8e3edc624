// `--in-year-return`: after the last XML year, every provider also returns the next collection year
// as at 30 November (the R04, prepared 2 December), and nothing later of that year: the learners
// continuing from the last year and those started since 1 August, with the leavers so far. The
// models take that year for the in-year position and leave it out of the rates (not final).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample, type Sample } from './generated-sample.ts';

const options = { providers: 2, learnersPerProvider: 40, firstYear: 2023, lastYear: 2024, format: 'xml' as const, seed: 5 };
const read = (s: Sample, name: string) => readFileSync(join(s.dir, name), 'utf8');
const values = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]+)</${element}>`, 'g'))].map((m) => m[1]!);
const refs = (xml: string) => new Set(values(xml, 'LearnRefNumber'));

describe('ilr generate --in-year-return', () => {
  let plain: Sample;
  let inYear: Sample;
  let w: Warehouse;

  beforeAll(async () => {
    plain = await generateSample(options);
    inYear = await generateSample({ ...options, inYearReturn: true });
    w = await freshWarehouse();
    const summaries = await ingestAll(w, inYear.names.map((n) => join(inYear.dir, n)));
    expect(summaries.map((s) => [s.fileName, s.status, s.recordsQuarantined])).toEqual(inYear.names.map((n) => [n, 'loaded', 0]));
    await buildModels(w);
  }, 120_000);

  afterAll(async () => {
    await w?.close();
  });

  it('adds one 2025/26 return per provider, prepared on 2 December, and no final return of that year', () => {
    const added = inYear.names.filter((n) => !plain.names.some((p) => p === n));
    expect(added).toHaveLength(2);
    for (const name of added) expect(name).toMatch(/^ILR-\d{8}-2526-20251202-\d{6}-01\.xml$/);
    expect(inYear.names.filter((n) => /-2526-/.test(n))).toEqual(added);
    // The earlier years are returned as before, one final return a year.
    expect(inYear.names.filter((n) => !added.includes(n)).map((n) => n.slice(0, 22))).toEqual(plain.names.map((n) => n.slice(0, 22)));
  });

  it('describes the year as at 30 November: continuing learners, new starts since August, a few leavers', () => {
    for (const name of inYear.names.filter((n) => /-2526-/.test(n))) {
      const xml = read(inYear, name);
      const starts = values(xml, 'LearnStartDate');
      const ends = values(xml, 'LearnActEndDate');
      expect(starts.filter((d) => d > '2025-11-30'), name).toEqual([]);
      expect(ends.filter((d) => d > '2025-11-30'), name).toEqual([]);
      // Started this year, between 1 August and 30 November.
      expect(starts.filter((d) => d >= '2025-08-01').length, name).toBeGreaterThan(5);
      // Most aims are still in learning; some have ended since 1 August (the leavers so far).
      const statuses = values(xml, 'CompStatus');
      expect(statuses.filter((s) => s === '1').length, name).toBeGreaterThan(statuses.length / 2);
      expect(ends.filter((d) => d >= '2025-08-01').length, name).toBeGreaterThan(0);
      // Continuing from the last year: learners of the provider's 2024/25 final return.
      const final = inYear.names.find((n) => n.startsWith(name.slice(0, 13)) && /-2425-20251015-/.test(n))!;
      const carried = [...refs(xml)].filter((r) => refs(read(inYear, final)).has(r));
      expect(carried.length, name).toBeGreaterThan(5);
    }
  });

  it('is an in-year return to the models: the in-year position\'s year, not final, left out of the rates', async () => {
    const batches = await rows(w, `select distinct collection_year, is_final_return from staging.stg_ilr__latest_batches order by 1`);
    expect(batches).toEqual([
      { collection_year: 2023, is_final_return: true },
      { collection_year: 2024, is_final_return: true },
      { collection_year: 2025, is_final_return: false },
    ]);
    const position = await rows(
      w,
      `select distinct collection_year, cast(data_as_at as varchar) as data_as_at from marts.in_year_position where ukprn is not null`,
    );
    expect(position).toEqual([{ collection_year: 2025, data_as_at: '2025-12-02' }]);
    const [so_far] = await rows(w, `select cast(sum(leavers_so_far) as integer) as leavers, cast(sum(continuing_planned_to_end) as integer) as continuing
                                    from marts.in_year_position where ukprn is null and qualification_level = 'all'`);
    expect(Number(so_far?.leavers)).toBeGreaterThan(0);
    expect(Number(so_far?.continuing)).toBeGreaterThan(Number(so_far?.leavers));
    expect(await rows(w, `select distinct hybrid_end_year from marts.qar_rates where hybrid_end_year = 2025`)).toEqual([]);
    expect((await rows(w, `select distinct hybrid_end_year from marts.qar_rates where hybrid_end_year = 2024`)).length).toBe(1);
  });
});
