import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns } from '../support/ilr-xml.ts';
import { returnsWithRuleDefaults } from '../support/rule-defaults.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';

// One provider, one 2024/25 return, six learners with one E&T aim each (shared/domain/measures.md):
//   A  completed, achieved            plan 2025-06-30 → leaver, completer, achiever; hybrid 2024
//   B  withdrew after 132 days (WR 44) → leaver only; hybrid 2024
//   C  withdrew after 20 days of 303 planned → excluded: qualifying_period (< 42 days)
//   D  completed, not achieved         → leaver, completer; hybrid 2024
//   E  continuing                      → not a leaver
//   F  withdrew early, planned end 2026-06-30 → leaver in its planned end year, 2025
// 2024: leavers 3 (A B D), completers 2 (A D), achievers 1 (A) → retention 2/3, pass 1/2,
//       achievement 1/3. Timely cohort (measures version 2: every non-excluded aim planned to end
//       in 2024/25, ended or not): A B D E = 4 (E, still continuing, a timely non-achiever);
//       timely achievers: A = 1.
// 2025: leavers 1 (F), completers 0, achievers 0. F was planned to end in 2025/26, after the
//       latest year loaded (2024/25): in no timely cohort yet, so timely 0 of 0.
const start = '2024-09-01';
const plan = '2025-06-30';

describe('qar_rates on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await freshWarehouse();
    // Adult skills starts from August 2024 on FundModel 38 (rule-defaults.ts; FundModel_17): the E&T scope counts 38 as it counts 35.
    const paths = writeReturns(returnsWithRuleDefaults([
      {
        ukprn: 10000001,
        year: 2024,
        learners: [
          { learnRefNumber: 'A', aims: [{ learnStartDate: start, learnPlanEndDate: plan, compStatus: 2, learnActEndDate: '2025-06-20', outcome: 1 }] },
          { learnRefNumber: 'B', aims: [{ learnStartDate: start, learnPlanEndDate: plan, compStatus: 3, learnActEndDate: '2025-01-10', withdrawReason: 44, outcome: 3 }] },
          { learnRefNumber: 'C', aims: [{ learnStartDate: start, learnPlanEndDate: plan, compStatus: 3, learnActEndDate: '2024-09-20', withdrawReason: 44, outcome: 3 }] },
          { learnRefNumber: 'D', aims: [{ learnStartDate: start, learnPlanEndDate: plan, compStatus: 2, learnActEndDate: plan, outcome: 3 }] },
          { learnRefNumber: 'E', aims: [{ learnStartDate: start, learnPlanEndDate: plan, compStatus: 1 }] },
          { learnRefNumber: 'F', aims: [{ learnStartDate: start, learnPlanEndDate: '2026-06-30', compStatus: 3, learnActEndDate: '2025-03-01', withdrawReason: 44, outcome: 3 }] },
        ],
      },
    ]));
    const [summary] = await ingestAll(w, paths);
    expect(summary?.status).toBe('loaded');
    await buildModels(w);
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts leavers, completers and achievers in each hybrid end year, provider and national alike', async () => {
    const got = await rows(
      w,
      `select hybrid_end_year, ukprn, leavers::int as leavers, completers::int as completers, achievers::int as achievers,
              retention_rate, pass_rate, achievement_rate, timely_leavers::int as timely_leavers, timely_achievers::int as timely_achievers
       from marts.qar_rates where breakdown = 'all' and qar_family = 'education_and_training'
       order by hybrid_end_year, ukprn nulls first`,
    );
    const y2024 = { hybrid_end_year: 2024, leavers: 3, completers: 2, achievers: 1, retention_rate: 2 / 3, pass_rate: 1 / 2, achievement_rate: 1 / 3, timely_leavers: 4, timely_achievers: 1 };
    const y2025 = { hybrid_end_year: 2025, leavers: 1, completers: 0, achievers: 0, retention_rate: 0, pass_rate: null, achievement_rate: 0, timely_leavers: 0, timely_achievers: 0 };
    expect(got).toEqual([
      { ...y2024, ukprn: null },
      { ...y2024, ukprn: 10000001 },
      { ...y2025, ukprn: null },
      { ...y2025, ukprn: 10000001 },
    ]);
  });

  it('keeps the excluded aim in the fact table with its reason', async () => {
    const got = await rows(w, `select learn_ref_number, exclusion_reason, is_leaver from marts.fct_qar_aims where exclusion_reason is not null`);
    expect(got).toEqual([{ learn_ref_number: 'C', exclusion_reason: 'qualifying_period', is_leaver: true }]);
  });
});
