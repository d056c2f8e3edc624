import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { SHELL_FILE, writeProviderPages } from '../../pipelines/report/provider-pages.ts';

const SHELL = '<!doctype html><html><body><div id="svelte"></div><script>/* app shell */</script></body></html>';

/**
 * A built site as Evidence leaves it: the manifest naming a report_providers parquet file (its
 * UKPRNs as DOUBLE, as Evidence writes an INTEGER column) and the app shell beside it.
 */
async function fakeBuild(ukprns: number[], shell = true): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-shells-'));
  const file = 'static/data/ilr/report_providers/0123abcd/report_providers.parquet';
  const parquet = join(dir, file.replace(/^static\//, ''));
  mkdirSync(join(parquet, '..'), { recursive: true });
  writeFileSync(join(dir, 'data/manifest.json'), JSON.stringify({ renderedFiles: { ilr: ['static/data/ilr/report_other/1/report_other.parquet', file] } }));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const values = ukprns.map((u) => `(${u}::double, 'Provider ${u}')`).join(', ');
  await connection.run(`copy (select * from (values ${values}) as t(ukprn, provider_name)) to '${parquet}' (format parquet)`);
  connection.closeSync();
  instance.closeSync();
  if (shell) writeFileSync(join(dir, SHELL_FILE), SHELL);
  return dir;
}

describe('provider pages from the app shell', () => {
  it('writes the shell to /providers/<ukprn>/ and /self-assessment/<ukprn>/ for every provider the site holds, and no more', async () => {
    const dir = await fakeBuild([10001000, 10001037, 10055463]);
    // 3 providers × 2 routes.
    expect(await writeProviderPages(dir)).toBe(6);
    for (const route of ['providers', 'self-assessment']) {
      for (const ukprn of ['10001000', '10001037', '10055463']) {
        expect(readFileSync(join(dir, route, ukprn, 'index.html'), 'utf8')).toBe(SHELL);
      }
      // The UKPRN as Evidence stored it (10001000.0) is not a route.
      expect(existsSync(join(dir, route, '10001000.0'))).toBe(false);
    }
    // The shell itself is not left at a route of its own.
    expect(existsSync(join(dir, SHELL_FILE))).toBe(false);
  });

  it('keeps a page that was prerendered', async () => {
    const dir = await fakeBuild([10001000, 10001037]);
    mkdirSync(join(dir, 'providers/10001000'), { recursive: true });
    writeFileSync(join(dir, 'providers/10001000/index.html'), 'prerendered');
    expect(await writeProviderPages(dir)).toBe(3);
    expect(readFileSync(join(dir, 'providers/10001000/index.html'), 'utf8')).toBe('prerendered');
    expect(readFileSync(join(dir, 'providers/10001037/index.html'), 'utf8')).toBe(SHELL);
  });

  it('fails, and says why, when the build wrote no shell', async () => {
    const dir = await fakeBuild([10001000], false);
    await expect(writeProviderPages(dir)).rejects.toThrow(/no spa-shell\.html: is svelte\.config\.js in place/);
  });

  it('refuses a UKPRN that is not 8 digits rather than write a page outside its route', async () => {
    const dir = await fakeBuild([123]);
    await expect(writeProviderPages(dir)).rejects.toThrow(/not 8 digits: 123/);
  });
});
