import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Progression at the check-in points (shared/domain/measures.md, "Progression at the check-in
// points"). Provider 20000021, XML-shaped 2022/23 return; every leaver's one aim ended 2023-06-30
// (leave year 2022). Check-in days: +7 2023-07-07, +14 07-14, +30 07-30, +84 09-22, +182 12-29,
// +365 2024-06-29 (2024 is a leap year). Each learner's outcome, named for the day it starts:
//   C7   EMP from 07-07 (day 7, the boundary: in at 7)       C8   EMP from 07-08 (in from 14)
//   C14  EDU from 07-14, ended 07-30 (sustained at 14; at 30 it ends on the day: not sustained)
//   C15  EDU from 07-15 (in from 30)                         C30  EMP from 07-30, ended 09-23
//        (sustained at 84, since 09-23 is after 09-22; not at 182)
//   C31  EMP from 07-31 (in from 84)    C84  EMP from 09-22 (in at 84)   C85  EMP from 09-23 (182)
//   C182 EDU from 12-29 (in at 182)     C183 EDU from 12-30 (365)        C365 EMP from 2024-06-29 (365)
//   C366 EMP from 2024-06-30 (after a year: never)          N1   NPE only (never in work or learning)
//   B1   EMP from 2023-05-01, before leaving, ended 07-10 (in at every point; sustained at 7 only)
//   K    aim still continuing, EMP outcome: not a leaver     Z    left, no outcome record: not counted
// leavers_with_outcome_records = 14 (C7 … C366, N1, B1) at every point.
// in work or learning: 7 → C7 B1 = 2; 14 → + C8 C14 = 4; 30 → + C15 C30 = 6; 84 → + C31 C84 = 8;
//   182 → + C85 C182 = 10; 365 → + C183 C365 = 12.
// sustained: 7 → C7 B1 = 2; 14 → C7 C8 C14 = 3; 30 → C7 C8 C15 C30 = 4; 84 → C7 C8 C15 C30 C31 C84 = 6;
//   182 → C7 C8 C15 C31 C84 C85 C182 = 7; 365 → those and C183 C365 = 9.
const UKPRN = 20000021;
const aim = (ref: string, ended = true): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: '60000156',
  aim_seq_number: 1,
  aim_type: 4,
  fund_model: 35,
  learn_start_date: '2022-09-01',
  learn_plan_end_date: '2023-06-30',
  learn_act_end_date: ended ? '2023-06-30' : null,
  comp_status: ended ? 2 : 1,
  outcome: ended ? 1 : null,
});
const outcome = (ref: string, outType: string, start: string, end: string | null = null): RawRow => ({
  learn_ref_number: ref,
  out_type: outType,
  out_code: 1,
  out_start_date: start,
  out_end_date: end,
  out_coll_date: '2023-10-01',
});
const OUTCOMES: RawRow[] = [
  outcome('C7', 'EMP', '2023-07-07'),
  outcome('C8', 'EMP', '2023-07-08'),
  outcome('C14', 'EDU', '2023-07-14', '2023-07-30'),
  outcome('C15', 'EDU', '2023-07-15'),
  outcome('C30', 'EMP', '2023-07-30', '2023-09-23'),
  outcome('C31', 'EMP', '2023-07-31'),
  outcome('C84', 'EMP', '2023-09-22'),
  outcome('C85', 'EMP', '2023-09-23'),
  outcome('C182', 'EDU', '2023-12-29'),
  outcome('C183', 'EDU', '2023-12-30'),
  outcome('C365', 'EMP', '2024-06-29'),
  outcome('C366', 'EMP', '2024-06-30'),
  outcome('N1', 'NPE', '2023-07-01'),
  outcome('B1', 'EMP', '2023-05-01', '2023-07-10'),
  outcome('K', 'EMP', '2023-07-01'),
];
const LEAVERS = ['C7', 'C8', 'C14', 'C15', 'C30', 'C31', 'C84', 'C85', 'C182', 'C183', 'C365', 'C366', 'N1', 'B1', 'Z'];

describe('progression at the check-in points on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: UKPRN,
          year: 2022,
          format: 'xml',
          learners: [...LEAVERS, 'K'].map((ref) => ({ learn_ref_number: ref })),
          aims: [...LEAVERS.map((ref) => aim(ref)), aim('K', false)],
          dpOutcomes: OUTCOMES,
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts each check-in point from its boundary day', async () => {
    const got = await martRows(
      w,
      `select ukprn, days_after_leaving, cast(leavers_with_outcome_records as int) as base,
              cast(in_work_or_learning as int) as in_work_or_learning, cast(sustained as int) as sustained
       from marts.progression_checkins where leave_year = 2022 order by ukprn nulls first, days_after_leaving`,
    );
    const expected = [
      [7, 2, 2],
      [14, 4, 3],
      [30, 6, 4],
      [84, 8, 6],
      [182, 10, 7],
      [365, 12, 9],
    ].map(([days, inWork, sustained]) => ({ days_after_leaving: days, base: 14, in_work_or_learning: inWork, sustained }));
    expect(got).toEqual([...expected.map((r) => ({ ukprn: null, ...r })), ...expected.map((r) => ({ ukprn: UKPRN, ...r }))]);
    expect(await martRows(w, `select count(*)::int as n from marts.progression_checkins where leave_year <> 2022`)).toEqual([{ n: 0 }]);
  });

  it('publishes the shares with counts below 5 withheld', async () => {
    const got = await martRows(
      w,
      `select days_after_leaving, cast(in_work_or_learning as int) as in_work_or_learning, in_work_or_learning_share, sustained_share
       from reports.report_progression_checkins where ukprn = ${UKPRN} order by days_after_leaving`,
    );
    // 7: 2 and 2 withheld; 14: 4 withheld, its share too; 30: 6/14, sustained 4 withheld;
    // 84: 8/14, 6/8; 182: 10/14, 7/10; 365: 12/14, 9/12.
    expect(got).toEqual([
      { days_after_leaving: 7, in_work_or_learning: null, in_work_or_learning_share: null, sustained_share: null },
      { days_after_leaving: 14, in_work_or_learning: null, in_work_or_learning_share: null, sustained_share: null },
      { days_after_leaving: 30, in_work_or_learning: 6, in_work_or_learning_share: 6 / 14, sustained_share: null },
      { days_after_leaving: 84, in_work_or_learning: 8, in_work_or_learning_share: 8 / 14, sustained_share: 6 / 8 },
      { days_after_leaving: 182, in_work_or_learning: 10, in_work_or_learning_share: 10 / 14, sustained_share: 7 / 10 },
      { days_after_leaving: 365, in_work_or_learning: 12, in_work_or_learning_share: 12 / 14, sustained_share: 9 / 12 },
    ]);
  });
});
