// Issue 17 item 5: a provider making in-year returns (`--mid-year-returns`) returns the last year as
// the R06 (as at 31 January), the R10 (as at 31 May) and the R14 (final, as at 31 July, prepared in
// October), with the changes between them that the return-to-return audit (int_return_changes.sql)
// finds: new starts, aims finishing, and each of the three flags a partnership manager must look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample, type Sample } from './generated-sample.ts';

const FIRST = 10001000;
const SECOND = 10001037;
const options = { providers: 2, learnersPerProvider: 60, firstYear: 2023, lastYear: 2024, format: 'xml' as const, seed: 7, midYearReturns: 1 };
const values = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]+)</${element}>`, 'g'))].map((m) => m[1]!);

describe('ilr generate --mid-year-returns: the changes between returns', () => {
  let sample: Sample;
  let w: Warehouse;

  beforeAll(async () => {
    sample = await generateSample(options);
    w = await freshWarehouse();
    await ingestAll(w, sample.names.map((n) => join(sample.dir, n)));
    await buildModels(w);
  });

  afterAll(async () => {
    await w?.close();
  });

  it('loads the R06, R10 and R14 of the last year for the first provider, one return a year for the other', async () => {
    const returns = await rows(
      w,
      `select ukprn, collection_year, file_prepared_on::varchar as prepared
       from meta.batches where status = 'loaded' order by ukprn, collection_year, file_prepared_on`,
    );
    expect(returns.map((r) => [Number(r.ukprn), Number(r.collection_year), r.prepared])).toEqual([
      [FIRST, 2023, '2024-10-15'],
      [FIRST, 2024, '2025-02-06'],
      [FIRST, 2024, '2025-06-05'],
      [FIRST, 2024, '2025-10-15'],
      [SECOND, 2023, '2024-10-15'],
      [SECOND, 2024, '2025-10-15'],
    ]);
  });

  it('describes the R10 as at 31 May: nothing started or ended after it, but later than the R06', () => {
    const xml = readFileSync(join(sample.dir, sample.names.find((n) => n.startsWith(`ILR-${FIRST}-2425-20250605`))!), 'utf8');
    const dates = [...values(xml, 'LearnStartDate'), ...values(xml, 'LearnActEndDate')];
    expect(dates.filter((d) => d > '2025-05-31')).toEqual([]);
    expect(dates.some((d) => d > '2025-01-31')).toBe(true);
  });

  it('shows new starts and aims finishing between the R06 and the R10', async () => {
    const kinds = await rows(
      w,
      `select distinct change_kind from intermediate.int_return_changes
       where ukprn = ${FIRST} and comparison = 'same_year' and earlier_prepared_on = date '2025-02-06'`,
    );
    expect(kinds.map((k) => k.change_kind)).toEqual(
      expect.arrayContaining(['learner_added', 'aim_added', 'comp_status_changed', 'outcome_changed', 'act_end_date_changed']),
    );
  });

  it('makes each of the three flags happen at the first provider, between its returns of the year', async () => {
    const flags = await rows(
      w,
      `select flag, count(*)::int as n from intermediate.int_return_changes
       where ukprn = ${FIRST} and collection_year = 2024 and comparison = 'same_year' and flag is not null
       group by flag order by flag`,
    );
    expect(flags.map((f) => f.flag)).toEqual(['late_achievement', 'plan_end_moved_after_passed', 'withdrawn_aim_removed']);
    // A small share: the flagged changes are a few in a hundred of the aims compared, not the rule.
    const aims = await rows(w, `select count(*)::int as n from raw.learning_delivery join meta.batches using (batch_id) where batches.ukprn = ${FIRST} and file_prepared_on = date '2025-10-15'`);
    const flagged = flags.reduce((n, f) => n + Number(f.n), 0);
    expect(flagged).toBeLessThan(Number(aims[0]!.n) * 0.1);
  });

  it('amends nothing at the provider with one return a year', async () => {
    const flags = await rows(
      w,
      `select count(*)::int as n from intermediate.int_return_changes where ukprn = ${SECOND} and flag in ('withdrawn_aim_removed', 'plan_end_moved_after_passed')`,
    );
    expect(flags).toEqual([{ n: 0 }]);
  });
});
