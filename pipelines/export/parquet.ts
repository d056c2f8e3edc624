// The marts and report tables as Parquet, for analysts' own tools (DuckDB, pandas, polars, R's
// arrow, Power BI, Spark): one folder per table, `<schema>/<table>/`, partitioned by year in the
// hive style (`year=2024/data_0.parquet`) where the table has a year column. Learner-level tables
// (raw.*, quarantine.records, and any table with a learner's identifiers) only when asked for.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqlPath, type ReadOnlyWarehouse, type WarehouseTable } from './warehouse.ts';
import { writeFolder } from './write-folder.ts';

/**
 * The year a row belongs to, in the order a table's column is chosen (DESIGN.md, "Models"); `year`
 * first, since a table that has it must be partitioned on it (a second `year` would clash).
 */
export const YEAR_COLUMNS = ['year', 'hybrid_end_year', 'collection_year', 'start_year', 'leave_year'] as const;

/** A table with any of these holds one row per learner (or aim): it is learner-level. */
export const LEARNER_LEVEL_COLUMNS = ['learner_ref', 'learn_ref_number', 'uln', 'date_of_birth'] as const;

/**
 * Columns that identify a learner or describe them, listed when learner-level data is written.
 * Postcodes are outward codes only (DESIGN.md, "Personal data is minimised at the door");
 * quarantine's `record`, `value` and `location` hold the record as read.
 */
const PERSONAL_COLUMNS = new Set([
  ...LEARNER_LEVEL_COLUMNS,
  'prev_learn_ref_number', 'postcode', 'postcode_prior', 'del_loc_post_code', 'lsd_postcode', 'he_post_code',
  'ucasperid', 'ucasappid', 'ethnicity', 'ethnicity_group', 'sex', 'lldd_health_prob', 'lldd', 'record', 'value', 'location',
]);

const DEFAULT_SCHEMAS = ['marts', 'reports'] as const;
const LEARNER_SCHEMAS = ['raw', 'quarantine'] as const;

export interface ParquetTable {
  /** `schema.table` in the warehouse. */
  name: string;
  /** The folder it was written to, relative to the export folder. */
  folder: string;
  rows: number;
  files: number;
  /** The column the `year=` partitions come from; null when written as one file. */
  yearColumn: string | null;
  /** One row per learner, aim or record: personal data. */
  learnerLevel: boolean;
  /** Of a learner-level table, the columns that identify or describe the learner. */
  personalColumns: string[];
}

export interface ParquetExport {
  kind: 'parquet';
  warehouse: string;
  exportedAt: string;
  includesLearnerData: boolean;
  tables: ParquetTable[];
  /** Learner-level tables not written, because --include-learner-data was not given. */
  leftOut: string[];
}

export const isLearnerLevel = (t: WarehouseTable): boolean =>
  (LEARNER_SCHEMAS as readonly string[]).includes(t.schema) || t.columns.some((c) => (LEARNER_LEVEL_COLUMNS as readonly string[]).includes(c));

export interface ParquetOptions {
  warehousePath: string;
  includeLearnerData: boolean;
  log: (line: string) => void;
}

export async function exportParquet(warehouse: ReadOnlyWarehouse, dir: string, options: ParquetOptions): Promise<ParquetExport> {
  const candidates = await warehouse.tables([...DEFAULT_SCHEMAS, ...(options.includeLearnerData ? LEARNER_SCHEMAS : [])]);
  const chosen = candidates.filter((t) => options.includeLearnerData || !isLearnerLevel(t));
  const leftOut = candidates.filter((t) => !chosen.includes(t)).map((t) => `${t.schema}.${t.table}`);
  return writeFolder(dir, async (tmp) => {
    const tables: ParquetTable[] = [];
    for (const t of chosen) {
      const written = await writeTable(warehouse, t, tmp);
      options.log(
        `  ${written.folder.padEnd(52)} ${`${written.rows.toLocaleString('en-GB')} rows`.padStart(15)}  ` +
          (written.yearColumn ? `${written.files} file(s) by year (${written.yearColumn})` : 'one file'),
      );
      tables.push(written);
    }
    return {
      kind: 'parquet' as const,
      warehouse: options.warehousePath,
      exportedAt: new Date().toISOString(),
      includesLearnerData: options.includeLearnerData,
      tables,
      leftOut,
    };
  });
}

async function writeTable(warehouse: ReadOnlyWarehouse, t: WarehouseTable, root: string): Promise<ParquetTable> {
  const folder = join(t.schema, t.table);
  const out = join(root, folder);
  mkdirSync(out, { recursive: true });
  const source = `"${t.schema}"."${t.table}"`;
  const rows = Number((await warehouse.connection.runAndReadAll(`select count(*) from ${source}`)).getRowsJS()[0]?.[0]);
  const yearColumn = YEAR_COLUMNS.find((c) => t.columns.includes(c)) ?? null;
  // Snappy and the default (version 1) pages: what every reader named above can open.
  const format = 'format parquet, compression snappy';
  if (yearColumn && rows > 0) {
    // The file keeps the table's own year column, so a tool that ignores the folder names (Power BI
    // reading one file) still has it; `year` is the partition key only. A table whose year column
    // is called `year` is partitioned on it directly, and a hive reader gives it back from the path.
    const select = yearColumn === 'year' ? `select * from ${source}` : `select *, "${yearColumn}" as year from ${source}`;
    await warehouse.connection.run(`copy (${select}) to ${sqlPath(out)} (${format}, partition_by (year))`);
  } else {
    // No year, or no rows (a partitioned copy of nothing writes no file, and the table would vanish).
    await warehouse.connection.run(`copy (select * from ${source}) to ${sqlPath(join(out, 'data_0.parquet'))} (${format})`);
  }
  return {
    name: `${t.schema}.${t.table}`,
    folder,
    rows,
    files: countFiles(out),
    yearColumn: rows > 0 ? yearColumn : null,
    learnerLevel: isLearnerLevel(t),
    personalColumns: isLearnerLevel(t) ? t.columns.filter((c) => PERSONAL_COLUMNS.has(c)) : [],
  };
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.parquet')).length;
}

/** The lines that say what personal data an export wrote, and where. */
export function personalDataLines(exported: ParquetExport, dir: string): string[] {
  return exported.tables
    .filter((t) => t.learnerLevel)
    .map((t) => `  ${join(dir, t.folder)}/  ${t.rows.toLocaleString('en-GB')} rows; ${t.personalColumns.join(', ') || 'one row per learner record'}`);
}
