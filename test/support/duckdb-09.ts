// DuckDB 0.9.1 as the browser runs it: @duckdb/duckdb-wasm 1.28.0 (the version package.json pins
// through `overrides`), in its blocking Node build. Page SQL is checked here against the very
// parquet files the built site serves, so a construct 0.9 lacks fails a test, not a reader.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

interface BlockingConnection {
  query(sql: string): { numRows: number };
  close(): void;
}
interface BlockingDb {
  instantiate(): Promise<unknown>;
  open(config: object): void;
  connect(): BlockingConnection;
  registerFileURL(name: string, url: string, protocol: number, directIO: boolean): void;
}
interface WasmModule {
  createDuckDB(bundles: object, logger: object, runtime: object): Promise<BlockingDb>;
  NODE_RUNTIME: object;
  VoidLogger: new () => object;
  DuckDBDataProtocol: { NODE_FS: number };
}

const require = createRequire(import.meta.url);

export interface Duckdb09 {
  version: string;
  /** Runs one statement; throws DuckDB's error if 0.9 cannot run it. Returns the row count. */
  run(sql: string): number;
  /** Makes `<schema>.<table>` a view over a parquet file on disk. */
  attachParquet(schema: string, table: string, path: string): void;
  close(): void;
}

export async function openDuckdb09(): Promise<Duckdb09> {
  const wasm = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking') as WasmModule;
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm'));
  const db = await wasm.createDuckDB(
    {
      mvp: { mainModule: resolve(dist, 'duckdb-mvp.wasm'), mainWorker: resolve(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: resolve(dist, 'duckdb-eh.wasm'), mainWorker: resolve(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new wasm.VoidLogger(),
    wasm.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const connection = db.connect();
  const versionTable = connection.query('select version() as v') as unknown as { getChild(name: string): { get(i: number): unknown } | null };
  const version = String(versionTable.getChild('v')?.get(0));
  return {
    version,
    run: (sql) => connection.query(sql).numRows,
    attachParquet(schema, table, path) {
      const fileName = `${schema}_${table}.parquet`;
      db.registerFileURL(fileName, path, wasm.DuckDBDataProtocol.NODE_FS, false);
      connection.query(`create schema if not exists "${schema}"`);
      connection.query(`create or replace view "${schema}"."${table}" as select * from read_parquet('${fileName}')`);
    },
    close: () => connection.close(),
  };
}
