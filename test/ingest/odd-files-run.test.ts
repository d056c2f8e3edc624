// Issue "Hostile and odd files", the file-level part: whatever a file is, it ends as its own
// meta.batches row — loaded, refused with one sentence, or duplicate — and the run goes on; a
// preparation date that cannot rank a return is refused; the fix-list CSV runs no formula; a
// reference file's name never becomes SQL; messages say what happened.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../pipelines/cli/commands/ingest.ts';
import { zipBombReason } from '../../pipelines/ingest/file-source.ts';
import { checkPreparedOn } from '../../pipelines/ingest/prepared-date.ts';
import { neutralise } from '../../pipelines/ingest/write-report.ts';
import { inTransaction, openWarehouse, type Warehouse } from '../../pipelines/warehouse/open.ts';
import { returnXml, type FixtureReturn } from '../support/ilr-xml.ts';

const ROOT = join(import.meta.dirname, '../..');
const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
const AIM = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 };
const RETURN: FixtureReturn = { ukprn: 10000001, year: 2020, learners: [{ learnRefNumber: 'A1', aims: [AIM] }] };
const XML = returnXml(RETURN);
const name = (serial: number, ext = 'xml') => `ILR-10000001-2021-20211015-0900${String(serial).padStart(2, '0')}-01.${ext}`;

async function zipOf(path: string, entryName: string, content: Buffer, compress: boolean): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(content, entryName, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(path, Buffer.concat(chunks));
}

/** Patches a 4-byte little-endian field of the zip's central directory entry. */
function patchCentral(path: string, fieldOffset: number, value: number): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt32LE(value, at + fieldOffset);
  writeFileSync(path, bytes);
}

describe('a run of odd files', () => {
  let dir: string;
  let w: Warehouse;
  let batches: Record<string, { status: string; message: string | null }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ilr-odd-'));
    const files: string[] = [];
    const add = (file: string) => {
      files.push(join(dir, file));
      return join(dir, file);
    };
    // A zip whose entry is stored, not deflated (zip -0): a valid zip, to be loaded.
    await zipOf(add(name(1, 'zip')), name(1), Buffer.from(XML.replace('A1', 'STORED1')), false);
    // Corrupt deflate data: bytes in the middle of the compressed stream overwritten.
    const corrupt = add(name(2, 'zip'));
    await zipOf(corrupt, name(2), Buffer.from(XML.repeat(1).replace('A1', 'CORRUPT1') + ' '.repeat(5000)), true);
    const fd = openSync(corrupt, 'r+');
    writeSync(fd, Buffer.alloc(24, 0xff), 0, 24, 80);
    closeSync(fd);
    // An entry whose declared (central directory) uncompressed size lies.
    const lying = add(name(3, 'zip'));
    await zipOf(lying, name(3), Buffer.from(XML.replace('A1', 'LIES1')), true);
    patchCentral(lying, 24, 100);
    // Preparation dates that are no date.
    writeFileSync(add(name(4)), XML.replace(/<FilePreparationDate>[^<]*</, '<FilePreparationDate>2026-02-30<'));
    writeFileSync(add(name(5)), XML.replace(/<FilePreparationDate>[^<]*</, '<FilePreparationDate>0000-00-00<'));
    // 5,000 levels of nested unknown elements inside a learner (about 35 KB).
    writeFileSync(add(name(6)), XML.replace('<LearnRefNumber>A1</LearnRefNumber>', `<LearnRefNumber>DEEP1</LearnRefNumber>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}`));
    // A folder named like an ILR file, and a file that is not there.
    mkdirSync(add(name(7)));
    add(name(8));
    // Last, a good file: the run must reach it.
    writeFileSync(add(name(9)), XML.replace('A1', 'GOOD1'));

    w = await openWarehouse(join(dir, 'w.duckdb'));
    await w.close();
    const log = console.log;
    console.log = () => {};
    try {
      await runIngest(files, join(dir, 'w.duckdb'));
    } finally {
      console.log = log;
    }
    w = await openWarehouse(join(dir, 'w.duckdb'));
    const rows = (await w.connection.runAndReadAll('select file_name, status, message from meta.batches order by batch_id')).getRowObjectsJson();
    batches = Object.fromEntries(rows.map((r) => [String(r.file_name), { status: String(r.status), message: r.message === null ? null : String(r.message) }]));
  }, 60_000);

  afterAll(async () => {
    await w?.close();
  });

  it('gives every file offered a row of its own and goes on to the next', () => {
    expect(Object.keys(batches)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i <= 3 ? name(i, 'zip') : name(i))));
    expect(batches[name(9)]?.status).toBe('loaded');
  });

  it('loads a zip whose entry is stored, not deflated', () => {
    expect(batches[name(1, 'zip')]).toEqual({ status: 'loaded', message: null });
  });

  it('refuses a damaged zip with a sentence, not a stack trace', () => {
    expect(batches[name(2, 'zip')]?.status).toBe('refused');
    expect(batches[name(2, 'zip')]?.message).toMatch(/^The zip file is corrupt/);
    expect(batches[name(3, 'zip')]?.status).toBe('refused');
    expect(batches[name(3, 'zip')]?.message).toMatch(/^The zip file is corrupt.*bytes/);
  });

  it('refuses a preparation date that is no date, and says why', () => {
    for (const i of [4, 5]) {
      expect(batches[name(i)]?.status).toBe('refused');
      expect(batches[name(i)]?.message).toMatch(/^The file preparation date "(2026-02-30|0000-00-00)" is not a date the ILR allows/);
    }
  });

  it('refuses elements nested too deep, a folder and a missing file, each in plain words', () => {
    expect(batches[name(6)]?.status).toBe('refused');
    expect(batches[name(6)]?.message).toMatch(/nest/i);
    expect(batches[name(6)]?.message).not.toMatch(/RangeError|stack/i);
    expect(batches[name(7)]).toEqual({ status: 'refused', message: 'This is a folder, not a file.' });
    expect(batches[name(8)]).toEqual({ status: 'refused', message: 'There is no such file.' });
  });

  it('keeps nothing of a refused file', async () => {
    const refs = (await w.connection.runAndReadAll('select learn_ref_number from raw.learner order by 1')).getRows().map((r) => r[0]);
    expect(refs).toEqual(['GOOD1', 'STORED1']);
  });
});

