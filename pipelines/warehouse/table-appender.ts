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

function toDuckDB(type: ColumnType, value: FieldValue | undefined): DuckDBValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'date':
      return new DuckDBDateValue(Number(value));
    case 'bigint':
      return typeof value === 'bigint' ? value : BigInt(value);
    case 'integer':
    case 'double':
      return Number(value);
    case 'varchar':
      return String(value);
  }
}

export class TableAppender {
  private readonly columns: DuckDBValue[][];
  private readonly types: DuckDBType[];
  private rows = 0;
  appended = 0;

  private constructor(
    private readonly appender: DuckDBAppender,
    private readonly spec: readonly { column: string; type: ColumnType }[],
  ) {
    this.types = spec.map(({ type }) => DUCKDB_TYPE[type]);
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
   * Buffers one row. Columns missing from `row` are read from `context` (the provenance every
   * row of a file shares), so callers never copy a row to add them: spreading wide rows into new
   * objects cost more than parsing the XML (measured with npm run bench).
   */
  add(row: Row, context?: Row): void {
    const { spec, columns } = this;
    for (let i = 0; i < spec.length; i++) {
      const { column, type } = spec[i] as { column: string; type: ColumnType };
      const value = column in row ? row[column] : context?.[column];
      (columns[i] as DuckDBValue[]).push(toDuckDB(type, value));
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
