// Loads a published national achievement-rate table (the explore-education-statistics CSV layout,
// shared/domain/ilr-reference.md §4) into ref.benchmarks, for reports to set beside the national
// rate the warehouse computes. Volumes stay as published (rounded to 10); the symbols 'low', 'c',
// 'x', 'z' become nulls; percentages become fractions like every rate in the marts. Importing the
// same file again replaces its rows, so an import is idempotent.
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

export const QAR_FAMILIES = ['education_and_training', 'apprenticeship'] as const;
export type QarFamily = (typeof QAR_FAMILIES)[number];

export interface BenchmarkImport {
  sourceFile: string;
  qarFamily: QarFamily;
  rowsRead: number;
  rowsLoaded: number;
  /** Rows left out: no readable time period. (Suppressed rows, "low" or "c", are kept with null figures.) */
  rowsSkipped: number;
}

/** The file cannot be read as a benchmark table; the message says which columns it lacks. */
export class BenchmarkFileInvalid extends Error {
  constructor(file: string, expectation: string) {
    super(`${file}: not an achievement-rate table — ${expectation}`);
    this.name = 'BenchmarkFileInvalid';
  }
}

export const BENCHMARKS_DDL = `create table if not exists ref.benchmarks (
  source_file varchar not null,
  imported_at timestamp not null,
  qar_family varchar not null,
  hybrid_end_year integer not null,
  geographic_level varchar,
  ukprn integer,
  breakdown varchar not null,
  breakdown_value varchar not null,
  age_band varchar,
  qualification_level varchar,
  qualification_type varchar,
  ssa_tier1 varchar,
  sex varchar,
  lldd varchar,
  ethnicity_group varchar,
  leavers bigint,
  completers bigint,
  achievers bigint,
  retention_rate double,
  pass_rate double,
  achievement_rate double
)`;

