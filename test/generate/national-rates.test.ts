// A larger seeded sample, loaded and modelled by the real pipeline, gives national rates near the
// published ones (shared/domain/ilr-reference.md §2.2 and §4: education and training 2019/20
// retention 91.5%, pass 93.2%, achievement 85.3%; apprenticeships about 69%), and real spread
// between providers. The bands are wide enough for chance in a sample of this size (a few thousand
// leavers a year: ±2 points) and narrow enough to catch a generator that drifts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample } from './generated-sample.ts';

interface Rate {
  qar_family: string;
  leavers: number;
  completers: number;
  achievers: number;
}

const toRate = (r: Record<string, unknown>): Rate & { ukprn: number } => ({
  ukprn: Number(r.ukprn),
  qar_family: String(r.qar_family),
  leavers: Number(r.leavers),
  completers: Number(r.completers),
  achievers: Number(r.achievers),
});

describe('national rates of a generated sample, through the loader and the models', () => {
  let w: Warehouse;
  let national: Rate[];
  let providers: (Rate & { ukprn: number })[];

  beforeAll(async () => {
    const sample = await generateSample({ providers: 12, learnersPerProvider: 110, firstYear: 2021, lastYear: 2025, format: 'xml', seed: 2026 });
    w = await freshWarehouse();
    const summaries = await ingestAll(w, sample.names.map((n) => join(sample.dir, n)));
    expect(summaries.every((s) => s.status === 'loaded' && s.recordsQuarantined === 0)).toBe(true);
    await buildModels(w);
    // Hybrid end years whose cohorts are complete in the sample: 2022/23 and 2023/24.
    const cohort = `from marts.qar_rates where breakdown = 'all' and hybrid_end_year in (2022, 2023)`;
    national = (await rows(
      w,
      `select qar_family, sum(leavers)::int as leavers, sum(completers)::int as completers, sum(achievers)::int as achievers
       ${cohort} and ukprn is null group by qar_family`,
    )).map(toRate);
    providers = (await rows(
      w,
      `select ukprn, qar_family, sum(leavers)::int as leavers, sum(completers)::int as completers, sum(achievers)::int as achievers
       ${cohort} and ukprn is not null group by ukprn, qar_family`,
    )).map(toRate);
  });

  afterAll(() => w?.close());

  const family = (name: string) => {
    const r = national.find((n) => n.qar_family === name);
    if (!r) throw new Error(`no national ${name} row`);
    return r;
  };

  it('education and training: retention about 91%, achievement about 85%', () => {
    const et = family('education_and_training');
    expect(et.leavers).toBeGreaterThan(3000);
    expect(et.completers / et.leavers).toBeGreaterThan(0.88);
    expect(et.completers / et.leavers).toBeLessThan(0.94);
    expect(et.achievers / et.leavers).toBeGreaterThan(0.81);
    expect(et.achievers / et.leavers).toBeLessThan(0.89);
  });

  it('apprenticeships: achievement about 69%', () => {
    const app = family('apprenticeship');
    expect(app.leavers).toBeGreaterThan(500);
    expect(app.achievers / app.leavers).toBeGreaterThan(0.63);
    expect(app.achievers / app.leavers).toBeLessThan(0.75);
  });

  it('spreads providers out: at least 10 points between the best and worst E&T achievement rate', () => {
    const rates = providers
      .filter((p) => p.qar_family === 'education_and_training' && p.leavers >= 50)
      .map((p) => p.achievers / p.leavers);
    expect(rates.length).toBeGreaterThan(6);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
  });
});
