import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Credit success rate (shared/domain/measures.md, "Credit success rate"): Σ min(A60, A59) ÷ Σ A59
// over non-excluded leavers with A59 > 0. Provider 20000002, legacy 2009/10 return, E&T aims
// (A15 99) starting 2009-09-01, planned end 2010-06-30:
//   X aim 1: A59 10, A60 12, completed  → counts 10 planned, 10 achieved (capped; 12 as returned)
//   X aim 2: A59 20, A60 5, completed   → 20 planned, 5 achieved
//   Y aim 1: A59 0, completed           → no planned credits: out
//   Y aim 2: A59 15, A60 0, withdrawn 2010-02-28 (started 2009-09-02: 180 days, past the qualifying period) → 15, 0
//   Z aim 1: A59 30, A60 30, A34 4      → transfer, excluded: out
// 2009: learners X Y = 2; aims 3; planned 10+20+15 = 45; achieved 10+5+0 = 15 (uncapped 17);
//       CSR 15/45 = 1/3. Per learner: X 15/30 (some), Y 0/15 (none), nobody all.
const credit = (ref: string, seq: number, a59: number, a60: number | null, compStatus = 2, end = '2010-06-30'): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: '60000088',
  aim_seq_number: seq,
  learn_start_date: seq === 1 ? '2009-09-01' : '2009-09-02',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: end,
  prog_type: 99,
  comp_status: compStatus,
  outcome: compStatus === 2 ? 1 : 3,
  a59_planned_credits: a59,
  a60_credits_achieved: a60,
});

describe('credit_success_rates on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000002,
          year: 2009,
          aims: [credit('X', 1, 10, 12), credit('X', 2, 20, 5), credit('Y', 1, 0, 0), credit('Y', 2, 15, 0, 3, '2010-02-28'), credit('Z', 1, 30, 30, 4)],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('caps credits achieved at credits planned and leaves out aims without credits and excluded aims', async () => {
    const got = await martRows(w, `select * from marts.credit_success_rates order by ukprn nulls first`);
    const row = {
      hybrid_end_year: 2009,
      learners: 2,
      aims: 3,
      credits_planned: 45,
      credits_achieved: 15,
      credit_success_rate: 1 / 3,
      credits_achieved_uncapped: 17,
      learners_no_credits_achieved: 1,
      learners_some_credits_achieved: 1,
      learners_all_credits_achieved: 0,
    };
    expect(got).toEqual([
      { ...row, ukprn: null },
      { ...row, ukprn: 20000002 },
    ]);
  });
});
