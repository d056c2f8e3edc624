import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Breaks in learning and restarts (measures.md version 2, "Leavers and the hybrid end year",
// "Exclusions"). A break is CompStatus 6 (Outcome 3) ending on its LearnActEndDate; its year Y is
// fy(LearnActEndDate). A restart is a later aim of the same learner, same LearnAimRef (programme
// aims: same ProgType and StdCode), starting on or after the break's end, with the FAM RES.
// Provider 10000001 returns 2023 (prepared 2024-10-15), 2024 (prepared 2025-10-15, after 31 July
// 2025: 2024/25 has ended) and 2025 (prepared 2025-12-01: 2025/26 has not ended). E&T aims are
// 60000088 on FundModel 35.
//   S1 restart in the same year: break 2024-09-01 → 2025-01-31 (plan 2025-06-30), restart (RES)
//      2025-04-01, achieved 2025-07-20, plan 2025-07-31; neither is in the 2025 return.
//      → break: break_restarted (version 1: absent from 2025 → an overdue non-achieving leaver);
//        restart: a leaver and achiever in its own right, hybrid fy(2025-07-20) = 2024.
//   S2 overdue planned break: break 2023-09-01 → 2024-01-31 (Y 2023, plan 2024-06-30), returned
//      as a break in 2023, 2024 and 2025, never restarted; Y+1 = 2024 has ended (its return was
//      prepared 2025-10-15) → a leaver (withdrawal), overdue, hybrid end year Y+1 = 2024
//      (version 1: still returned, so break_in_learning for ever).
//   S3 still on a break: break 2024-09-01 → 2025-02-28 (Y 2024), not in the 2025 return; Y+1 =
//      2025 has not ended (its return was prepared 2025-12-01) → break_in_learning
//      (version 1: absent from 2025 → an overdue leaver).
//   S4 restart inside the qualifying period: break 2024-09-01 → 2024-12-15; restart (RES)
//      2025-01-06, plan 2025-07-31 (207 planned days: tier 42), withdrawn 2025-01-15 (10 days,
//      WithdrawReason 44) → break: break_restarted; restart: a leaver, not excluded on the
//      qualifying period (version 1: qualifying_period).
//   S5 apprenticeship standard (ProgType 25) StdCode 100, break 2024-09-01 → 2025-01-31; a RES
//      programme aim on StdCode 200 from 2025-03-01 (continuing): another programme, no restart →
//      the break stays break_in_learning (Y+1 = 2025 not ended).
//   S6 as S5 but the RES aim is on StdCode 100 → break_restarted; the restart continues.
//   S5's and S6's RES aims continue in the 2025 return too (not overdue); the breaks are not in it.
// E&T 2024: leavers S1-restart S2 S4-restart = 3, completers 1 (S1), achievers 1 (S1).
// Learners carry distinct ULNs so that programme aims match only their own learner.
const EANDT = '60000088';
const onBreak = (learnStartDate: string, learnActEndDate: string, learnPlanEndDate: string, extra: Partial<FixtureAim> = {}): FixtureAim => ({
  learnAimRef: EANDT,
  learnStartDate,
  learnPlanEndDate,
  learnActEndDate,
  compStatus: 6,
  outcome: 3,
  ...extra,
});
const RES = [{ type: 'RES', code: '1' }];
const standard = (stdCode: number) => ({ learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType: 25, stdCode });
const s2 = { learnRefNumber: 'S2', uln: '1000000205', aims: [onBreak('2023-09-01', '2024-01-31', '2024-06-30')] };
const restartOn = (stdCode: number): FixtureAim => ({ ...standard(stdCode), learnStartDate: '2025-03-01', learnPlanEndDate: '2026-09-30', compStatus: 1, fams: RES });
/** The restarted programme's component aim: an open programme aim is returned with one (R_31). Not in QAR. */
const componentOn = (stdCode: number): FixtureAim => ({ ...restartOn(stdCode), learnAimRef: '60000088', aimType: 3 });

describe('breaks in learning and restarts (measures version 2)', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        { ukprn: 10000001, year: 2023, preparedOn: '2024-10-15', learners: [s2] },
        {
          ukprn: 10000001,
          year: 2024,
          preparedOn: '2025-10-15',
          learners: [
            s2,
            {
              learnRefNumber: 'S1',
              uln: '1000000108',
              aims: [
                onBreak('2024-09-01', '2025-01-31', '2025-06-30'),
                { learnAimRef: EANDT, learnStartDate: '2025-04-01', learnPlanEndDate: '2025-07-31', compStatus: 2, outcome: 1, learnActEndDate: '2025-07-20', fams: RES },
              ],
            },
            { learnRefNumber: 'S3', uln: '1000000302', aims: [onBreak('2024-09-01', '2025-02-28', '2025-06-30')] },
            {
              learnRefNumber: 'S4',
              uln: '1000000507',
              aims: [
                onBreak('2024-09-01', '2024-12-15', '2025-06-30'),
                { learnAimRef: EANDT, learnStartDate: '2025-01-06', learnPlanEndDate: '2025-07-31', compStatus: 3, outcome: 3, withdrawReason: 44, learnActEndDate: '2025-01-15', fams: RES },
              ],
            },
            {
              learnRefNumber: 'S5',
              uln: '1000000604',
              aims: [
                onBreak('2024-09-01', '2025-01-31', '2026-06-30', standard(100)),
                restartOn(200),
                componentOn(200),
              ],
            },
            {
              learnRefNumber: 'S6',
              uln: '1000000701',
              aims: [
                onBreak('2024-09-01', '2025-01-31', '2026-06-30', standard(100)),
                restartOn(100),
                componentOn(100),
              ],
            },
          ],
        },
        {
          ukprn: 10000001,
          year: 2025,
          preparedOn: '2025-12-01',
          learners: [
            s2,
            { learnRefNumber: 'S5', uln: '1000000604', aims: [restartOn(200), componentOn(200)] },
            { learnRefNumber: 'S6', uln: '1000000701', aims: [restartOn(100), componentOn(100)] },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('resolves each break as restarted, overdue or still on a break', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, learn_aim_ref, learn_start_date, is_restart, is_leaver, is_overdue, exclusion_reason, hybrid_end_year
       from marts.fct_qar_aims order by learn_ref_number, learn_start_date`,
    );
    expect(got).toEqual([
      { learn_ref_number: 'S1', learn_aim_ref: EANDT, learn_start_date: '2024-09-01', is_restart: false, is_leaver: false, is_overdue: false, exclusion_reason: 'break_restarted', hybrid_end_year: 2024 },
      { learn_ref_number: 'S1', learn_aim_ref: EANDT, learn_start_date: '2025-04-01', is_restart: true, is_leaver: true, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2024 },
      { learn_ref_number: 'S2', learn_aim_ref: EANDT, learn_start_date: '2023-09-01', is_restart: false, is_leaver: true, is_overdue: true, exclusion_reason: null, hybrid_end_year: 2024 },
      { learn_ref_number: 'S3', learn_aim_ref: EANDT, learn_start_date: '2024-09-01', is_restart: false, is_leaver: false, is_overdue: false, exclusion_reason: 'break_in_learning', hybrid_end_year: 2024 },
      { learn_ref_number: 'S4', learn_aim_ref: EANDT, learn_start_date: '2024-09-01', is_restart: false, is_leaver: false, is_overdue: false, exclusion_reason: 'break_restarted', hybrid_end_year: 2024 },
      { learn_ref_number: 'S4', learn_aim_ref: EANDT, learn_start_date: '2025-01-06', is_restart: true, is_leaver: true, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2024 },
      { learn_ref_number: 'S5', learn_aim_ref: 'ZPROG001', learn_start_date: '2024-09-01', is_restart: false, is_leaver: false, is_overdue: false, exclusion_reason: 'break_in_learning', hybrid_end_year: 2025 },
      { learn_ref_number: 'S5', learn_aim_ref: 'ZPROG001', learn_start_date: '2025-03-01', is_restart: true, is_leaver: false, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2026 },
      { learn_ref_number: 'S6', learn_aim_ref: 'ZPROG001', learn_start_date: '2024-09-01', is_restart: false, is_leaver: false, is_overdue: false, exclusion_reason: 'break_restarted', hybrid_end_year: 2025 },
      { learn_ref_number: 'S6', learn_aim_ref: 'ZPROG001', learn_start_date: '2025-03-01', is_restart: true, is_leaver: false, is_overdue: false, exclusion_reason: null, hybrid_end_year: 2026 },
    ]);
  });

  it('counts the restarts and the overdue break among the leavers', async () => {
    const got = await martRows(
      w,
      `select hybrid_end_year, leavers, completers, achievers from marts.qar_rates
       where ukprn = 10000001 and breakdown = 'all' and qar_family = 'education_and_training' and leavers > 0 order by hybrid_end_year`,
    );
    expect(got).toEqual([{ hybrid_end_year: 2024, leavers: 3, completers: 1, achievers: 1 }]);
  });
});
