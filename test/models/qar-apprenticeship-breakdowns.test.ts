import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPRENTICESHIP_FRAMEWORKS, APPRENTICESHIP_STANDARDS } from '../../pipelines/generate/aim-plans.ts';
import { SEEDS_DIR } from '../../pipelines/ilr/reference.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Apprenticeship level, sector subject area and age (measures.md version 2, "Counts and rates"
// and the breakdowns after it). Provider 10000031, 2019/20 return. Every aim is a programme aim
// (ZPROG001, AimType 1, FundModel 36) starting 2019-11-01, planned to end 2020-06-30, ended
// achieved 2020-06-20 (CompStatus 2, Outcome 1): hybrid end year 2019, all leavers and achievers.
//   P1 framework ProgType 3,  FworkCode 403 → level 2 (ProgType 3), Retail and Commercial Enterprise (seed)
//   P2 framework ProgType 2,  FworkCode 513 → level 3 (ProgType 2), Information and Communication Technology
//   P3 framework ProgType 20, FworkCode 445 → level 4 (ProgType 20), Engineering and Manufacturing Technologies
//   P4 framework ProgType 10 (legacy A15), FworkCode 999 → level 4+, unknown (999 is not in the seed);
//      in a legacy return of 2009/10 (below)
//   P5 standard  ProgType 25, StdCode 91    → level 2, Health, Public Services and Care (standards seed)
//   P6 standard  ProgType 25, StdCode 336   → level 6, Business, Administration and Law
// The standards started 2019-06-03 instead (a standard lasts a year or more: DateOfBirth_46, _47)
// and were achieved at end-point assessment on 2020-06-29 (7 days or more after the end: AchDate_11),
// still in 2019/20. P4's ProgType 10 (the LSC's higher apprenticeship) is not a 2019/20 programme
// type (ProgType_03), so it comes from the 2009/10 legacy return the loader would write (raw rows:
// A15 10, A10 45 apprenticeship funding, ZPROG001 started 2009-09-01, planned to end 2010-06-30,
// achieved 2010-06-20 → hybrid end year 2009; born 1980 → 24+).
// Age: P1 was born 2000-10-01: 19 on the programme's start (2019-11-01) → 19-23; on 31 August
// 2019 (the education-and-training rule) 18 → 16-18 would be wrong. The others, born 1990-01-01,
// are 24+ either way.
// qar_rates, provider 10000031, 2019, apprenticeship, qualification_level: 2 → 2 leavers (P1 P5);
// 3 → 1 (P2); 4 → 1 (P3); 6 → 1 (P6); in 2009: 4+ → 1 (P4); each achievement rate 1.
const programme = (progType: number, extra: Partial<FixtureAim>): FixtureAim => ({
  learnAimRef: 'ZPROG001',
  aimType: 1,
  fundModel: 36,
  progType,
  learnStartDate: '2019-11-01',
  learnPlanEndDate: '2020-06-30',
  learnActEndDate: '2020-06-20',
  compStatus: 2,
  outcome: 1,
  fams: [{ type: 'ACT', code: '1' }],
  ...extra,
});

const standard = { learnStartDate: '2019-06-03', achDate: '2020-06-29' };

describe('apprenticeship level, sector subject area and age', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000031,
          year: 2019,
          learners: [
            { learnRefNumber: 'P1', dateOfBirth: '2000-10-01', aims: [programme(3, { fworkCode: 403, pwayCode: 1 })] },
            { learnRefNumber: 'P2', aims: [programme(2, { fworkCode: 513, pwayCode: 2 })] },
            { learnRefNumber: 'P3', aims: [programme(20, { fworkCode: 445, pwayCode: 1 })] },
            { learnRefNumber: 'P5', aims: [programme(25, { stdCode: 91, ...standard })] },
            { learnRefNumber: 'P6', aims: [programme(25, { stdCode: 336, ...standard })] },
          ],
        },
      ],
      raw: [
        {
          ukprn: 10000031,
          year: 2009,
          learners: [{ learn_ref_number: 'P4', uln: 1000000043, sex: 'F', date_of_birth: '1980-05-01', lldd_health_prob: 2 }],
          aims: [
            {
              learn_ref_number: 'P4',
              learn_aim_ref: 'ZPROG001',
              aim_seq_number: 1,
              learn_start_date: '2009-09-01',
              learn_plan_end_date: '2010-06-30',
              learn_act_end_date: '2010-06-20',
              a10_funding_stream: 45,
              prog_type: 10,
              fwork_code: 999,
              comp_status: 2,
              outcome: 1,
            },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('takes frameworks’ level from ProgType and SSA from the frameworks seed, standards’ from the standards seed', async () => {
    const got = await martRows(
      w,
      `select learn_ref_number, qar_family, is_achiever, qualification_level, ssa_tier1, age_band
       from marts.fct_qar_aims order by learn_ref_number`,
    );
    const row = { qar_family: 'apprenticeship', is_achiever: true, age_band: '24+' };
    expect(got).toEqual([
      { ...row, learn_ref_number: 'P1', qualification_level: '2', ssa_tier1: 'Retail and Commercial Enterprise', age_band: '19-23' },
      { ...row, learn_ref_number: 'P2', qualification_level: '3', ssa_tier1: 'Information and Communication Technology' },
      { ...row, learn_ref_number: 'P3', qualification_level: '4', ssa_tier1: 'Engineering and Manufacturing Technologies' },
      { ...row, learn_ref_number: 'P4', qualification_level: '4+', ssa_tier1: 'unknown' },
      { ...row, learn_ref_number: 'P5', qualification_level: '2', ssa_tier1: 'Health, Public Services and Care' },
      { ...row, learn_ref_number: 'P6', qualification_level: '6', ssa_tier1: 'Business, Administration and Law' },
    ]);
  });

  it('breaks the provider’s apprenticeship rates down by level', async () => {
    const got = await martRows(
      w,
      `select hybrid_end_year, breakdown_value, leavers, achievement_rate from marts.qar_rates
       where ukprn = 10000031 and qar_family = 'apprenticeship' and breakdown = 'qualification_level'
       order by hybrid_end_year, breakdown_value`,
    );
    expect(got).toEqual([
      { hybrid_end_year: 2009, breakdown_value: '4+', leavers: 1, achievement_rate: 1 },
      { hybrid_end_year: 2019, breakdown_value: '2', leavers: 2, achievement_rate: 1 },
      { hybrid_end_year: 2019, breakdown_value: '3', leavers: 1, achievement_rate: 1 },
      { hybrid_end_year: 2019, breakdown_value: '4', leavers: 1, achievement_rate: 1 },
      { hybrid_end_year: 2019, breakdown_value: '6', leavers: 1, achievement_rate: 1 },
    ]);
  });

  it('lists every framework and standard code the generator writes in the seeds', () => {
    const codes = (file: string, column: string): number[] =>
      (parse(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'), { columns: true }) as Record<string, string>[]).map((r) => Number(r[column]));
    expect(codes('apprenticeship_frameworks.csv', 'fwork_code')).toEqual(expect.arrayContaining([...APPRENTICESHIP_FRAMEWORKS]));
    expect(codes('apprenticeship_standards.csv', 'std_code')).toEqual(expect.arrayContaining([...APPRENTICESHIP_STANDARDS]));
  });
});
