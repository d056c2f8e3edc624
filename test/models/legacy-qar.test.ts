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

// Legacy returns by the method of their time (measures.md version 2, "Which aims are in scope" and
// "Counts and rates"). Provider 20000002, legacy returns 2009/10 and 2010/11; adults born
// 1980-05-01 unless said; every aim starts 2009-09-01 on 60000088 (a level 3 diploma) unless said.
// Learner responsive (A10 22, A15 99), planned end year method — the cohort of year Y is every
// non-excluded aim planned to end in Y, ended or not:
//   K1 planned 2010-06-30; continuing in 2009/10, achieved 2010-10-15 in 2010/11 (A34 2, A35 1)
//      → cohort 2009/10 (not 2010/11, as the hybrid end year would have it): completer, achiever
//   K2 planned 2010-06-30, still continuing (A34 1) in both returns → cohort 2009/10, neither
//   K3 Key Skills aim KS000011, achieved 2010-06-20                → key_or_functional_skills
//   K4 born 1995-01-01 (14 on 31 August 2009), achieved            → under_16
//   K5 planned 2010-06-30, withdrawn 2010-03-01 (A34 3, A35 3)     → cohort 2009/10, non-completer
// Employer responsive:
//   K6 ZPROG001, A10 45, A15 3 (intermediate framework), planned 2010-08-31, achieved 2010-07-20
//      → apprenticeship, hybrid end year max(fy 2010-08-31 = 2010, fy 2010-07-20 = 2009) = 2010/11;
//      level 2 (A15 3); timely cohort of 2010/11 (planned to end then), timely achiever
//   K7 NVQ 10020023, A10 45, A15 3 (a framework's component)       → neither family
//   K8 NVQ 10020023, A10 45, A15 99 (Train to Gain)               → neither family
//   K9 60000088, A10 10 (adult safeguarded learning), A15 99       → neither family
// 2009/10 E&T: starts (leavers column) 3 (K1 K2 K5), completers 1, achievers 1.
// 2010/11 apprenticeship: leavers 1, achievers 1, timely leavers 1, timely achievers 1.
const legacyAim = (ref: string, extra: RawRow): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: '60000088',
  aim_seq_number: 1,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  a10_funding_stream: 22,
  prog_type: 99,
  comp_status: 1,
  ...extra,
});
const achievedOn = (date: string): RawRow => ({ comp_status: 2, outcome: 1, learn_act_end_date: date });
const K6 = { learn_aim_ref: 'ZPROG001', a10_funding_stream: 45, prog_type: 3, learn_plan_end_date: '2010-08-31' };
const legacyLearner = (ref: string, dateOfBirth = '1980-05-01'): RawRow => ({ learn_ref_number: ref, uln: 1000000043, sex: 'F', date_of_birth: dateOfBirth, lldd_health_prob: 2 });

describe('legacy returns by the method of their time', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000002,
          year: 2009,
          learners: [...['K1', 'K2', 'K3', 'K5', 'K6', 'K7', 'K8', 'K9'].map((ref) => legacyLearner(ref)), legacyLearner('K4', '1995-01-01')],
          aims: [
            legacyAim('K1', {}),
            legacyAim('K2', {}),
            legacyAim('K3', { learn_aim_ref: 'KS000011', ...achievedOn('2010-06-20') }),
            legacyAim('K4', { a10_funding_stream: 21, ...achievedOn('2010-06-20') }),
            legacyAim('K5', { comp_status: 3, outcome: 3, learn_act_end_date: '2010-03-01' }),
            legacyAim('K6', K6),
            legacyAim('K7', { learn_aim_ref: '10020023', a10_funding_stream: 45, prog_type: 3, ...achievedOn('2010-06-20') }),
            legacyAim('K8', { learn_aim_ref: '10020023', a10_funding_stream: 45, ...achievedOn('2010-06-20') }),
            legacyAim('K9', { a10_funding_stream: 10, ...achievedOn('2010-06-20') }),
          ],
        },
        {
          ukprn: 20000002,
          year: 2010,
          learners: ['K1', 'K2', 'K6'].map((ref) => legacyLearner(ref)),
          aims: [legacyAim('K1', achievedOn('2010-10-15')), legacyAim('K2', {}), legacyAim('K6', { ...K6, ...achievedOn('2010-07-20') })],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('puts learner-responsive aims in their planned end year and employer-responsive frameworks in the apprenticeship family', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, qar_family, hybrid_end_year, is_leaver, exclusion_reason, is_completer, is_achiever,
              is_timely_cohort, is_timely_achiever, is_legacy, qualification_level
       from marts.fct_qar_aims order by learn_ref_number`,
    );
    const et = { qar_family: 'education_and_training', hybrid_end_year: 2009, is_leaver: true, exclusion_reason: null, is_timely_cohort: false, is_timely_achiever: false, is_legacy: true };
    expect(got).toEqual([
      { ...et, learn_ref_number: 'K1', is_completer: true, is_achiever: true, qualification_level: '3' },
      { ...et, learn_ref_number: 'K2', is_completer: false, is_achiever: false, qualification_level: '3' },
      { ...et, learn_ref_number: 'K3', exclusion_reason: 'key_or_functional_skills', is_completer: false, is_achiever: false, qualification_level: '1' },
      { ...et, learn_ref_number: 'K4', exclusion_reason: 'under_16', is_completer: false, is_achiever: false, qualification_level: '3' },
      { ...et, learn_ref_number: 'K5', is_completer: false, is_achiever: false, qualification_level: '3' },
      {
        learn_ref_number: 'K6', qar_family: 'apprenticeship', hybrid_end_year: 2010, is_leaver: true, exclusion_reason: null, is_completer: true,
        is_achiever: true, is_timely_cohort: true, is_timely_achiever: true, is_legacy: true, qualification_level: '2',
      },
    ]);
  });

  it('computes the legacy rates: starts and success in the planned end year, frameworks with timely rates', async () => {
    const got = await martRows(
      w,
      `select hybrid_end_year, qar_family, leavers, completers, achievers, timely_leavers, timely_achievers
       from marts.qar_rates where ukprn = 20000002 and breakdown = 'all' order by hybrid_end_year, qar_family`,
    );
    expect(got).toEqual([
      { hybrid_end_year: 2009, qar_family: 'education_and_training', leavers: 3, completers: 1, achievers: 1, timely_leavers: 0, timely_achievers: 0 },
      { hybrid_end_year: 2010, qar_family: 'apprenticeship', leavers: 1, completers: 1, achievers: 1, timely_leavers: 1, timely_achievers: 1 },
    ]);
  });
});
