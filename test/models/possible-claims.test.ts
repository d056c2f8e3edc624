import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Possible QCF claims (shared/domain/measures.md, "QCF achievement records: possible claims"),
// against the shipped rules of combination (seeds/qcf_qualifications.csv, qcf_rule_groups.csv).
// Providers A 20000011 and B 20000012, legacy returns; a unit aim is achieved with Outcome 1 and
// A60 = its credit, its credit is the seed's. Units (credit, level):
//   QU100011 3 L1, QU100022 3 L1, QU100033 3 L1, QU100055 3 L1, QU100123 3 L1, QU100066 2 L1,
//   QU100190 3 L1, QU100201 3 L1, QU200011/022/033 6 L1, QU200044 4 L1, QU200055 3 L1,
//   QU300011/022/033 3 L1, QU400055 4 L2, QU400066 3 L2, QU400077 3 L1, QU400099 3 L1,
//   QU700011 4 L2, QU700033 3 L2, QU700044 2 L1, QU700055 2 L2.
// A1 (ULN 1000000043, A, 2009) — total-credit rule: QU100011 QU100022 QU100033 QU100055 achieved,
//   QU100123 withdrawn (A60 0: not achieved).
//   50000115 (L1 Certificate, total 13): mandatory 100011+100022 = 6 all ✓; options 033+055 = 6 ≥ 4 ✓;
//     total 12 < 13 ✗ → no claim (with QU100123 counted it would be 15: a claim).
//   50000015 (L1 Award, total 12, ≥ L1 9): mandatory ✓; options 6 ≥ 6 ✓; 12 ≥ 12 ✓; 12 ≥ 9 ✓ → claim.
//   50000148: options 033 = 3 < 6 ✗. Others lack their mandatory units. → claims {50000015}.
// A2 (1000000051, A, 2009) — mandatory group: QU700011 QU700033 QU700044 QU700055 for 50000159
//   (mandatory 700011+700022): options 3+2+2 = 7 ≥ 4 ✓, total 11 ≥ 11 ✓, ≥ L2 4+3+2 = 9 ≥ 9 ✓,
//   QU700022 missing ✗ → no claim.
// A3 (1000000078, A, 2009) — at-or-above-level rule: QU400055 QU400066 QU400077 QU400099 for
//   50000093 (L2): mandatory 7 ✓, options 6 ≥ 6 ✓, total 13 ≥ 13 ✓, ≥ L2 only 4+3 = 7 < 9 ✗ → no claim.
// A4 (1000000086, A, 2009) — minimum-units rule, 50000137 (L1 Diploma, 37): mandatory 200055+200044
//   +100066 = 9 ✓; vocational 200011+200022 = 12 ≥ 12 ✓ but 2 units < 3 ✗; employability 100033
//   100055 100123 100190 100201 100011 = 18 ≥ 6 ✓; total 39 ≥ 37 ✓ → no claim. (50000015/115/148
//   lack QU100022; 50000026 lacks QU100145.)
// A5 (1000000094, A, 2009) — A4's units and QU200033: vocational 18, 3 units ✓; total 45 → claim
//   50000137 (2009), and nothing else.
// X (1000000108) — units from two providers: QU300011 QU300022 at A (2008 return, ended 2009-06-30:
//   year 2008), QU300033 at B (2009 return: 2009). 50000082 (options min 9, 3 units, total 9,
//   ≥ L1 9): A alone 6 ✗, B alone 3 ✗; together by the end of 2009: 9, 3 units ✓ → a national
//   claim in 2009, across providers; no provider claim.
// H (1000000116) — already holds it: QU300011 022 033 at A (meets 50000082 there), and an achieved
//   50000082 aim at B → no claim at A, at B or nationally.
// T (9999999999, the temporary ULN) — QU300011 022 at A (TA) and QU300033 at B (TB): combined they
//   would meet 50000082, but a temporary ULN is never matched → no claim.
// Expected marts.possible_claims:
//   A 2009: all 2 learners 2 claims; 50000015 1/1; 50000137 1/1 (learners_across_providers null).
//   B: no rows.
//   national 2009: all 3/3, across 1; 50000015 1/1 across 0; 50000082 1/1 across 1; 50000137 1/1 across 0.
const A = 20000011;
const B = 20000012;
const unit = (ref: string, seq: number, unitRef: string, credit: number, achieved = true, end = '2010-06-30'): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: unitRef,
  aim_seq_number: seq,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: end,
  prog_type: 99,
  a10_funding_stream: 22,
  comp_status: achieved ? 2 : 3,
  outcome: achieved ? 1 : 3,
  a59_planned_credits: credit,
  a60_credits_achieved: achieved ? credit : 0,
});
const units = (ref: string, list: [string, number][]): RawRow[] => list.map(([u, c], i) => unit(ref, i + 1, u, c));
const DIPLOMA_NO_THIRD: [string, number][] = [
  ['QU200055', 3], ['QU200044', 4], ['QU100066', 2], ['QU200011', 6], ['QU200022', 6],
  ['QU100033', 3], ['QU100055', 3], ['QU100123', 3], ['QU100190', 3], ['QU100201', 3], ['QU100011', 3],
];