/** Published column names (first present wins) for each benchmark column. */
const DIMENSIONS: readonly { column: string; breakdown: string | null; sources: readonly string[] }[] = [
  { column: 'age_band', breakdown: 'age_band', sources: ['age_band', 'age', 'age_group'] },
  { column: 'qualification_level', breakdown: 'qualification_level', sources: ['qualification_level', 'apprenticeship_level', 'level'] },
  { column: 'qualification_type', breakdown: null, sources: ['qualification_type'] },
  { column: 'ssa_tier1', breakdown: 'ssa_tier1', sources: ['sector_subject_area_t1', 'sector_subject_area'] },
  { column: 'sex', breakdown: 'sex', sources: ['sex'] },
  { column: 'lldd', breakdown: 'lldd', sources: ['learning_difficulty_disability'] },
  { column: 'ethnicity_group', breakdown: 'ethnicity_group', sources: ['ethnicity_major'] },
];
const MEASURES = {
  leavers: ['leavers', 'overall_leavers', 'overall_cohort'],
  completers: ['completers', 'overall_completers'],
  achievers: ['achievers', 'overall_achievers'],
  retention_rate: ['retention_rate', 'overall_retention_rate'],
  pass_rate: ['pass_rate', 'overall_pass_rate'],
  achievement_rate: ['achievement_rate', 'overall_achievement_rate'],
} as const;
const APPRENTICESHIP_MARKERS = ['std_fwk_flag', 'apprenticeship_level', 'apprenticeship_type', 'std_fwk_name_stcode'];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function importBenchmarks(
  connection: DuckDBConnection,
  path: string,
  family?: QarFamily,
): Promise<BenchmarkImport> {
  const sourceFile = basename(path);
  await connection.run(
    `create or replace temp table benchmark_source as select * from read_csv(${literal(path)}, header = true, all_varchar = true)`,
  );
  const described = await connection.runAndReadAll('select column_name from (describe benchmark_source)');
  const byLowerName = new Map(described.getRows().map((row) => [String(row[0]).toLowerCase(), String(row[0])]));
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const actual = byLowerName.get(name);
      if (actual) return quote(actual);
    }
    return null;
  };

  const timePeriod = pick(['time_period', 'hybrid_end_year', 'hybridyear', 'year']);
  const leavers = pick(MEASURES.leavers);
  const achievementRate = pick(MEASURES.achievement_rate);
  if (!timePeriod || (!leavers && !achievementRate)) {
    throw new BenchmarkFileInvalid(
      sourceFile,
      'expected a time_period column and leavers or achievement_rate (explore-education-statistics layout)',
    );
  }
  const qarFamily: QarFamily =
    family ?? (APPRENTICESHIP_MARKERS.some((m) => byLowerName.has(m)) ? 'apprenticeship' : 'education_and_training');

  const number = (column: string | null) => (column ? `try_cast(replace(trim(${column}), ',', '') as double)` : 'null');
  const dims = DIMENSIONS.map((d) => ({ ...d, source: pick(d.sources) }));
  const present = dims.filter((d) => d.source !== null && d.breakdown !== null);
  const isBreakdown = (source: string) => `(not regexp_full_match(lower(trim(coalesce(${source}, 'total'))), '(total|all).*'))`;
  const nonTotal = present.map((d) => `cast(${isBreakdown(d.source ?? '')} as integer)`).join(' + ') || '0';
  const single = (pickValue: (d: (typeof present)[number]) => string) =>
    present.length === 0
      ? `'multiple'`
      : `case ${present.map((d) => `when ${isBreakdown(d.source ?? '')} then ${pickValue(d)}`).join(' ')} end`;
  const ukprn = pick(['provider_ukprn', 'ukprn']);
  const geographic = pick(['geographic_level']);

  const select = `
    select
      ${literal(sourceFile)} as source_file,
      current_timestamp as imported_at,
      ${literal(qarFamily)} as qar_family,
      try_cast(left(regexp_replace(${timePeriod}, '[^0-9]', '', 'g'), 4) as integer) as hybrid_end_year,
      ${geographic ?? 'null'} as geographic_level,
      ${ukprn ? `try_cast(${ukprn} as integer)` : 'null'} as ukprn,
      case when (${nonTotal}) = 0 then 'all' when (${nonTotal}) = 1 then ${single((d) => literal(d.breakdown ?? ''))} else 'multiple' end as breakdown,
      case when (${nonTotal}) = 0 then 'all' when (${nonTotal}) = 1 then ${single((d) => `trim(${d.source})`)} else 'multiple' end as breakdown_value,
      ${dims.map((d) => `${d.source ? `trim(${d.source})` : 'null'} as ${d.column}`).join(',\n      ')},
      cast(${number(leavers)} as bigint) as leavers,
      cast(${number(pick(MEASURES.completers))} as bigint) as completers,
      cast(${number(pick(MEASURES.achievers))} as bigint) as achievers,
      ${number(pick(MEASURES.retention_rate))} / 100 as retention_rate,
      ${number(pick(MEASURES.pass_rate))} / 100 as pass_rate,
      ${number(achievementRate)} / 100 as achievement_rate,
    from benchmark_source`;

  await connection.run('create schema if not exists ref');
  await connection.run(BENCHMARKS_DDL);
  await connection.run('begin transaction');
  try {
    await connection.run(`delete from ref.benchmarks where source_file = ${literal(sourceFile)}`);
    await connection.run(
      `insert into ref.benchmarks select * from (${select}) where hybrid_end_year is not null`,
    );
    await connection.run('commit');
  } catch (error) {
    await connection.run('rollback');
    throw error;
  }
  const counts = await connection.runAndReadAll(
    `select (select count(*) from benchmark_source), (select count(*) from ref.benchmarks where source_file = ${literal(sourceFile)})`,
  );
  const [read, loaded] = (counts.getRows()[0] ?? [0, 0]).map(Number);
  await connection.run('drop table if exists benchmark_source');
  return { sourceFile, qarFamily, rowsRead: read ?? 0, rowsLoaded: loaded ?? 0, rowsSkipped: (read ?? 0) - (loaded ?? 0) };
}
