// `--mid-year-returns N`: the first N providers also return the last XML year as at 31 January
// (the R06, prepared 6 February) and as at 31 May (the R10, prepared 5 June), and their final return
// supersedes both in the figures. (The changes between them: generated-return-changes.test.ts.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample, type Sample } from './generated-sample.ts';

const options = { providers: 2, learnersPerProvider: 40, firstYear: 2023, lastYear: 2024, format: 'xml' as const, seed: 5 };
const digest = (s: Sample, name: string) => createHash('sha256').update(readFileSync(join(s.dir, name))).digest('hex');
const values = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]+)</${element}>`, 'g'))].map((m) => m[1]!);

describe('ilr generate --mid-year-returns', () => {
  let plain: Sample;
  let withMidYear: Sample;
  let w: Warehouse;

  beforeAll(async () => {
    plain = await generateSample(options);
    withMidYear = await generateSample({ ...options, midYearReturns: 1 });
    w = await freshWarehouse();
    await ingestAll(w, withMidYear.names.map((n) => join(withMidYear.dir, n)));
    await buildModels(w);
  });

  afterAll(async () => {
    await w?.close();
  });

  it('adds two returns for the first provider, prepared on 6 February and 5 June of the last year, and changes no other provider\'s file', () => {
    const added = withMidYear.names.filter((n) => !plain.names.includes(n));
    expect(added).toHaveLength(2);
    expect(added[0]).toMatch(/^ILR-10001000-2425-20250206-\d{6}-01\.xml$/);
    expect(added[1]).toMatch(/^ILR-10001000-2425-20250605-\d{6}-01\.xml$/);
    // The first provider's final return of that year holds its amendments (withdrawn aims deleted,
    // outcomes and planned end dates changed); every other file is byte for byte the same.
    for (const name of plain.names.filter((n) => !n.startsWith('ILR-10001000-2425-'))) expect(digest(withMidYear, name), name).toBe(digest(plain, name));
  });

  it('describes the year as at 31 January: nothing started or ended after it', () => {
    const name = withMidYear.names.find((n) => /^ILR-10001000-2425-20250206/.test(n))!;
    const xml = readFileSync(join(withMidYear.dir, name), 'utf8');
    const starts = values(xml, 'LearnStartDate');
    const ends = values(xml, 'LearnActEndDate');
    expect(starts.length).toBeGreaterThan(10);
    expect(starts.filter((d) => d > '2025-01-31')).toEqual([]);
    expect(ends.filter((d) => d > '2025-01-31')).toEqual([]);
    // The final return of the same year holds aims that started or ended after 31 January.
    const final = readFileSync(join(withMidYear.dir, withMidYear.names.find((n) => /^ILR-10001000-2425-20251015/.test(n))!), 'utf8');
    expect([...values(final, 'LearnStartDate'), ...values(final, 'LearnActEndDate')].some((d) => d > '2025-01-31')).toBe(true);
  });

  it('is superseded by the final return, and the data-quality report says so', async () => {
    const used = await rows(w, `select file_prepared_on::varchar as prepared from staging.stg_ilr__latest_batches where ukprn = 10001000 and collection_year = 2024`);
    expect(used).toEqual([{ prepared: '2025-10-15' }]);
    const returns = await rows(
      w,
      `select ukprn, collection_year, files_loaded, files_superseded, used_prepared_on, superseded_prepared_on
       from reports.report_returns where collection_year = 2024 order by ukprn`,
    );
    expect(returns.map((r) => [Number(r.ukprn), Number(r.files_loaded), Number(r.files_superseded), r.used_prepared_on, r.superseded_prepared_on])).toEqual([
      [10001000, 3, 2, '15 Oct 2025', '06 Feb 2025, 05 Jun 2025'],
      [10001037, 1, 0, '15 Oct 2025', 'none'],
    ]);
  });
});