describe('the file preparation date', () => {
  it('accepts a real day in its year’s window, with or without a time zone', () => {
    expect(checkPreparedOn('2021-10-15', 2020, '2026-12-03')).toBe('2021-10-15');
    expect(checkPreparedOn('2021-10-15Z', 2020, '2026-12-03')).toBe('2021-10-15');
    expect(checkPreparedOn('2021-10-15+01:00', 2020, '2026-12-03')).toBe('2021-10-15');
    expect(checkPreparedOn(null, 2020, '2026-12-03')).toBeNull();
  });

  it('refuses one after today (Header_2), one outside the window, and one it cannot read', () => {
    expect(() => checkPreparedOn('2099-12-31', 2025, '2026-12-03')).toThrow(/after today \(2026-12-03\) \(Header_2\)/);
    expect(() => checkPreparedOn('2019-10-15', 2020, '2026-12-03')).toThrow(/outside the window of a 2020\/21 return \(2020-01-01 to 2021-12-31\)/);
    expect(() => checkPreparedOn('2023-01-01', 2020, '2026-12-03')).toThrow(/outside the window/);
    expect(() => checkPreparedOn('15/10/2021', 2020, '2026-12-03')).toThrow(/"15\/10\/2021" is not a date the ILR allows/);
    expect(() => checkPreparedOn('2021-10-15T09:00:00', 2020, '2026-12-03')).toThrow(/is not a date the ILR allows/);
  });

  it('so a return dated 2099 never outranks the real latest one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-prep-'));
    const future = join(dir, 'ILR-10000001-2021-20991231-090000-01.xml');
    writeFileSync(future, XML.replace(/<FilePreparationDate>[^<]*</, '<FilePreparationDate>2099-12-31<'));
    const r = ilr('ingest', future, '--warehouse', join(dir, 'w.duckdb'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/REFUSED ILR-10000001-2021-20991231-090000-01\.xml: The file preparation date 2099-12-31 is after today/);
  });
});

describe('zip bombs', () => {
  it('are refused unread past 4 GB or 200 times their packed size', () => {
    expect(zipBombReason(1024 ** 3, 1024 ** 2)).toMatch(/over 200 times its packed size/);
    expect(zipBombReason(5 * 1024 ** 3, 1024 ** 3)).toMatch(/more than the 4 GB/);
    expect(zipBombReason(300 * 1024 ** 2, 20 * 1024 ** 2)).toBeNull();
    expect(zipBombReason(10 * 1024 ** 2, 1024)).toBeNull(); // small enough not to matter
  });

  it('a 1 GB entry of spaces packed into a zip is refused as a bomb, before anything is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-bomb-'));
    const path = join(dir, name(1, 'zip'));
    // yazl streams the entry; the spaces are never in memory at once.
    const zip = new yazl.ZipFile();
    const { Readable } = await import('node:stream');
    let left = 1024 ** 3;
    const spaces = Buffer.alloc(1 << 20, 0x20);
    zip.addReadStream(
      new Readable({
        read() {
          if (left <= 0) this.push(null);
          else {
            left -= spaces.length;
            this.push(spaces);
          }
        },
      }),
      name(1),
    );
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    writeFileSync(path, Buffer.concat(chunks));
    const r = ilr('ingest', path, '--warehouse', join(dir, 'w.duckdb'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/would unpack to 1,024 MB from 1 MB — over 200 times its packed size/);
  }, 60_000);
});

