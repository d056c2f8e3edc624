import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The install-time patch (scripts/patch-evidence.mjs) keeps `evidence sources` from hanging
// offline; if an install ever skips it, this fails before the build does.
describe('Evidence offline patch', () => {
  it.each(['node.js', 'browser.js'])('universal-sql %s tolerates DuckDB 0.9 in duckdb-wasm 1.28', (file) => {
    const src = readFileSync(`node_modules/@evidence-dev/universal-sql/src/client-duckdb/${file}`, 'utf8');
    expect(src).toContain('unsupported in duckdb-wasm 1.28');
    expect(src).not.toMatch(/^\s*await connection\.query\('SET ieee_floating_point_ops = false;'\);\s*$/m);
  });

  it('writes a parquet file for a report table with no rows', () => {
    const src = readFileSync('node_modules/@evidence-dev/universal-sql/src/build-parquet.js', 'utf8');
    expect(src).toContain('an empty table still gets its parquet file');
    expect(src).not.toMatch(/^\s*if \(currentBatch\.length\) await flush\(currentBatch\);\s*$/m);
  });

  it('lets provider pages render in the browser: prerendered where reached, no prerendered queries asked for, their query list found', () => {
    const src = readFileSync('node_modules/@evidence-dev/evidence/template/src/pages/+layout.js', 'utf8');
    expect(src).toMatch(/^export const prerender = import\.meta\.env\.VITE_EVIDENCE_SPA !== 'true' && 'auto';/m);
    expect(src).toContain("if (browser && isUserPage && prerender && !route.id?.includes('[')) {");
    expect(src).not.toContain('/api/${route.id}/evidencemeta.json');
  });

  it('pins duckdb-wasm 1.28.0, which has parquet built in', () => {
    const pkg = JSON.parse(readFileSync('node_modules/@duckdb/duckdb-wasm/package.json', 'utf8')) as { version: string };
    expect(pkg.version).toBe('1.28.0');
  });
});
