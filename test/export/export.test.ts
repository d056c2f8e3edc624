// `ilr export` on a small warehouse built from fixture returns: the Parquet export read back with
// DuckDB equals the tables, partition by partition; the open-data CSV matches its metadata, holds
// no count from 1 to 4 and the figures the report tables hold; learner-level columns are written
// only when asked for; and the CLI's exit codes and messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpenData, META_COLUMNS, OBSERVATIONAL_COLUMNS, PROVIDER_COLUMNS } from '../../pipelines/export/open-data.ts';
import { OPEN_DATA_FILES } from '../../pipelines/export/open-data-files.ts';
import { exportParquet, LEARNER_LEVEL_COLUMNS, personalDataLines, type ParquetExport } from '../../pipelines/export/parquet.ts';
import { openReadOnly, type ReadOnlyWarehouse } from '../../pipelines/export/warehouse.ts';
import { MANIFEST, writeFolder } from '../../pipelines/export/write-folder.ts';
import { openWarehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns, type FixtureLearner } from '../support/ilr-xml.ts';
import { buildModels, freshWarehouse, ingestAll } from '../support/warehouse.ts';

// Two providers, one education-and-training aim per learner, all aged 24+ (born 1990):
//   10000001, 2022/23: 14 learners, F 12 and M 2 — 9 achieved, 2 completed without achieving,
//     3 withdrew; and Q1, whose ULN fails its check digit (ULN_04): quarantined, counted nowhere.
//   10000001, 2023/24: 6 learners, all F, all achieved.
//   10000002, 2022/23: 3 learners, all F, all achieved.
// Provider 10000001, 2022/23, all: 14 leavers, 11 completers, 9 achievers → 64.3%, retention
//   78.6%, pass 81.8%. Sex male (2) is withheld (`low`), so female (12) is withheld too (`c`):
//   female = all − male.
// Provider 10000002, 2022/23: 3 leavers → every figure `low`.
// National 2022/23, all: 17 leavers, 14 completers, 12 achievers → volumes rounded to 20, 10, 10;
//   achievement 12/17 = 70.6%, retention 14/17 = 82.4%, pass 12/14 = 85.7%.
// No return has credits (A59/A60 are legacy fields): every credit success row reads `none`, so
//   its counts are 0 and its rate `z`.
const aim = (year: number, outcome: 'achieved' | 'not achieved' | 'withdrew') => ({
  learnStartDate: `${year}-09-01`,
  learnPlanEndDate: `${year + 1}-06-30`,
  compStatus: outcome === 'withdrew' ? 3 : 2,
  learnActEndDate: outcome === 'withdrew' ? `${year + 1}-01-10` : `${year + 1}-06-20`,
  ...(outcome === 'withdrew' ? { withdrawReason: 44 } : {}),
  outcome: outcome === 'achieved' ? 1 : 3,
});
const learners = (prefix: string, year: number, outcomes: ('achieved' | 'not achieved' | 'withdrew')[], sex = (_: number) => 'F'): FixtureLearner[] =>
  outcomes.map((outcome, i) => ({ learnRefNumber: `${prefix}${i + 1}`, sex: sex(i), aims: [aim(year, outcome)] }));
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

const RETURNS = [
  {
    ukprn: 10000001,
    year: 2022,
    learners: [
      ...learners('A', 2022, [...times(9, 'achieved' as const), ...times(2, 'not achieved' as const), ...times(3, 'withdrew' as const)], (i) => (i >= 12 ? 'M' : 'F')),
      { learnRefNumber: 'Q1', uln: '1000000042', aims: [aim(2022, 'achieved')] },
    ],
  },
  { ukprn: 10000001, year: 2023, learners: learners('B', 2023, times(6, 'achieved' as const)) },
  { ukprn: 10000002, year: 2022, learners: learners('C', 2022, times(3, 'achieved' as const)) },
];

const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
const SYMBOLS = ['low', 'c', 'z', 'x'];

