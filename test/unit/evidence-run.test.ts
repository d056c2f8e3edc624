import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../pipelines/report/evidence.ts';

/** Alive and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return false;
  return !/^State:\s+Z/m.test(readFileSync(status, 'utf8'));
}

// `ilr report` runs Evidence under a time limit. Evidence starts vite, which outlived a killed
// Evidence and held its pipes open, so the report never returned: the whole group must go.
describe('running Evidence', () => {
  it('ends the whole process group at the time limit, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-run-'));
    const pidFile = join(dir, 'grandchild.pid');
    const script = join(dir, 'fake-evidence.sh');
    // A grandchild that keeps the pipes open, as vite did, and a parent that never ends.
    writeFileSync(script, `#!/bin/sh\nsleep 300 &\necho $! > ${pidFile}\nsleep 300\n`);
    chmodSync(script, 0o755);
    const started = Date.now();
    await expect(run(['build:strict'], join(dir, 'log'), 1_000, script)).rejects.toThrow(
      /evidence build:strict was stopped after 1 s, its time limit, with every process it had started/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => alive(grandchild), { timeout: 5_000 }).toBe(false);
  });
});