describe('the --report CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, keeping them readable', () => {
    expect(neutralise('=HYPERLINK("http://x","click")')).toBe(`'=HYPERLINK("http://x","click")`);
    expect(neutralise('=cmd|\' /C calc\'!A0')).toBe(`'=cmd|' /C calc'!A0`);
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('ULN_04')).toBe('ULN_04');
    expect(neutralise(12)).toBe(12);
  });

  it('writes a formula-looking value from the file as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-csvinj-'));
    const file = join(dir, name(1));
    writeFileSync(file, XML.replace('<ULN>1000000043</ULN>', '<ULN>=HYPERLINK("http://x")</ULN>'));
    const report = join(dir, 'q.csv');
    const r = ilr('ingest', file, '--warehouse', join(dir, 'w.duckdb'), '--report', report);
    expect(r.status).toBe(0);
    const lines = parse(readFileSync(report, 'utf8'), { columns: true }) as Record<string, string>[];
    const uln = lines.find((l) => l.field === 'ULN');
    expect(uln?.value).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('ilr models', () => {
  it('refuses a reference file whose name is not a plain name, and builds nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-refname-'));
    const warehouse = join(dir, 'w.duckdb');
    const file = join(dir, name(1));
    writeFileSync(file, XML);
    expect(ilr('ingest', file, '--warehouse', warehouse).status).toBe(0);
    mkdirSync(join(dir, 'ref'));
    const evil = 't as select 42; drop table raw.learner; create table x';
    writeFileSync(join(dir, 'ref', `${evil}.csv`), 'a\n1\n');
    const r = ilr('models', '--warehouse', warehouse);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("a reference file's name becomes a table name");
    const w = await openWarehouse(warehouse);
    try {
      const n = (await w.connection.runAndReadAll('select count(*) from raw.learner')).getRows()[0]?.[0];
      expect(Number(n)).toBe(1);
    } finally {
      await w.close();
    }
  });
});

describe('messages that say what happened', () => {
  it('calls a damaged warehouse damaged, not busy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-damaged-'));
    const warehouse = join(dir, 'w.duckdb');
    const file = join(dir, name(1));
    writeFileSync(file, XML);
    expect(ilr('ingest', file, '--warehouse', warehouse).status).toBe(0);
    const fd = openSync(warehouse, 'r+');
    writeSync(fd, Buffer.alloc(16_384, 7), 0, 16_384, 12_288);
    closeSync(fd);
    const r = ilr('sql', '--warehouse', warehouse, 'select count(*) from raw.learner');
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/in use by another/);
    expect(r.stderr).toMatch(/damaged|cannot be opened|not a DuckDB warehouse/);
    const notDb = join(dir, 'notes.duckdb');
    writeFileSync(notDb, 'hello');
    const other = ilr('models', '--warehouse', notDb);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`${notDb} is not a DuckDB warehouse`);
    expect(other.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says the warehouse is busy, without a stack trace, when ilr models runs during a load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-busy-'));
    const warehouse = join(dir, 'w.duckdb');
    // Hold the warehouse open in another process, as a load would.
    const holder = spawn(process.execPath, ['--import', 'tsx', '-e', `
      const { openWarehouse } = await import(${JSON.stringify(join(ROOT, 'pipelines/warehouse/open.ts'))});
      await openWarehouse(${JSON.stringify(warehouse)});
      console.log('open');
      setTimeout(() => {}, 60_000);
    `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.on('data', () => resolve()));
    try {
      const r = ilr('models', '--warehouse', warehouse);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('is in use by another ilr process');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.kill();
    }
  });

  it('names the line of a bare & instead of calling the file truncated at its end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-amp-'));
    const many: FixtureReturn = { ...RETURN, learners: Array.from({ length: 60 }, (_, i) => ({ learnRefNumber: `L${i}`, aims: [AIM] })) };
    const text = returnXml(many);
    const bare = join(dir, name(1));
    writeFileSync(bare, text.replace('<LearnRefNumber>L0<', '<LearnRefNumber>L0 & Co<'));
    const line = text.split('\n').findIndex((l) => l.includes('<LearnRefNumber>L0<')) + 1;
    // In CDATA an & is legal: that file loads.
    const cdata = join(dir, name(2));
    writeFileSync(cdata, text.replace('<Sex>F</Sex>', '<Sex><![CDATA[F]]></Sex><!-- Smith & Co -->'));
    const w = await openWarehouse(join(dir, 'w.duckdb'));
    await w.close();
    const log = console.log;
    console.log = () => {};
    let summaries;
    try {
      summaries = await runIngest([bare, cdata], join(dir, 'w.duckdb'));
    } finally {
      console.log = log;
    }
    expect(summaries[0]?.status).toBe('refused');
    expect(summaries[0]?.message).toBe(`The file has an "&" that starts no reference (write a literal & as &amp;), and cannot be read past it. (line ${line})`);
    expect(summaries[1]?.status).toBe('loaded');
  });

  it('reports what made a commit fail, not the rollback that followed it', async () => {
    const calls: string[] = [];
    const connection = {
      async run(sql: string) {
        calls.push(sql);
        if (sql === 'commit') throw new Error('IO Error: No space left on device');
        if (sql === 'rollback') throw new Error('TransactionContext Error: cannot rollback - no transaction is active');
      },
    };
    await expect(inTransaction(connection as never, async () => 1)).rejects.toThrow('No space left on device');
    expect(calls).toEqual(['begin transaction', 'commit', 'rollback']);
  });
});



