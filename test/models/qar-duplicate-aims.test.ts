import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Two records of one aim (measures.md version 2, "Identifying an aim across returns"): within a
// return each AimSeqNumber is an aim of its own; across years the records are paired by same
// planned and actual end, then same planned end, then same actual end, then AimSeqNumber; two
// returns of one provider and year prepared the same day are ordered by file name, never by load.
// Every aim is 60000088 on FundModel 35, starting on the date shown.
//
// Provider 10000001, 2024 return: D1 has two records starting 2024-09-01, planned 2025-06-30:
//   seq 1 achieved 2025-06-20; seq 2 withdrawn 2024-12-09 (100 days, WithdrawReason 44).
//   → two aims: E&T 2024 leavers 2, completers 1, achievers 1 (version 1 dropped seq 1: 1, 0, 0).
// Provider 10000002, returns 2023 and 2024: D2 starts twice on 2023-09-01.
//   2023: seq 1 planned 2024-06-30, seq 2 planned 2025-06-30, both continuing.
//   2024: one record, seq 1 (the learner's only aim that year: AimSeqNumber_02), planned
//   2025-06-30, achieved 2025-06-10.
//   Pairing: it has the planned end of 2023's seq 2 (no record has the same planned and actual
//   end: the 2023 ones have none), so seq 2 → 2024's seq 1, one aim achieved in 2024 (hybrid
//   max(fy plan 2024, fy act 2024) = 2024); 2023's seq 1 is not continued: an overdue continuing
//   aim, a withdrawal, hybrid max(fy plan 2023, collection year 2023) = 2023.
//   (Paired by AimSeqNumber instead, seq 1 → 2024's seq 1 and the overdue aim would be seq 2 in 2024.)
// Provider 10000003, two 2024 returns both prepared 2025-10-15: serial 02 (F1 achieved) is loaded
//   first, serial 01 (F1 withdrawn) second; the later file name (serial 02) wins → F1 an achiever
//   (version 1 took the later load: a withdrawal).
const aim = (extra: Partial<FixtureAim> & { learnStartDate: string; learnPlanEndDate: string; compStatus: number }): FixtureAim => ({ learnAimRef: '60000088', ...extra });

describe('two records of one aim (measures version 2)', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000001,
          year: 2024,
          learners: [
            {
              learnRefNumber: 'D1',
              aims: [
                aim({ aimSeqNumber: 1, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 2, outcome: 1, learnActEndDate: '2025-06-20' }),
                aim({ aimSeqNumber: 2, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, outcome: 3, withdrawReason: 44, learnActEndDate: '2024-12-09' }),
              ],
            },
          ],
        },
        {
          ukprn: 10000002,
          year: 2023,
          learners: [
            {
              learnRefNumber: 'D2',
              aims: [
                aim({ aimSeqNumber: 1, learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus: 1 }),
                aim({ aimSeqNumber: 2, learnStartDate: '2023-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 }),
              ],
            },
          ],
        },
        {
          ukprn: 10000002,
          year: 2024,
          learners: [
            {
              learnRefNumber: 'D2',
              aims: [aim({ aimSeqNumber: 1, learnStartDate: '2023-09-01', learnPlanEndDate: '2025-06-30', compStatus: 2, outcome: 1, learnActEndDate: '2025-06-10' })],
            },
          ],
        },
        {
          ukprn: 10000003,
          year: 2024,
          preparedOn: '2025-10-15',
          serialNo: '02',
          learners: [{ learnRefNumber: 'F1', aims: [aim({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 2, outcome: 1, learnActEndDate: '2025-06-20' })] }],
        },
        {
          ukprn: 10000003,
          year: 2024,
          preparedOn: '2025-10-15',
          serialNo: '01',
          learners: [
            { learnRefNumber: 'F1', aims: [aim({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, outcome: 3, withdrawReason: 44, learnActEndDate: '2024-12-09' })] },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('keeps two records of one aim in a return as two aims', async () => {
    const got = await martRows(
      w,
      `select leavers, completers, achievers from marts.qar_rates
       where ukprn = 10000001 and breakdown = 'all' and qar_family = 'education_and_training' and hybrid_end_year = 2024`,
    );
    expect(got).toEqual([{ leavers: 2, completers: 1, achievers: 1 }]);
  });

  it('pairs the records of later years with earlier ones by their planned end', async () => {
    const got = await martRows(
      w,
      `select latest_collection_year, learn_plan_end_date, is_overdue, is_achiever, hybrid_end_year
       from marts.fct_qar_aims where ukprn = 10000002 order by latest_collection_year`,
    );
    expect(got).toEqual([
      { latest_collection_year: 2023, learn_plan_end_date: '2024-06-30', is_overdue: true, is_achiever: false, hybrid_end_year: 2023 },
      { latest_collection_year: 2024, learn_plan_end_date: '2025-06-30', is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
    ]);
  });

  it('orders two returns prepared the same day by file name, not by load order', async () => {
    const got = await martRows(w, `select learn_ref_number, comp_status, is_achiever from marts.fct_qar_aims where ukprn = 10000003`);
    expect(got).toEqual([{ learn_ref_number: 'F1', comp_status: 2, is_achiever: true }]);
  });
});