describe('possible QCF claims on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: A,
          year: 2008,
          learners: [{ learn_ref_number: 'X', uln: 1000000108 }],
          aims: [
            { ...unit('X', 1, 'QU300011', 3, true, '2009-06-30'), learn_start_date: '2008-09-01', learn_plan_end_date: '2009-06-30' },
            { ...unit('X', 2, 'QU300022', 3, true, '2009-06-30'), learn_start_date: '2008-09-01', learn_plan_end_date: '2009-06-30' },
          ],
        },
        {
          ukprn: A,
          year: 2009,
          learners: [
            { learn_ref_number: 'A1', uln: 1000000043 },
            { learn_ref_number: 'A2', uln: 1000000051 },
            { learn_ref_number: 'A3', uln: 1000000078 },
            { learn_ref_number: 'A4', uln: 1000000086 },
            { learn_ref_number: 'A5', uln: 1000000094 },
            { learn_ref_number: 'H', uln: 1000000116 },
            { learn_ref_number: 'TA', uln: 9999999999 },
          ],
          aims: [
            ...units('A1', [['QU100011', 3], ['QU100022', 3], ['QU100033', 3], ['QU100055', 3]]),
            unit('A1', 5, 'QU100123', 3, false, '2010-03-31'),
            ...units('A2', [['QU700011', 4], ['QU700033', 3], ['QU700044', 2], ['QU700055', 2]]),
            ...units('A3', [['QU400055', 4], ['QU400066', 3], ['QU400077', 3], ['QU400099', 3]]),
            ...units('A4', DIPLOMA_NO_THIRD),
            ...units('A5', [...DIPLOMA_NO_THIRD, ['QU200033', 6]]),
            ...units('H', [['QU300011', 3], ['QU300022', 3], ['QU300033', 3]]),
            ...units('TA', [['QU300011', 3], ['QU300022', 3]]),
          ],
        },
        {
          ukprn: B,
          year: 2009,
          learners: [
            { learn_ref_number: 'B6', uln: 1000000108 },
            { learn_ref_number: 'BH', uln: 1000000116 },
            { learn_ref_number: 'TB', uln: 9999999999 },
          ],
          aims: [
            unit('B6', 1, 'QU300033', 3),
            { ...unit('BH', 1, '50000082', 9), a59_planned_credits: 9 },
            unit('TB', 1, 'QU300033', 3),
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('lists the claims each rule allows, by provider and nationally', async () => {
    const got = await martRows(
      w,
      `select scope, ukprn, cast(uln as varchar) as uln, learn_ref_number, qualification_ref, claim_year, is_across_providers
       from intermediate.int_qcf_possible_claims order by scope, qualification_ref`,
    );
    expect(got).toEqual([
      { scope: 'national', ukprn: null, uln: '1000000043', learn_ref_number: null, qualification_ref: '50000015', claim_year: 2009, is_across_providers: false },
      { scope: 'national', ukprn: null, uln: '1000000108', learn_ref_number: null, qualification_ref: '50000082', claim_year: 2009, is_across_providers: true },
      { scope: 'national', ukprn: null, uln: '1000000094', learn_ref_number: null, qualification_ref: '50000137', claim_year: 2009, is_across_providers: false },
      { scope: 'provider', ukprn: A, uln: '1000000043', learn_ref_number: 'A1', qualification_ref: '50000015', claim_year: 2009, is_across_providers: false },
      { scope: 'provider', ukprn: A, uln: '1000000094', learn_ref_number: 'A5', qualification_ref: '50000137', claim_year: 2009, is_across_providers: false },
    ]);
  });

  it('counts learners and claims per provider and nationally, with the learners who combined providers', async () => {
    const got = await martRows(
      w,
      `select year, ukprn, qualification_ref, cast(learners as int) as learners, cast(claims as int) as claims,
              cast(learners_across_providers as int) as learners_across_providers
       from marts.possible_claims order by ukprn nulls first, qualification_ref`,
    );
    expect(got).toEqual([
      { year: 2009, ukprn: null, qualification_ref: '50000015', learners: 1, claims: 1, learners_across_providers: 0 },
      { year: 2009, ukprn: null, qualification_ref: '50000082', learners: 1, claims: 1, learners_across_providers: 1 },
      { year: 2009, ukprn: null, qualification_ref: '50000137', learners: 1, claims: 1, learners_across_providers: 0 },
      { year: 2009, ukprn: null, qualification_ref: 'all', learners: 3, claims: 3, learners_across_providers: 1 },
      { year: 2009, ukprn: A, qualification_ref: '50000015', learners: 1, claims: 1, learners_across_providers: null },
      { year: 2009, ukprn: A, qualification_ref: '50000137', learners: 1, claims: 1, learners_across_providers: null },
      { year: 2009, ukprn: A, qualification_ref: 'all', learners: 2, claims: 2, learners_across_providers: null },
    ]);
  });

  it('publishes no count below 5: the national sentence says "fewer than 5"', async () => {
    const got = await martRows(w, `select ukprn, qualification_ref, learners, claims, headline from reports.report_possible_claims order by ukprn nulls first, qualification_ref`);
    // Every count here is 1–3: withheld; provider rows carry only their 'all' total.
    expect(got.map((r) => [r.ukprn, r.qualification_ref, r.learners, r.claims, r.headline])).toEqual([
      [null, '50000015', null, null, null],
      [null, '50000082', null, null, null],
      [null, '50000137', null, null, null],
      [null, 'all', null, null, null],
      [A, 'all', null, null, null],
    ]);
  });
});
