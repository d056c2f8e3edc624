import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchmarkFileInvalid, importBenchmarks } from '../../pipelines/models/import-benchmarks.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

// An explore-education-statistics achievement-rate table (ilr-reference.md §4, the
// et_narts_headline.csv columns). Expected rows, by hand:
//   201920 all Total → breakdown 'all', leavers 2,720,490, rates 91.5 / 93.2 / 85.3 % as fractions
//   201920 age 16-18 → breakdown age_band = '16-18'
//   201920 age 19-23, level 3 → two breakdowns at once → 'multiple'
//   202021 SSA 'Retail' with volumes 'low' and rates 'c' → kept, counts and rates null
//   a row with time_period 'x' → left out
const header =
  'time_period,time_identifier,geographic_level,country_code,country_name,age_band,qualification_level,qualification_type,sector_subject_area_t1,leavers,completers,achievers,retention_rate,pass_rate,achievement_rate';
const csv = [
  header,
  '201920,Academic year,National,E92000001,England,Total,Total,Total,Total,"2,720,490","2,489,500","2,319,970",91.5,93.2,85.3',
  '201920,Academic year,National,E92000001,England,16-18,Total,Total,Total,1000,900,800,90,88.9,80',
  '201920,Academic year,National,E92000001,England,19-23,Level 3,Total,Total,100,90,80,90,88.9,80',
  '202021,Academic year,National,E92000001,England,Total,Total,Total,Retail,low,low,low,c,c,c',
  'x,Academic year,National,E92000001,England,Total,Total,Total,Total,10,10,10,100,100,100',
].join('\n');

describe('ilr benchmarks import', () => {
  let w: Warehouse;
  let path: string;

  beforeAll(async () => {
    w = await freshWarehouse();
    path = join(mkdtempSync(join(tmpdir(), 'ilr-bench-')), 'et_narts_headline.csv');
    writeFileSync(path, csv);
  });

  afterAll(async () => {
    await w.close();
  });

  const loaded = () =>
    rows(
      w,
      `select hybrid_end_year, breakdown, breakdown_value, leavers::int as leavers, achievers::int as achievers,
              round(retention_rate, 4) as retention_rate, round(achievement_rate, 4) as achievement_rate
       from ref.benchmarks order by hybrid_end_year, breakdown, breakdown_value`,
    );
  const expected = [
    { hybrid_end_year: 2019, breakdown: 'age_band', breakdown_value: '16-18', leavers: 1000, achievers: 800, retention_rate: 0.9, achievement_rate: 0.8 },
    { hybrid_end_year: 2019, breakdown: 'all', breakdown_value: 'all', leavers: 2720490, achievers: 2319970, retention_rate: 0.915, achievement_rate: 0.853 },
    { hybrid_end_year: 2019, breakdown: 'multiple', breakdown_value: 'multiple', leavers: 100, achievers: 80, retention_rate: 0.9, achievement_rate: 0.8 },
    { hybrid_end_year: 2020, breakdown: 'ssa_tier1', breakdown_value: 'Retail', leavers: null, achievers: null, retention_rate: null, achievement_rate: null },
  ];

  it('loads the published rows as fractions, with the breakdown each row is for', async () => {
    const result = await importBenchmarks(w.connection, path);
    expect(result).toEqual({
      sourceFile: 'et_narts_headline.csv',
      qarFamily: 'education_and_training',
      rowsRead: 5,
      rowsLoaded: 4,
      rowsSkipped: 1,
      leftOut: [{ reason: 'time period is not an academic year (201819 or 2018/19)', rows: 1, firstLine: 6, example: "time_period 'x'" }],
      unknownColumns: [],
    });
    expect(await loaded()).toEqual(expected);
  });

  it('replaces the rows of a file imported again', async () => {
    await importBenchmarks(w.connection, path);
    expect(await loaded()).toEqual(expected);
  });

  it('refuses a file without a time period or any rate, saying what it expected', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'ilr-bench-')), 'notes.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    await expect(importBenchmarks(w.connection, bad)).rejects.toBeInstanceOf(BenchmarkFileInvalid);
  });
});