let warehousePath: string;
let w: ReadOnlyWarehouse;
let out: string;
const rows = async (sql: string) => (await w.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

beforeAll(async () => {
  const built = await freshWarehouse();
  const summaries = await ingestAll(built, writeReturns(RETURNS));
  expect(summaries.map((s) => s.status)).toEqual(['loaded', 'loaded', 'loaded']);
  await buildModels(built);
  warehousePath = built.path;
  await built.close();
  w = await openReadOnly(warehousePath);
  out = mkdtempSync(join(tmpdir(), 'ilr-export-'));
});

afterAll(() => {
  w.close();
});

describe('ilr export --parquet', () => {
  let exported: ParquetExport;
  let withLearners: ParquetExport;

  beforeAll(async () => {
    const options = { warehousePath, log: () => {} };
    exported = await exportParquet(w, join(out, 'parquet'), { ...options, includeLearnerData: false });
    withLearners = await exportParquet(w, join(out, 'parquet-learners'), { ...options, includeLearnerData: true });
  });

  it('writes every mart and report table, and reads back equal to it, partition by partition', async () => {
    const names = exported.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['marts.qar_rates', 'marts.dim_providers', 'reports.report_national_rates', 'reports.report_provider_rates']));
    expect(names.every((n) => n.startsWith('marts.') || n.startsWith('reports.'))).toBe(true);
    for (const t of exported.tables) {
      const dir = join(out, 'parquet', t.folder);
      const source = t.name;
      if (t.yearColumn === null) {
        expect(readdirSync(dir), t.name).toEqual(['data_0.parquet']);
        const [diff] = await rows(`select (select count(*) from (from read_parquet('${dir}/*.parquet') except all from ${source}))
          + (select count(*) from (from ${source} except all from read_parquet('${dir}/*.parquet'))) as n`);
        expect(Number(diff?.n), t.name).toBe(0);
        continue;
      }
      // One folder per year the table holds, named year=YYYY, each holding exactly that year's rows
      // with every column of the table (its own year column too: `year` is only in the path).
      const years = (await rows(`select distinct ${t.yearColumn}::varchar as y from ${source} order by 1`)).map((r) => `year=${r.y}`);
      expect(readdirSync(dir).sort(), t.name).toEqual(years.sort());
      for (const partition of years) {
        const files = `${dir}/${partition}/*.parquet`;
        const year = partition.slice('year='.length);
        // A column called `year` itself lives in the folder name only (parquet.ts).
        const table = `(select ${t.yearColumn === 'year' ? '* exclude (year)' : '*'} from ${source} where ${t.yearColumn} = ${year})`;
        const [diff] = await rows(`select
            (select count(*) from (from read_parquet('${files}', hive_partitioning = false) except all from ${table})) +
            (select count(*) from (from ${table} except all from read_parquet('${files}', hive_partitioning = false))) as n`);
        expect(Number(diff?.n), `${t.name} ${partition}`).toBe(0);
      }
      // Read as one hive-partitioned dataset, `year` is the table's own year column.
      const [whole] = await rows(`select count(*) as n, count(*) filter (where year <> ${t.yearColumn}) as mismatched
        from read_parquet('${dir}/**/*.parquet', hive_partitioning = true)`);
      expect(whole, t.name).toEqual({ n: String(t.rows), mismatched: '0' });
    }
  });

  it('holds no learner-level column by default, and says what it left out', async () => {
    expect(exported.includesLearnerData).toBe(false);
    expect(exported.leftOut).toContain('marts.fct_qar_aims');
    expect(existsSync(join(out, 'parquet', 'raw'))).toBe(false);
    const [found] = await rows(`select list(distinct name) as columns from parquet_schema('${join(out, 'parquet')}/**/*.parquet')`);
    const columns = found?.columns as string[];
    expect(columns).toContain('hybrid_end_year');
    for (const column of LEARNER_LEVEL_COLUMNS) expect(columns).not.toContain(column);
    expect(personalDataLines(exported, join(out, 'parquet'))).toEqual([]);
  });

  it('writes raw.*, quarantine.records and the aims with --include-learner-data, and names the personal data', async () => {
    const names = withLearners.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['raw.learner', 'raw.learning_delivery', 'quarantine.records', 'marts.fct_qar_aims']));
    const learner = withLearners.tables.find((t) => t.name === 'raw.learner');
    expect(learner).toMatchObject({ rows: 23, yearColumn: 'collection_year', learnerLevel: true });
    expect(learner?.personalColumns).toEqual(expect.arrayContaining(['learn_ref_number', 'uln', 'date_of_birth']));
    const [quarantined] = await rows(`select learn_ref_number, rule_id from read_parquet('${join(out, 'parquet-learners', 'quarantine', 'records')}/**/*.parquet')`);
    expect(quarantined).toEqual({ learn_ref_number: 'Q1', rule_id: 'ULN_04' });
    const lines = personalDataLines(withLearners, join(out, 'parquet-learners'));
    expect(lines.find((l) => l.includes(join(out, 'parquet-learners', 'raw', 'learner') + '/'))).toContain('uln, date_of_birth');
    expect(lines.some((l) => l.includes('marts/fct_qar_aims/'))).toBe(true);
  });
});

