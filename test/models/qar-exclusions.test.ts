import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Exclusions (shared/domain/measures.md, "Exclusions"). Every aim starts 2024-09-01; all planned
// ends fall in 2024/25, so every aim's hybrid end year is 2024. Withdrawals are CompStatus 3,
// Outcome 3, WithdrawReason 44 unless said. Days are inclusive: end − start + 1.
const start = '2024-09-01';
const withdrawn = (learnPlanEndDate: string, learnActEndDate: string, withdrawReason = 44): FixtureAim => ({
  learnStartDate: start,
  learnPlanEndDate,
  learnActEndDate,
  compStatus: 3,
  withdrawReason,
  outcome: 3,
});

// Provider 10000001 — the qualifying period, each tier and its boundary:
//   Q1 planned 303 days (to 2025-06-30), in learning 41 (to 2024-10-11): 41 < 42  → qualifying_period
//   Q2 planned 303, in learning 42 (to 2024-10-12): not below 42                  → leaver
//   Q3 planned 168 (to 2025-02-15: 30+31+30+31+31+15), in learning 41: tier 42    → qualifying_period
//   Q4 planned 167 (to 2025-02-14), in learning 41: tier 14, 41 ≥ 14              → leaver
//   Q5 planned 91 (to 2024-11-30), in learning 13 (to 2024-09-13): 13 < 14        → qualifying_period
//   Q6 planned 91, in learning 14 (to 2024-09-14)                                 → leaver
//   Q7 planned 10 (to 2024-09-10), in learning 1 (ends the day it starts): 1 is not below 1 → leaver
//   Q8 completed (CompStatus 2, Outcome 3) after 5 days: the period applies to withdrawals only → leaver, completer
// 2024: leavers Q2 Q4 Q6 Q7 Q8 = 5; completers Q8 = 1; achievers 0.
const qualifying = {
  ukprn: 10000001,
  year: 2024,
  learners: [
    { learnRefNumber: 'Q1', aims: [withdrawn('2025-06-30', '2024-10-11')] },
    { learnRefNumber: 'Q2', aims: [withdrawn('2025-06-30', '2024-10-12')] },
    { learnRefNumber: 'Q3', aims: [withdrawn('2025-02-15', '2024-10-11')] },
    { learnRefNumber: 'Q4', aims: [withdrawn('2025-02-14', '2024-10-11')] },
    { learnRefNumber: 'Q5', aims: [withdrawn('2024-11-30', '2024-09-13')] },
    { learnRefNumber: 'Q6', aims: [withdrawn('2024-11-30', '2024-09-14')] },
    { learnRefNumber: 'Q7', aims: [withdrawn('2024-09-10', '2024-09-01')] },
    { learnRefNumber: 'Q8', aims: [{ learnStartDate: start, learnPlanEndDate: '2025-06-30', learnActEndDate: '2024-09-05', compStatus: 2, outcome: 3 }] },
  ],
};

// Provider 10000002 — transfers. Old aims (60000088) withdraw on 2024-11-30 (91 days, past the
// qualifying period); 2024-11-30 + 120 days = 2025-03-30 (31 Dec + 31 Jan + 28 Feb + 30 Mar).
//   T1 WR 40, new aim (60000011) starts 2025-03-30, day 120               → transfer_same_provider
//   T2 WR 40, new aim starts 2025-03-31, day 121: a transfer to nothing    → leaver
//   T3 WR 40, no new aim                                                   → leaver
//   T4 WR 7, transferred after intervention                                → transfer_intervention
//   T5 WR 40, the other aim started 2024-10-01, before the old one ended   → leaver (not "after")
// The new aims continue (CompStatus 1) and are not leavers.
// 2024: leavers T2 T3 T5 = 3; completers 0; achievers 0.
const newAim = (learnStartDate: string): FixtureAim => ({ learnAimRef: '60000011', learnStartDate, learnPlanEndDate: '2025-07-31', compStatus: 1 });
const transfers = {
  ukprn: 10000002,
  year: 2024,
  learners: [
    { learnRefNumber: 'T1', aims: [withdrawn('2025-06-30', '2024-11-30', 40), newAim('2025-03-30')] },
    { learnRefNumber: 'T2', aims: [withdrawn('2025-06-30', '2024-11-30', 40), newAim('2025-03-31')] },
    { learnRefNumber: 'T3', aims: [withdrawn('2025-06-30', '2024-11-30', 40)] },
    { learnRefNumber: 'T4', aims: [withdrawn('2025-06-30', '2024-11-30', 7)] },
    { learnRefNumber: 'T5', aims: [withdrawn('2025-06-30', '2024-11-30', 40), newAim('2024-10-01')] },
  ],
};

