// The one way into a warehouse file: a DuckDB connection for bulk work (appender, models) and a
// typed Kysely instance over the same database for everything that reads or writes a few rows.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Kysely, type Compilable } from 'kysely';
import { DuckDbDialect } from 'kysely-duckdb';
import { warehouseDdl } from './schema.ts';
import type { WarehouseTables } from './tables.ts';

export const DEFAULT_WAREHOUSE = 'data/warehouse.duckdb';

export interface Warehouse {
  readonly path: string;
  readonly instance: DuckDBInstance;
  /** The connection bulk work runs on (appender, transactions, models). */
  readonly connection: DuckDBConnection;
  readonly db: Kysely<WarehouseTables>;
  close(): Promise<void>;
}

export class WarehouseBusyError extends Error {
  constructor(path: string) {
    super(
      `The warehouse ${path} is in use by another ilr process; wait for it to finish and try again.`,
    );
    this.name = 'WarehouseBusyError';
  }
}

/** A warehouse file that is not a DuckDB database, or is damaged: said in words, not DuckDB's. */
export class WarehouseUnreadableError extends Error {
  constructor(path: string, cause: string) {
    const damaged = /checksum|corrupt/i.test(cause);
    super(
      damaged
        ? `The warehouse ${path} is damaged (DuckDB found a block whose checksum does not match): restore it from a backup, or move it aside and load the returns again.`
        : /not a valid DuckDB database/i.test(cause)
          ? `${path} is not a DuckDB warehouse: name the warehouse with --warehouse, or move this file aside and load the returns again.`
          : `The warehouse ${path} cannot be opened: ${cause.replace(/^[A-Za-z ]+Error: /, '')}`,
    );
    this.name = 'WarehouseUnreadableError';
  }
}

/** DuckDB's words when another process holds the file ("Could not set lock … Conflicting lock"). */
const isLockConflict = (message: string): boolean => /could not set lock|conflicting lock/i.test(message);

/**
 * A DuckDB instance on the warehouse file, with DuckDB's failure to open it put in words: another
 * process holds it (busy), or it is damaged or no DuckDB database (unreadable). Every command
 * that opens the warehouse, to write or only to read, opens it here.
 */
export async function openInstance(path: string, options: Record<string, string>): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, options);
  } catch (error) {
    // DuckDB takes a file lock; a second writer fails at once with "Could not set lock". (Not any
    // message with "lock" in it: a damaged file's "checksum … in block" is no lock.)
    const message = error instanceof Error ? error.message : String(error);
    throw isLockConflict(message) ? new WarehouseBusyError(path) : new WarehouseUnreadableError(path, message);
  }
}

export async function openWarehouse(path: string = DEFAULT_WAREHOUSE): Promise<Warehouse> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // Nothing may be fetched at run time: an unknown extension must fail, not try the network.
  const instance = await openInstance(path, { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    for (const statement of warehouseDdl()) await connection.run(statement);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw new WarehouseUnreadableError(path, error instanceof Error ? error.message : String(error));
  }
  const db = new Kysely<WarehouseTables>({ dialect: new DuckDbDialect({ database: instance }) });
  return {
    path,
    instance,
    connection,
    db,
    async close() {
      await db.destroy();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Run `work` in one transaction on the warehouse connection: all of it lands, or none. */
export async function inTransaction<T>(
  connection: DuckDBConnection,
  work: () => Promise<T>,
): Promise<T> {
  await connection.run('begin transaction');
  try {
    const result = await work();
    await connection.run('commit');
    return result;
  } catch (error) {
    // A commit that fails (a full disk, say) has already ended the transaction: the rollback then
    // fails too, and its "no transaction is active" must not hide what really went wrong.
    await connection.run('rollback').catch(() => {});
    throw error;
  }
}

/**
 * Runs a query built with Kysely on the warehouse connection itself, so that it joins the
 * transaction open there (Kysely's own connections would commit on their own).
 */
export async function runOn(connection: DuckDBConnection, query: Compilable): Promise<void> {
  const { sql, parameters } = query.compile();
  await connection.run(sql, parameters as never);
}
