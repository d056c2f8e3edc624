import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../pipelines/cli/commands/sql.ts';
import { BUILD_DIR, PROJECT_DIR } from '../../pipelines/report/evidence.ts';
import { printPage } from '../../pipelines/report/pdf.ts';
import { learnerIdentifiers, scanSite } from '../support/disclosure.ts';
import { openDuckdb09 } from '../support/duckdb-09.ts';
import { pageQueries, resolveQuery } from '../support/page-sql.ts';
import { ARTEFACTS_DIR, CHROMIUM, DEMO_WAREHOUSE, ensureDemoSite, startSession, type Session } from '../support/site.ts';

// Builds the demo from generated data once, then reads the site as a person would, in Chromium.
// Every expected figure comes from the demo warehouse's marts, never from the site itself.

const pct1 = (rate: unknown): string => `${(Number(rate) * 100).toFixed(1)}%`;

/**
 * Waits until every query on the page has answered (Evidence shows "Loading..." until then). A
 * provider page is rendered in the browser from an empty shell, which has no "Loading..." either
 * while DuckDB-WASM starts: the page's heading must be there too.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('h1') !== null && !document.body.innerText.includes('Loading...'), null, { timeout: 30_000 });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's critical and serious violations on the page, one line each. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: String(v.nodes[0]?.target) }));
  });
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.impact} ${v.id} on ${v.nodes} node(s), e.g. ${v.first}`);
}

async function funnelDots(page: Page): Promise<number> {
  return page.locator('.funnel-plot svg g[aria-label="dot"] circle').count();
}

describe('the built site', () => {
  let session: Session;
  let latestYear: number;
  let ukprn: string;

  beforeAll(async () => {
    await ensureDemoSite();
    session = await startSession();
    // The latest year of results: the latest with final returns (the demo's next year is in-year only).
    const [year] = await runSql(DEMO_WAREHOUSE, 'select max(collection_year) as y from staging.stg_ilr__latest_batches where is_final_return');
    latestYear = Number(year?.y);
    // The provider with the most education-and-training leavers in the latest year.
    const [top] = await runSql(
      DEMO_WAREHOUSE,
      `select ukprn from marts.qar_rates
       where breakdown = 'all' and qar_family = 'education_and_training' and ukprn is not null and hybrid_end_year = ${latestYear}
       order by leavers desc, ukprn limit 1`,
    );
    ukprn = String(top?.ukprn);
  }, 900_000);

  afterAll(async () => {
    await session?.close();
  });

  it('renders every route with no console error and no request leaving this machine', async () => {
    const routes = ['/', '/national', '/providers', `/providers/${ukprn}`, '/self-assessment', `/self-assessment/${ukprn}`, '/data-quality'];
    for (const route of routes) {
      const page = await session.open(route);
      await settle(page);
      expect(await page.locator('h1').first().innerText(), route).not.toBe('');
      // The markers a withheld figure is shown with are explained on every page.
      expect(await page.locator('.marker-legend').innerText(), route).toContain('withheld so that another figure cannot be worked out');
      const name = route === '/' ? 'index' : route.slice(1).replaceAll('/', '_');
      await page.screenshot({ path: join(ARTEFACTS_DIR, `${name}.png`), fullPage: true });
      await page.close();
    }
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('shows on a provider page the figures its marts hold, by year and by learner group', async () => {
    const years = await runSql(
      DEMO_WAREHOUSE,
      `select hybrid_end_year, leavers, achievement_rate from marts.qar_rates
       where breakdown = 'all' and qar_family = 'education_and_training' and ukprn = ${ukprn}
         and hybrid_end_year in (select collection_year from meta.batches where status = 'loaded' and ukprn = ${ukprn})
         and leavers >= 5
       order by hybrid_end_year`,
    );
    const [national] = await runSql(
      DEMO_WAREHOUSE,
      `select achievement_rate from marts.qar_rates
       where breakdown = 'all' and qar_family = 'education_and_training' and ukprn is null and hybrid_end_year = ${latestYear}`,
    );
    // Equality gaps: groups of a breakdown in which every group has 5 or more leavers, so
    // disclosure control withholds none of them.
    const groups = await runSql(
      DEMO_WAREHOUSE,
      `select q.breakdown, q.breakdown_value, q.achievement_rate,
         r.breakdown_label, r.breakdown_value_label as value_label
       from marts.qar_rates as q
       inner join reports.report_provider_rates as r using (hybrid_end_year, ukprn, qar_family, breakdown, breakdown_value)
       where q.qar_family = 'education_and_training' and q.ukprn = ${ukprn} and q.hybrid_end_year = ${latestYear}
         and q.breakdown in ('sex', 'lldd', 'ethnicity_group', 'age_band')
       qualify min(q.leavers) over (partition by q.breakdown) >= 5 and min(q.achievers) over (partition by q.breakdown) >= 5`,
    );
    expect(years.length).toBeGreaterThan(1);
    expect(groups.length).toBeGreaterThan(0);

    const page = await session.open(`/providers/${ukprn}`);
    await settle(page);
    const text = await page.locator('body').innerText();
    await page.screenshot({ path: join(ARTEFACTS_DIR, 'provider.png'), fullPage: true });
    await page.close();

    const lines = text.split('\n');
    expect(text).toContain('Education and training achievement rate');
    expect(text).toContain(`national ${pct1(national?.achievement_rate)}`);
    for (const year of years) {
      // The year's row: the year, the verdict, the rate, the national rate, then the leavers.
      const label = `${year.hybrid_end_year}/${String((Number(year.hybrid_end_year) + 1) % 100).padStart(2, '0')}`;
      const row = lines.find((line) => line.startsWith(`${label}\t`) && line.includes(`\t${Number(year.leavers).toLocaleString('en-GB')}\t`));
      expect(row, `row for ${label}`).toBeDefined();
      expect(row).toContain(`\t${pct1(year.achievement_rate)}\t`);
    }
    for (const group of groups) {
      // The group's row in the equality-gaps table, in words: the group, its breakdown, the rate.
      const shown = lines.some(
        (line) => line.startsWith(`${group.value_label}\t${group.breakdown_label}\t${pct1(group.achievement_rate)}\t`),
      );
      expect(shown, `${group.breakdown_label} ${group.value_label} at ${pct1(group.achievement_rate)}`).toBe(true);
    }
  });

  it('shows a figure, not `none`, in every section of /national, a provider page and /data-quality', async () => {
    // The demo is made to show the whole product (legacy years with credits, Progression Pathways
    // and offenders in the community; faults; a superseded return): a section that reads only
    // `none` or `-` means the demo lost a part of it.
    for (const route of ['/national', `/providers/${ukprn}`, '/data-quality']) {
      const page = await session.open(route);
      await settle(page);
      const sections = await page.evaluate(() => {
        const headings = Array.from(document.querySelectorAll('article h2, main h2'));
        return headings.map((h, i) => {
          const range = document.createRange();
          range.setStartAfter(h);
          const next = headings[i + 1];
          if (next) range.setEndBefore(next);
          else range.setEndAfter(h.parentElement!.lastChild!);
          const box = document.createElement('div');
          box.appendChild(range.cloneContents());
          const cells = Array.from(box.querySelectorAll('td')).map((td) => td.textContent!.trim());
          box.querySelectorAll('table').forEach((t) => t.remove());
          return { heading: (h as HTMLElement).innerText, cells, text: box.textContent!.replace(/\s+/g, ' ') };
        });
      });
      await page.close();
      expect(sections.length, route).toBeGreaterThan(2);
      for (const section of sections) {
        // A number or a rate in a table cell (not a year label such as 2024/25), or a rate in a sentence.
        const figure = section.cells.some((c) => /^\d[\d,]*(\.\d+)?%?(\s|$|\s\()/.test(c) && !/^\d{4}\/\d{2}$/.test(c)) || /\d+\.\d%/.test(section.text);
        expect(figure, `${route}: "${section.heading}" shows no figure`).toBe(true);
      }
    }
  });

  it('draws one funnel-plot point per provider, and the QAR family filter changes them', async () => {
    // A point per provider whose rate is published: 5 or more leavers, and achievers none or 5 or
    // more (a rate on 1 to 4 achievers would give them back, so it is withheld and not drawn).
    const count = async (family: string): Promise<number> => {
      const [row] = await runSql(
        DEMO_WAREHOUSE,
        `select count(*) as n from marts.qar_rates
         where breakdown = 'all' and qar_family = '${family}' and ukprn is not null and hybrid_end_year = ${latestYear}
           and leavers >= 5 and (achievers = 0 or achievers >= 5)
           and (ukprn, hybrid_end_year) in (select (ukprn, collection_year) from meta.batches where status = 'loaded')`,
      );
      return Number(row?.n);
    };
    const educationAndTraining = await count('education_and_training');
    const apprenticeship = await count('apprenticeship');
    expect(educationAndTraining).not.toBe(apprenticeship);

    const page = await session.open('/providers');
    await settle(page);
    await expect.poll(() => funnelDots(page), { timeout: 20_000 }).toBe(educationAndTraining);
    await page.locator('.funnel-plot').screenshot({ path: join(ARTEFACTS_DIR, 'funnel.png') });
    // The league table lists every provider with leavers, those below 5 as `low`.
    expect(await page.locator('table').first().locator('tr:has(td)').count()).toBe(await providersWithLeavers(latestYear, 'education_and_training'));

    await page.getByRole('button', { name: 'apprenticeship', exact: true }).click();
    await expect.poll(() => funnelDots(page), { timeout: 20_000 }).toBe(apprenticeship);
    await page.screenshot({ path: join(ARTEFACTS_DIR, 'providers_apprenticeship.png'), fullPage: true });
    await page.close();
    expect(session.consoleErrors).toEqual([]);
  });

  it('fits every route at 1366 px and 390 px: no sideways page scroll, the verdict column in view, no serious axe-core violation', async () => {
    const routes = ['/', '/national', '/providers', `/providers/${ukprn}`, '/self-assessment', `/self-assessment/${ukprn}`, '/data-quality'];
    const problems: string[] = [];
    for (const route of routes) {
      for (const width of [1366, 390]) {
        const page = await session.open(route, width);
        await settle(page);
        const name = route === '/' ? 'index' : route.slice(1).replaceAll('/', '_');
        await page.screenshot({ path: join(ARTEFACTS_DIR, 'screens', `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${route} at ${width} px: the page is ${overflow} px wider than the window`);
        // Every "Against national" header sits inside the window without scrolling its table.
        const hidden = await page.evaluate(() =>
          Array.from(document.querySelectorAll('th'))
            .filter((th) => th.textContent?.includes('Against national'))
            .filter((th) => th.getBoundingClientRect().right > window.innerWidth + 1).length,
        );
        if (hidden > 0) problems.push(`${route} at ${width} px: ${hidden} verdict column(s) out of view`);
        if (width === 1366) for (const v of await accessibilityViolations(page)) problems.push(`${route}: ${v}`);
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('prints a provider page and /national with every table inside the A4 page', async () => {
    // A4 (210 mm) less the print margins (14 mm each side) is about 688 CSS px.
    for (const route of [`/providers/${ukprn}`, '/national']) {
      const page = await session.open(route, 688);
      await settle(page);
      await page.emulateMedia({ media: 'print' });
      const clipped = await page.evaluate(() => {
        const article = document.querySelector('#evidence-main-article')!.getBoundingClientRect();
        const right = Math.min(article.right, window.innerWidth);
        return Array.from(document.querySelectorAll('.report-table table'))
          .filter((table) => table.getBoundingClientRect().right > right + 1)
          .map((table) => table.querySelector('caption')?.textContent ?? '');
      });
      expect(clipped, route).toEqual([]);
      await page.close();
    }
  });

  it('sorts the league table numerically from the keyboard, with aria-sort, and the verdict by concern', async () => {
    const page = await session.open('/providers');
    await settle(page);
    const table = page.locator('.report-table table').first();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    const header = table.locator('thead th', { hasText: 'Leavers' });
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const column = await table.locator('thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('Leavers')));
    const cells = await table.locator(`tbody tr > :nth-child(${column + 1})`).allInnerTexts();
    const numbers = cells.filter((c) => /^[\d,]+$/.test(c)).map((c) => Number(c.replaceAll(',', '')));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Withheld figures sort after the numbers.
    const firstMarker = cells.findIndex((c) => !/^[\d,]+$/.test(c));
    if (firstMarker >= 0) expect(cells.slice(firstMarker).every((c) => !/^[\d,]+$/.test(c))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');

    // The table opens sorted by concern: well below first, well above last.
    await page.reload({ waitUntil: 'networkidle' });
    await settle(page);
    const rank = ['well below national', 'significantly below national', 'in line with national', 'significantly above national', 'well above national'];
    const verdicts = await page.locator('.report-table table').first().locator('tbody [data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict') ?? ''));
    expect(verdicts.length).toBeGreaterThan(3);
    const ranks = verdicts.map((v) => rank.indexOf(v));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // Search matches the UKPRN as well as the name.
    await page.getByLabel('Search by name or UKPRN').first().fill(ukprn);
    await expect.poll(() => page.locator('.report-table table').first().locator('tbody tr').count()).toBe(1);
    await page.close();
  });

  it('names each funnel-plot point and opens its provider page from it', async () => {
    const page = await session.open('/providers');
    await settle(page);
    await expect.poll(() => funnelDots(page), { timeout: 20_000 }).toBeGreaterThan(3);
    const link = page.locator('.funnel-plot svg a').first();
    const label = await link.locator('circle').getAttribute('aria-label');
    expect(label).toMatch(/^.+: \d+\.\d% of [\d,]+ leavers, (well|significantly|in line)/);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/providers\/\d{8}$/);
    await link.locator('circle').click();
    await page.waitForURL(`**${href}`);
    await settle(page);
    expect(await page.locator('h1').first().innerText()).toBe(label?.split(':')[0]);
    await page.close();
  });

  it('shows a status word on every line of the self-assessment, and the summary of checks met', async () => {
    const page = await session.open(`/self-assessment/${ukprn}`);
    await settle(page);
    // The checklist is the page's first table.
    const rows = page.locator('.report-table').first().locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const statuses = await rows.locator('[data-status]').allInnerTexts();
    expect(statuses.length).toBe(await rows.count());
    for (const status of statuses) expect(['met', 'needs attention', 'not met', 'withheld', 'not applicable']).toContain(status);
    const [summary] = await runSql(
      DEMO_WAREHOUSE,
      `select count(*) filter (where status = 'met') as met, count(*) filter (where status in ('met', 'needs attention', 'not met')) as judged
       from reports.report_self_assessment where ukprn = ${ukprn}`,
    );
    expect(await page.locator('body').innerText()).toContain(`${summary?.met} of ${summary?.judged} checks met`);
    expect(statuses.filter((s) => s === 'met').length).toBe(Number(summary?.met));
    await page.close();
  });

  it('publishes no learner identifier, no count below 5 and no share that gives one back, anywhere in the site', async () => {
    const ids = await learnerIdentifiers(DEMO_WAREHOUSE);
    expect(ids.ulns.size).toBeGreaterThan(100);
    expect(ids.learnerRefs.size).toBeGreaterThan(100);
    expect(ids.datesOfBirth.size).toBeGreaterThan(100);
    expect(ids.postcodes.size).toBeGreaterThan(5);
    const { findings, dataFiles } = await scanSite(BUILD_DIR, ids);
    expect(dataFiles).toBeGreaterThan(5);
    expect(findings.slice(0, 20)).toEqual([]);
  });

  it('runs every page query on the browser engine, DuckDB 0.9, against the files the site serves', async () => {
    // The same engine the browser runs (duckdb-wasm 1.28) on the same parquet files, with each
    // input at a real value: a construct 0.9 lacks, or a column the reports do not have, fails here.
    const db = await openDuckdb09();
    expect(db.version).toMatch(/^v0\.9\./);
    // The manifest names the parquet file the site serves for each source query.
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'manifest.json'), 'utf8')) as { renderedFiles: { ilr: string[] } };
    expect(manifest.renderedFiles.ilr.length).toBeGreaterThan(5);
    for (const file of manifest.renderedFiles.ilr) {
      db.attachParquet('ilr', basename(file, '.parquet'), join(BUILD_DIR, file.replace(/^static\//, '')));
    }
    const samples = { ukprn, year: String(latestYear), family: 'education_and_training', breakdown: 'sex' };
    const queries = pageQueries(join(PROJECT_DIR, 'reports/pages'));
    expect(queries.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const query of queries) {
      try {
        db.run(resolveQuery(query, queries, samples));
      } catch (error) {
        failures.push(`${query.page} ${query.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    db.close();
    expect(failures).toEqual([]);
  });

  it('prints the national progress report to PDF', async () => {
    const out = join(ARTEFACTS_DIR, 'national-progress-report.pdf');
    const bytes = await printPage({ siteDir: BUILD_DIR, route: '/national', outPath: out, chromium: CHROMIUM });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes).toBeGreaterThan(20_000);
  }, 180_000);
});

/** Providers with any leavers in a year and family: each a row of the league table (below 5 as `low`). */
async function providersWithLeavers(year: number, family: string): Promise<number> {
  const [row] = await runSql(
    DEMO_WAREHOUSE,
    `select count(*) as n from marts.qar_rates
     where breakdown = 'all' and qar_family = '${family}' and ukprn is not null and hybrid_end_year = ${year} and leavers >= 1
       and (ukprn, hybrid_end_year) in (select (ukprn, collection_year) from meta.batches where status = 'loaded')`,
  );
  return Number(row?.n);
}
