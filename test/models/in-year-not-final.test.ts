import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';
import { rows } from '../support/warehouse.ts';

// A year whose returns are not final must not pass for a finished year (issue 17, point 5): the
// provider's latest return of a collection year is final when it was prepared on or after 1 August
// after the year ended (the R13/R14, made in September/October); an in-year return (R01–R12) is not.
// The QAR rates and minimum standards leave out a provider's year that is not final; the in-year
// position shows it, as far as it goes.
//
// Provider 10000071. 60000088 is a level 3 aim (seeds/learning_aims.csv); standard 91 an apprenticeship.
// 2023/24, final return prepared 2024-10-15 (on or after 2024-08-01 → final):
//   P1–P4  E&T, 2023-09-01 → plan 2024-06-30, achieved 2024-06-30          → leavers, achievers (2023)
//   P5     E&T, same plan, withdrawn 2024-01-31 (152 days: past the 42-day qualifying period) → leaver (2023)
//   C1     E&T, 2023-09-01 → plan 2025-06-30, continuing                    → not a leaver
//   S0     standard 91, 2022-09-01 → plan 2023-09-30, withdrawn 2023-10-31  → apprenticeship leaver (2023)
//   → 2023 E&T: 5 leavers, 4 achievers, rate 0.8; apprenticeships: 1 leaver, 0 achievers.
// 2024/25, an R04 as at 30 November prepared 2024-12-03 (before 2025-08-01 → not final):
//   C1     continuing, plan 2025-06-30 (planned to end in 2024/25)
//   S1     standard 91, 2024-06-03 → plan 2025-06-30, withdrawn 2024-10-31 (150 days) → apprenticeship
//          leaver (2024); first returned here (an open programme aim would need its component aims)
//   N1     E&T, 2024-09-02 → plan 2024-11-29, achieved 2024-11-29            → leaver, achiever (2024)
//   N2     E&T, 2024-09-02 → plan 2025-06-30, withdrawn 2024-11-15 (74 days) → leaver (2024)
//   N3     E&T, 2024-09-02 → plan 2025-06-30, continuing (planned to end in 2024/25)
// The old models counted 2024 as a year like any other: E&T 2 leavers, 1 achiever (50%), and a
// 2024 apprenticeship row of 1 leaver in the minimum standards. Now:
//   qar_rates and minimum_standards: 2023 only, as above (the provider's and England's rows);
//   in_year_position (2024, E&T, all levels): leavers so far 2 (N1, N2), achievers 1, continuing
//     planned to end 2 (C1, N3); previous year level 3 rate 4/5 = 0.8 on 5 leavers (the provider's
//     own); best (1 + 2) / (2 + 2) = 0.75, worst 1 / 4 = 0.25, expected (1 + 2 × 0.8) / 4 = 0.65;
//     apprenticeships: leavers so far 1 (S1), achievers 0.
const L3 = '60000088';
const et = (learnStartDate: string, learnPlanEndDate: string, end?: { compStatus: 2 | 3; on: string }): FixtureAim => ({
  learnAimRef: L3,
  learnStartDate,
  learnPlanEndDate,
  ...(end === undefined
    ? { compStatus: 1 }
    : end.compStatus === 2
      ? { compStatus: 2, outcome: 1, learnActEndDate: end.on }
      : { compStatus: 3, outcome: 3, learnActEndDate: end.on, withdrawReason: 97 }),
});
/** A withdrawn apprenticeship standard: its contract type (ACT) applies to the day it ended (R_122). */
const withdrawnStandard = (learnStartDate: string, learnPlanEndDate: string, withdrawnOn: string): FixtureAim => ({
  learnAimRef: 'ZPROG001',
  aimType: 1,
  fundModel: 36,
  progType: 25,
  stdCode: 91,
  learnStartDate,
  learnPlanEndDate,
  compStatus: 3,
  outcome: 3,
  learnActEndDate: withdrawnOn,
  withdrawReason: 97,
  fams: [{ type: 'ACT', code: '1', dateTo: withdrawnOn }],
});
const learner = (learnRefNumber: string, aim: FixtureAim) => ({ learnRefNumber, aims: [aim] });
const UKPRN = 10000071;
const returns = [
  {
    ukprn: UKPRN,
    year: 2023,
    preparedOn: '2024-10-15',
    learners: [
      ...['P1', 'P2', 'P3', 'P4'].map((ref) => learner(ref, et('2023-09-01', '2024-06-30', { compStatus: 2, on: '2024-06-30' }))),
      learner('P5', et('2023-09-01', '2024-06-30', { compStatus: 3, on: '2024-01-31' })),
      learner('C1', et('2023-09-01', '2025-06-30')),
      learner('S0', withdrawnStandard('2022-09-01', '2023-09-30', '2023-10-31')),
    ],
  },
  {
    ukprn: UKPRN,
    year: 2024,
    preparedOn: '2024-12-03',
    learners: [
      learner('C1', et('2023-09-01', '2025-06-30')),
      learner('S1', withdrawnStandard('2024-06-03', '2025-06-30', '2024-10-31')),
      learner('N1', et('2024-09-02', '2024-11-29', { compStatus: 2, on: '2024-11-29' })),
      learner('N2', et('2024-09-02', '2025-06-30', { compStatus: 3, on: '2024-11-15' })),
      learner('N3', et('2024-09-02', '2025-06-30')),
    ],
  },
];

