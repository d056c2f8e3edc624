// Copies the report_* tables, and only those, into a separate DuckDB file that Evidence reads
// (DESIGN.md, "Reports"): the site cannot publish what this file does not hold. Written to a
// temporary file and renamed into place, so a failed export never leaves half a file.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Where Evidence's source (sources/ilr/connection.yaml) reads from: fixed, beside the project. */
export const REPORTS_DB = fileURLToPath(new URL('../../data/reports.duckdb', import.meta.url));

export async function exportReports(connection: DuckDBConnection, outPath: string): Promise<string[]> {
  const tables = (
    await connection.runAndReadAll(
      "select table_name from information_schema.tables where table_schema = 'reports' and table_name like 'report\\_%' escape '\\' order by 1",
    )
  )
    .getRows()
    .map((row) => String(row[0]));
  if (tables.length === 0) throw new Error('the warehouse has no report_* tables; run `ilr models` first');
  mkdirSync(dirname(outPath), { recursive: true });
  const tmp = `${outPath}.tmp`;
  rmSync(tmp, { force: true });
  const quoted = tmp.replaceAll("'", "''");
  await connection.run(`attach '${quoted}' as report_out`);
  try {
    for (const table of tables) {
      await connection.run(`create table report_out.main.${table} as select * from reports.${table}`);
    }
  } finally {
    await connection.run('detach report_out');
  }
  renameSync(tmp, outPath);
  return tables;
}
