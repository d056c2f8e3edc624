// ilr benchmarks import on each layout the DfE publishes achievement rates in (explore-education-
// statistics, shared/domain/ilr-reference.md §4). Each fixture in test/fixtures/benchmarks/ copies the
// columns of one published data set, with rows chosen to exercise one rule each; the rows expected in
// ref.benchmarks are written out by hand, by the line of the file they come from (line 1 is the header).
// Rates are published as percentages and loaded as fractions: 73.3% → 0.733.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBenchmarksImport } from '../../pipelines/cli/commands/benchmarks.ts';
import { BenchmarkFileInvalid, importBenchmarks } from '../../pipelines/models/import-benchmarks.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/benchmarks');
const fixture = (name: string) => join(FIXTURES, name);

const round4 = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10_000) / 10_000);
const count = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The rows one file put in ref.benchmarks, in the order of the file, with the columns a comparison reads. */
async function loaded(w: Warehouse, sourceFile: string): Promise<Record<string, unknown>[]> {
  const all = await rows(w, `select * exclude (imported_at) from ref.benchmarks where source_file = '${sourceFile}'`);
  return all
    .map((r) => ({
      line: r.source_line,
      family: r.qar_family,
      kind: r.programme_kind,
      year: r.hybrid_end_year,
      ukprn: r.ukprn,
      breakdown: r.breakdown,
      value: r.breakdown_value,
      leavers: count(r.leavers),
      achievers: count(r.achievers),
      retention: round4(r.retention_rate),
      pass: round4(r.pass_rate),
      achievement: round4(r.achievement_rate),
    }))
    .sort((a, b) => Number(a.line ?? 0) - Number(b.line ?? 0));
}