describe('QAR exclusions on hand-worked cohorts', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({ xml: [qualifying, transfers] });
  });

  afterAll(async () => {
    await w.close();
  });

  it('excludes withdrawals inside each qualifying-period tier and counts those at the boundary', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, exclusion_reason, is_leaver from marts.fct_qar_aims where ukprn = 10000001 order by learn_ref_number`,
    );
    expect(got).toEqual([
      { learn_ref_number: 'Q1', exclusion_reason: 'qualifying_period', is_leaver: true },
      { learn_ref_number: 'Q2', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'Q3', exclusion_reason: 'qualifying_period', is_leaver: true },
      { learn_ref_number: 'Q4', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'Q5', exclusion_reason: 'qualifying_period', is_leaver: true },
      { learn_ref_number: 'Q6', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'Q7', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'Q8', exclusion_reason: null, is_leaver: true },
    ]);
    const rates = await martRows(
      w,
      `select leavers, completers, achievers from marts.qar_rates
       where ukprn = 10000001 and breakdown = 'all' and hybrid_end_year = 2024 and qar_family = 'education_and_training'`,
    );
    expect(rates).toEqual([{ leavers: 5, completers: 1, achievers: 0 }]);
  });

  it('excludes a WR 40 transfer only when a new aim starts within 120 days after, and every WR 7 transfer', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, learn_aim_ref, exclusion_reason, is_leaver from marts.fct_qar_aims
       where ukprn = 10000002 order by learn_ref_number, learn_aim_ref`,
    );
    expect(got).toEqual([
      { learn_ref_number: 'T1', learn_aim_ref: '60000011', exclusion_reason: null, is_leaver: false },
      { learn_ref_number: 'T1', learn_aim_ref: '60000088', exclusion_reason: 'transfer_same_provider', is_leaver: true },
      { learn_ref_number: 'T2', learn_aim_ref: '60000011', exclusion_reason: null, is_leaver: false },
      { learn_ref_number: 'T2', learn_aim_ref: '60000088', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'T3', learn_aim_ref: '60000088', exclusion_reason: null, is_leaver: true },
      { learn_ref_number: 'T4', learn_aim_ref: '60000088', exclusion_reason: 'transfer_intervention', is_leaver: true },
      { learn_ref_number: 'T5', learn_aim_ref: '60000011', exclusion_reason: null, is_leaver: false },
      { learn_ref_number: 'T5', learn_aim_ref: '60000088', exclusion_reason: null, is_leaver: true },
    ]);
    const rates = await martRows(
      w,
      `select leavers, completers, achievers from marts.qar_rates
       where ukprn = 10000002 and breakdown = 'all' and hybrid_end_year = 2024 and qar_family = 'education_and_training'`,
    );
    expect(rates).toEqual([{ leavers: 3, completers: 0, achievers: 0 }]);
  });

  it('gives the national row as the sum of the two providers', async () => {
    // 5 + 3 leavers, 1 + 0 completers.
    const got = await martRows(
      w,
      `select leavers, completers, achievers from marts.qar_rates
       where ukprn is null and breakdown = 'all' and hybrid_end_year = 2024 and qar_family = 'education_and_training'`,
    );
    expect(got).toEqual([{ leavers: 8, completers: 1, achievers: 0 }]);
  });
});