describe('ilr export --open-data', () => {
  const dir = () => join(out, 'open-data');
  const csv = (file: string) => parse(readFileSync(join(dir(), file), 'utf8'), { columns: true }) as Record<string, string>[];
  const metadata = (name: string) => csv(`${name}.meta.csv`) as Record<(typeof META_COLUMNS)[number], string>[];
  const header = (file: string) => readFileSync(join(dir(), file), 'utf8').split('\n')[0]!.split(',');

  beforeAll(async () => {
    await exportOpenData(w, dir(), { warehousePath, log: () => {} });
  });

  it('writes each file with a metadata file that describes every column, and values of the type it says', () => {
    expect(readdirSync(dir()).sort()).toEqual(
      [MANIFEST, ...OPEN_DATA_FILES.flatMap((f) => [`${f.name}.csv`, `${f.name}.meta.csv`])].sort(),
    );
    for (const spec of OPEN_DATA_FILES) {
      const meta = metadata(spec.name);
      expect(header(`${spec.name}.meta.csv`)).toEqual([...META_COLUMNS]);
      const standard = [...OBSERVATIONAL_COLUMNS, ...(spec.hasProviders ? PROVIDER_COLUMNS : [])];
      // Every column: the EES observational columns first, then exactly the ones the metadata lists, in its order.
      expect(header(`${spec.name}.csv`), spec.name).toEqual([...standard, ...meta.map((m) => m.col_name)]);
      for (const m of meta) {
        if (m.col_type === 'Filter') {
          expect([m.indicator_unit, m.indicator_dp, m.indicator_grouping], m.col_name).toEqual(['', '', '']);
          if (m.filter_grouping_column) expect(meta.map((x) => x.col_name)).toContain(m.filter_grouping_column);
        } else {
          expect(m.col_type).toBe('Indicator');
          expect([['%', '1'], ['', '0']], m.col_name).toContainEqual([m.indicator_unit, m.indicator_dp]);
        }
        expect(m.label, m.col_name).not.toBe('');
      }
      const data = csv(`${spec.name}.csv`);
      expect(data.length, spec.name).toBeGreaterThan(0);
      for (const row of data) {
        expect(row.time_period).toMatch(/^\d{6}$/);
        expect(Number(row.time_period!.slice(4))).toBe((Number(row.time_period!.slice(0, 4)) + 1) % 100);
        expect(row).toMatchObject({ time_identifier: 'Academic year', country_code: 'E92000001', country_name: 'England' });
        if (row.geographic_level === 'Provider') expect(row.provider_ukprn).toMatch(/^\d{8}$/);
        else expect([row.geographic_level, row.provider_ukprn ?? '', row.provider_name ?? '']).toEqual(['National', '', '']);
        for (const m of meta) {
          const value = row[m.col_name]!;
          if (m.col_type === 'Filter') expect(value, m.col_name).not.toBe('');
          else if (!SYMBOLS.includes(value)) expect(value, `${spec.name}.${m.col_name}`).toMatch(m.indicator_dp === '1' ? /^\d+\.\d$/ : /^\d+$/);
        }
      }
    }
  });

  it('holds no count from 1 to 4', () => {
    for (const spec of OPEN_DATA_FILES) {
      const counts = metadata(spec.name).filter((m) => m.col_type === 'Indicator' && m.indicator_unit === '');
      for (const row of csv(`${spec.name}.csv`)) {
        for (const m of counts) expect(['1', '2', '3', '4'], `${spec.name}.${m.col_name}`).not.toContain(row[m.col_name]);
      }
    }
  });

  it('publishes the report tables’ figures, rates as percentages to one decimal place, withheld ones as GSS symbols', () => {
    const pick = (r: Record<string, string> | undefined, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r?.[k]]));
    const shown = ['leavers', 'completers', 'achievers', 'achievement_rate', 'retention_rate', 'pass_rate'];
    const provider = csv('provider_achievement_rates.csv').filter((r) => r.time_period === '202223');
    const cell = (ukprn: string, breakdown: string, value: string) =>
      provider.find((r) => r.provider_ukprn === ukprn && r.breakdown === breakdown && r.breakdown_value === value);
    expect(pick(cell('10000001', 'Total', 'Total'), shown)).toEqual({
      leavers: '14', completers: '11', achievers: '9', achievement_rate: '64.3', retention_rate: '78.6', pass_rate: '81.8',
    });
    expect(pick(cell('10000001', 'sex', 'male'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'low'])));
    expect(pick(cell('10000001', 'sex', 'female'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'c'])));
    expect(pick(cell('10000002', 'Total', 'Total'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'low'])));
    expect(cell('10000001', 'Total', 'Total')).toMatchObject({ provider_name: expect.any(String), qar_family: 'education_and_training', geographic_level: 'Provider' });

    const national = csv('national_achievement_rates.csv').find((r) => r.time_period === '202223' && r.breakdown === 'Total');
    expect(pick(national, ['leavers_rounded', 'completers_rounded', 'achievers_rounded', 'achievement_rate', 'retention_rate', 'pass_rate'])).toEqual({
      leavers_rounded: '20', completers_rounded: '10', achievers_rounded: '10', achievement_rate: '70.6', retention_rate: '82.4', pass_rate: '85.7',
    });

    const credit = csv('credit_success_rates.csv');
    expect(credit.length).toBeGreaterThan(0);
    for (const row of credit) expect(pick(row, ['learners', 'credits_planned', 'credit_success_rate'])).toEqual({ learners: '0', credits_planned: '0', credit_success_rate: 'z' });
  });
});

