import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Destinations (shared/domain/measures.md, "Destinations and progression"):
// Provider 20000005, legacy 2009/10 return:
//   D1 L39 95 (seed: education), aim ended 2010-06-30 → leave year fy = 2009, education
//   D2 L39 12 (not in the seed), aim ended 2010-07-15  → 2009, unknown
//   D3 no L39                                          → not counted
// Provider 20000006, XML-shaped 2022/23 return:
//   E1 DPOutcome EMP 1 and EDU 4, aim ended 2023-06-30 → 2022, employment and education
//   E2 DPOutcome OTH 3, aim continuing                 → 2022 (the return's year), other
// 20000005 2009: all 2; education 1 (0.5); unknown 1 (0.5).
// 20000006 2022: all 2; education 1 (0.5); employment 1 (0.5); other 1 (0.5).
//
// ULN quality (measures.md, "ULN quality"), provider 20000007, 2024/25 return:
//   U1 1000000043 valid, U2 1000000043 valid and shared with U1, U3 and U4 9999999999 temporary
//   (never shared), U5 1000000042 invalid (check digit 3 expected), U6 1061485810 valid (r = 10 →
//   check digit 0), U7 no ULN → invalid.
// learners 7; valid 3 (U1 U2 U6); temporary 2; invalid 2; shared 2 learners, 1 ULN.
const endedAim = (ref: string, end: string | null) => ({
  learn_ref_number: ref,
  learn_aim_ref: '60000088',
  aim_seq_number: 1,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: end,
  prog_type: 99,
  comp_status: end ? 2 : 1,
});

describe('destinations and ULN quality on hand-worked cohorts', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000005,
          year: 2009,
          learners: [
            { learn_ref_number: 'D1', l39_destination: '95' },
            { learn_ref_number: 'D2', l39_destination: '12' },
            { learn_ref_number: 'D3' },
          ],
          aims: [endedAim('D1', '2010-06-30'), endedAim('D2', '2010-07-15'), endedAim('D3', '2010-06-30')],
        },
        {
          ukprn: 20000006,
          year: 2022,
          format: 'xml',
          learners: [{ learn_ref_number: 'E1' }, { learn_ref_number: 'E2' }],
          aims: [
            { ...endedAim('E1', '2023-06-30'), learn_start_date: '2022-09-01', learn_plan_end_date: '2023-06-30', aim_type: 4, prog_type: null },
            { ...endedAim('E2', null), learn_start_date: '2022-09-01', learn_plan_end_date: '2024-06-30', aim_type: 4, prog_type: null },
          ],
          dpOutcomes: [
            { learn_ref_number: 'E1', out_type: 'EMP', out_code: 1, out_start_date: '2023-07-01' },
            { learn_ref_number: 'E1', out_type: 'EDU', out_code: 4, out_start_date: '2023-09-01' },
            { learn_ref_number: 'E2', out_type: 'OTH', out_code: 3, out_start_date: '2023-07-01' },
          ],
        },
        {
          ukprn: 20000007,
          year: 2024,
          format: 'xml',
          learners: [
            { learn_ref_number: 'U1', uln: 1000000043 },
            { learn_ref_number: 'U2', uln: 1000000043 },
            { learn_ref_number: 'U3', uln: 9999999999 },
            { learn_ref_number: 'U4', uln: 9999999999 },
            { learn_ref_number: 'U5', uln: 1000000042 },
            { learn_ref_number: 'U6', uln: 1061485810 },
            { learn_ref_number: 'U7', uln: null },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('groups L39 through the user seed and DPOutcome by OutType, per year of leaving', async () => {
    const got = await martRows(
      w,
      `select leave_year, ukprn, destination_group, learners, share_of_learners from marts.destinations
       order by leave_year, ukprn nulls first, destination_group`,
    );
    const y2009 = (ukprn: number | null) => [
      { leave_year: 2009, ukprn, destination_group: 'all', learners: 2, share_of_learners: 1 },
      { leave_year: 2009, ukprn, destination_group: 'education', learners: 1, share_of_learners: 0.5 },
      { leave_year: 2009, ukprn, destination_group: 'unknown', learners: 1, share_of_learners: 0.5 },
    ];
    const y2022 = (ukprn: number | null) => [
      { leave_year: 2022, ukprn, destination_group: 'all', learners: 2, share_of_learners: 1 },
      { leave_year: 2022, ukprn, destination_group: 'education', learners: 1, share_of_learners: 0.5 },
      { leave_year: 2022, ukprn, destination_group: 'employment', learners: 1, share_of_learners: 0.5 },
      { leave_year: 2022, ukprn, destination_group: 'other', learners: 1, share_of_learners: 0.5 },
    ];
    expect(got).toEqual([...y2009(null), ...y2009(20000005), ...y2022(null), ...y2022(20000006)]);
  });

  it('counts valid, temporary, invalid and shared ULNs per provider and year', async () => {
    const got = await martRows(w, `select * from marts.uln_quality where collection_year = 2024 order by ukprn nulls first`);
    // data_as_at: the preparation date of the 2024/25 return (the fixture's default, 2025-10-15).
    const row = { collection_year: 2024, learners: 7, valid_uln: 3, temporary_uln: 2, invalid_uln: 2, shared_uln: 2, shared_uln_values: 1, data_as_at: '2025-10-15' };
    expect(got).toEqual([
      { ...row, ukprn: null },
      { ...row, ukprn: 20000007 },
    ]);
  });
});
