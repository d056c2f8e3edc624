// An export folder lands whole or not at all: everything is written into a temporary folder beside
// it and renamed into place at the end, so a failed export leaves nothing half-written and the
// previous export, if any, untouched.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportRefused } from './warehouse.ts';

/** Written into every export folder: what it holds, and the sign that a later export may replace it. */
export const MANIFEST = 'ilr-export.json';

/** Refuses a folder an export may not write into: a file, or a folder holding what another program wrote. */
export function checkFolder(dir: string): void {
  const target = resolve(dir);
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new ExportRefused(`${dir} is a file, not a folder: name a folder to export into`);
  if (existing && readdirSync(target).length > 0 && !existsSync(join(target, MANIFEST))) {
    throw new ExportRefused(`${dir} already holds files that ilr export did not write; name a new or empty folder (nothing was written)`);
  }
}

/**
 * Runs `write` on an empty temporary folder and renames it to `dir`, replacing an earlier export
 * there. A folder that holds anything else (no manifest) is refused, never deleted.
 */
export async function writeFolder<T extends object>(dir: string, write: (tmp: string) => Promise<T>): Promise<T> {
  checkFolder(dir);
  const target = resolve(dir);
  const existing = existsSync(target);
  // Beside the target, so the final rename stays on one file system.
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  let manifest: T;
  try {
    manifest = await write(tmp);
    writeFileSync(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (!existing) {
    renameSync(tmp, target);
    return manifest;
  }
  // The earlier export steps aside, and comes back if the new one cannot take its place.
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (error) {
    renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return manifest;
}
