// The CLI as a newcomer meets it: what it says when there is nothing to do, when a year does not
// exist, when there is no warehouse yet, and how to reach what it quarantined.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeReturns } from '../support/ilr-xml.ts';

const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-guide-'));
const AIM = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 };

describe('ilr ingest on a folder', () => {
  it('exits 1 when a folder offers no ILR file, and names what it skipped and why', () => {
    const dir = tmp();
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = ilr('ingest', empty, '--warehouse', join(dir, 'w.duckdb'));
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`no ILR file was offered: ${empty} holds no file named ILR-`);

    const odd = join(dir, 'odd');
    mkdirSync(join(odd, 'ILR-10000001-2021-20211015-090000-01.xml'), { recursive: true });
    writeFileSync(join(odd, 'notes.txt'), 'hello');
    writeFileSync(join(odd, 'export.xml'), '<x/>');
    const skipped = ilr('ingest', odd, '--warehouse', join(dir, 'w.duckdb'));
    expect(skipped.status).toBe(1);
    expect(skipped.stdout).toContain(`skipped ${join(odd, 'notes.txt')}: not .xml, .zip or .csv`);
    expect(skipped.stdout).toContain(`skipped ${join(odd, 'export.xml')}: its name does not start with ILR-`);
    expect(skipped.stdout).toContain(`skipped ${join(odd, 'ILR-10000001-2021-20211015-090000-01.xml')}: a folder`);
    expect(skipped.stderr).toContain('3 other item(s) skipped');
    expect(existsSync(join(dir, 'w.duckdb'))).toBe(false);
  });

  it('says how to see the quarantined records, and the query it gives works', () => {
    const dir = tmp();
    const warehouse = join(dir, 'w.duckdb');
    const [file] = writeReturns([
      { ukprn: 10000001, year: 2020, learners: [{ learnRefNumber: 'GOOD1', aims: [AIM] }, { learnRefNumber: 'BAD1', uln: '1000000042', aims: [AIM] }] },
    ]) as [string];
    const first = ilr('ingest', file, '--warehouse', warehouse);
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('see quarantine.records');
    expect(first.stdout).toContain('run the load again with --report FILE.csv');
    const query = /ilr sql --warehouse \S+ "(.+)"/.exec(first.stdout)?.[1];
    expect(query).toBeDefined();
    const rows = JSON.parse(ilr('sql', '--warehouse', warehouse, '--json', query!).stdout) as { rule_id: string }[];
    expect(rows.map((r) => r.rule_id)).toEqual(['ULN_04']);

    // Loading it again changes nothing, but --report still writes what the first load quarantined.
    const report = join(dir, 'q.csv');
    const again = ilr('ingest', file, '--warehouse', warehouse, '--report', report);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('1 already loaded');
    const lines = parse(readFileSync(report, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(lines.map((l) => [l.learn_ref_number, l.rule_id])).toEqual([['BAD1', 'ULN_04']]);
  });
});

describe('ilr generate', () => {
  it('names the years and formats that exist when none is asked for', () => {
    const r = ilr('generate', '--years', '2030-2031', '--out', tmp());
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('no both');
    expect(r.stderr).toContain('no ILR returns can be generated for 2030/31–2031/32');
    expect(r.stderr).toContain('ILR XML for 2018/19–2025/26 (--years 2018-2025)');
    expect(r.stderr).toContain('legacy CSV for 2007/08–2010/11 (--years 2007-2010)');
    const xml = ilr('generate', '--years', '2009', '--format', 'xml', '--out', tmp());
    expect(xml.status).toBe(2);
    expect(xml.stderr).toContain('no ILR XML returns can be generated for 2009/10: the generator writes ILR XML for 2018/19–2025/26');
  });
});

describe('ilr sql', () => {
  it('says there is no warehouse yet, and how to make one, without making an empty one', () => {
    const path = join(tmp(), 'none.duckdb');
    const r = ilr('sql', '--warehouse', path, 'select 1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`there is no warehouse at ${path} yet: \`ilr ingest FILE…\` makes one`);
    expect(r.stderr).not.toMatch(/Cannot open database|read-only/i);
    expect(existsSync(path)).toBe(false);
  });

  it('prints an aligned table with numbers right-aligned, or CSV, or JSON', async () => {
    const path = join(tmp(), 'w.duckdb');
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run(`create table t as select * from (values (1, 'Northbrook College', 0.5::double), (12345, 'Avon', null)) v(leavers, provider, rate)`);
    connection.closeSync();
    instance.closeSync();
    const query = 'select leavers, provider, rate from t order by leavers';

    const table = ilr('sql', '--warehouse', path, query);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toContain('(index)');
    expect(table.stdout.split('\n').slice(0, 5)).toEqual([
      'leavers  provider            rate',
      '-------  ------------------  ----',
      '      1  Northbrook College   0.5',
      '  12345  Avon',
      '(2 rows)',
    ]);

    const csv = ilr('sql', '--warehouse', path, '--csv', query);
    expect(csv.stdout).toBe('leavers,provider,rate\n1,Northbrook College,0.5\n12345,Avon,\n');

    const json = JSON.parse(ilr('sql', '--warehouse', path, '--json', query).stdout) as unknown;
    expect(json).toEqual([
      { leavers: 1, provider: 'Northbrook College', rate: 0.5 },
      { leavers: 12345, provider: 'Avon', rate: null },
    ]);
  });
});

describe('ilr itself', () => {
  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = ilr('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('gives one worked example in every command’s --help', () => {
    const top = ilr('--help').stdout;
    const section = top.slice(top.indexOf('Commands:'), top.indexOf('\n\n', top.indexOf('Commands:')));
    const commands = [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['generate', 'ingest', 'models', 'benchmarks', 'report', 'demo', 'bench', 'serve', 'sql']));
    for (const command of commands) {
      const help = ilr(command, '--help').stdout;
      expect(help, command).toMatch(new RegExp(`Example:\\n {2}ilr ${command}\\b`));
    }
    // One process per command: with sixteen commands on a busy machine, more than the default minute.
  }, 240_000);

  it('serves another folder with --dir, and says when it holds no site', () => {
    const r = ilr('serve', '--dir', tmp());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('holds no built site (no index.html)');
  });
});
