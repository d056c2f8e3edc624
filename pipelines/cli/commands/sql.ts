import { Command } from 'commander';
import { DuckDBInstance } from '@duckdb/node-api';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

/** Read-only: a query here can look at the warehouse but never change it. */
export async function runSql(warehouse: string, query: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(warehouse, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(query)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export function sqlCommand(): Command {
  return new Command('sql')
    .description('run a read-only SQL query against the warehouse and print the result as a table')
    .argument('<query>', 'the SQL, e.g. "select * from marts.qar_rates limit 5"')
    .addOption(warehouseOption())
    .action(async (query: string, args: { warehouse: string }) => {
      try {
        console.table(await runSql(args.warehouse, query));
      } catch (error) {
        throw new StepFailed((error as Error).message);
      }
    });
}