describe('ilr benchmarks import, on each published layout', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await freshWarehouse();
  });

  afterAll(async () => {
    await w.close();
  });

  // Apprenticeship "Achievement rates - time series": rates as percent text, '~' for small
  // volumes, standard_framework_flag as the programme kind. Every row is an apprenticeship
  // (apprenticeship_level and standard_framework_flag are apprenticeship columns).
  //   line 2 Total everywhere → the national figure for all apprenticeships
  //   line 3 one sector subject area → breakdown ssa_tier1
  //   line 4 Framework, Total elsewhere → the frameworks total: kind 'framework', not the national 'all'
  //   line 5 Standard, Advanced → qualification_level 'Advanced' among standards
  //   line 6 Standard, detailed level 'Level 6', all '~' → figures empty
  //   line 7 Higher and Level 7 → two breakdowns at once → 'multiple'
  //   line 8 'Traineeship' is no programme kind → left out and counted
  it('reads percent text, ~, and the standard/framework flag as the programme kind', async () => {
    const result = await importBenchmarks(w.connection, fixture('app_narts_time_series.csv'));
    expect(result).toEqual({
      sourceFile: 'app_narts_time_series.csv',
      qarFamily: 'apprenticeship',
      rowsRead: 7,
      rowsLoaded: 6,
      rowsSkipped: 1,
      leftOut: [
        {
          reason: 'standard_framework_flag is neither Framework, Standard nor Total',
          rows: 1,
          firstLine: 8,
          example: "standard_framework_flag 'Traineeship'",
        },
      ],
      unknownColumns: [],
    });
    const a = 'apprenticeship';
    expect(await loaded(w, 'app_narts_time_series.csv')).toEqual([
      { line: 2, family: a, kind: 'all', year: 2017, ukprn: null, breakdown: 'all', value: 'all', leavers: 277500, achievers: null, retention: 0.685, pass: 0.978, achievement: 0.67 },
      { line: 3, family: a, kind: 'all', year: 2017, ukprn: null, breakdown: 'ssa_tier1', value: 'Agriculture, Horticulture and Animal Care', leavers: 6700, achievers: null, retention: 0.742, pass: 0.987, achievement: 0.733 },
      { line: 4, family: a, kind: 'framework', year: 2017, ukprn: null, breakdown: 'all', value: 'all', leavers: 240300, achievers: null, retention: 0.7, pass: 0.987, achievement: 0.692 },
      { line: 5, family: a, kind: 'standard', year: 2017, ukprn: null, breakdown: 'qualification_level', value: 'Advanced', leavers: 25300, achievers: null, retention: 0.501, pass: 0.976, achievement: 0.489 },
      { line: 6, family: a, kind: 'standard', year: 2017, ukprn: null, breakdown: 'detailed_level', value: 'Level 6', leavers: null, achievers: null, retention: null, pass: null, achievement: null },
      { line: 7, family: a, kind: 'standard', year: 2017, ukprn: null, breakdown: 'multiple', value: 'multiple', leavers: 100, achievers: null, retention: 0.625, pass: 0.96, achievement: 0.6 },
    ]);
  });

  // Apprenticeship "Achievement Rates Demographics": `group` names the breakdown, `demographic`
  // holds its value, `standard` is the programme kind (an apprenticeship column).
  //   line 2 group Total, Framework → the frameworks total (kind 'framework', breakdown 'all')
  //   lines 3–4 Age group → age_band 16-18 and 24+
  //   line 5 Ethnicity group African → ethnicity_group 'African'
  //   line 6 Gender Female, Standard → sex 'Female' among standards
  //   line 7 LLDD, 'low' volumes and 'c' rates → lldd, figures empty
  //   line 8 group 'Region' is not a breakdown the importer reads → left out, not loaded as 'all'
  it('reads group and demographic as the breakdown and its value', async () => {
    const result = await importBenchmarks(w.connection, fixture('app_narts_demographics.csv'));
    expect(result).toEqual({
      sourceFile: 'app_narts_demographics.csv',
      qarFamily: 'apprenticeship',
      rowsRead: 7,
      rowsLoaded: 6,
      rowsSkipped: 1,
      leftOut: [
        { reason: 'group is not a breakdown the importer reads', rows: 1, firstLine: 8, example: "group 'Region', demographic 'London'" },
      ],
      unknownColumns: [],
    });
    const a = 'apprenticeship';
    expect(await loaded(w, 'app_narts_demographics.csv')).toEqual([
      { line: 2, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'all', value: 'all', leavers: 240310, achievers: 166290, retention: 0.7, pass: 0.987, achievement: 0.692 },
      { line: 3, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'age_band', value: '16-18', leavers: 73010, achievers: 52630, retention: 0.728, pass: 0.99, achievement: 0.721 },
      { line: 4, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'age_band', value: '24+', leavers: 103360, achievers: 67410, retention: 0.663, pass: 0.984, achievement: 0.652 },
      { line: 5, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'ethnicity_group', value: 'African', leavers: 4430, achievers: 3050, retention: 0.709, pass: 0.97, achievement: 0.688 },
      { line: 6, family: a, kind: 'standard', year: 2018, ukprn: null, breakdown: 'sex', value: 'Female', leavers: 25000, achievers: 12500, retention: 0.52, pass: 0.962, achievement: 0.5 },
      { line: 7, family: a, kind: 'standard', year: 2018, ukprn: null, breakdown: 'lldd', value: 'LLDD - yes', leavers: null, achievers: null, retention: null, pass: null, achievement: null },
    ]);
  });

  // Apprenticeship "Achievement Rates Detailed Series": group/demographic beside age, level and
  // sector subject area columns, and `standard`.
  //   line 2 16-18, Advanced, a demographic and an SSA → 'multiple'; '~' figures empty
  //   line 3 Framework, Total elsewhere → the frameworks total
  //   line 4 the same frameworks total, published again under another group → left out as a repeat
  //   line 5 Total everywhere, standard Total → the national total of all apprenticeships
  //   line 6 Standard, Advanced → qualification_level among standards
  //   line 7 Age group 16-18 with age 16-18 → age_band '16-18' (they agree)
  //   line 8 Age group 16-18 with age 19-23 → cannot be placed, left out
  it('keeps the frameworks total apart from the national apprenticeship total', async () => {
    const result = await importBenchmarks(w.connection, fixture('app_narts_detailed.csv'));
    expect(result).toEqual({
      sourceFile: 'app_narts_detailed.csv',
      qarFamily: 'apprenticeship',
      rowsRead: 7,
      rowsLoaded: 5,
      rowsSkipped: 2,
      leftOut: [
        { reason: 'repeats an earlier row with the same breakdown and figures', rows: 1, firstLine: 4, example: 'as line 3' },
        { reason: 'group and demographic disagree with age', rows: 1, firstLine: 8, example: "group 'Age group', demographic '16-18', age '19-23'" },
      ],
      unknownColumns: [],
    });
    const a = 'apprenticeship';
    expect(await loaded(w, 'app_narts_detailed.csv')).toEqual([
      { line: 2, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'multiple', value: 'multiple', leavers: 10, achievers: null, retention: null, pass: null, achievement: null },
      { line: 3, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'all', value: 'all', leavers: 240310, achievers: 166290, retention: 0.7, pass: 0.987, achievement: 0.692 },
      { line: 5, family: a, kind: 'all', year: 2018, ukprn: null, breakdown: 'all', value: 'all', leavers: 265640, achievers: 178780, retention: 0.682, pass: 0.987, achievement: 0.673 },
      { line: 6, family: a, kind: 'standard', year: 2018, ukprn: null, breakdown: 'qualification_level', value: 'Advanced', leavers: 25330, achievers: 12390, retention: 0.512, pass: 0.956, achievement: 0.489 },
      { line: 7, family: a, kind: 'framework', year: 2018, ukprn: null, breakdown: 'age_band', value: '16-18', leavers: 73010, achievers: 52630, retention: 0.728, pass: 0.99, achievement: 0.721 },
    ]);
    // The multiple row keeps every characteristic it combines, for a page to filter on.
    expect(
      await rows(
        w,
        `select age_band, qualification_level, ethnicity_group, ssa_tier1 from ref.benchmarks
         where source_file = 'app_narts_detailed.csv' and source_line = 2`,
      ),
    ).toEqual([
      {
        age_band: '16-18',
        qualification_level: 'Advanced',
        ethnicity_group: 'Ethnic minorities (excluding white minorities)',
        ssa_tier1: 'Agriculture, Horticulture and Animal Care',
      },
    ]);
  });

  // Education and training "Achievement rates - time series": qualification_type is a breakdown
  // (and says the family is education and training).
  //   line 2 Total everywhere → 'all'
  //   line 3 A Level → qualification_type 'A Level' (was loaded as a second 'all')
  //   line 4 16-18, A Level, level 3, an SSA → 'multiple'
  //   line 5 level 3 → qualification_level '3'
  //   line 6 GCSE with 'c' everywhere → qualification_type 'GCSE', figures empty
  it('reads qualification_type as a breakdown', async () => {
    const result = await importBenchmarks(w.connection, fixture('et_narts_time_series.csv'));
    expect(result).toEqual({
      sourceFile: 'et_narts_time_series.csv',
      qarFamily: 'education_and_training',
      rowsRead: 5,
      rowsLoaded: 5,
      rowsSkipped: 0,
      leftOut: [],
      unknownColumns: [],
    });
    const e = 'education_and_training';
    expect(await loaded(w, 'et_narts_time_series.csv')).toEqual([
      { line: 2, family: e, kind: 'all', year: 2017, ukprn: null, breakdown: 'all', value: 'all', leavers: 2720500, achievers: null, retention: 0.915, pass: 0.932, achievement: 0.853 },
      { line: 3, family: e, kind: 'all', year: 2017, ukprn: null, breakdown: 'qualification_type', value: 'A Level', leavers: 274000, achievers: null, retention: 0.863, pass: 0.99, achievement: 0.855 },
      { line: 4, family: e, kind: 'all', year: 2017, ukprn: null, breakdown: 'multiple', value: 'multiple', leavers: 27400, achievers: null, retention: 0.863, pass: 0.99, achievement: 0.855 },
      { line: 5, family: e, kind: 'all', year: 2017, ukprn: null, breakdown: 'qualification_level', value: '3', leavers: 610000, achievers: null, retention: 0.88, pass: 0.91, achievement: 0.801 },
      { line: 6, family: e, kind: 'all', year: 2017, ukprn: null, breakdown: 'qualification_type', value: 'GCSE', leavers: null, achievers: null, retention: null, pass: null, achievement: null },
    ]);
  });

  // Education and training "Achievement Rates ET Detailed Series": time_period as 2018/19, group in
  // lower case (ethnicity, gender, lldd). No column says which family it is, so the importer asks.
  //   line 2 16-18, level 1, White, an SSA → 'multiple'
  //   line 3 ethnicity White → ethnicity_group 'White'
  //   line 4 Total everywhere → 'all'
  //   line 5 the same total under group 'gender', same figures → left out as a repeat of line 4
  //   line 6 gender Female → sex 'Female'
  //   lines 7–8 both level 2 and Total elsewhere, but with different leavers → neither can be
  //             taken as the level 2 figure: both left out
  describe('a file whose columns do not say its family', () => {
    it('is refused without --family, saying so', async () => {
      const attempt = importBenchmarks(w.connection, fixture('et_narts_detailed.csv'));
      await expect(attempt).rejects.toBeInstanceOf(BenchmarkFileInvalid);
      await expect(importBenchmarks(w.connection, fixture('et_narts_detailed.csv'))).rejects.toThrow(/--family/);
      expect(await rows(w, `select * from ref.benchmarks where source_file = 'et_narts_detailed.csv'`)).toEqual([]);
    });

    it('loads with --family, reading 2018/19 and lower-case groups', async () => {
      const result = await importBenchmarks(w.connection, fixture('et_narts_detailed.csv'), 'education_and_training');
      expect(result).toEqual({
        sourceFile: 'et_narts_detailed.csv',
        qarFamily: 'education_and_training',
        rowsRead: 7,
        rowsLoaded: 4,
        rowsSkipped: 3,
        leftOut: [
          { reason: 'repeats an earlier row with the same breakdown and figures', rows: 1, firstLine: 5, example: 'as line 4' },
          {
            reason: 'same year, programme kind and breakdown as another row, with different figures',
            rows: 2,
            firstLine: 7,
            example: 'as line 8',
          },
        ],
        unknownColumns: [],
      });
      const e = 'education_and_training';
      expect(await loaded(w, 'et_narts_detailed.csv')).toEqual([
        { line: 2, family: e, kind: 'all', year: 2018, ukprn: null, breakdown: 'multiple', value: 'multiple', leavers: 3210, achievers: 2810, retention: 0.905, pass: 0.969, achievement: 0.877 },
        { line: 3, family: e, kind: 'all', year: 2018, ukprn: null, breakdown: 'ethnicity_group', value: 'White', leavers: 1829430, achievers: 1567190, retention: 0.911, pass: 0.94, achievement: 0.857 },
        { line: 4, family: e, kind: 'all', year: 2018, ukprn: null, breakdown: 'all', value: 'all', leavers: 2720490, achievers: 2319970, retention: 0.915, pass: 0.932, achievement: 0.853 },
        { line: 6, family: e, kind: 'all', year: 2018, ukprn: null, breakdown: 'sex', value: 'Female', leavers: 1500000, achievers: 1290000, retention: 0.92, pass: 0.935, achievement: 0.86 },
      ]);
    });

    it('is refused when --family contradicts its columns', async () => {
      await expect(importBenchmarks(w.connection, fixture('app_narts_demographics.csv'), 'education_and_training')).rejects.toThrow(
        /apprenticeship/,
      );
    });
  });

  // An older national table with names as the agency spelled them (`Overall_Achievement_Rate_%`,
  // `Hybrid_End_Year` 2019/20, 'All Age' and 'All' as totals), one column the importer does not
  // know holding a breakdown (Funding_Stream) and one holding figures (Timely_Achievement_Rate_%).
  //   line 2 all totals → 'all'        line 3 16-18 → age_band        line 4 Diploma → qualification_type
  //   line 5 broken down by Funding_Stream → left out (not loaded as 'all')
  //   line 6 2019/21 is no academic year → left out
  it('reads Overall_…_% names, and names the columns it does not know', async () => {
    const result = await importBenchmarks(w.connection, fixture('nart_overall.csv'));
    expect(result).toEqual({
      sourceFile: 'nart_overall.csv',
      qarFamily: 'education_and_training',
      rowsRead: 5,
      rowsLoaded: 3,
      rowsSkipped: 2,
      leftOut: [
        {
          reason: 'broken down by Funding_Stream, a column the importer does not read',
          rows: 1,
          firstLine: 5,
          example: "Funding_Stream 'Adult Skills'",
        },
        { reason: 'time period is not an academic year (201819 or 2018/19)', rows: 1, firstLine: 6, example: "Hybrid_End_Year '2019/21'" },
      ],
      unknownColumns: [
        { column: 'Funding_Stream', readAs: 'breakdown' },
        { column: 'Timely_Achievement_Rate_%', readAs: 'figures' },
      ],
    });
    const e = 'education_and_training';
    expect(await loaded(w, 'nart_overall.csv')).toEqual([
      { line: 2, family: e, kind: 'all', year: 2019, ukprn: null, breakdown: 'all', value: 'all', leavers: 1000, achievers: null, retention: null, pass: null, achievement: 0.8 },
      { line: 3, family: e, kind: 'all', year: 2019, ukprn: null, breakdown: 'age_band', value: '16-18', leavers: 400, achievers: null, retention: null, pass: null, achievement: 0.85 },
      { line: 4, family: e, kind: 'all', year: 2019, ukprn: null, breakdown: 'qualification_type', value: 'Diploma', leavers: 300, achievers: null, retention: null, pass: null, achievement: 0.755 },
    ]);
  });

  // Education and training "Achievement Rates - Providers": provider rows carry their UKPRN;
  // provider_type describes the provider and is not a breakdown of it.
  //   line 2 provider 10000001, totals → 'all'     line 3 Adult → age_band 'Adult'
  //   line 4 provider 10046498, Diploma at Level 5 → 'multiple', 'low'/'x' figures empty
  //   line 5 a provider row with no UKPRN → left out
  it('keeps each provider row under its UKPRN', async () => {
    const result = await importBenchmarks(w.connection, fixture('et_narts_providers.csv'));
    expect(result.rowsLoaded).toBe(3);
    expect(result.leftOut).toEqual([{ reason: 'provider row without a UKPRN', rows: 1, firstLine: 5, example: "provider_ukprn ''" }]);
    expect(result.unknownColumns).toEqual([]);
    const e = 'education_and_training';
    expect(await loaded(w, 'et_narts_providers.csv')).toEqual([
      { line: 2, family: e, kind: 'all', year: 2021, ukprn: 10000001, breakdown: 'all', value: 'all', leavers: 1200, achievers: 990, retention: 0.917, pass: 0.9, achievement: 0.825 },
      { line: 3, family: e, kind: 'all', year: 2021, ukprn: 10000001, breakdown: 'age_band', value: 'Adult', leavers: 500, achievers: 400, retention: 0.9, pass: 0.889, achievement: 0.8 },
      { line: 4, family: e, kind: 'all', year: 2021, ukprn: 10046498, breakdown: 'multiple', value: 'multiple', leavers: null, achievers: null, retention: null, pass: null, achievement: null },
    ]);
    expect(await rows(w, `select distinct provider_type from ref.benchmarks where source_file = 'et_narts_providers.csv' order by 1`)).toEqual([
      { provider_type: 'General FE and Tertiary' },
      { provider_type: 'Private Sector Public Funded' },
    ]);
  });

  // Rows of another kind of time or geography cannot stand for a national academic-year figure.
  //   line 2 national, academic year, Standard → loaded (std_fwk_flag says apprenticeship)
  //   line 3 a financial year → left out           line 4 a region → left out
  it('leaves out rows for another kind of year or another geography', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-bench-')), 'app_other_rows.csv');
    writeFileSync(
      path,
      [
        'time_period,time_identifier,geographic_level,region_name,std_fwk_flag,leavers,achievement_rate',
        '202223,Academic year,National,,Standard,"100,000",54.3',
        '202223,Financial year,National,,Standard,"90,000",50.0',
        '202223,Academic year,Regional,London,Standard,"9,000",51.0',
      ].join('\n'),
    );
    const result = await importBenchmarks(w.connection, path);
    expect(result.rowsLoaded).toBe(1);
    expect(result.leftOut).toEqual([
      { reason: 'time_identifier is not Academic year', rows: 1, firstLine: 3, example: "time_identifier 'Financial year'" },
      { reason: 'geographic level is neither National nor Provider', rows: 1, firstLine: 4, example: "geographic_level 'Regional'" },
    ]);
    // region_name is not a column the importer knows: named, and a breakdown (its London row would
    // be left out for it, had the geographic level not already left it out).
    expect(result.unknownColumns).toEqual([{ column: 'region_name', readAs: 'breakdown' }]);
    expect(await loaded(w, 'app_other_rows.csv')).toEqual([
      { line: 2, family: 'apprenticeship', kind: 'standard', year: 2022, ukprn: null, breakdown: 'all', value: 'all', leavers: 100000, achievers: null, retention: null, pass: null, achievement: 0.543 },
    ]);
  });

  it('replaces a file imported again', async () => {
    const before = await loaded(w, 'app_narts_detailed.csv');
    await importBenchmarks(w.connection, fixture('app_narts_detailed.csv'));
    expect(await loaded(w, 'app_narts_detailed.csv')).toEqual(before);
  });

  // Invariants over everything the tests above loaded: one published row per provider (or
  // national), family, programme kind, year and single breakdown in each file, which is what a
  // page comparing a provider with the published figure looks up; rates are fractions.
  it('holds one row per family, programme kind, year and breakdown in each file', async () => {
    expect(
      await rows(
        w,
        `select source_file, qar_family, programme_kind, hybrid_end_year, ukprn, breakdown, breakdown_value, count(*)::int as n
         from ref.benchmarks where breakdown <> 'multiple' group by all having count(*) > 1`,
      ),
    ).toEqual([]);
    expect(
      await rows(
        w,
        `select * exclude (imported_at) from ref.benchmarks
         where programme_kind not in ('framework', 'standard', 'all')
            or qar_family not in ('education_and_training', 'apprenticeship')
            or greatest(retention_rate, pass_rate, achievement_rate) > 1
            or least(retention_rate, pass_rate, achievement_rate) < 0`,
      ),
    ).toEqual([]);
  });
});

