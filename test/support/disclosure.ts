// The disclosure scan of a built site (shared/domain/measures.md, "Disclosure control"): every
// ULN, learner reference, date of birth and postcode of the warehouse's own learners is looked for
// in every file of the site — text files as text, parquet files (read with @duckdb/node-api) and
// prerendered Arrow files cell by cell — and every whole-number cell of the data files is checked
// for a count below 5.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
// The temporary ULN is a placeholder every provider uses, not a person's number.
import { TEMPORARY_ULN } from '../../pipelines/ilr/uln.ts';

export interface LearnerIdentifiers {
  ulns: Set<string>;
  learnerRefs: Set<string>;
  datesOfBirth: Set<string>;
  postcodes: Set<string>;
}

export async function learnerIdentifiers(warehouse: string): Promise<LearnerIdentifiers> {
  const instance = await DuckDBInstance.create(warehouse, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const column = async (sql: string): Promise<Set<string>> =>
    new Set((await connection.runAndReadAll(sql)).getRows().map((row) => String(row[0])).filter((v) => v !== 'null' && v !== ''));
  try {
    const ulns = await column(`select distinct cast(uln as varchar) from raw.learner where uln is not null
      union select distinct cast(uln as varchar) from raw.dpoutcome where uln is not null`);
    ulns.delete(TEMPORARY_ULN);
    return {
      ulns,
      learnerRefs: await column(`select distinct learn_ref_number from raw.learner
        union select distinct prev_learn_ref_number from raw.learner where prev_learn_ref_number is not null`),
      datesOfBirth: await column(`select distinct strftime(date_of_birth, '%Y-%m-%d') from raw.learner where date_of_birth is not null`),
      postcodes: await column(`select distinct postcode from raw.learner where postcode is not null
        union select distinct postcode_prior from raw.learner where postcode_prior is not null
        union select distinct lsd_postcode from raw.learning_delivery where lsd_postcode is not null`),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.md', '.csv', '.webmanifest', '.xml', '.map']);

/** Whole-number columns that are not counts of learners or aims: keys, years, sort orders and ranks, and the self-assessment's count of checks. */
const NOT_A_COUNT = /(^|_)(year|ukprn|order|step|rank)$|^check_order$|^checks_(met|judged)$|^files_|^days_after_leaving$/;
/**
 * Each share column and the count it is a share of, as the report tables name them. A share whose
 * base stands in another table (the national rate beside a provider's, a provider's own overall
 * rate) is checked in that table's row. A rate-like column not listed is paired with every count
 * in its row, so a new one is never let through unchecked.
 */
const SHARE_BASES: [RegExp, string[]][] = [
  [/^(achievement_rate|retention_rate)$/, ['leavers']],
  [/^pass_rate$/, ['completers']],
  [/^timely_achievement_rate$/, ['timely_leavers']],
  [/_uln_share$/, ['learners']],
  [/^share_of_learners$/, ['learners_with_destination']],
  [/^(error|warning)_rate$/, ['records_read']],
  [/^credit_success_rate$/, ['credits_planned']],
  [/^in_work_or_learning_share$/, ['leavers_with_outcome_records']],
  [/^sustained_share$/, ['in_work_or_learning']],
  // The in-year position (report_in_year_position): rates of the leavers so far; the best,
  // expected and worst case rates are withheld with any count of 1–4 their base is made of.
  [/^(achievement|retention)_rate_so_far$/, ['leavers_so_far']],
  [/_case_rate$/, []],
  [/^(national_|provider_|previous_)/, []],
];
const SHARE = /rate|share/;
const NOT_A_SHARE = /change|gap|limit|lower|upper/;
/** Number columns that hold rates, shares or their bounds, never counts. */
const RATE_LIKE = /rate|share|lower|upper|gap|change|limit|funnel/;

export interface Finding {
  file: string;
  what: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function scanText(file: string, text: string, ids: LearnerIdentifiers): Finding[] {
  const found: Finding[] = [];
  for (const token of text.match(/\b\d{10}\b/g) ?? []) if (ids.ulns.has(token)) found.push({ file, what: `ULN ${token}` });
  for (const token of text.match(/[A-Za-z0-9]{1,12}/g) ?? []) {
    if (ids.learnerRefs.has(token) && /\d/.test(token) && token.length >= 6) found.push({ file, what: `learner reference ${token}` });
  }
  for (const token of text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) {
    if (ids.datesOfBirth.has(token)) found.push({ file, what: `date of birth ${token}` });
  }
  // A postcode district ("LS6") is short enough to occur inside code, so in text it is looked for
  // where a published value would stand: as a quoted string or as an element's whole text.
  for (const match of text.matchAll(/"([A-Z0-9 ]{2,8})"|>\s*([A-Z0-9 ]{2,8})\s*</g)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (ids.postcodes.has(value)) found.push({ file, what: `postcode ${value}` });
  }
  return found;
}

function scanCell(file: string, column: string, value: unknown, isInteger: boolean, ids: LearnerIdentifiers): Finding[] {
  if (value === null || value === undefined) return [];
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const found: Finding[] = [];
  if (ids.ulns.has(text)) found.push({ file, what: `ULN ${text} in ${column}` });
  if (ids.learnerRefs.has(text)) found.push({ file, what: `learner reference ${text} in ${column}` });
  if (ids.datesOfBirth.has(text)) found.push({ file, what: `date of birth ${text} in ${column}` });
  if (ids.postcodes.has(text)) found.push({ file, what: `postcode ${text} in ${column}` });
  // A count of 0 is published as `none`; 1 to 4 never.
  if (isInteger && !NOT_A_COUNT.test(column) && Number(value) > 0 && Number(value) < 5) found.push({ file, what: `count ${text} in ${column}` });
  return found;
}

/**
 * A share that gives a withheld count back: in one row, a fraction × a count of 5 or more that
 * comes to a whole number from 1 to 4 (0.004264 × 469 = 2), or a sentence such as "0.4% of 469"
 * whose rounding still pins the count to one number from 1 to 4.
 */
export function recoverableCounts(file: string, row: Record<string, unknown>, integerColumns: Set<string>): Finding[] {
  const found: Finding[] = [];
  const counts = Object.entries(row).filter(
    ([column, v]) => integerColumns.has(column) && !NOT_A_COUNT.test(column) && v !== null && Number(v) >= 5,
  );
  for (const [column, value] of Object.entries(row)) {
    if (typeof value === 'number' && SHARE.test(column) && !NOT_A_SHARE.test(column) && value > 0 && value < 1) {
      const named = SHARE_BASES.find(([pattern]) => pattern.test(column))?.[1];
      const bases = named ? counts.filter(([c]) => named.includes(c)) : counts;
      for (const [baseColumn, base] of bases) {
        const product = value * Number(base);
        const count = Math.round(product);
        if (count >= 1 && count <= 4 && Math.abs(product - count) < 1e-6) {
          found.push({ file, what: `${column} ${value} × ${baseColumn} ${String(base)} gives back ${count}` });
        }
      }
    }
    if (typeof value === 'string') {
      for (const m of value.matchAll(/(\d+(?:\.(\d+))?)% of (?:the )?([\d,]+)/g)) {
        const pct = Number(m[1]);
        const base = Number(m[3]!.replaceAll(',', ''));
        const half = (0.5 * 10 ** -(m[2]?.length ?? 0)) / 100;
        const low = (pct / 100 - half) * base;
        const high = (pct / 100 + half) * base;
        // Every count the shown figure allows is one from 1 to 4: the sentence gives it away.
        if (pct > 0 && low > 0.5 && high < 4.5 && Math.floor(high + 0.5) === Math.ceil(low - 0.5)) {
          found.push({ file, what: `"${m[0]}" in ${column} gives back ${Math.round((pct / 100) * base)}` });
        }
      }
    }
  }
  return found;
}

async function scanParquet(files: string[], root: string, ids: LearnerIdentifiers): Promise<Finding[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const found: Finding[] = [];
  try {
    for (const path of files) {
      const file = relative(root, path);
      const reader = await connection.runAndReadAll(`select * from read_parquet('${path.replaceAll("'", "''")}')`);
      const names = reader.columnNames();
      const types = reader.columnTypes().map((t) => t.toString());
      const rows = reader.getRows();
      // Evidence writes counts as DOUBLE: a column is a count when its type is an integer, or when
      // it is a number column whose every value is whole (and its name is not a rate's or share's).
      const integer = names.map(
        (name, i) =>
          /INT/.test(types[i] ?? '') ||
          (/DOUBLE|FLOAT|DECIMAL/.test(types[i] ?? '') &&
            !RATE_LIKE.test(name) &&
            rows.some((row) => row[i] !== null) &&
            rows.every((row) => row[i] === null || Number.isInteger(Number(row[i])))),
      );
      const integerColumns = new Set(names.filter((_, i) => integer[i]));
      for (const row of rows) {
        row.forEach((value, i) => found.push(...scanCell(file, names[i] ?? '', value, integer[i] ?? false, ids)));
        const record = Object.fromEntries(names.map((n, i) => [n, typeof row[i] === 'bigint' ? Number(row[i]) : row[i]]));
        found.push(...recoverableCounts(file, record, integerColumns));
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return found;
}

function scanArrow(path: string, root: string, ids: LearnerIdentifiers): Finding[] {
  const file = relative(root, path);
  const table = tableFromIPC(readFileSync(path));
  const found: Finding[] = [];
  for (const field of table.schema.fields) {
    const isInteger = /^u?int/i.test(String(field.type));
    const vector = table.getChild(field.name);
    if (!vector) continue;
    for (let i = 0; i < vector.length; i++) found.push(...scanCell(file, field.name, vector.get(i), isInteger, ids));
  }
  return found;
}

/** Every identifier or small count found anywhere in the site; empty when the site is clean. */
export async function scanSite(siteDir: string, ids: LearnerIdentifiers): Promise<{ findings: Finding[]; filesScanned: number; dataFiles: number }> {
  const files = walk(siteDir);
  const findings: Finding[] = [];
  const parquet = files.filter((f) => f.endsWith('.parquet'));
  const arrow = files.filter((f) => f.endsWith('.arrow'));
  for (const path of files.filter((f) => TEXT_EXTENSIONS.has(extname(f)))) {
    findings.push(...scanText(relative(siteDir, path), readFileSync(path, 'utf8'), ids));
  }
  findings.push(...(await scanParquet(parquet, siteDir, ids)));
  for (const path of arrow) findings.push(...scanArrow(path, siteDir, ids));
  return { findings, filesScanned: files.length, dataFiles: parquet.length + arrow.length };
}
