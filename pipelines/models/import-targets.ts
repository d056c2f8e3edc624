// Loads a provider's targets file into ref.targets (shared/domain/measures.md, "Targets and
// progress against them"; DESIGN.md, "marts.targets_progress"). One row per target: the provider
// (UKPRN), the funding year, the QAR family, the level — `provider`, or `programme` with what the
// programme is keyed by (sector subject area tier 1, qualification level or learning-aim
// reference) and the key — the measure and the target as a percentage (0–100). Every line is
// checked first; any error refuses the whole file, each error naming its line, and nothing is
// loaded. A good file replaces the targets of the providers and years it names, in one
// transaction; targets of other providers and years stay.
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { SEEDS_DIR } from '../ilr/reference.ts';

export const TARGET_COLUMNS = ['ukprn', 'year', 'qar_family', 'level', 'programme_by', 'programme_key', 'measure', 'target_percent'] as const;
export const TARGET_FAMILIES = ['education_and_training', 'apprenticeship'] as const;
export const TARGET_LEVELS = ['provider', 'programme'] as const;
export const PROGRAMME_KEYS = ['ssa_tier1', 'qualification_level', 'learn_aim_ref'] as const;
export const TARGET_MEASURES = ['achievement_rate', 'retention_rate', 'pass_rate', 'timely_achievement_rate'] as const;
/** Qualification levels as marts.fct_qar_aims names them (entry level E; frameworks at ProgType 10: 4+). */
const QUALIFICATION_LEVELS = ['E', '1', '2', '3', '4', '5', '6', '7', '8', '4+'];

/** The template `ilr targets template` writes: one example of each kind of target. */
export const TARGETS_TEMPLATE = `${TARGET_COLUMNS.join(',')}
10000001,2025/26,education_and_training,provider,,,achievement_rate,85
10000001,2025/26,education_and_training,programme,ssa_tier1,"Health, Public Services and Care",achievement_rate,88
10000001,2025/26,education_and_training,programme,learn_aim_ref,60000088,pass_rate,95
10000001,2025/26,apprenticeship,provider,,,timely_achievement_rate,60
10000001,2025/26,apprenticeship,programme,qualification_level,3,retention_rate,75
`;

export interface Target {
  line: number;
  ukprn: number;
  year: number;
  qarFamily: string;
  level: string;
  programmeBy: string | null;
  programmeKey: string | null;
  measure: string;
  /** A fraction, like every rate in the marts. */
  target: number;
}

export interface TargetsImport {
  sourceFile: string;
  targets: number;
  providers: number;
  years: number[];
}

/** The file was refused: every problem found, each naming its line; nothing was loaded. */
export class TargetsFileInvalid extends Error {
  constructor(
    file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? [`  … and ${problems.length - shown.length} more`] : [];
    super(
      `${file}: ${problems.length} problem(s); nothing was loaded (fix them and import the file again; \`ilr targets template\` writes an example):\n` +
        [...shown.map((p) => `  ${p}`), ...more].join('\n'),
    );
    this.name = 'TargetsFileInvalid';
  }
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9+]+/g, '_').replace(/^_+|_+$/g, '');

