import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` under npm 11 refuses a lock file that leaves out another platform's optional package
// (npm 10 wrote such files and accepted them). Every optional dependency any package lists must be
// recorded where Node's resolution would look for it, whatever platform this test runs on.

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
  dev?: boolean;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}
interface Manifest {
  allowScripts?: Record<string, boolean>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
export function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

function packageName(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('package-lock.json', () => {
  it('is a version 3 lock file', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('records every optional (platform) package that a dependency lists', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        checked++;
        if (!resolveInLock(lock.packages, path, name)) missing.push(`${name} (optional for ${path || 'the project'})`);
      }
    }
    expect(checked).toBeGreaterThan(20); // DuckDB's bindings, rollup and esbuild list their platforms
    expect(missing).toEqual([]);
  });

  it('finds a package from a nested folder the way Node does', () => {
    const packages = { 'node_modules/a': {}, 'node_modules/b/node_modules/a': {}, 'node_modules/b': {} };
    expect(resolveInLock(packages, 'node_modules/b', 'a')).toBe('node_modules/b/node_modules/a');
    expect(resolveInLock(packages, 'node_modules/c', 'a')).toBe('node_modules/a');
    expect(resolveInLock(packages, '', 'x')).toBeUndefined();
  });

  it('has a decision in package.json allowScripts for every package with an install script', () => {
    const decided = manifest.allowScripts ?? {};
    const undecided = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => packageName(path))
      .filter((name) => !(name in decided));
    expect([...new Set(undecided)]).toEqual([]);
  });
});
