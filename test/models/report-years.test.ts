import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// A cohort year is published only where that year's return was loaded: without it nobody can be
// known to have left or achieved. Provider 20000001 returns 2009/10 (legacy) and 2012/13, nothing
// between, as the demo's legacy years and XML years leave a gap.
//   2009 return: A1–A5 start 2009-09-01, planned end 2010-06-30, A34 2 / A35 1 → 2009/10, 5 achievers
//                C1–C5 start 2009-09-01, planned end 2011-06-30, A34 1 (continuing) → planned end
//                year 2010/11; they never appear again, so 2010/11 would read 0 of 5 achieved.
//   2012 return: B1–B5 start 2012-09-01, planned end 2013-06-30, A34 2 / A35 1 → 2012/13, 5 achievers.
// Expected rows (breakdown all, education and training): 2009/10 and 2012/13 only — national and
// provider alike; 2010/11 (no return) has none.
const learner = (ref: string): RawRow => ({ learn_ref_number: ref, uln: 1000000043, sex: 'F', date_of_birth: '1990-01-01', lldd_health_prob: 2 });
const aim = (ref: string, start: string, planEnd: string, compStatus: number, actEnd: string | null, outcome: number | null): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: '60000088',
  aim_seq_number: 1,
  learn_start_date: start,
  learn_plan_end_date: planEnd,
  learn_act_end_date: actEnd,
  prog_type: 99,
  comp_status: compStatus,
  outcome,
  a10_funding_stream: 21,
});
const refs = (prefix: string) => [1, 2, 3, 4, 5].map((i) => `${prefix}${i}`);

describe('years without a return', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000001,
          year: 2009,
          format: 'legacy_csv',
          learners: [...refs('A'), ...refs('C')].map(learner),
          aims: [
            ...refs('A').map((r) => aim(r, '2009-09-01', '2010-06-30', 2, '2010-06-20', 1)),
            ...refs('C').map((r) => aim(r, '2009-09-01', '2011-06-30', 1, null, null)),
          ],
        },
        {
          ukprn: 20000001,
          year: 2012,
          format: 'legacy_csv',
          learners: refs('B').map(learner),
          aims: refs('B').map((r) => aim(r, '2012-09-01', '2013-06-30', 2, '2013-06-20', 1)),
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('publishes no rates for a cohort year with no return', async () => {
    const national = await martRows(
      w,
      `select hybrid_end_year from reports.report_national_rates
       where breakdown = 'all' and qar_family = 'education_and_training' order by 1`,
    );
    expect(national.map((r) => Number(r.hybrid_end_year))).toEqual([2009, 2012]);
    const provider = await martRows(
      w,
      `select hybrid_end_year from reports.report_provider_rates
       where breakdown = 'all' and qar_family = 'education_and_training' and ukprn = 20000001 order by 1`,
    );
    expect(provider.map((r) => Number(r.hybrid_end_year))).toEqual([2009, 2012]);
  });

  it('still holds the aims of that year in the marts, for anyone who asks', async () => {
    const [row] = await martRows(
      w,
      `select leavers, achievers from marts.qar_rates
       where breakdown = 'all' and ukprn is null and qar_family = 'education_and_training' and hybrid_end_year = 2010`,
    );
    expect(row).toEqual({ leavers: 5, achievers: 0 });
  });
});
