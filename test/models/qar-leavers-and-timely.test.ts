import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Leavers, hybrid end years and timely rates (shared/domain/measures.md, "Leaver", "Hybrid end
// year", "Counts and rates").
//
// Provider 10000003 — overdue aims and breaks in learning, returns for 2023 and 2024:
//   B1 2023 return: break (CompStatus 6, ended 2024-01-31: its year Y = 2023), plan 2024-06-30,
//      never restarted; Y+1 = 2024 has ended (the 2024 return was prepared 2025-10-15, after
//      31 July 2025) → an overdue planned break: leaver, not excluded, hybrid end year Y+1 = 2024
//      (measures version 2, "Breaks in learning and restarts")
//   O1 2023 return: continuing, plan 2025-06-30; absent from 2024 → overdue leaver; hybrid =
//      max(fy plan 2024, return 2023) = 2024
//   O2 continuing in 2023, completed and achieved in 2024 (ended 2024-08-20): the latest return
//      is used → leaver, completer, achiever; hybrid fy(2024-08-20) = 2024; timely (2024-08-20 ≤
//      2024-06-30 + 90 = 2024-09-28), counted on its planned year 2023
//   B2 2024 return: break (CompStatus 6), no later return → break_in_learning, not a leaver
//   C1 2024 return: continuing, no later return → not a leaver
// hybrid 2023: no leavers (leavers 0, completers 0, achievers 0).
// hybrid 2024: leavers B1 O1 O2 = 3, completers O2 = 1, achievers O2 = 1.
// timely, by planned end year: 2023 — B1, O2 → 2 leavers, 1 achiever (O2); 2024 — O1 and C1
// (continuing, planned to end in 2024/25: a timely non-achiever, measures version 2) → 2, 0. B2 is
// on a break (excluded) and in no timely cohort.
const breaks = [
  {
    ukprn: 10000003,
    year: 2023,
    learners: [
      { learnRefNumber: 'B1', aims: [{ learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 6, learnActEndDate: '2024-01-31', outcome: 3 }] },
      { learnRefNumber: 'O1', aims: [{ learnStartDate: '2023-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 }] },
      { learnRefNumber: 'O2', aims: [{ learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 1 }] },
    ],
  },
  {
    ukprn: 10000003,
    year: 2024,
    learners: [
      { learnRefNumber: 'O2', aims: [{ learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 2, learnActEndDate: '2024-08-20', outcome: 1 }] },
      { learnRefNumber: 'B2', aims: [{ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 6, learnActEndDate: '2025-01-31', outcome: 3 }] },
      { learnRefNumber: 'C1', aims: [{ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 }] },
    ],
  },
];

// Provider 10000004 — late and early achievers, one 2025 return, all completed and achieved:
//   L1 plan 2025-03-31, ended 2025-06-29 = plan + 90 (30 Apr + 31 May + 29 Jun) → timely; hybrid 2024
//   L2 plan 2025-03-31, ended 2025-06-30 = plan + 91                          → late, not timely; hybrid 2024
//   L3 plan 2025-06-30, ended 2025-09-15 (plan + 77)                           → timely; hybrid fy(act) = 2025,
//      but its timely count sits on its planned year 2024
//   L4 plan 2026-06-30, ended early 2025-01-31                                  → hybrid = planned year 2025; timely
// hybrid 2024: leavers L1 L2 = 2, completers 2, achievers 2; timely 2024: L1 L2 L3 → 3, achievers L1 L3 = 2.
// hybrid 2025: leavers L3 L4 = 2, completers 2, achievers 2; timely 2025: L4 → 1, 1.
const achieved = (learnPlanEndDate: string, learnActEndDate: string) => ({
  learnStartDate: '2024-09-01',
  learnPlanEndDate,
  learnActEndDate,
  compStatus: 2,
  outcome: 1,
});
const late = {
  ukprn: 10000004,
  year: 2025,
  learners: [
    { learnRefNumber: 'L1', aims: [achieved('2025-03-31', '2025-06-29')] },
    { learnRefNumber: 'L2', aims: [achieved('2025-03-31', '2025-06-30')] },
    { learnRefNumber: 'L3', aims: [achieved('2025-06-30', '2025-09-15')] },
    { learnRefNumber: 'L4', aims: [achieved('2026-06-30', '2025-01-31')] },
  ],
};

// Provider 10000005 — apprenticeships, a 2024 return (P1) and a 2025 one (P2: an achievement in
// 2025/26 is returned in that year's file, AchDate_02):
//   P1 framework programme aim (ZPROG001, AimType 1, ProgType 3), plan 2025-03-31, completed and
//      achieved 2025-03-15, with two component aims (AimType 3: one achieved, one withdrawn)
//      → one apprenticeship leaver, completer, achiever in 2024, timely; components count nowhere
//   P2 standard (ProgType 25) programme aim: end of learning 2025-05-31 (plan 2025-05-31), EPA
//      achieved, AchDate 2025-09-10 → hybrid fy(AchDate) = 2025; left out of timely rates
// apprenticeship 2024: leavers 1, completers 1, achievers 1; timely 1, 1.
// apprenticeship 2025: leavers 1, completers 1, achievers 1; timely 0, 0 (rate null).
// education and training: no rows for this provider.
const apprenticeships = {
  ukprn: 10000005,
  year: 2024,
  learners: [
    {
      learnRefNumber: 'P1',
      aims: [
        { learnAimRef: 'ZPROG001', aimType: 1, progType: 3, fundModel: 36, learnStartDate: '2023-09-01', learnPlanEndDate: '2025-03-31', compStatus: 2, learnActEndDate: '2025-03-15', outcome: 1 },
        { learnAimRef: '60000011', aimType: 3, progType: 3, fundModel: 36, learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 2, learnActEndDate: '2024-06-30', outcome: 1 },
        { learnAimRef: '60000088', aimType: 3, progType: 3, fundModel: 36, learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 3, learnActEndDate: '2024-01-31', withdrawReason: 44, outcome: 3 },
      ],
    },
  ],
};
const apprenticeshipAchievedLater = {
  ukprn: 10000005,
  year: 2025,
  learners: [
    {
      learnRefNumber: 'P2',
      aims: [
        { learnAimRef: 'ZPROG001', aimType: 1, progType: 25, stdCode: 123, fundModel: 36, learnStartDate: '2023-09-01', learnPlanEndDate: '2025-05-31', compStatus: 2, learnActEndDate: '2025-05-31', outcome: 1, achDate: '2025-09-10' },
      ],
    },
  ],
};

const ratesOf = (w: Warehouse, ukprn: number, family = 'education_and_training') =>
  martRows(
    w,
    `select hybrid_end_year, leavers, completers, achievers, timely_leavers, timely_achievers, timely_achievement_rate
     from marts.qar_rates where ukprn = ${ukprn} and breakdown = 'all' and qar_family = '${family}' order by hybrid_end_year`,
  );

describe('leavers, hybrid end years and timely rates on hand-worked cohorts', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({ xml: [...breaks, late, apprenticeships, apprenticeshipAchievedLater] });
  });

  afterAll(async () => {
    await w.close();
  });

  it('treats an aim absent from the next return as an overdue leaver and a current break as excluded', async () => {
    const aims = await martRows(
      w,
      `select learn_ref_number, is_leaver, is_overdue, exclusion_reason, hybrid_end_year, latest_collection_year
       from marts.fct_qar_aims where ukprn = 10000003 order by learn_ref_number`,
    );
    expect(aims).toEqual([
      { learn_ref_number: 'B1', is_leaver: true, is_overdue: true, exclusion_reason: null, hybrid_end_year: 2024, latest_collection_year: 2023 },
      { learn_ref_number: 'B2', is_leaver: false, is_overdue: false, exclusion_reason: 'break_in_learning', hybrid_end_year: 2024, latest_collection_year: 2024 },
      { learn_ref_number: 'C1', is_leaver: false, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2024, latest_collection_year: 2024 },
      { learn_ref_number: 'O1', is_leaver: true, is_overdue: true, exclusion_reason: null, hybrid_end_year: 2024, latest_collection_year: 2023 },
      { learn_ref_number: 'O2', is_leaver: true, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2024, latest_collection_year: 2024 },
    ]);
    expect(await ratesOf(w, 10000003)).toEqual([
      { hybrid_end_year: 2023, leavers: 0, completers: 0, achievers: 0, timely_leavers: 2, timely_achievers: 1, timely_achievement_rate: 0.5 },
      { hybrid_end_year: 2024, leavers: 3, completers: 1, achievers: 1, timely_leavers: 2, timely_achievers: 0, timely_achievement_rate: 0 },
    ]);
  });

  it('counts late achievers in their actual end year and timely only within 90 days of the planned end', async () => {
    const aims = await martRows(
      w,
      `select learn_ref_number, hybrid_end_year, planned_end_year, is_achiever, is_timely_cohort, is_timely_achiever
       from marts.fct_qar_aims where ukprn = 10000004 order by learn_ref_number`,
    );
    expect(aims).toEqual([
      { learn_ref_number: 'L1', hybrid_end_year: 2024, planned_end_year: 2024, is_achiever: true, is_timely_cohort: true, is_timely_achiever: true },
      { learn_ref_number: 'L2', hybrid_end_year: 2024, planned_end_year: 2024, is_achiever: true, is_timely_cohort: true, is_timely_achiever: false },
      { learn_ref_number: 'L3', hybrid_end_year: 2025, planned_end_year: 2024, is_achiever: true, is_timely_cohort: true, is_timely_achiever: true },
      { learn_ref_number: 'L4', hybrid_end_year: 2025, planned_end_year: 2025, is_achiever: true, is_timely_cohort: true, is_timely_achiever: true },
    ]);
    expect(await ratesOf(w, 10000004)).toEqual([
      { hybrid_end_year: 2024, leavers: 2, completers: 2, achievers: 2, timely_leavers: 3, timely_achievers: 2, timely_achievement_rate: 2 / 3 },
      { hybrid_end_year: 2025, leavers: 2, completers: 2, achievers: 2, timely_leavers: 1, timely_achievers: 1, timely_achievement_rate: 1 },
    ]);
  });

  it('counts the apprenticeship programme aim only, and standards by AchDate outside timely rates', async () => {
    const aims = await martRows(
      w,
      `select learn_ref_number, learn_aim_ref, qar_family, hybrid_end_year, is_timely_cohort
       from marts.fct_qar_aims where ukprn = 10000005 order by learn_ref_number, learn_aim_ref`,
    );
    expect(aims).toEqual([
      { learn_ref_number: 'P1', learn_aim_ref: 'ZPROG001', qar_family: 'apprenticeship', hybrid_end_year: 2024, is_timely_cohort: true },
      { learn_ref_number: 'P2', learn_aim_ref: 'ZPROG001', qar_family: 'apprenticeship', hybrid_end_year: 2025, is_timely_cohort: false },
    ]);
    expect(await ratesOf(w, 10000005, 'apprenticeship')).toEqual([
      { hybrid_end_year: 2024, leavers: 1, completers: 1, achievers: 1, timely_leavers: 1, timely_achievers: 1, timely_achievement_rate: 1 },
      { hybrid_end_year: 2025, leavers: 1, completers: 1, achievers: 1, timely_leavers: 0, timely_achievers: 0, timely_achievement_rate: null },
    ]);
    expect(await ratesOf(w, 10000005)).toEqual([]);
  });
});
