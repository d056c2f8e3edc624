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

// Provider pages are rendered in the browser, not prerendered (issue 19: an hour for a national
// year's 1,500 providers). svelte.config.js turns crawling off and has the adapter write the app's
// shell, pipelines/report/provider-pages.ts copies it to each provider's route; here, Evidence's
// root layout (1) marks pages prerenderable where reached ('auto') instead of required (`true`
// fails the build for a route with parameters that no entry reaches), (2) asks for prerendered
// query results only on routes without parameters (the rest have none: a 404 per page), and
// (3) fetches a page's query list at /api/<route>/, not /api//<route>/, which a static server
// other than Python's does not find.
export const SPA_MARK = 'provider pages render in the browser';
const layout = 'node_modules/@evidence-dev/evidence/template/src/pages/+layout.js';
if (existsSync(layout)) {
  const src = readFileSync(layout, 'utf8');
  if (!src.includes(SPA_MARK)) {
    const out = src
      .replace(
        /^export const prerender = import\.meta\.env\.VITE_EVIDENCE_SPA !== 'true';$/m,
        `export const prerender = import.meta.env.VITE_EVIDENCE_SPA !== 'true' && 'auto'; // ${SPA_MARK}`,
      )
      .replace(
        /^(\s*)if \(browser && isUserPage && prerender\) \{$/m,
        "$1if (browser && isUserPage && prerender && !route.id?.includes('[')) {",
      )
      .replace('fetch(addBasePath(`/api/${route.id}/evidencemeta.json`))', "fetch(addBasePath(`/api/${(route.id ?? '').replace(/^\\//, '')}/evidencemeta.json`))");
    const applied = [out.includes(SPA_MARK), out.includes("!route.id?.includes('[')"), out.includes("replace(/^\\//, '')")];
    if (applied.includes(false)) {
      console.error('[patch-evidence] the root layout is not as expected; provider pages would not render:', layout);
      process.exitCode = 1;
    } else {
      writeFileSync(layout, out);
      console.log('[patch-evidence] patched', layout);
    }
  }
}
