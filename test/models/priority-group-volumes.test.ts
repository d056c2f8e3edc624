import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { RawRow } from '../support/raw-rows.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Priority groups (shared/domain/measures.md, "Priority groups and Progression Pathways"):
// learners are distinct people, starts every aim that started (even inside the qualifying period).
// Provider 20000003, legacy 2009/10 return, E&T aims starting 2009-09-01, planned end 2010-06-30:
//   P aim 1 (A46a 86, A46b 999), completed and achieved          → community: start, leaver, achiever
//   P aim 2 (A46a 86), withdrawn after 10 days (qualifying period) → community: start only
//   Q aim 1 (A46a '034'), continuing                              → custody: start, and a leaver
//     without success: a legacy learner-responsive aim planned to end in 2009/10 is in that
//     year's cohort ended or not (planned end year method, measures.md version 2)
//   R aim 1 50000015 (pathway to_level_2, A46 81), completed, not achieved  → pathways: start, leaver
//   R aim 2 50000026 (pathway pre_apprenticeship, A46 81), completed, achieved → pathways: start, leaver, achiever
// Provider 20000004, XML-shaped 2024/25 return: S aim (AimType 4, LDM 034) completed, achieved
// → custody 2024: 1 learner, 1 start, 1 leaver, 1 achiever.
// 2009 offenders_in_community: learners 1, starts 2, leavers 1, achievers 1, rate 1.
// 2009 offenders_in_custody: learners 1, starts 1, leavers 1, achievers 0, rate 0.
// 2009 progression_pathways all: 1, 2, 2, 1, 0.5; to_level_2: 1, 1, 1, 0, 0; pre_apprenticeship: 1, 1, 1, 1, 1.
const legacyAim = (ref: string, seq: number, learnAimRef: string, compStatus: number, end: string | null, outcome: number | null): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: learnAimRef,
  aim_seq_number: seq,
  learn_start_date: '2009-09-01',
  learn_plan_end_date: '2010-06-30',
  learn_act_end_date: end,
  prog_type: 99,
  comp_status: compStatus,
  outcome,
});
const fam = (ref: string, seq: number, type: string, code: string): RawRow => ({
  learn_ref_number: ref,
  aim_seq_number: seq,
  learn_del_fam_type: type,
  learn_del_fam_code: code,
});

describe('priority_group_volumes on a hand-worked cohort', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      raw: [
        {
          ukprn: 20000003,
          year: 2009,
          aims: [
            legacyAim('P', 1, '60000088', 2, '2010-06-30', 1),
            legacyAim('P', 2, '60000011', 3, '2009-09-10', 3),
            legacyAim('Q', 1, '60000088', 1, null, null),
            legacyAim('R', 1, '50000015', 2, '2010-06-30', 3),
            legacyAim('R', 2, '50000026', 2, '2010-06-30', 1),
          ],
          fams: [fam('P', 1, 'A46', '86'), fam('P', 1, 'A46', '999'), fam('P', 2, 'A46', '86'), fam('Q', 1, 'A46', '034'), fam('R', 1, 'A46', '81'), fam('R', 2, 'A46', '81')],
        },
        {
          ukprn: 20000004,
          year: 2024,
          format: 'xml',
          aims: [
            { learn_ref_number: 'S', learn_aim_ref: '60000088', aim_type: 4, aim_seq_number: 1, fund_model: 35, learn_start_date: '2024-09-01', learn_plan_end_date: '2025-06-30', learn_act_end_date: '2025-06-30', comp_status: 2, outcome: 1 },
          ],
          fams: [fam('S', 1, 'LDM', '034')],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts learners, starts, leavers and achievers per group, Progression Pathways by type', async () => {
    const got = await martRows(
      w,
      `select start_year, ukprn, priority_group, pathway_type, learners, starts, leavers, achievers, achievement_rate
       from marts.priority_group_volumes where ukprn is not null order by start_year, ukprn, priority_group, pathway_type`,
    );
    const p = { start_year: 2009, ukprn: 20000003 };
    expect(got).toEqual([
      { ...p, priority_group: 'offenders_in_community', pathway_type: 'all', learners: 1, starts: 2, leavers: 1, achievers: 1, achievement_rate: 1 },
      { ...p, priority_group: 'offenders_in_custody', pathway_type: 'all', learners: 1, starts: 1, leavers: 1, achievers: 0, achievement_rate: 0 },
      { ...p, priority_group: 'progression_pathways', pathway_type: 'all', learners: 1, starts: 2, leavers: 2, achievers: 1, achievement_rate: 0.5 },
      { ...p, priority_group: 'progression_pathways', pathway_type: 'pre_apprenticeship', learners: 1, starts: 1, leavers: 1, achievers: 1, achievement_rate: 1 },
      { ...p, priority_group: 'progression_pathways', pathway_type: 'to_level_2', learners: 1, starts: 1, leavers: 1, achievers: 0, achievement_rate: 0 },
      { start_year: 2024, ukprn: 20000004, priority_group: 'offenders_in_custody', pathway_type: 'all', learners: 1, starts: 1, leavers: 1, achievers: 1, achievement_rate: 1 },
    ]);
  });

  it('gives national rows equal to the providers summed', async () => {
    const got = await martRows(
      w,
      `select start_year, priority_group, pathway_type, learners, starts from marts.priority_group_volumes
       where ukprn is null and pathway_type = 'all' order by start_year, priority_group`,
    );
    expect(got).toEqual([
      { start_year: 2009, priority_group: 'offenders_in_community', pathway_type: 'all', learners: 1, starts: 2 },
      { start_year: 2009, priority_group: 'offenders_in_custody', pathway_type: 'all', learners: 1, starts: 1 },
      { start_year: 2009, priority_group: 'progression_pathways', pathway_type: 'all', learners: 1, starts: 2 },
      { start_year: 2024, priority_group: 'offenders_in_custody', pathway_type: 'all', learners: 1, starts: 1 },
    ]);
  });
});