/** `2025/26`, `2025-26`, `202526` or `2025` → 2025 (the first year, as the marts store it). */
function fundingYear(text: string): number | null {
  const m = /^(\d{4})(?:\s*[/-]?\s*(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const first = Number(m[1]);
  if (m[2] !== undefined && Number(m[2]) % 100 !== (first + 1) % 100) return null;
  return first >= 2000 && first <= 2100 ? first : null;
}

/** `achievement`, `Achievement rate` or `achievement_rate` → achievement_rate. */
function measureOf(text: string): string | null {
  const m = normalise(text).replace(/_rate$/, '');
  const found = TARGET_MEASURES.find((measure) => measure.replace(/_rate$/, '') === m);
  return found ?? null;
}

/** What the warehouse knows, to check a file against: loaded providers and the SSA names. */
export interface Known {
  ukprns: Set<number>;
  /** Lower-cased SSA tier 1 name → the name as the reference spells it. */
  ssaTier1: Map<string, string>;
}

async function known(connection: DuckDBConnection): Promise<Known> {
  const ukprns = new Set(
    (await connection.runAndReadAll("select distinct ukprn from meta.batches where status = 'loaded' and ukprn is not null"))
      .getRows()
      .map((row) => Number(row[0])),
  );
  // The reference tables once `ilr models` has loaded them (the user's own if given), else the seeds.
  const hasRef = Number(
    (await connection.runAndReadAll("select count(*) from information_schema.tables where table_schema = 'ref' and table_name = 'learning_aims'")).getRows()[0]?.[0],
  );
  const source = (table: string) =>
    hasRef > 0 ? `ref.${table}` : `read_csv('${join(SEEDS_DIR, `${table}.csv`).replaceAll("'", "''")}', header = true, all_varchar = true)`;
  const ssaRows = await connection.runAndReadAll(
    `select distinct cast(ssa_tier1 as varchar) from ${source('learning_aims')} where ssa_tier1 is not null
     union select distinct cast(ssa_tier1 as varchar) from ${source('apprenticeship_frameworks')} where ssa_tier1 is not null
     union select distinct cast(ssa_tier1 as varchar) from ${source('apprenticeship_standards')} where ssa_tier1 is not null`,
  );
  const ssaTier1 = new Map(ssaRows.getRows().map((row) => [String(row[0]).toLowerCase(), String(row[0])]));
  return { ukprns, ssaTier1 };
}

/** Reads and checks every line; the targets when all are good, otherwise every problem. */
export function checkTargets(text: string, know: Known): { targets: Target[]; problems: string[] } {
  const problems: string[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    return { targets: [], problems: [`not a readable CSV: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const [header, ...rows] = records;
  if (!header) return { targets: [], problems: ['line 1: the file is empty; it needs a header row: ' + TARGET_COLUMNS.join(',')] };
  const names = header.record.map(normalise);
  const missing = TARGET_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return { targets: [], problems: [`line ${header.info.lines}: missing column(s) ${missing.join(', ')}; the header must be: ${TARGET_COLUMNS.join(',')}`] };
  }
  if (rows.length === 0) return { targets: [], problems: ['the file has a header but no targets'] };
  const at = (record: string[], column: (typeof TARGET_COLUMNS)[number]) => (record[names.indexOf(column)] ?? '').trim();

  const targets: Target[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const problem = (what: string) => problems.push(`line ${line}: ${what}`);
    const before = problems.length;

    const ukprnText = at(record, 'ukprn');
    const ukprn = /^\d{8}$/.test(ukprnText) ? Number(ukprnText) : null;
    if (ukprn === null) problem(`ukprn '${ukprnText}' is not a UKPRN (eight digits)`);
    else if (!know.ukprns.has(ukprn)) problem(`unknown provider ${ukprn}: no return of this UKPRN is loaded in the warehouse`);

    const year = fundingYear(at(record, 'year'));
    if (year === null) problem(`year '${at(record, 'year')}' is not a funding year (2025/26 or 2025)`);

    const qarFamily = normalise(at(record, 'qar_family'));
    if (!(TARGET_FAMILIES as readonly string[]).includes(qarFamily)) {
      problem(`unknown QAR family '${at(record, 'qar_family')}' (${TARGET_FAMILIES.join(' or ')})`);
    }

    const level = normalise(at(record, 'level'));
    let programmeBy: string | null = null;
    let programmeKey: string | null = null;
    const byText = at(record, 'programme_by');
    const keyText = at(record, 'programme_key');
    if (level === 'provider') {
      if (byText !== '' || keyText !== '') problem('a provider-level target has no programme_by or programme_key (leave them empty)');
    } else if (level === 'programme') {
      programmeBy = normalise(byText);
      if (!(PROGRAMME_KEYS as readonly string[]).includes(programmeBy)) {
        problem(`unknown programme_by '${byText}' (${PROGRAMME_KEYS.join(', ')})`);
      } else if (keyText === '') {
        problem(`a programme-level target needs its programme_key (the ${programmeBy.replaceAll('_', ' ')})`);
      } else if (programmeBy === 'ssa_tier1') {
        programmeKey = know.ssaTier1.get(keyText.toLowerCase()) ?? null;
        if (programmeKey === null) problem(`unknown sector subject area '${keyText}' (tier 1, as the learning-aim reference names it)`);
      } else if (programmeBy === 'qualification_level') {
        const levelKey = /^entry$/i.test(keyText) ? 'E' : keyText.toUpperCase().replace(/^LEVEL\s*/, '');
        programmeKey = QUALIFICATION_LEVELS.includes(levelKey) ? levelKey : null;
        if (programmeKey === null) problem(`unknown qualification level '${keyText}' (${QUALIFICATION_LEVELS.join(', ')})`);
      } else {
        programmeKey = /^[A-Z0-9]{8}$/i.test(keyText) ? keyText.toUpperCase() : null;
        if (programmeKey === null) problem(`'${keyText}' is not a learning-aim reference (eight letters or digits)`);
      }
    } else {
      problem(`unknown level '${at(record, 'level')}' (${TARGET_LEVELS.join(' or ')}; learner-level progress needs no targets file)`);
    }

    const measure = measureOf(at(record, 'measure'));
    if (measure === null) problem(`unknown measure '${at(record, 'measure')}' (${TARGET_MEASURES.join(', ')})`);

    const targetText = at(record, 'target_percent');
    const percent = /^\d+(\.\d+)?\s*%?$/.test(targetText) ? Number(targetText.replace('%', '')) : null;
    if (percent === null) problem(`target_percent '${targetText}' is not a percentage (a number from 0 to 100)`);
    else if (percent > 100) problem(`target_percent ${targetText} is above 100%`);

    if (problems.length > before || ukprn === null || year === null || measure === null || percent === null) continue;
    const key = [ukprn, year, qarFamily, level, programmeBy ?? '', (programmeKey ?? '').toLowerCase(), measure].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      problem(`repeats the target on line ${first} (same provider, year, family, level, programme and measure)`);
      continue;
    }
    seen.set(key, line);
    targets.push({ line, ukprn, year, qarFamily, level, programmeBy, programmeKey, measure, target: percent / 100 });
  }
  return { targets, problems };
}

const literal = (text: string | null) => (text === null ? 'null' : `'${text.replaceAll("'", "''")}'`);

export async function importTargets(connection: DuckDBConnection, path: string, text: string): Promise<TargetsImport> {
  const sourceFile = basename(path);
  const { targets, problems } = checkTargets(text, await known(connection));
  if (problems.length > 0) throw new TargetsFileInvalid(sourceFile, problems);

  const replaced = [...new Set(targets.map((t) => `(ukprn = ${t.ukprn} and year = ${t.year})`))];
  await connection.run('begin transaction');
  try {
    await connection.run(`delete from ref.targets where ${replaced.join(' or ')}`);
    const values = targets.map(
      (t) =>
        `(${t.ukprn}, ${t.year}, ${literal(t.qarFamily)}, ${literal(t.level)}, ${literal(t.programmeBy)}, ${literal(t.programmeKey)}, ` +
        `${literal(t.measure)}, ${t.target}, ${literal(sourceFile)}, ${t.line}, current_timestamp)`,
    );
    await connection.run(
      `insert into ref.targets (ukprn, year, qar_family, level, programme_by, programme_key, measure, target, source_file, source_line, imported_at)
       values ${values.join(',\n')}`,
    );
    await connection.run('commit');
  } catch (error) {
    await connection.run('rollback').catch(() => {});
    throw error;
  }
  return {
    sourceFile,
    targets: targets.length,
    providers: new Set(targets.map((t) => t.ukprn)).size,
    years: [...new Set(targets.map((t) => t.year))].sort(),
  };
}
