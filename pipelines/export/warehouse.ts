// What the exports read: the warehouse opened read-only (an export never changes it, and can run
// beside `ilr sql` or a site build), and the tables it holds with their columns.
import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openInstance } from '../warehouse/open.ts';

/** An export that cannot start or finish, said so the user knows what to do; nothing is left written. */
export class ExportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefused';
  }
}

export interface WarehouseTable {
  schema: string;
  table: string;
  columns: string[];
}

export interface ReadOnlyWarehouse {
  readonly connection: DuckDBConnection;
  /** Every table and view in the schemas an export may read, in schema and name order. */
  tables(schemas: readonly string[]): Promise<WarehouseTable[]>;
  close(): void;
}

export async function openReadOnly(path: string): Promise<ReadOnlyWarehouse> {
  // Checked first: DuckDB would otherwise make an empty file, and the user would get an empty export.
  if (!existsSync(path)) {
    throw new ExportRefused(
      `there is no warehouse at ${path}: load returns with \`ilr ingest FILE…\` and build the tables with \`ilr models\` (or name another with --warehouse)`,
    );
  }
  const instance = await openInstance(path, { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  return {
    connection,
    async tables(schemas) {
      const list = schemas.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ');
      const rows = (
        await connection.runAndReadAll(
          `select table_schema, table_name, list(column_name order by ordinal_position)
           from information_schema.columns
           where table_schema in (${list})
           group by all
           order by 1, 2`,
        )
      ).getRowsJS();
      return rows.map(([schema, table, columns]) => ({
        schema: String(schema),
        table: String(table),
        columns: (columns as unknown[]).map(String),
      }));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Refuses a warehouse the models have not been built in: without report tables there is nothing to publish. */
export async function requireReportTables(warehouse: ReadOnlyWarehouse, path: string): Promise<void> {
  const reports = (await warehouse.tables(['reports'])).filter((t) => t.table.startsWith('report_'));
  if (reports.length === 0) {
    throw new ExportRefused(`the warehouse ${path} has no report_* tables yet: run \`ilr models\` first (with --warehouse ${path} if it is not the default)`);
  }
}

/** A path inside a DuckDB string literal. */
export const sqlPath = (path: string): string => `'${path.replaceAll("'", "''")}'`;
