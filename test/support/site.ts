// The end-to-end harness: builds the demo site once per run (unless a fresh one is there),
// serves it on loopback and drives Debian's Chromium through playwright-core (no browser
// download exists here). Every request that leaves 127.0.0.1 is recorded, as is every console error.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runDemo } from '../../pipelines/cli/commands/demo.ts';
import { BUILD_DIR, PROJECT_DIR } from '../../pipelines/report/evidence.ts';
import { DEFAULT_CHROMIUM, OFFLINE_CHROMIUM_FLAGS } from '../../pipelines/report/pdf.ts';
import { serveSite, type RunningSite } from '../../pipelines/report/serve.ts';

export const DEMO_DIR = join(PROJECT_DIR, 'data/e2e-demo');
export const DEMO_WAREHOUSE = join(DEMO_DIR, 'warehouse.duckdb');
export const ARTEFACTS_DIR = join(PROJECT_DIR, 'test-results');
export const CHROMIUM = DEFAULT_CHROMIUM;

/** Builds the demo site unless REUSE_SITE=1 and a build from the same demo data exists. */
export async function ensureDemoSite(): Promise<void> {
  const reuse = process.env.REUSE_SITE === '1' && existsSync(join(BUILD_DIR, 'index.html')) && existsSync(DEMO_WAREHOUSE);
  if (reuse && statSync(BUILD_DIR).mtimeMs >= statSync(DEMO_WAREHOUSE).mtimeMs) return;
  await runDemo({ dir: DEMO_DIR, providers: 12, learners: 150, years: { first: 2021, last: 2025 }, seed: 7, site: true });
}

export interface Session {
  site: RunningSite;
  browser: Browser;
  foreignRequests: string[];
  consoleErrors: string[];
  /** Opens a route at a window width (1400 px unless said). */
  open(path: string, width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  const site = await serveSite(BUILD_DIR);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...OFFLINE_CHROMIUM_FLAGS],
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  return {
    site,
    browser,
    foreignRequests,
    consoleErrors,
    async open(path, width = 1400) {
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
