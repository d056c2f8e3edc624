// Loads a published achievement-rate table (the explore-education-statistics CSV layouts,
// shared/domain/ilr-reference.md §4) into ref.benchmarks, for reports to set beside the rates the
// warehouse computes. Each row is placed by what it is the figure for: QAR family, programme kind
// (framework, standard or all), academic year, provider (or national) and the one breakdown it is
// for — 'all' when every characteristic is a total, 'multiple' when it combines several. A row the
// importer cannot place is left out and counted with its reason, never loaded as 'all'; a column it
// does not know is named in the result. Volumes stay as published (rounded); the GSS symbols become
// nulls; percentages become fractions like every rate in the marts. Importing the same file again
// replaces its rows, so an import is idempotent.
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnType } from '../ilr/entities.ts';
import type { Row } from '../ilr/row.ts';
import { TableAppender } from '../warehouse/table-appender.ts';

export const QAR_FAMILIES = ['education_and_training', 'apprenticeship'] as const;
export type QarFamily = (typeof QAR_FAMILIES)[number];

/** Apprenticeship frameworks, standards, or both together (and every education and training row). */
export type ProgrammeKind = 'framework' | 'standard' | 'all';

/** Rows left out for one reason: how many, the first one's line in the file, and what it said. */
export interface RowsLeftOut {
  reason: string;
  rows: number;
  firstLine: number;
  example: string;
}

/** A column the importer does not know; 'breakdown' when it holds text, and rows broken down by it are left out. */
export interface UnknownColumn {
  column: string;
  readAs: 'figures' | 'breakdown';
}

export interface BenchmarkImport {
  sourceFile: string;
  qarFamily: QarFamily;
  rowsRead: number;
  rowsLoaded: number;
  /** Rows left out, for the reasons in leftOut. (Suppressed rows, "low" or "c", are kept with null figures.) */
  rowsSkipped: number;
  leftOut: RowsLeftOut[];
  unknownColumns: UnknownColumn[];
}

