import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Learners across years (measures.md version 2, "Identifying an aim across returns"): a learner's
// reference is followed through PrevLearnRefNumber (and PrevUKPRN) back to the earliest one; an
// apprenticeship programme aim is matched on (UKPRN, ULN, ProgType, FworkCode + PwayCode or
// StdCode, LearnStartDate) where the ULN is valid and not temporary.
// Every aim starts 2023-09-01 and is planned to end 2024-12-31 (fy 2024). In the 2023 returns it
// continues (CompStatus 1); in the 2024 returns it is completed and achieved on 2024-12-15.
// Returns are prepared on 15 October after their year.
//
// Provider 10000001, returns 2023 and 2024:
//   OLD1 (2023) → NEW1 (2024, PrevLearnRefNumber OLD1), one E&T aim: one learner, one aim,
//        achieved in 2024 (before: OLD1 was an overdue withdrawal and NEW1 an achiever).
//   APPA (2023) → APPB (2024), no PrevLearnRefNumber, the same valid ULN 1000000108 and the same
//        framework programme (ProgType 3, FworkCode 420, PwayCode 1): one apprenticeship aim,
//        achieved.
//   TMPA (2023) → TMPB (2024), the temporary ULN 9999999999, same programme: not matched, so
//        TMPA is an overdue continuing aim (absent from the 2024 return): a withdrawal, hybrid
//        end year max(fy plan 2024, collection year 2023) = 2024; TMPB an achiever.
//   FIXA, temporary ULN in 2023 and the valid ULN 1000000604 in 2024, same programme: one aim
//        (a ULN put right is not a new aim — the records of the same learner and start share the
//        ULN match), achieved.
//   2024, E&T: leavers 1 (NEW1), achievers 1. Apprenticeships: leavers 4 (APPB FIXA TMPA TMPB),
//   achievers 3. (On the version-1 rules: E&T 2 and 1, apprenticeships 5 and 3.)
// Provider 10000002 returns M1 in 2023 and only K1 (an aim of 2024/25, achieved) in 2024; provider
// 10000003 returns N1 in 2024 with PrevUKPRN 10000002 and PrevLearnRefNumber M1: the learner moved
// provider with the aim, so M1's aim is N1's, reported at 10000003 (its latest record), and is no
// overdue withdrawal at 10000002. 2024: 10000002 leavers 1 (K1), achievers 1; 10000003 1 and 1.
const continuing = (extra: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2023-09-01', learnPlanEndDate: '2024-12-31', compStatus: 1, ...extra });
const achieved = (extra: Partial<FixtureAim> = {}): FixtureAim =>
  continuing({ compStatus: 2, outcome: 1, learnActEndDate: '2024-12-15', ...extra });
const framework = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType: 3, fworkCode: 420, pwayCode: 1 };
// A funded aim may carry the temporary ULN past its first 60 days only as an offender in custody
// (ULN_07 leaves out LDM 034; ULN_09 only warns): the temporary-ULN records are such learners (an
// apprenticeship on release on temporary licence). No measure here reads LDM 034.
const inCustody = { ...framework, fams: [{ type: 'LDM', code: '034' }] };
/** An open programme aim is returned with a component aim of its programme (R_31); component aims count in no QAR family. */
const withComponent = (programme: FixtureAim): FixtureAim[] => [programme, { ...programme, learnAimRef: '60000088', aimType: 3, aimSeqNumber: 2 }];

describe('learners across years (measures version 2)', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000001,
          year: 2023,
          learners: [
            { learnRefNumber: 'OLD1', uln: '1000000205', aims: [continuing()] },
            { learnRefNumber: 'APPA', uln: '1000000108', aims: withComponent(continuing(framework)) },
            { learnRefNumber: 'TMPA', uln: '9999999999', aims: withComponent(continuing(inCustody)) },
            { learnRefNumber: 'FIXA', uln: '9999999999', aims: withComponent(continuing(inCustody)) },
          ],
        },
        {
          ukprn: 10000001,
          year: 2024,
          learners: [
            { learnRefNumber: 'NEW1', prevLearnRefNumber: 'OLD1', uln: '1000000205', aims: [achieved()] },
            { learnRefNumber: 'APPB', uln: '1000000108', aims: [achieved(framework)] },
            { learnRefNumber: 'TMPB', uln: '9999999999', aims: [achieved(inCustody)] },
            { learnRefNumber: 'FIXA', uln: '1000000604', aims: [achieved(framework)] },
          ],
        },
        { ukprn: 10000002, year: 2023, learners: [{ learnRefNumber: 'M1', uln: '1000000302', aims: [continuing()] }] },
        {
          ukprn: 10000002,
          year: 2024,
          learners: [
            { learnRefNumber: 'K1', uln: '1000000507', aims: [achieved({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', learnActEndDate: '2025-06-20' })] },
          ],
        },
        {
          ukprn: 10000003,
          year: 2024,
          learners: [{ learnRefNumber: 'N1', prevLearnRefNumber: 'M1', prevUkprn: 10000002, uln: '1000000302', aims: [achieved()] }],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('makes a changed learner reference, or the same ULN on the same programme, one aim', async () => {
    const got = await martRows(
      w,
      `select ukprn, learn_ref_number, qar_family, is_leaver, is_overdue, is_achiever, hybrid_end_year
       from marts.fct_qar_aims order by ukprn, learn_ref_number`,
    );
    expect(got).toEqual([
      { ukprn: 10000001, learn_ref_number: 'APPB', qar_family: 'apprenticeship', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
      { ukprn: 10000001, learn_ref_number: 'FIXA', qar_family: 'apprenticeship', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
      { ukprn: 10000001, learn_ref_number: 'NEW1', qar_family: 'education_and_training', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
      { ukprn: 10000001, learn_ref_number: 'TMPA', qar_family: 'apprenticeship', is_leaver: true, is_overdue: true, is_achiever: false, hybrid_end_year: 2024 },
      { ukprn: 10000001, learn_ref_number: 'TMPB', qar_family: 'apprenticeship', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
      { ukprn: 10000002, learn_ref_number: 'K1', qar_family: 'education_and_training', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
      { ukprn: 10000003, learn_ref_number: 'N1', qar_family: 'education_and_training', is_leaver: true, is_overdue: false, is_achiever: true, hybrid_end_year: 2024 },
    ]);
  });

  it('counts each learner once in the rates', async () => {
    const got = await martRows(
      w,
      `select ukprn, qar_family, leavers, achievers from marts.qar_rates
       where ukprn is not null and breakdown = 'all' and hybrid_end_year = 2024 order by ukprn, qar_family`,
    );
    expect(got).toEqual([
      { ukprn: 10000001, qar_family: 'apprenticeship', leavers: 4, achievers: 3 },
      { ukprn: 10000001, qar_family: 'education_and_training', leavers: 1, achievers: 1 },
      { ukprn: 10000002, qar_family: 'education_and_training', leavers: 1, achievers: 1 },
      { ukprn: 10000003, qar_family: 'education_and_training', leavers: 1, achievers: 1 },
    ]);
  });
});
