import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sampleTreeRss } from '../../pipelines/bench/tree-rss.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The benchmark's peak memory of the Evidence build: a detached child (a session of its own, as
// Evidence is started) and the grandchild it starts are summed; this process is left out.
describe.skipIf(process.platform !== 'linux')('sampleTreeRss', () => {
  it('sums the resident memory of a detached child and its own child, not of this process', async () => {
    const hold = 'setTimeout(() => {}, 4000)';
    // The child holds 80 MB and starts a grandchild holding 120 MB: at least 200 MB together.
    const grandchild = `globalThis.held = Buffer.alloc(120e6, 1); ${hold}`;
    const script = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }); globalThis.held = Buffer.alloc(80e6, 1); ${hold}`;
    const nothing = sampleTreeRss(process.pid, false, 50);
    await sleep(200);
    // No children yet: nothing to count (this process alone holds far more than 0).
    expect(nothing.stop()).toBe(0);
    const sampler = sampleTreeRss(process.pid, false, 50);
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore', detached: true });
    try {
      await sleep(2500);
      const peak = sampler.stop();
      expect(peak).toBeGreaterThanOrEqual(200);
      expect(peak).toBeLessThan(1000);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  }, 15_000);
});
