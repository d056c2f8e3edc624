import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../pipelines/cli/commands/sql.ts';
import { ARTEFACTS_DIR, DEMO_WAREHOUSE, ensureDemoSite, startSession, type Session } from '../support/site.ts';

// Builds the demo from generated data, then reads the site as a person would, in Chromium.
describe('the built site', () => {
  let session: Session;

  beforeAll(async () => {
    await ensureDemoSite();
    session = await startSession();
  }, 900_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows a provider the achievement rate its mart holds', async () => {
    // The provider with the most education-and-training leavers in the latest year, from the mart itself.
    const [mart] = await runSql(
      DEMO_WAREHOUSE,
      `select r.ukprn, r.achievement_rate, r.hybrid_end_year
       from marts.qar_rates r
       where r.breakdown = 'all' and r.qar_family = 'education_and_training' and r.ukprn is not null
         and r.hybrid_end_year = (select max(collection_year) from meta.batches where status = 'loaded')
       order by r.leavers desc, r.ukprn limit 1`,
    );
    expect(mart).toBeDefined();
    const expected = `${(Number(mart?.achievement_rate) * 100).toFixed(1)}%`;
    const page = await session.open(`/providers/${String(mart?.ukprn)}`);
    await page.getByText('Achievement rate (education and training)').first().waitFor();
    const text = await page.locator('body').innerText();
    await page.screenshot({ path: join(ARTEFACTS_DIR, 'provider.png'), fullPage: true });
    expect(text).toContain(expected);
  });

  it('loads every page with no console error and no request leaving this machine', async () => {
    for (const path of ['/', '/providers']) {
      const page = await session.open(path);
      await page.screenshot({ path: join(ARTEFACTS_DIR, `${path === '/' ? 'index' : path.slice(1).replaceAll('/', '_')}.png`), fullPage: true });
    }
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
