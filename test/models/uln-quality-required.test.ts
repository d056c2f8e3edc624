import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// ULN requirement (shared/domain/measures.md, "ULN quality"; seed document 001: every
// Progression Pathway or QCF learner must have a ULN). Provider 20000031, legacy 2009/10 return:
//   P1 1000000043 (valid),  aim with A46 81           → must have one: pathway; valid
//   P2 9999999999,           aim with A46 81           → pathway; temporary
//   P3 1000000042 (invalid: check digit 3 expected), aim with A59 12 → QCF; invalid
//   P4 9999999999,           aim with A59 0, no A46 81 → not required
//   P5 9999999999,           aim with A46 86 only      → not required
//   P6 9999999999,           aim with A46 81 and A59 13 → both, counted once; temporary
//   P7 no ULN,               aim with A59 8            → QCF; invalid
// learners_requiring_uln 5 (P1 P2 P3 P6 P7); pathway 3 (P1 P2 P6); QCF 3 (P3 P6 P7);
// valid 1; temporary 2 (P2 P6); invalid 2 (P3 P7). The national row is the same.
const UKPRN = 20000031;
const aim = (ref: string, a59: number | null): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: '50000015',
  aim_seq_number: 1,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: '2010-06-30',
  prog_type: 99,
  comp_status: 2,
  outcome: 1,
  a59_planned_credits: a59,
  a60_credits_achieved: a59,
});
const a46 = (ref: string, code: string): RawRow => ({ learn_ref_number: ref, aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: code });

describe('ULNs of Progression Pathway and QCF learners on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: UKPRN,
          year: 2009,
          learners: [
            { learn_ref_number: 'P1', uln: 1000000043 },
            { learn_ref_number: 'P2', uln: 9999999999 },
            { learn_ref_number: 'P3', uln: 1000000042 },
            { learn_ref_number: 'P4', uln: 9999999999 },
            { learn_ref_number: 'P5', uln: 9999999999 },
            { learn_ref_number: 'P6', uln: 9999999999 },
            { learn_ref_number: 'P7', uln: null },
          ],
          aims: [aim('P1', null), aim('P2', null), aim('P3', 12), aim('P4', 0), aim('P5', null), aim('P6', 13), aim('P7', 8)],
          fams: [a46('P1', '81'), a46('P2', '81'), a46('P5', '86'), a46('P6', '081')],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts the temporary and invalid ULNs of the learners who must have one, apart', async () => {
    const got = await martRows(
      w,
      `select ukprn, cast(learners_requiring_uln as int) as learners_requiring_uln,
              cast(progression_pathway_learners as int) as pathway, cast(qcf_learners as int) as qcf,
              cast(valid_uln as int) as valid, cast(temporary_uln as int) as temporary, cast(invalid_uln as int) as invalid
       from marts.uln_quality_required where collection_year = 2009 order by ukprn nulls first`,
    );
    const row = { learners_requiring_uln: 5, pathway: 3, qcf: 3, valid: 1, temporary: 2, invalid: 2 };
    expect(got).toEqual([
      { ukprn: null, ...row },
      { ukprn: UKPRN, ...row },
    ]);
  });

  it('withholds the provider counts below 5 and their shares in the report', async () => {
    const got = await martRows(
      w,
      `select cast(learners as int) as learners, temporary_uln, invalid_uln, temporary_uln_share, invalid_uln_share
       from reports.report_uln_quality_required where ukprn = ${UKPRN}`,
    );
    expect(got).toEqual([{ learners: 5, temporary_uln: null, invalid_uln: null, temporary_uln_share: null, invalid_uln_share: null }]);
  });
});
