import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Exit status as DESIGN.md fixes it: 0 done, 1 a file or step failed, 2 bad usage.
const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

describe('the ilr command', () => {
  it('prints help for itself and every command, exit 0', () => {
    const top = ilr('--help');
    expect(top.status).toBe(0);
    for (const command of ['generate', 'ingest', 'models', 'report', 'demo', 'bench']) {
      expect(top.stdout).toContain(command);
      const help = ilr(command, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: ilr ${command}`);
    }
  });

  it('exits 2 on bad usage, with a message that says what is wrong', () => {
    const unknown = ilr('bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'bogus'");
    const badValue = ilr('generate', '--providers', '0');
    expect(badValue.status).toBe(2);
    expect(badValue.stderr).toContain('expected a whole number of 1 or more');
    expect(ilr('ingest').status).toBe(2);
  });

  it('exits 1 when a file is refused, and says which and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-cli-'));
    const bad = join(dir, 'ILR-10000001-2425-20251015-090000-01.xml');
    writeFileSync(bad, 'this is not xml');
    const result = ilr('ingest', bad, '--warehouse', join(dir, 'w.duckdb'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('REFUSED ILR-10000001-2425-20251015-090000-01.xml');
    expect(result.stderr).toContain('1 file(s) refused');
  });
});