/** The file cannot be read as a benchmark table; the message says why and what would do. */
export class BenchmarkFileInvalid extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
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
  achievement_rate double,
  programme_kind varchar,
  detailed_level varchar,
  minority_ethnic varchar,
  provider_type varchar,
  source_line integer
)`;

/** Columns added after the first version, added in place to a table an older importer created. */
const ADDED_COLUMNS: readonly [string, ColumnType][] = [
  ['programme_kind', 'varchar'],
  ['detailed_level', 'varchar'],
  ['minority_ethnic', 'varchar'],
  ['provider_type', 'varchar'],
  ['source_line', 'integer'],
];

// Published column names, as normalise() spells them; the first present wins.
const TIME_PERIOD = ['time_period', 'hybrid_end_year', 'hybridyear', 'academic_year', 'year'];
const UKPRN = ['provider_ukprn', 'ukprn'];
/** Framework, Standard or Total: the programme kind of an apprenticeship row. */
const PROGRAMME_KIND = ['standard', 'standard_framework_flag', 'std_fwk_flag', 'standard_framework', 'framework_standard', 'apprenticeship_type'];
const MEASURES = {
  leavers: ['leavers', 'overall_leavers', 'overall_cohort', 'cohort'],
  completers: ['completers', 'overall_completers'],
  achievers: ['achievers', 'overall_achievers'],
  retention_rate: ['retention_rate', 'overall_retention_rate'],
  pass_rate: ['pass_rate', 'overall_pass_rate'],
  achievement_rate: ['achievement_rate', 'overall_achievement_rate'],
} as const;
type Measure = keyof typeof MEASURES;
const COUNTS = ['leavers', 'completers', 'achievers'] as const;
const RATES = ['retention_rate', 'pass_rate', 'achievement_rate'] as const;
/** Read but not loaded: they repeat what another column says (the country, the provider's name). */
const DESCRIPTIVE = ['country_code', 'country_name', 'provider_name'];

/**
 * What a row can be broken down by: the breakdown and ref.benchmarks column (named as marts.qar_rates
 * names its breakdowns, where it has them) and the published columns holding it, finest first. Where a
 * file has two (age_group and age_youth_adult), the row's value is the first that is not a total.
 */
const DIMENSIONS = [
  { breakdown: 'age_band', sources: ['age_band', 'age_group', 'age', 'age_youth_adult'] },
  { breakdown: 'qualification_level', sources: ['qualification_level', 'apprenticeship_level', 'level'] },
  { breakdown: 'detailed_level', sources: ['detailed_level'] },
  { breakdown: 'qualification_type', sources: ['qualification_type'] },
  { breakdown: 'ssa_tier1', sources: ['sector_subject_area_t1', 'sector_subject_area_tier_1', 'sector_subject_area', 'ssa_tier1', 'ssa_t1'] },
  { breakdown: 'sex', sources: ['sex', 'gender'] },
  { breakdown: 'lldd', sources: ['learning_difficulty_disability', 'lldd'] },
  { breakdown: 'ethnicity_group', sources: ['ethnicity_major', 'ethnicity_group', 'ethnicity'] },
  { breakdown: 'minority_ethnic', sources: ['minority_ethnic'] },
  // In a provider table it describes the provider rather than breaking its figures down.
  { breakdown: 'provider_type', sources: ['provider_type', 'institution_type'] },
] as const;
type Dimension = (typeof DIMENSIONS)[number]['breakdown'];

/** Which breakdown a `group` value says the `demographic` beside it is (Detailed Series, Demographics). */
const GROUPS: readonly [RegExp, Dimension][] = [
  [/^age/i, 'age_band'],
  [/minority|bame/i, 'minority_ethnic'],
  [/ethnic/i, 'ethnicity_group'],
  [/sex|gender/i, 'sex'],
  [/lldd|difficult|disab/i, 'lldd'],
];

/** Columns only apprenticeship tables have, and only education and training tables have. */
const APPRENTICESHIP_COLUMNS = [...PROGRAMME_KIND, 'apprenticeship_level'];
const EDUCATION_AND_TRAINING_COLUMNS = ['qualification_type'];

/**
 * GSS symbols for a figure not published: c suppressed, low (a base below 5, a rate below 0.5%),
 * x unavailable, z not applicable, u low reliability, : not available; ~ and - small (older series).
 */
const SYMBOLS = new Set(['c', 'low', 'x', 'z', 'u', '~', ':', '-']);

const REASON = {
  time: 'time period is not an academic year (201819 or 2018/19)',
  timeIdentifier: 'time_identifier is not Academic year',
  geography: 'geographic level is neither National nor Provider',
  noUkprn: 'provider row without a UKPRN',
  group: 'group is not a breakdown the importer reads',
  repeat: 'repeats an earlier row with the same breakdown and figures',
  clash: 'same year, programme kind and breakdown as another row, with different figures',
  programmeKind: (column: string) => `${column} is neither Framework, Standard nor Total`,
  unknownBreakdown: (column: string) => `broken down by ${column}, a column the importer does not read`,
  disagree: (column: string) => `group and demographic disagree with ${column}`,
};

interface Column {
  name: string;
  index: number;
}

/** Which column of the file holds what, decided once from the header (and, for unknown columns, their values). */
interface Plan {
  time: Column;
  timeIdentifier: Column | null;
  geographicLevel: Column | null;
  ukprn: Column | null;
  programmeKind: Column | null;
  group: Column | null;
  demographic: Column | null;
  measures: Record<Measure, Column | null>;
  dimensions: { breakdown: Dimension; sources: Column[]; isBreakdown: boolean }[];
  unknown: (UnknownColumn & { index: number })[];
  /** Names of the family-telling columns present, for the family and its messages. */
  apprenticeshipColumns: string[];
  educationAndTrainingColumns: string[];
}

type Cells = readonly (string | null)[];

interface Placed {
  line: number;
  kind: ProgrammeKind;
  year: number;
  ukprn: number | null;
  geographicLevel: string | null;
  breakdown: string;
  breakdownValue: string;
  /** Each characteristic as published (a total stays 'Total'), for the columns of the same name. */
  values: Partial<Record<Dimension, string>>;
  /** What a comparison looks the row up by (the file has one family); two rows with one key cannot both be loaded. */
  key: string;
  figures: Record<Measure, number | bigint | null>;
}

/** A row not loaded: its line, why, and what the file said there. */
interface LeftOutRow {
  line: number;
  reason: string;
  example: string;
}

type Placement = { placed: Placed } | { leftOut: LeftOutRow };

/** `Overall_Achievement_Rate_%` → overall_achievement_rate, `Sector Subject Area Tier 1` → sector_subject_area_tier_1. */
const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const isTotal = (text: string | null) => text === null || text.trim() === '' || /^(total|all)\b/i.test(text.trim());

/** A published figure: null for an empty cell or a GSS symbol, NaN for text that is no number. */
function parseFigure(text: string | null): number | null {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || SYMBOLS.has(t)) return null;
  return Number(t.replaceAll(',', '').replace(/\s*%$/, ''));
}

/** `201819`, `2018/19`, `2018-19` or `2018/2019` → 2018, labelled by its first year like funding_year(). */
function academicYear(text: string | null): number | null {
  const match = /^(\d{4})\s*[/-]?\s*(\d{2}|\d{4})$/.exec((text ?? '').trim());
  if (!match) return null;
  const first = Number(match[1]);
  return Number(match[2]) % 100 === (first + 1) % 100 ? first : null;
}

function planColumns(sourceFile: string, header: readonly string[], cells: readonly Cells[]): Plan {
  const byName = new Map<string, Column>();
  header.forEach((name, index) => {
    const key = normalise(name);
    if (!byName.has(key)) byName.set(key, { name, index });
  });
  const claimed = new Set<number>();
  const claim = (column: Column | undefined): Column | null => {
    if (!column) return null;
    claimed.add(column.index);
    return column;
  };
  const first = (names: readonly string[]) => claim(names.map((n) => byName.get(n)).find((c) => c !== undefined));

  const time = first(TIME_PERIOD);
  const measures = Object.fromEntries(Object.entries(MEASURES).map(([m, names]) => [m, first(names)])) as Record<Measure, Column | null>;
  if (!time || (!measures.leavers && !measures.achievement_rate)) {
    throw new BenchmarkFileInvalid(
      sourceFile,
      'not an achievement-rate table — expected a time_period column and leavers or achievement_rate (explore-education-statistics layout)',
    );
  }
  const ukprn = first(UKPRN);
  // group and demographic mean something only together; either alone is a column not known.
  const hasGroup = byName.has('group') && byName.has('demographic');
  const plan: Plan = {
    time,
    timeIdentifier: first(['time_identifier']),
    geographicLevel: first(['geographic_level']),
    ukprn,
    programmeKind: first(PROGRAMME_KIND),
    group: hasGroup ? first(['group']) : null,
    demographic: hasGroup ? first(['demographic']) : null,
    measures,
    dimensions: DIMENSIONS.map((d) => ({
      breakdown: d.breakdown,
      sources: d.sources.map((n) => claim(byName.get(n))).filter((c): c is Column => c !== null),
      isBreakdown: !(d.breakdown === 'provider_type' && ukprn !== null),
    })).filter((d) => d.sources.length > 0),
    unknown: [],
    apprenticeshipColumns: APPRENTICESHIP_COLUMNS.filter((n) => byName.has(n)).map((n) => byName.get(n)?.name ?? n),
    educationAndTrainingColumns: EDUCATION_AND_TRAINING_COLUMNS.filter((n) => byName.has(n)).map((n) => byName.get(n)?.name ?? n),
  };
  for (const n of DESCRIPTIVE) claim(byName.get(n));
  // A column not known is either more figures (every value a number or a symbol), which can be
  // left aside, or a characteristic the rows may be broken down by, which cannot.
  header.forEach((name, index) => {
    if (claimed.has(index)) return;
    const isFigures = cells.every((row) => !Number.isNaN(parseFigure(row[index] ?? null)));
    plan.unknown.push({ column: name, readAs: isFigures ? 'figures' : 'breakdown', index });
  });
  return plan;
}

/** The family the file's columns say, or --family; refused when neither says, or they disagree. */
function familyOf(sourceFile: string, plan: Plan, given: QarFamily | undefined): QarFamily {
  const apprenticeship = plan.apprenticeshipColumns;
  const educationAndTraining = plan.educationAndTrainingColumns;
  if (apprenticeship.length > 0 && educationAndTraining.length > 0) {
    throw new BenchmarkFileInvalid(
      sourceFile,
      `its columns say both apprenticeship (${apprenticeship.join(', ')}) and education and training (${educationAndTraining.join(', ')})`,
    );
  }
  const said: QarFamily | null =
    apprenticeship.length > 0 ? 'apprenticeship' : educationAndTraining.length > 0 ? 'education_and_training' : null;
  const saying = [...apprenticeship, ...educationAndTraining].join(', ');
  if (given && said && given !== said) {
    throw new BenchmarkFileInvalid(sourceFile, `its columns (${saying}) say ${said}, not ${given} as --family gives`);
  }
  const family = given ?? said;
  if (!family) {
    throw new BenchmarkFileInvalid(
      sourceFile,
      'no column says whether it is education and training (qualification_type) or apprenticeship ' +
        `(${APPRENTICESHIP_COLUMNS.join(', ')}): give --family ${QAR_FAMILIES.join(' or ')}`,
    );
  }
  return family;
}

/** Where one row of the file belongs in ref.benchmarks, or why it cannot go there. */
function placeRow(plan: Plan, cells: Cells, line: number): Placement {
  const cell = (column: Column | null) => (column ? (cells[column.index] ?? null) : null);
  const leftOut = (reason: string, ...shown: (Column | null)[]): Placement => ({
    leftOut: {
      line,
      reason,
      example: shown
        .filter((c): c is Column => c !== null)
        .map((c) => `${c.name} '${cell(c) ?? ''}'`)
        .join(', '),
    },
  });

  const year = academicYear(cell(plan.time));
  if (year === null) return leftOut(REASON.time, plan.time);
  if (plan.timeIdentifier && !/^academic year$/i.test(cell(plan.timeIdentifier)?.trim() ?? '')) {
    return leftOut(REASON.timeIdentifier, plan.timeIdentifier);
  }

  const geographicLevel = cell(plan.geographicLevel)?.trim() ?? null;
  if (geographicLevel !== null && !/^(national|provider)$/i.test(geographicLevel)) {
    return leftOut(REASON.geography, plan.geographicLevel);
  }
  const ukprnText = cell(plan.ukprn)?.trim() ?? '';
  const isProvider = geographicLevel !== null ? /^provider$/i.test(geographicLevel) : ukprnText !== '';
  const ukprn = isProvider && /^\d{8}$/.test(ukprnText) ? Number(ukprnText) : null;
  if (isProvider && ukprn === null) return leftOut(REASON.noUkprn, plan.ukprn ?? plan.geographicLevel);

  let kind: ProgrammeKind = 'all';
  const kindText = cell(plan.programmeKind);
  if (plan.programmeKind && !isTotal(kindText)) {
    const isFramework = /framework/i.test(kindText ?? '');
    const isStandard = /standard/i.test(kindText ?? '');
    if (isFramework === isStandard) return leftOut(REASON.programmeKind(plan.programmeKind.name), plan.programmeKind);
    kind = isFramework ? 'framework' : 'standard';
  }

  for (const u of plan.unknown) {
    const column = { name: u.column, index: u.index };
    if (u.readAs === 'breakdown' && !isTotal(cell(column))) return leftOut(REASON.unknownBreakdown(u.column), column);
  }

  const values: Partial<Record<Dimension, string>> = {};
  const broken = new Map<Dimension, { value: string; column: Column }>();
  for (const d of plan.dimensions) {
    const published = d.sources.map((column) => ({ column, value: cell(column)?.trim() ?? null }));
    const chosen = published.find((p) => !isTotal(p.value));
    const stored = chosen?.value ?? published.find((p) => p.value)?.value;
    if (stored) values[d.breakdown] = stored;
    if (chosen?.value && d.isBreakdown) broken.set(d.breakdown, { value: chosen.value, column: chosen.column });
  }

  const demographic = cell(plan.demographic)?.trim() ?? null;
  if (plan.group && plan.demographic && demographic && !isTotal(demographic)) {
    const dimension = GROUPS.find(([pattern]) => pattern.test(cell(plan.group)?.trim() ?? ''))?.[1];
    if (!dimension) return leftOut(REASON.group, plan.group, plan.demographic);
    const already = broken.get(dimension);
    if (already && already.value.toLowerCase() !== demographic.toLowerCase()) {
      return leftOut(REASON.disagree(already.column.name), plan.group, plan.demographic, already.column);
    }
    values[dimension] = demographic;
    broken.set(dimension, { value: demographic, column: plan.demographic });
  }

  const breakdowns = [...broken.entries()];
  const [only, ...more] = breakdowns;
  const figure = (measure: Measure) => {
    const n = parseFigure(cell(plan.measures[measure]));
    return n === null || Number.isNaN(n) ? null : n;
  };
  const figures = {} as Record<Measure, number | bigint | null>;
  for (const measure of COUNTS) {
    const n = figure(measure);
    figures[measure] = n === null ? null : BigInt(Math.round(n));
  }
  // Published as percentages; every rate in the warehouse is a fraction.
  for (const measure of RATES) {
    const n = figure(measure);
    figures[measure] = n === null ? null : n / 100;
  }
  return {
    placed: {
      line,
      kind,
      year,
      ukprn,
      geographicLevel,
      breakdown: !only ? 'all' : more.length > 0 ? 'multiple' : only[0],
      breakdownValue: !only ? 'all' : more.length > 0 ? 'multiple' : only[1].value,
      values,
      key: [kind, year, ukprn ?? 'national', ...breakdowns.map(([d, { value }]) => `${d}=${value.toLowerCase()}`).sort()].join('|'),
      figures,
    },
  };
}

/**
 * Some layouts publish the same figure once per group (the Total demographic under each group): a
 * repeat with the same figures is left out. Rows that share a key but not their figures differ in
 * something the importer does not read, so none of them can stand for that breakdown.
 */
function settleRepeats(placed: Placed[]): { kept: Placed[]; leftOut: LeftOutRow[] } {
  const byKey = new Map<string, Placed[]>();
  for (const p of placed) {
    const group = byKey.get(p.key);
    if (group) group.push(p);
    else byKey.set(p.key, [p]);
  }
  const dropped = new Map<number, LeftOutRow>();
  const sameFigures = (a: Placed, b: Placed) => (Object.keys(MEASURES) as Measure[]).every((m) => a.figures[m] === b.figures[m]);
  for (const group of byKey.values()) {
    const [head, ...rest] = group;
    if (!head || rest.length === 0) continue;
    if (rest.every((p) => sameFigures(head, p))) {
      for (const p of rest) dropped.set(p.line, { line: p.line, reason: REASON.repeat, example: `as line ${head.line}` });
    } else {
      group.forEach((p, i) => {
        const other = i === 0 ? rest[0] : head;
        dropped.set(p.line, { line: p.line, reason: REASON.clash, example: `as line ${other?.line ?? head.line}` });
      });
    }
  }
  return { kept: placed.filter((p) => !dropped.has(p.line)), leftOut: [...dropped.values()] };
}

/** One entry per reason, in the order the reasons first occur in the file. */
function summarise(leftOut: LeftOutRow[]): RowsLeftOut[] {
  const byReason = new Map<string, RowsLeftOut>();
  for (const row of [...leftOut].sort((a, b) => a.line - b.line)) {
    const seen = byReason.get(row.reason);
    if (seen) seen.rows += 1;
    else byReason.set(row.reason, { reason: row.reason, rows: 1, firstLine: row.line, example: row.example });
  }
  return [...byReason.values()];
}

/** The columns written for each placed row (source_file and imported_at are added on insert). */
const STAGED: readonly { column: string; type: ColumnType }[] = [
  { column: 'source_line', type: 'integer' },
  { column: 'qar_family', type: 'varchar' },
  { column: 'programme_kind', type: 'varchar' },
  { column: 'hybrid_end_year', type: 'integer' },
  { column: 'geographic_level', type: 'varchar' },
  { column: 'ukprn', type: 'integer' },
  { column: 'breakdown', type: 'varchar' },
  { column: 'breakdown_value', type: 'varchar' },
  ...DIMENSIONS.map((d) => ({ column: d.breakdown, type: 'varchar' as const })),
  ...COUNTS.map((m) => ({ column: m, type: 'bigint' as const })),
  ...RATES.map((m) => ({ column: m, type: 'double' as const })),
];

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function importBenchmarks(connection: DuckDBConnection, path: string, family?: QarFamily): Promise<BenchmarkImport> {
  const sourceFile = basename(path);
  // Read chunk by chunk, so DuckDB's copy of the file is not held beside ours. Rows come in file
  // order (DuckDB keeps insertion order), so row i is on line i + 2 — assuming, as in every
  // published file, that no value spans lines. all_varchar: every value is a string or null.
  const read = await connection.stream(`select * from read_csv(${literal(path)}, header = true, all_varchar = true)`);
  const header = read.columnNames();
  const cells: Cells[] = [];
  for (let chunk = await read.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await read.fetchChunk()) {
    for (const row of chunk.getRows()) cells.push(row as Cells);
  }

  const plan = planColumns(sourceFile, header, cells);
  const qarFamily = familyOf(sourceFile, plan, family);
  const placements = cells.map((row, i) => placeRow(plan, row, i + 2));
  const { kept, leftOut } = settleRepeats(placements.flatMap((p) => ('placed' in p ? [p.placed] : [])));
  leftOut.push(...placements.flatMap((p) => ('leftOut' in p ? [p.leftOut] : [])));

  await connection.run('create schema if not exists ref');
  await connection.run(BENCHMARKS_DDL);
  for (const [column, type] of ADDED_COLUMNS) await connection.run(`alter table ref.benchmarks add column if not exists ${column} ${type}`);
  await connection.run(`create or replace temp table benchmark_rows (${STAGED.map((c) => `${c.column} ${c.type}`).join(', ')})`);
  const appender = await TableAppender.open(connection, 'main', 'benchmark_rows', STAGED);
  for (const p of kept) {
    const row: Row = {
      source_line: p.line,
      qar_family: qarFamily,
      programme_kind: p.kind,
      hybrid_end_year: p.year,
      geographic_level: p.geographicLevel,
      ukprn: p.ukprn,
      breakdown: p.breakdown,
      breakdown_value: p.breakdownValue,
      ...p.values,
      ...p.figures,
    };
    appender.add(row);
  }
  appender.close();

  await connection.run('begin transaction');
  try {
    await connection.run(`delete from ref.benchmarks where source_file = ${literal(sourceFile)}`);
    await connection.run(
      `insert into ref.benchmarks by name
       select *, ${literal(sourceFile)} as source_file, current_timestamp as imported_at from benchmark_rows`,
    );
    await connection.run('commit');
  } catch (error) {
    await connection.run('rollback');
    throw error;
  } finally {
    await connection.run('drop table if exists benchmark_rows');
  }
  return {
    sourceFile,
    qarFamily,
    rowsRead: cells.length,
    rowsLoaded: kept.length,
    rowsSkipped: cells.length - kept.length,
    leftOut: summarise(leftOut),
    unknownColumns: plan.unknown.map(({ column, readAs }) => ({ column, readAs })),
  };
}
