import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Legacy CSV returns (shared/domain/measures.md, "Conventions" and "Exclusions"): A15 → prog_type,
// A34 → comp_status (4 = transferred), A35 → outcome. The legacy loader is written separately, so
// the rows go straight into raw.* as it would write them (test/support/raw-rows.ts).
// Provider 20000001, 2009/10 return; every aim starts 2009-09-01, planned end 2010-06-30 (303 days).
//   G1 A15 99, A34 2, A35 1, ended 2010-06-25          → E&T leaver, completer, achiever
//   G2 A15 empty, A34 4 (transferred), ended 2009-12-01 → transfer_same_provider, with no new aim
//   G3 A15 2 (advanced apprenticeship), A34 2, A35 1    → neither family: not in the fact table
//   G4 A15 99, A34 3, ended 2009-09-20 (20 days < 42)   → qualifying_period
//   G5 A15 99, A34 3, A35 3, ended 2010-01-31           → leaver
// 2009: leavers G1 G5 = 2; completers G1 = 1; achievers G1 = 1 → retention 0.5, pass 1, achievement 0.5.
const aim = (learnRefNumber: string, progType: number | null, compStatus: number, learnActEndDate: string, outcome: number): RawRow => ({
  learn_ref_number: learnRefNumber,
  learn_aim_ref: '60000088',
  aim_seq_number: 1,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: learnActEndDate,
  prog_type: progType,
  comp_status: compStatus,
  outcome,
  a10_funding_stream: 21,
});

describe('legacy returns in the QAR', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000001,
          year: 2009,
          learners: ['G1', 'G2', 'G3', 'G4', 'G5'].map((ref) => ({ learn_ref_number: ref, uln: 1000000043, sex: 'M', date_of_birth: '1992-03-01', lldd_health_prob: 2 })),
          aims: [aim('G1', 99, 2, '2010-06-25', 1), aim('G2', null, 4, '2009-12-01', 3), aim('G3', 2, 2, '2010-06-25', 1), aim('G4', 99, 3, '2009-09-20', 3), aim('G5', 99, 3, '2010-01-31', 3)],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('treats A15 99 or empty as education and training and always excludes A34 = 4 as a transfer', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, qar_family, is_leaver, exclusion_reason, is_completer, is_achiever, funding_model
       from marts.fct_qar_aims order by learn_ref_number`,
    );
    const base = { qar_family: 'education_and_training', is_leaver: true, funding_model: 'A10 21' };
    expect(got).toEqual([
      { ...base, learn_ref_number: 'G1', exclusion_reason: null, is_completer: true, is_achiever: true },
      { ...base, learn_ref_number: 'G2', exclusion_reason: 'transfer_same_provider', is_completer: false, is_achiever: false },
      { ...base, learn_ref_number: 'G4', exclusion_reason: 'qualifying_period', is_completer: false, is_achiever: false },
      { ...base, learn_ref_number: 'G5', exclusion_reason: null, is_completer: false, is_achiever: false },
    ]);
  });

  it('computes the legacy rates, by provider and nationally, and by breakdown', async () => {
    const got = await martRows(
      w,
      `select ukprn, breakdown, breakdown_value, leavers, completers, achievers, retention_rate, pass_rate, achievement_rate
       from marts.qar_rates where hybrid_end_year = 2009 and breakdown in ('all', 'age_band', 'sex')
       order by ukprn nulls first, breakdown`,
    );
    // Age on 31 August 2009 of someone born 1992-03-01: 17 → 16-18.
    const counts = { leavers: 2, completers: 1, achievers: 1, retention_rate: 0.5, pass_rate: 1, achievement_rate: 0.5 };
    expect(got).toEqual(
      [null, 20000001].flatMap((ukprn) => [
        { ukprn, breakdown: 'age_band', breakdown_value: '16-18', ...counts },
        { ukprn, breakdown: 'all', breakdown_value: 'all', ...counts },
        { ukprn, breakdown: 'sex', breakdown_value: 'male', ...counts },
      ]),
    );
  });
});
