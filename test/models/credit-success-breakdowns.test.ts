import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Credit success rate by priority group, Progression Pathway type and band of each learner's
// credits achieved ÷ planned (shared/domain/measures.md, "Credit success rate"; cap at A59).
// Provider 20000051, legacy 2009/10 return, aims from 2009-09-01 to 2010-06-30, all completed:
//   L1 50000015 (pathway to_level_2), A46 81, A59 10, A60 10
//   L2 50000026 (pre_apprenticeship), A46 81, A59 13, A60 5
//   L3 60000088, A46 86 (offenders in the community), A59 20, A60 0
//   L4 50000015, A46 81, A59 12, A60 12; and 60000088 (no group), A59 12, A60 3
// priority_group progression_pathways: L1 L2 L4's first → 3 learners, 3 aims, 35 planned,
//   27 achieved (10 + 5 + 12), CSR 27/35; offenders_in_community: L3 → 1, 1, 20, 0, CSR 0.
// pathway_type to_level_2: L1, L4 → 2, 2, 22, 22, CSR 1; pre_apprenticeship: L2 → 1, 1, 13, 5.
// credit_ratio_band (per learner over all their credit aims): L1 10/10 → 100%; L2 5/13 = 38% →
//   25-49%; L3 0/20 → none; L4 15/24 = 62.5% → 50-74% (1 learner, 2 aims, 24, 15).
const aim = (ref: string, seq: number, aimRef: string, a59: number, a60: number): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: aimRef,
  aim_seq_number: seq,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: '2010-06-30',
  prog_type: 99,
  comp_status: 2,
  outcome: a60 >= a59 ? 1 : 3,
  a59_planned_credits: a59,
  a60_credits_achieved: a60,
});
const a46 = (ref: string, seq: number, code: string): RawRow => ({ learn_ref_number: ref, aim_seq_number: seq, learn_del_fam_type: 'A46', learn_del_fam_code: code });

describe('credit success by group and band on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000051,
          year: 2009,
          aims: [
            aim('L1', 1, '50000015', 10, 10),
            aim('L2', 1, '50000026', 13, 5),
            aim('L3', 1, '60000088', 20, 0),
            aim('L4', 1, '50000015', 12, 12),
            aim('L4', 2, '60000088', 12, 3),
          ],
          fams: [a46('L1', 1, '81'), a46('L2', 1, '81'), a46('L3', 1, '86'), a46('L4', 1, '81')],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('splits the credit success rate by group, pathway type and band', async () => {
    const got = await martRows(
      w,
      `select breakdown, breakdown_value, cast(learners as int) as learners, cast(aims as int) as aims,
              cast(credits_planned as int) as planned, cast(credits_achieved as int) as achieved, credit_success_rate as csr
       from marts.credit_success_breakdowns where ukprn = 20000051 order by breakdown, breakdown_value`,
    );
    expect(got).toEqual([
      { breakdown: 'credit_ratio_band', breakdown_value: '100%', learners: 1, aims: 1, planned: 10, achieved: 10, csr: 1 },
      { breakdown: 'credit_ratio_band', breakdown_value: '25-49%', learners: 1, aims: 1, planned: 13, achieved: 5, csr: 5 / 13 },
      { breakdown: 'credit_ratio_band', breakdown_value: '50-74%', learners: 1, aims: 2, planned: 24, achieved: 15, csr: 15 / 24 },
      { breakdown: 'credit_ratio_band', breakdown_value: 'none', learners: 1, aims: 1, planned: 20, achieved: 0, csr: 0 },
      { breakdown: 'pathway_type', breakdown_value: 'pre_apprenticeship', learners: 1, aims: 1, planned: 13, achieved: 5, csr: 5 / 13 },
      { breakdown: 'pathway_type', breakdown_value: 'to_level_2', learners: 2, aims: 2, planned: 22, achieved: 22, csr: 1 },
      { breakdown: 'priority_group', breakdown_value: 'offenders_in_community', learners: 1, aims: 1, planned: 20, achieved: 0, csr: 0 },
      { breakdown: 'priority_group', breakdown_value: 'progression_pathways', learners: 3, aims: 3, planned: 35, achieved: 27, csr: 27 / 35 },
    ]);
  });

  it('withholds every count below 5 in the report', async () => {
    const got = await martRows(w, `select count(*)::int as shown from reports.report_credit_success_groups where ukprn = 20000051 and (learners is not null or credit_success_rate is not null)`);
    expect(got).toEqual([{ shown: 0 }]);
  });
});
