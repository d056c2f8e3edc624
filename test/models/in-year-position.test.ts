import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort } from '../support/cohort.ts';
import { rows } from '../support/warehouse.ts';

// The in-year position (shared/domain/measures.md, "In-year position"; marts.in_year_position).
// Aims: 60000088 is level 3, 60000112 level 2 (seeds/learning_aims.csv); education and training.
//
// Previous year, 2023 returns (prepared 2024-10-15), every aim started 2023-09-01, planned 2024-06-30:
//   provider 10000011 level 3: 4 achieved + 1 withdrawn 2024-01-31 (153 days, past the qualifying
//     period) → own rate 4/5 = 0.8 on 5 leavers → the provider's own rate is the expectation;
//   provider 10000011 level 2: 2 achieved → 2 leavers (< 5) → the national rate is used instead:
//   provider 10000012 level 2: 2 withdrawn 2024-01-31 → national level 2 2023 = 2/4 = 0.5.
//   (10000012 returns nothing later, so its own in-year position is for 2023.)
//
// Current year, provider 10000011's 2024 return prepared 2025-03-31 (the "as at" date). Days past
// the planned end = 2025-03-31 − plan:
//   level 3  A  achieved, plan and end 2025-01-31           → leaver, achiever
//            B  withdrawn 2025-01-15 (137 days), plan 2025-06-30 → leaver, not achiever
//            C  continuing, plan 2025-06-30  (not yet due)   → continuing planned to end, on track
//            D  continuing, plan 2025-03-01  30 days past    → continuing, overdue 30
//            E  continuing, plan 2025-03-02  29 days past    → continuing, past planned end, not overdue 30
//            J  continuing, plan 2025-01-31  59 days past    → continuing, overdue 30
//            F  continuing, plan 2025-01-30  60 days past    → continuing, overdue 30, 60
//            I  continuing, plan 2025-01-01  89 days past    → continuing, overdue 30, 60
//            G  continuing, plan 2024-12-31  90 days past    → continuing, overdue 30, 60, 90
//            H  continuing, plan 2024-07-15 (planned year 2023), 259 days past → overdue 30, 60, 90,
//               but not "planned to end in the year"
//   level 3: leavers 2, achievers 1, continuing planned to end C D E J F I G = 7;
//            best (1 + 7) / (2 + 7) = 8/9; worst 1/9; expected (1 + 7 × 0.8) / 9 = 6.6/9;
//            on track C = 1; past planned end D E J F I G H = 7; overdue_30 D J F I G H = 6,
//            overdue_60 F I G H = 4, overdue_90 G H = 2.
//   level 2  L  achieved, plan and end 2025-02-28            → leaver, achiever
//            M  continuing, plan 2025-07-31 (fy 2024)         → continuing planned to end, on track
//   level 2: leavers 1, achievers 1, continuing 1; best 2/2 = 1; worst 1/2; expected (1 + 0.5) / 2 = 0.75
//   all:     leavers 3, achievers 2, continuing 8, expected achievers 6.6 + 1.5 = 8.1;
//            best 10/11, worst 2/11, expected 8.1/11; on track 2, past 7; overdue 6 / 4 / 2.
const L3 = '60000088';
const L2 = '60000112';
const previous = (ref: string, learnAimRef: string, compStatus: number, outcome: number, learnActEndDate: string) => ({
  learnRefNumber: ref,
  aims: [{ learnAimRef, learnStartDate: '2023-09-01', learnPlanEndDate: '2024-06-30', compStatus, outcome, learnActEndDate, withdrawReason: compStatus === 3 ? 97 : undefined }],
});
const continuing = (ref: string, learnAimRef: string, learnPlanEndDate: string, learnStartDate = '2024-09-01') => ({
  learnRefNumber: ref,
  aims: [{ learnAimRef, learnStartDate, learnPlanEndDate, compStatus: 1 }],
});
const returns = [
  {
    ukprn: 10000011,
    year: 2023,
    learners: [
      previous('Y1', L3, 2, 1, '2024-06-30'),
      previous('Y2', L3, 2, 1, '2024-06-30'),
      previous('Y3', L3, 2, 1, '2024-06-30'),
      previous('Y4', L3, 2, 1, '2024-06-30'),
      previous('Y5', L3, 3, 3, '2024-01-31'),
      previous('Y6', L2, 2, 1, '2024-06-30'),
      previous('Y7', L2, 2, 1, '2024-06-30'),
    ],
  },
  {
    ukprn: 10000012,
    year: 2023,
    learners: [previous('Z1', L2, 3, 3, '2024-01-31'), previous('Z2', L2, 3, 3, '2024-01-31')],
  },
  {
    ukprn: 10000011,
    year: 2024,
    preparedOn: '2025-03-31',
    learners: [
      { learnRefNumber: 'A', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-01-31', compStatus: 2, outcome: 1, learnActEndDate: '2025-01-31' }] },
      { learnRefNumber: 'B', aims: [{ learnAimRef: L3, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, outcome: 3, learnActEndDate: '2025-01-15', withdrawReason: 97 }] },
      continuing('C', L3, '2025-06-30'),
      continuing('D', L3, '2025-03-01'),
      continuing('E', L3, '2025-03-02'),
      continuing('J', L3, '2025-01-31'),
      continuing('F', L3, '2025-01-30'),
      continuing('I', L3, '2025-01-01'),
      continuing('G', L3, '2024-12-31', '2024-08-01'),
      continuing('H', L3, '2024-07-15', '2023-09-01'),
      { learnRefNumber: 'L', aims: [{ learnAimRef: L2, learnStartDate: '2024-09-01', learnPlanEndDate: '2025-02-28', compStatus: 2, outcome: 1, learnActEndDate: '2025-02-28' }] },
      continuing('M', L2, '2025-07-31'),
    ],
  },
];

const COUNTS = ['leavers_so_far', 'achievers_so_far', 'continuing_planned_to_end', 'on_track', 'past_planned_end', 'overdue_30', 'overdue_60', 'overdue_90'];
const asNumbers = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, COUNTS.includes(k) && typeof v === 'string' ? Number(v) : v]));

