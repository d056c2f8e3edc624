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

// A report table with no rows (no targets loaded yet, no QCF claims) must still become a parquet
// file with its columns: universal-sql writes nothing for 0 rows and the strict build then fails
// ("too small to be a Parquet file"). Flush the empty batch too, so the file holds the schema.
export const EMPTY_MARK = 'an empty table still gets its parquet file';
const buildParquet = 'node_modules/@evidence-dev/universal-sql/src/build-parquet.js';
if (existsSync(buildParquet)) {
  const src = readFileSync(buildParquet, 'utf8');
  const out = src.replace(
    /^(\s*)if \(currentBatch\.length\) await flush\(currentBatch\);\s*$/m,
    `$1if (currentBatch.length || batchNum === 0) await flush(currentBatch); // ${EMPTY_MARK}`,
  );
  if (out !== src) {
    writeFileSync(buildParquet, out);
    console.log('[patch-evidence] patched', buildParquet);
  }
}