describe('a year whose returns are not final', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({ xml: returns });
  }, 120_000);

  afterAll(async () => {
    await w.close();
  });

  it('marks the latest return of each year final or not by its preparation date', async () => {
    const got = await rows(w, `select collection_year, is_final_return from staging.stg_ilr__latest_batches order by collection_year`);
    expect(got).toEqual([
      { collection_year: 2023, is_final_return: true },
      { collection_year: 2024, is_final_return: false },
    ]);
  });

  it('leaves the year out of the QAR rates, the provider\'s and England\'s, and keeps the final year', async () => {
    const got = await martRows(
      w,
      `select hybrid_end_year, ukprn, qar_family, leavers, achievers from marts.qar_rates
       where breakdown = 'all' order by hybrid_end_year, qar_family, ukprn nulls first`,
    );
    expect(got).toEqual([
      { hybrid_end_year: 2023, ukprn: null, qar_family: 'apprenticeship', leavers: 1, achievers: 0 },
      { hybrid_end_year: 2023, ukprn: UKPRN, qar_family: 'apprenticeship', leavers: 1, achievers: 0 },
      { hybrid_end_year: 2023, ukprn: null, qar_family: 'education_and_training', leavers: 5, achievers: 4 },
      { hybrid_end_year: 2023, ukprn: UKPRN, qar_family: 'education_and_training', leavers: 5, achievers: 4 },
    ]);
  });

  it('leaves the year out of the minimum standards', async () => {
    const got = await martRows(
      w,
      `select hybrid_end_year, ukprn, cast(leavers as integer) as leavers from marts.minimum_standards
       where programme_key = 'all' order by hybrid_end_year, ukprn nulls first`,
    );
    expect(got).toEqual([
      { hybrid_end_year: 2023, ukprn: null, leavers: 1 },
      { hybrid_end_year: 2023, ukprn: UKPRN, leavers: 1 },
    ]);
  });

  it('shows the year so far in the in-year position, expected at last year\'s final rate', async () => {
    const got = await rows(
      w,
      `select * from marts.in_year_position where ukprn = ${UKPRN} and qualification_level = 'all' order by qar_family`,
    );
    expect(got.map((r) => [r.collection_year, r.qar_family, Number(r.leavers_so_far), Number(r.achievers_so_far), Number(r.continuing_planned_to_end)])).toEqual([
      [2024, 'apprenticeship', 1, 0, 0],
      [2024, 'education_and_training', 2, 1, 2],
    ]);
    const et2024 = got[1];
    expect(String(et2024?.data_as_at)).toContain('2024-12-03');
    expect(et2024?.best_case_rate).toBeCloseTo(0.75, 10);
    expect(et2024?.worst_case_rate).toBeCloseTo(0.25, 10);
    expect(et2024?.expected_case_rate).toBeCloseTo(0.65, 10);
    // The site says which position it is: the year so far, as at its in-year return.
    const report = await rows(w, `select distinct position_label, is_final_return from reports.report_in_year_position where ukprn = ${UKPRN}`);
    expect(report).toEqual([{ position_label: '2024/25 so far, as at 3 December 2024', is_final_return: false }]);
  });
});