describe('marts.in_year_position', () => {
  let w: Warehouse;
  const position = async (where: string) =>
    (await rows(w, `select * from marts.in_year_position where ${where} order by qualification_level`)).map(asNumbers);

  beforeAll(async () => {
    w = await buildCohort({ xml: returns });
  }, 120_000);

  afterAll(async () => {
    await w.close();
  });

  it('counts leavers so far, continuing aims and the overdue boundaries at 30, 60 and 90 days', async () => {
    const [level3] = await position(`ukprn = 10000011 and qualification_level = '3'`);
    expect(level3).toMatchObject({
      collection_year: 2024,
      qar_family: 'education_and_training',
      leavers_so_far: 2,
      achievers_so_far: 1,
      continuing_planned_to_end: 7,
      on_track: 1,
      past_planned_end: 7,
      overdue_30: 6,
      overdue_60: 4,
      overdue_90: 2,
      expected_rate_basis: 'provider',
    });
    expect(String(level3?.data_as_at)).toContain('2025-03-31');
    expect(level3?.previous_year_rate).toBeCloseTo(0.8, 10);
    expect(level3?.best_case_rate).toBeCloseTo(8 / 9, 10);
    expect(level3?.worst_case_rate).toBeCloseTo(1 / 9, 10);
    expect(level3?.expected_case_rate).toBeCloseTo(6.6 / 9, 10);
    expect(level3?.achievement_rate_so_far).toBeCloseTo(1 / 2, 10);
  });

  it('expects the national rate where the provider had fewer than 5 leavers last year', async () => {
    const [level2] = await position(`ukprn = 10000011 and qualification_level = '2'`);
    expect(level2).toMatchObject({ leavers_so_far: 1, achievers_so_far: 1, continuing_planned_to_end: 1, expected_rate_basis: 'national' });
    expect(level2?.previous_year_rate).toBeCloseTo(0.5, 10);
    expect(level2?.best_case_rate).toBeCloseTo(1, 10);
    expect(level2?.worst_case_rate).toBeCloseTo(0.5, 10);
    expect(level2?.expected_case_rate).toBeCloseTo(0.75, 10);
  });

  it('adds the levels into an all-levels row, and nationally only the providers whose latest year it is', async () => {
    const [all] = await position(`ukprn = 10000011 and qualification_level = 'all'`);
    expect(all).toMatchObject({ leavers_so_far: 3, achievers_so_far: 2, continuing_planned_to_end: 8, on_track: 2, past_planned_end: 7, overdue_30: 6, overdue_60: 4, overdue_90: 2 });
    expect(all?.expected_achievers).toBeCloseTo(8.1, 10);
    expect(all?.best_case_rate).toBeCloseTo(10 / 11, 10);
    expect(all?.worst_case_rate).toBeCloseTo(2 / 11, 10);
    expect(all?.expected_case_rate).toBeCloseTo(8.1 / 11, 10);
    const [national2024] = await position(`ukprn is null and collection_year = 2024 and qualification_level = 'all'`);
    expect(national2024).toMatchObject({ leavers_so_far: 3, continuing_planned_to_end: 8, overdue_30: 6 });
    // 10000012's latest year is 2023: its 2 withdrawn level 2 aims are the 2023 position.
    const [national2023] = await position(`ukprn is null and collection_year = 2023 and qualification_level = 'all'`);
    expect(national2023).toMatchObject({ leavers_so_far: 2, achievers_so_far: 0, continuing_planned_to_end: 0 });
  });

  it('withholds small counts and a forecast that would give them back in the report', async () => {
    const [row] = await rows(w, `select * from reports.report_in_year_position where ukprn = 10000011`);
    // leavers 3 and achievers 2 are below 5: withheld, and the forecast with them; overdue_30 = 6 shows.
    expect(row).toMatchObject({ leavers_so_far: null, achievers_so_far: null, best_case_rate: null, expected_case_rate: null, worst_case_rate: null, overdue_60: null, overdue_90: null });
    expect(Number(row?.overdue_30)).toBe(6);
    expect(Number(row?.continuing_planned_to_end)).toBe(8);
    expect(JSON.stringify(await rows(w, 'select * from reports.report_in_year_position'))).not.toMatch(/learn_ref|"[A-M]"/);
  });
});