describe('ilr benchmarks import, the command', () => {
  it('prints what it loaded, the rows it left out and why, and the columns it did not read', async () => {
    const warehouse = join(mkdtempSync(join(tmpdir(), 'ilr-bench-cli-')), 'warehouse.duckdb');
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args.join(' '));
    });
    try {
      await runBenchmarksImport(fixture('nart_overall.csv'), { warehouse });
    } finally {
      log.mockRestore();
    }
    const out = printed.join('\n');
    expect(out).toContain('imported nart_overall.csv as education_and_training benchmarks: 3 of 5 row(s) into ref.benchmarks');
    expect(out).toContain('2 row(s) left out');
    expect(out).toContain("1 × broken down by Funding_Stream, a column the importer does not read — first at line 5: Funding_Stream 'Adult Skills'");
    expect(out).toContain("1 × time period is not an academic year (201819 or 2018/19) — first at line 6: Hybrid_End_Year '2019/21'");
    expect(out).toContain('column(s) not read: Funding_Stream (a breakdown: its rows are left out), Timely_Achievement_Rate_% (figures)');
  });
});

describe('ilr benchmarks import, into a warehouse made before these columns', () => {
  it('adds the new columns and keeps the rows already there', async () => {
    const w = await freshWarehouse();
    try {
      // ref.benchmarks as the first version of the importer created it.
      await w.connection.run('create schema if not exists ref');
      await w.connection.run(`create table ref.benchmarks (
        source_file varchar not null, imported_at timestamp not null, qar_family varchar not null,
        hybrid_end_year integer not null, geographic_level varchar, ukprn integer,
        breakdown varchar not null, breakdown_value varchar not null, age_band varchar,
        qualification_level varchar, qualification_type varchar, ssa_tier1 varchar, sex varchar,
        lldd varchar, ethnicity_group varchar, leavers bigint, completers bigint, achievers bigint,
        retention_rate double, pass_rate double, achievement_rate double)`);
      await w.connection.run(`insert into ref.benchmarks (source_file, imported_at, qar_family, hybrid_end_year, breakdown, breakdown_value, leavers)
        values ('older.csv', current_timestamp, 'education_and_training', 2019, 'all', 'all', 10)`);
      await importBenchmarks(w.connection, fixture('nart_overall.csv'));
      expect(await rows(w, `select source_file, count(*)::int as n from ref.benchmarks group by 1 order by 1`)).toEqual([
        { source_file: 'nart_overall.csv', n: 3 },
        { source_file: 'older.csv', n: 1 },
      ]);
      expect(await loaded(w, 'nart_overall.csv')).toHaveLength(3);
    } finally {
      await w.close();
    }
  });
});
