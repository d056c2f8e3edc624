// Screenshots of the built site at a desktop and a phone width, to look at what was built:
//   npx tsx scripts/screenshots.ts [--out DIR] [ROUTE …]     (default: every top-level route)
// Serves build/ on loopback and drives Debian's Chromium; pictures go to test-results/screens/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILD_DIR } from '../pipelines/report/evidence.ts';
import { DEFAULT_CHROMIUM, OFFLINE_CHROMIUM_FLAGS } from '../pipelines/report/pdf.ts';
import { serveSite } from '../pipelines/report/serve.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : 'test-results/screens';
const routes = args.length > 0 ? args : ['/', '/national', '/providers', '/self-assessment', '/data-quality'];
const WIDTHS = [1366, 390];

mkdirSync(out, { recursive: true });
const site = await serveSite(BUILD_DIR);
const browser = await chromium.launch({
  executablePath: DEFAULT_CHROMIUM,
  args: [...OFFLINE_CHROMIUM_FLAGS],
});
try {
  for (const route of routes) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}${route}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.body.innerText.includes('Loading...'), null, { timeout: 30_000 });
      const name = `${route === '/' ? 'index' : route.slice(1).replaceAll('/', '_')}-${width}.png`;
      // Long pages are saved in parts of at most 8,000 px, which image viewers can open.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const PART = 8000;
      if (height <= PART) await page.screenshot({ path: join(out, name), fullPage: true });
      else
        for (let top = 0, part = 1; top < height; top += PART, part++)
          await page.screenshot({
            path: join(out, name.replace('.png', `-part${part}.png`)),
            fullPage: true,
            clip: { x: 0, y: top, width, height: Math.min(PART, height - top) },
          });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${join(out, name)}${overflow > 0 ? `  (page ${overflow}px wider than the window)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
