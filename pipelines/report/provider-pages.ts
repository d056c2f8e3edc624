// The provider pages (/providers/<ukprn>/, /self-assessment/<ukprn>/) are not prerendered: one
// page took Evidence about 1.2 s, an hour for a national year's 1,500 providers (issue 19). The
// build prerenders the other pages and writes the app's empty shell (svelte.config.js: crawl off,
// adapter fallback); this copies that shell to each provider's route, so a plain static server
// finds a page there, and the browser renders it: the page's queries run in DuckDB-WASM over the
// parquet files the site already ships, as they do on any client-side navigation.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** The app shell adapter-static writes (svelte.config.js `fallback`). */
export const SHELL_FILE = 'spa-shell.html';
/** The routes with a page per provider (reports/pages/<route>/[ukprn].md). */
export const PROVIDER_ROUTES = ['providers', 'self-assessment'] as const;

/** The UKPRNs the built site holds: its own report_providers parquet file, as the manifest names it. */
export async function siteUkprns(buildDir: string): Promise<string[]> {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'data/manifest.json'), 'utf8')) as { renderedFiles: Record<string, string[]> };
  const file = Object.values(manifest.renderedFiles)
    .flat()
    .find((path) => path.endsWith('/report_providers.parquet'));
  if (file === undefined) throw new Error('the site has no report_providers parquet file');
  const path = join(buildDir, file.replace(/^static\//, ''));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`select distinct cast(cast(ukprn as bigint) as varchar) from read_parquet('${path.replaceAll("'", "''")}') order by 1`);
    return reader.getRows().map((row) => String(row[0]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Writes the shell to every provider's routes not prerendered; returns the number of pages written. */
export async function writeProviderPages(buildDir: string): Promise<number> {
  const shell = join(buildDir, SHELL_FILE);
  if (!existsSync(shell)) throw new Error(`the build has no ${SHELL_FILE}: is svelte.config.js in place?`);
  const ukprns = await siteUkprns(buildDir);
  const odd = ukprns.find((ukprn) => !/^\d{8}$/.test(ukprn));
  if (odd !== undefined) throw new Error(`report_providers holds a UKPRN that is not 8 digits: ${odd}`);
  let written = 0;
  for (const route of PROVIDER_ROUTES) {
    for (const ukprn of ukprns) {
      const page = join(buildDir, route, ukprn, 'index.html');
      if (existsSync(page)) continue;
      mkdirSync(dirname(page), { recursive: true });
      copyFileSync(shell, page);
      written += 1;
    }
  }
  rmSync(shell);
  return written;
}
