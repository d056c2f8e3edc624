// Buffers rows for one raw table column by column and hands them to DuckDB's appender in data
// chunks of 2,048 rows (DuckDB's vector size): the fastest way in from TypeScript, and never a
// row-by-row INSERT (shared/evidence-offline.md, "@duckdb/node-api findings").
//
// Numbers and dates are kept in typed arrays and copied into each chunk's vectors with one call per
// column, and nulls in a validity bitmask of our own, through @duckdb/node-bindings (the C API that
// @duckdb/node-api is built on). node-api's own vectors take a JavaScript value object per cell and
// mark validity with a BigInt per cell: four times slower for the same chunk (docs/benchmarks.md).
import { BIGINT, DATE, DOUBLE, DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBAppender, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import bindings from '@duckdb/node-bindings';
import type { ColumnType } from '../ilr/entities.ts';
import type { FieldValue, Row } from '../ilr/row.ts';

const CHUNK_ROWS = 2048;
/**
 * DuckDB's string_t (duckdb_string_t in duckdb.h): 16 bytes, a 32-bit length and then, for a string
 * of up to 12 bytes, the bytes themselves, the rest zero (DuckDB compares inlined strings whole).
 */
const STRING_T_BYTES = 16;
const INLINED_BYTES = 12;

const DUCKDB_TYPE: Record<ColumnType, DuckDBType> = {
  varchar: VARCHAR,
  integer: INTEGER,
  bigint: BIGINT,
  // DuckDB's DATE is a 32-bit count of days since 1970-01-01, as the loader holds dates.
  date: DATE,
  double: DOUBLE,
};

/** One column's values for the chunk being gathered. */
type Buffer =
  | { kind: 'varchar'; values: (string | null)[] }
  | { kind: 'int32'; values: Int32Array }
  | { kind: 'float64'; values: Float64Array }
  | { kind: 'int64'; values: BigInt64Array };

function bufferFor(type: ColumnType): Buffer {
  switch (type) {
    case 'varchar':
      return { kind: 'varchar', values: new Array<string | null>(CHUNK_ROWS).fill(null) };
    case 'integer':
    case 'date':
      return { kind: 'int32', values: new Int32Array(CHUNK_ROWS) };
    case 'double':
      return { kind: 'float64', values: new Float64Array(CHUNK_ROWS) };
    case 'bigint':
      return { kind: 'int64', values: new BigInt64Array(CHUNK_ROWS) };
  }
}

/** A typed array would wrap a number it cannot hold; the parser never lets one through. */
function int32(value: FieldValue, column: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if ((n | 0) !== n) throw new Error(`${column}: ${String(value)} is not a 32-bit whole number`);
  return n;
}

export class TableAppender {
  private readonly names: string[];
  private readonly types: DuckDBType[];
  private readonly buffers: Buffer[];
  /** Per column, one bit per row: set when the value is not null (DuckDB's validity layout). */
  private readonly validity: Uint8Array[];
  private readonly hasNull: boolean[];
  private rows = 0;
  appended = 0;
  /** A text column's string_t values for one chunk, built here and copied in with one call. */
  private readonly strings = new Uint8Array(CHUNK_ROWS * STRING_T_BYTES);
  private readonly stringLengths = new Uint32Array(this.strings.buffer);

  private constructor(
    private readonly appender: DuckDBAppender,
    spec: readonly { column: string; type: ColumnType }[],
  ) {
    this.names = spec.map(({ column }) => column);
    this.types = spec.map(({ type }) => DUCKDB_TYPE[type]);
    this.buffers = spec.map(({ type }) => bufferFor(type));
    this.validity = spec.map(() => new Uint8Array(CHUNK_ROWS / 8).fill(0xff));
    this.hasNull = spec.map(() => false);
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
    const { names, buffers, rows: r } = this;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const value = row[name];
      const buffer = buffers[i] as Buffer;
      if (value === null || value === undefined) {
        (this.validity[i] as Uint8Array)[r >> 3] &= ~(1 << (r & 7));
        this.hasNull[i] = true;
        if (buffer.kind === 'varchar') buffer.values[r] = null;
        continue;
      }
      switch (buffer.kind) {
        case 'varchar':
          buffer.values[r] = typeof value === 'string' ? value : String(value);
          break;
        case 'int32':
          buffer.values[r] = int32(value, name);
          break;
        case 'float64':
          buffer.values[r] = typeof value === 'number' ? value : Number(value);
          break;
        case 'int64':
          buffer.values[r] = typeof value === 'bigint' ? value : BigInt(value);
          break;
      }
    }
    this.rows = r + 1;
    if (this.rows === CHUNK_ROWS) this.flushChunk();
  }

  private flushChunk(): void {
    const rows = this.rows;
    if (rows === 0) return;
    const chunk = DuckDBDataChunk.create(this.types, rows);
    for (let i = 0; i < this.buffers.length; i++) {
      const vector = bindings.data_chunk_get_vector(chunk.chunk, i);
      const buffer = this.buffers[i] as Buffer;
      if (buffer.kind === 'varchar') {
        this.copyStrings(vector, buffer.values, rows);
      } else {
        const values = buffer.values;
        bindings.copy_data_to_vector(vector, 0, values.buffer as ArrayBuffer, 0, rows * values.BYTES_PER_ELEMENT);
      }
      if (this.hasNull[i]) {
        const validity = this.validity[i] as Uint8Array;
        bindings.vector_ensure_validity_writable(vector);
        // The mask is read in 64-bit words: whole words, though only `rows` bits count.
        bindings.copy_data_to_vector_validity(vector, 0, validity.buffer as ArrayBuffer, 0, Math.ceil(rows / 64) * 8);
        validity.fill(0xff);
        this.hasNull[i] = false;
      }
    }
    this.appender.appendDataChunk(chunk);
    this.appended += rows;
    this.rows = 0;
  }

  /**
   * Text into a vector. Nearly every ILR value is a short ASCII code: those are written as inlined
   * string_t values and copied in with one call for the whole column; a longer or non-ASCII value
   * goes in through DuckDB (one call each), after, into its own row. A call per value was most of
   * the appender's time (docs/benchmarks.md, "Ingest, 2026-12-03").
   */
  private copyStrings(vector: bindings.Vector, values: (string | null)[], rows: number): void {
    const { strings, stringLengths } = this;
    strings.fill(0, 0, rows * STRING_T_BYTES);
    let long: number[] | null = null;
    for (let r = 0; r < rows; r++) {
      const value = values[r];
      if (value === null || value === undefined) continue;
      const length = value.length;
      let ascii = length <= INLINED_BYTES;
      const at = r * STRING_T_BYTES + 4;
      for (let k = 0; ascii && k < length; k++) {
        const c = value.charCodeAt(k);
        if (c >= 0x80) ascii = false;
        else strings[at + k] = c;
      }
      if (ascii) stringLengths[r * 4] = length;
      else (long ??= []).push(r);
    }
    bindings.copy_data_to_vector(vector, 0, strings.buffer as ArrayBuffer, 0, rows * STRING_T_BYTES);
    if (long !== null) {
      for (const r of long) bindings.vector_assign_string_element(vector, r, values[r] as string);
    }
  }

  /** Sends what is buffered and closes the appender (it must close before the transaction commits). */
  close(): void {
    this.flushChunk();
    this.appender.flushSync();
    this.appender.closeSync();
  }
}
