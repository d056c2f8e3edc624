// Runs Evidence over data/reports.duckdb: `evidence sources --strict` (the source queries) then
// `evidence build:strict` (the static site in build/). Output goes to a log; on failure the last
// lines are shown. `sources` runs under a time limit, so an offline hang fails instead of waiting
// for ever (shared/evidence-offline.md, gotcha 1). The provider pages are not prerendered: the
// build's app shell is copied to their routes afterwards (provider-pages.ts, svelte.config.js).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProviderPages } from './provider-pages.ts';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = join(PROJECT_DIR, 'build');

export class EvidenceFailed extends Error {}

/**
 * The environment Evidence runs in: ours, less what a test runner sets (NODE_ENV=test and
 * VITEST* make SvelteKit prerender its dev-only pages, which then fail the build).
 */
function evidenceEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Ends a child and everything it started (it leads a process group of its own). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

export function run(args: string[], logPath: string, timeoutMs: number, command = join(PROJECT_DIR, 'node_modules/.bin/evidence')): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logPath, { flags: 'a' });
    const tail: string[] = [];
    // A process group of its own: Evidence starts vite, which starts workers; on a time-out, or if
    // we are stopped, the whole group goes — killing Evidence alone left vite running as an orphan
    // that held the pipes open, and `ilr report` never returned.
    const child = spawn(command, args, {
      cwd: PROJECT_DIR,
      env: evidenceEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const onExit = () => killGroup(child.pid);
    process.once('exit', onExit);
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      tail.push(...chunk.toString().split('\n'));
      if (tail.length > 40) tail.splice(0, tail.length - 40);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', onExit);
      // Whatever the child left behind in its group goes with it.
      killGroup(child.pid);
      log.end();
      if (code === 0 && !timedOut) resolve();
      else {
        const why = timedOut
          ? `was stopped after ${timeoutMs / 1000} s, its time limit, with every process it had started`
          : signal
            ? `was stopped by ${signal}`
            : `exited with ${code}`;
        reject(new EvidenceFailed(`evidence ${args.join(' ')} ${why}; log: ${logPath}\n${tail.join('\n')}`));
      }
    });
  });
}

export async function buildSite(logDir: string): Promise<string> {
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, 'evidence.log');
  // Evidence keeps each source's earlier parquet files beside the new ones and copies them all into
  // build/: start both empty, so the site holds this run's aggregates only, nothing stale.
  rmSync(join(PROJECT_DIR, '.evidence/template/static/data'), { recursive: true, force: true });
  rmSync(BUILD_DIR, { recursive: true, force: true });
  await run(['sources', '--strict'], logPath, 5 * 60_000);
  await run(['build:strict'], logPath, 20 * 60_000);
  await writeProviderPages(BUILD_DIR);
  return BUILD_DIR;
}