describe('writing an export folder', () => {
  it('leaves nothing behind when the export fails, and an earlier export as it was', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ilr-export-fail-')), 'out');
    await expect(writeFolder(target, async (tmp) => {
      writeFileSync(join(tmp, 'half.csv'), 'time_period\n');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);

    await writeFolder(target, async (tmp) => {
      writeFileSync(join(tmp, 'first.csv'), 'a\n');
      return { kind: 'test' };
    });
    await expect(writeFolder(target, async () => {
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(readdirSync(target).sort()).toEqual(['first.csv', MANIFEST]);
    expect(readdirSync(join(target, '..'))).toEqual(['out']);
  });
});

describe('the ilr export command', () => {
  it('exits 2 when it is not told what to export, or --include-learner-data comes without --parquet', () => {
    const none = ilr('export');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('say what to export: --open-data DIR, --parquet DIR, or both');
    const learnerCsv = ilr('export', '--open-data', join(out, 'x'), '--include-learner-data');
    expect(learnerCsv.status).toBe(2);
    expect(learnerCsv.stderr).toContain('--include-learner-data goes with --parquet DIR');
  });

  it('exits 1 when there is no warehouse, or no report tables in it, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-export-cli-'));
    const missing = join(dir, 'none.duckdb');
    const noWarehouse = ilr('export', '--warehouse', missing, '--parquet', join(dir, 'p'));
    expect(noWarehouse.status).toBe(1);
    expect(noWarehouse.stderr).toContain(`there is no warehouse at ${missing}`);
    expect(existsSync(missing)).toBe(false);

    const empty = join(dir, 'empty.duckdb');
    await (await openWarehouse(empty)).close();
    const noReports = ilr('export', '--warehouse', empty, '--open-data', join(dir, 'o'));
    expect(noReports.status).toBe(1);
    expect(noReports.stderr).toContain('has no report_* tables yet: run `ilr models` first');
    expect(readdirSync(dir).sort()).toEqual(['empty.duckdb']);
  });

  it('says what it wrote, exit 0, and refuses a folder it did not write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-export-cli-'));
    const done = ilr('export', '--warehouse', warehousePath, '--open-data', join(dir, 'csv'), '--parquet', join(dir, 'parquet'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/provider_achievement_rates\.csv +\d+ rows {2}from reports\.report_provider_rates, with provider_achievement_rates\.meta\.csv/);
    expect(done.stdout).toContain(`Wrote ${OPEN_DATA_FILES.length} open-data file(s)`);
    expect(done.stdout).toMatch(/marts\/qar_rates +\d+ rows {2}\d+ file\(s\) by year \(hybrid_end_year\)/);
    expect(done.stdout).toContain('Left out 1 learner-level table(s) (marts.fct_qar_aims); --include-learner-data writes them.');
    expect(done.stdout).not.toContain('Personal data');

    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const refused = ilr('export', '--warehouse', warehousePath, '--open-data', join(dir, 'csv'), '--parquet', mine);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${mine} already holds files that ilr export did not write`);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });
});
