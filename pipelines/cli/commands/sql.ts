import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { DuckDBTypeId } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { openInstance, WarehouseBusyError, WarehouseUnreadableError } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface SqlResult {
  columns: string[];
  /** Which columns hold numbers (printed right-aligned). */
  numeric: boolean[];
  /** Values as JSON: numbers that fit a double as numbers, wider integers and decimals as text. */
  rows: unknown[][];
}

const NUMERIC = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE, DuckDBTypeId.DECIMAL,
]);

export class NoWarehouseError extends StepFailed {
  constructor(path: string) {
    super(`there is no warehouse at ${path} yet: \`ilr ingest FILE…\` makes one (or \`npm run demo\` makes a demo in data/demo/), or name another with --warehouse`);
  }
}

/** Read-only: a query here can look at the warehouse but never change it. */
export async function querySql(warehouse: string, query: string): Promise<SqlResult> {
  if (!existsSync(warehouse)) throw new NoWarehouseError(warehouse);
  const instance = await openInstance(warehouse, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(query);
    const columns = reader.columnNames();
    const numeric = columns.map((_, i) => NUMERIC.has(reader.columnTypeId(i)));
    const rows = reader.getRowsJson().map((row) =>
      row.map((value, i) => {
        // BIGINT and DECIMAL arrive as text in JSON; print them as numbers where no digit is lost.
        if (numeric[i] && typeof value === 'string' && Number.isSafeInteger(Number(value))) return Number(value);
        if (numeric[i] && typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) return Number(value);
        return value;
      }),
    );
    return { columns, numeric, rows };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Rows as objects, for callers that want them by column name. */
export async function runSql(warehouse: string, query: string): Promise<Record<string, unknown>[]> {
  const { columns, rows } = await querySql(warehouse, query);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
}

const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** An aligned text table: a header, a rule, numbers right-aligned, nulls blank, and the row count. */
export function formatTable(result: SqlResult): string {
  const text = result.rows.map((row) => row.map(cell));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...text.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (result.numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const count = `(${result.rows.length.toLocaleString('en-GB')} row${result.rows.length === 1 ? '' : 's'})`;
  return [line(result.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line), count].join('\n');
}

export function formatCsv(result: SqlResult): string {
  return stringify([result.columns, ...result.rows.map((row) => row.map(cell))]);
}

export function formatJson(result: SqlResult): string {
  return JSON.stringify(result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null]))), null, 2);
}

export function sqlCommand(): Command {
  return new Command('sql')
    .description('run a read-only SQL query against the warehouse and print the result as a table')
    .argument('<query>', 'the SQL, e.g. "select * from marts.qar_rates limit 5"')
    .addOption(warehouseOption())
    .addOption(new Option('--csv', 'print CSV (a header row, then one line per row)').conflicts('json'))
    .addOption(new Option('--json', 'print a JSON array of rows'))
    .action(async (query: string, args: { warehouse: string; csv?: boolean; json?: boolean }) => {
      let result: SqlResult;
      try {
        result = await querySql(args.warehouse, query);
      } catch (error) {
        if (error instanceof StepFailed || error instanceof WarehouseBusyError || error instanceof WarehouseUnreadableError) throw error;
        throw new StepFailed((error as Error).message);
      }
      if (args.csv) process.stdout.write(formatCsv(result));
      else if (args.json) console.log(formatJson(result));
      else console.log(formatTable(result));
    });
}
