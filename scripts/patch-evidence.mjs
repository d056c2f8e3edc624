// postinstall: make @evidence-dev/universal-sql work with @duckdb/duckdb-wasm 1.28.0 (DuckDB 0.9.1,
// parquet built in, so nothing is fetched from extensions.duckdb.org — newer wasm builds hang offline).
// The two SET statements universal-sql runs on start do not exist in DuckDB 0.9: make them non-fatal.
// Idempotent; test/unit/evidence-patch.test.ts checks it took. See shared/evidence-offline.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const PATCH_MARK = 'unsupported in duckdb-wasm 1.28';
const dir = 'node_modules/@evidence-dev/universal-sql/src/client-duckdb';

for (const file of ['node.js', 'browser.js'].map((name) => `${dir}/${name}`)) {
  if (!existsSync(file)) continue;
  const src = readFileSync(file, 'utf8');
  const out = src.replace(
    /^(\s*)(await connection\.query\('SET (?:ieee_floating_point_ops = false|old_implicit_casting = true);'\);)\s*$/gm,
    `$1try { $2 } catch { /* ${PATCH_MARK} */ }`,
  );
  if (out !== src) {
    writeFileSync(file, out);
    console.log('[patch-evidence] patched', file);
  }
}
