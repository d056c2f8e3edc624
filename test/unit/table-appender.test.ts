// The appender writes typed arrays and validity bits straight into DuckDB's vectors, so what comes
// back out of the table must be exactly what went in: every type, nulls anywhere, text that needs
// care, and more rows than one chunk holds.
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnType } from '../../pipelines/ilr/entities.ts';
import type { Row } from '../../pipelines/ilr/row.ts';
import { TableAppender } from '../../pipelines/warehouse/table-appender.ts';

const SPEC: { column: string; type: ColumnType }[] = [
  { column: 'n', type: 'integer' },
  { column: 's', type: 'varchar' },
  { column: 'i', type: 'integer' },
  { column: 'b', type: 'bigint' },
  { column: 'd', type: 'date' },
  { column: 'x', type: 'double' },
];

const TEXTS = ['', 'plain', 'with "quotes", commas\nand a newline', 'Ünïcödé — 学習者 🎓', ' padded '];

/** Row n: each column null on its own rhythm, so nulls fall on every bit position of a word. */
function rowFor(n: number): Row {
  return {
    n,
    s: n % 7 === 0 ? null : `${TEXTS[n % TEXTS.length]}${n}`,
    i: n % 3 === 0 ? null : n % 2 === 0 ? 2_147_483_647 - n : -2_147_483_648 + n,
    b: n % 5 === 0 ? null : 9_999_999_999n - BigInt(n),
    d: n % 11 === 0 ? null : -25_000 + n,
    x: n % 13 === 0 ? null : n / 7,
    // A column the table does not have is ignored; one the row lacks is null.
    stray: 'ignored',
  };
}

describe('TableAppender', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('reads back every value and null it appended, across several chunks', async () => {
    const connection = await instance.connect();
    await connection.run('create table t (n integer, s varchar, i integer, b bigint, d date, x double)');
    const appender = await TableAppender.open(connection, 'main', 't', SPEC);
    const count = 5_000; // two full chunks of 2,048 and a part-filled one
    for (let n = 0; n < count; n++) appender.add(rowFor(n));
    appender.add({ n: count }); // every other column missing
    appender.close();
    expect(appender.appended).toBe(count + 1);

    const result = await connection.runAndReadAll(
      "select n, s, i, b, d - date '1970-01-01' as d, x from t order by n",
    );
    const rows = result.getRowObjects();
    expect(rows).toHaveLength(count + 1);
    for (let n = 0; n < count; n++) {
      const want = rowFor(n);
      const got = rows[n] as Record<string, unknown>;
      expect(got.n).toBe(n);
      expect(got.s).toBe(want.s);
      expect(got.i).toBe(want.i);
      expect(got.b).toBe(want.b);
      expect(got.d === null ? null : Number(got.d)).toBe(want.d);
      expect(got.x).toBe(want.x);
    }
    expect(rows[count]).toEqual({ n: count, s: null, i: null, b: null, d: null, x: null });
    connection.closeSync();
  });

  it('stores short text as DuckDB does: equal to the same text written in SQL, grouped with it, of the right length', async () => {
    // Text of up to 12 ASCII bytes is written inlined, straight into the vector; longer or
    // non-ASCII text through DuckDB. Every length either side of 12, a value that follows a longer
    // one in the same chunk (no bytes of it may remain), and the same text both ways.
    const connection = await instance.connect();
    await connection.run('create table texts (n integer, s varchar)');
    const appender = await TableAppender.open(connection, 'main', 'texts', [
      { column: 'n', type: 'integer' },
      { column: 's', type: 'varchar' },
    ]);
    // '', 'a', 'ab', … 'abcdefghijklmn', each also after an accented letter ('éab' …), each twice.
    const texts = Array.from({ length: 15 }, (_, k) => 'abcdefghijklmno'.slice(0, k)).flatMap((t) => [t, `é${t}`, t]);
    const written = Array.from({ length: 3000 }, (_, n) => texts[n % texts.length] as string);
    for (const [n, s] of written.entries()) appender.add({ n, s });
    appender.close();
    // Each distinct text read back once per group, with its length, and equal to the same text written in SQL.
    const result = await connection.runAndReadAll(
      `select t.s, count(*) as times, any_value(length(t.s)) as length, bool_and(t.s = v.s) as same
         from texts t join (values ${texts.map((x) => `('${x}')`).join(', ')}) v(s) on t.s = v.s
        group by t.s order by t.s`,
    );
    const distinct = [...new Set(texts)].sort();
    expect(result.getRowObjects().map((r) => [r.s, Number(r.times), Number(r.length), r.same])).toEqual(
      distinct.map((t) => [t, written.filter((w) => w === t).length * texts.filter((x) => x === t).length, [...t].length, true]),
    );
    const twelve = await connection.runAndReadAll("select count(*) as c from texts where s in ('abcdefghijkl', 'abcdefghijklm')");
    expect(Number(twelve.getRowObjects()[0]?.c)).toBe(written.filter((w) => w === 'abcdefghijkl' || w === 'abcdefghijklm').length);
    connection.closeSync();
  });

  it('refuses an integer a 32-bit column cannot hold rather than wrap it', async () => {
    const connection = await instance.connect();
    await connection.run('create table too_big (n integer)');
    const appender = await TableAppender.open(connection, 'main', 'too_big', [{ column: 'n', type: 'integer' }]);
    expect(() => appender.add({ n: 2_147_483_648 })).toThrow(/n: 2147483648 is not a 32-bit whole number/);
    expect(() => appender.add({ n: 1.5 })).toThrow(/not a 32-bit whole number/);
    connection.closeSync();
  });
});
