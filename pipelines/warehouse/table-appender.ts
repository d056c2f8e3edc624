// Buffers rows for one raw table column by column and hands them to DuckDB's appender in data
// chunks of 2,048 rows (DuckDB's vector size): the fastest way in from TypeScript, and never a
// row-by-row INSERT (shared/evidence-offline.md, "@duckdb/node-api findings").
import {
  BIGINT,
  DATE,
  DOUBLE,
  DuckDBDataChunk,
  DuckDBDateValue,
  INTEGER,
  VARCHAR,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { ColumnType } from '../ilr/entities.ts';
import type { FieldValue, Row } from '../ingest/parse-fields.ts';

const CHUNK_ROWS = 2048;

const DUCKDB_TYPE: Record<ColumnType, DuckDBType> = {
  varchar: VARCHAR,
  integer: INTEGER,
  bigint: BIGINT,
  date: DATE,
  double: DOUBLE,
};

type Convert = (value: FieldValue) => DuckDBValue;

/** One converter per column type, chosen once per table rather than per value. */
const CONVERT: Record<ColumnType, Convert> = {
  varchar: (value) => (typeof value === 'string' ? value : String(value)),
  integer: (value) => (typeof value === 'number' ? value : Number(value)),
  double: (value) => (typeof value === 'number' ? value : Number(value)),
  bigint: (value) => (typeof value === 'bigint' ? value : BigInt(value as string | number)),
  date: (value) => new DuckDBDateValue(Number(value)),
};

export class TableAppender {
  private readonly columns: DuckDBValue[][];
  private readonly types: DuckDBType[];
  private readonly names: string[];
  private readonly converts: Convert[];
  private rows = 0;
  appended = 0;

  private constructor(
    private readonly appender: DuckDBAppender,
    private readonly spec: readonly { column: string; type: ColumnType }[],
  ) {
    this.types = spec.map(({ type }) => DUCKDB_TYPE[type]);
    this.names = spec.map(({ column }) => column);
    this.converts = spec.map(({ type }) => CONVERT[type]);
    this.columns = spec.map(() => []);
  }

  static async open(
    connection: DuckDBConnection,
    schema: string,
    table: string,
    spec: readonly { column: string; type: ColumnType }[],
  ): Promise<TableAppender> {
    return new TableAppender(await connection.createAppender(table, schema), spec);
  }

  /**
   * Buffers one row; a column the row lacks is null. Callers set provenance on the row in place
   * rather than copy it: spreading wide rows into new objects cost more than parsing the XML
   * (measured with npm run bench).
   */
  add(row: Row): void {
    const { names, converts, columns } = this;
    for (let i = 0; i < names.length; i++) {
      const value = row[names[i] as string];
      (columns[i] as DuckDBValue[]).push(value === null || value === undefined ? null : (converts[i] as Convert)(value));
    }
    this.rows += 1;
    if (this.rows >= CHUNK_ROWS) this.flushChunk();
  }

  private flushChunk(): void {
    if (this.rows === 0) return;
    const chunk = DuckDBDataChunk.create(this.types, this.rows);
    chunk.setColumns(this.columns);
    this.appender.appendDataChunk(chunk);
    this.appended += this.rows;
    for (const column of this.columns) column.length = 0;
    this.rows = 0;
  }

  /** Sends what is buffered and closes the appender (it must close before the transaction commits). */
  close(): void {
    this.flushChunk();
    this.appender.flushSync();
    this.appender.closeSync();
  }
}
