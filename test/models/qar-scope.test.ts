import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Which aims the QAR counts, measures.md version 2 ("Which aims are in scope", "Exclusions").
// Every aim starts 2024-09-01 and is planned to end 2025-06-30 (hybrid end year 2024/25); each
// ends achieved on 2025-06-20 (CompStatus 2, Outcome 1) unless said.
//
// Provider 10000001 — scope of the two families:
//   A1 ZPROG001 AimType 1 ProgType 25 (standard), AchDate 2025-07-10 → apprenticeship
//   A2 ZPROG001 AimType 1 ProgType 31 (T Level programme)            → neither family
//   A3 ZPROG001 AimType 1 ProgType 32 (Skills Bootcamp)              → neither family
//   E1 AimType 4 FundModel 38 (Adult Skills Fund)                     → education and training
//   E2 AimType 4 FundModel 10 (community learning)                    → neither
//   E3 AimType 4 FundModel 99 with an ADL FAM (a loan)                → education and training
//   E4 AimType 4 FundModel 99 without a loan                          → neither
//   E5 AimType 4 FundModel 25, LearnAimRef ZWRKX002 (work placement)  → neither (seed)
//   E6 AimType 4 FundModel 38 with LDM 360 (Flexible Learning Fund)   → neither
//   E7 AimType 4 FundModel 70 (ESF)                                   → neither
// 2024/25: apprenticeship leavers 1 (A1), achievers 1; E&T leavers 2 (E1 E3), achievers 2.
// So that each record is valid ILR (none of this changes its family): A1 started 2024-06-03 (a
// standard lasts a year or more: DateOfBirth_46, _47), the T Level is 16-19 funded (FundModel 25:
// FundModel_06, _11) and the bootcamp FundModel 37 (ProgType_21), and the work placement aim has
// its placement record (WorkPlaceStartDate_01); adult starts from August 2024 are on FundModel 38
// (FundModel_17), which the E&T scope counts as it counted 35.
//
// Provider 10000002 — transfers to another provider (withdrawn 2024-11-30, 91 days, past the
// qualifying period; CompStatus 3, Outcome 3):
//   W1 WithdrawReason 41 (to meet a government strategy) → transfer_other_provider
//   W2 WithdrawReason 47 (a merger)                      → transfer_other_provider
//   W3 WithdrawReason 7                                  → transfer_intervention (as before)
//   W4 WithdrawReason 44                                 → leaver
// 2024/25: E&T leavers 1 (W4), achievers 0.
const achieved = (extra: Partial<FixtureAim>): FixtureAim => ({
  learnStartDate: '2024-09-01',
  learnPlanEndDate: '2025-06-30',
  learnActEndDate: '2025-06-20',
  compStatus: 2,
  outcome: 1,
  ...extra,
});
const programme = (progType: number, extra: Partial<FixtureAim> = {}): FixtureAim =>
  achieved({ learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType, ...extra });
const WORK_PLACEMENT =
  '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2024-10-01</WorkPlaceStartDate><WorkPlaceEndDate>2025-06-20</WorkPlaceEndDate>' +
  '<WorkPlaceHours>40</WorkPlaceHours><WorkPlaceMode>2</WorkPlaceMode><WorkPlaceEmpId>999999999</WorkPlaceEmpId></LearningDeliveryWorkPlacement>';
const withdrawn = (withdrawReason: number): FixtureAim => ({
  learnStartDate: '2024-09-01',
  learnPlanEndDate: '2025-06-30',
  learnActEndDate: '2024-11-30',
  compStatus: 3,
  outcome: 3,
  withdrawReason,
});

// The two learners on 16-19 funding (FundModel 25, SOF 107) are 17 on 31 August 2024: a learner of
// 25 or over cannot be (DateOfBirth_07). No breakdown by age is read here.
const SIXTEEN_TO_NINETEEN_BORN = '2007-01-15';

describe('QAR scope (measures version 2)', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000001,
          year: 2024,
          learners: [
            { learnRefNumber: 'A1', aims: [programme(25, { stdCode: 100, achDate: '2025-07-10', learnStartDate: '2024-06-03' })] },
            // A T Level with its core aim (R_63, R_126) and occupational specialism (R_137); a Skills
            // Bootcamp with its component aim (R_136) and achievement date (R_138). Neither in QAR.
            {
              learnRefNumber: 'A2',
              dateOfBirth: SIXTEEN_TO_NINETEEN_BORN,
              aims: [
                programme(31, { fundModel: 25 }),
                achieved({ fundModel: 25, progType: 31, aimType: 5, aimSeqNumber: 2 }),
                achieved({ fundModel: 25, progType: 31, aimType: 3, aimSeqNumber: 3, learnAimRef: 'ZTLOS001' }),
              ],
            },
            { learnRefNumber: 'A3', aims: [programme(32, { fundModel: 37, achDate: '2025-06-20' }), achieved({ fundModel: 37, progType: 32, aimType: 3, aimSeqNumber: 2 })] },
            { learnRefNumber: 'E1', aims: [achieved({ fundModel: 38 })] },
            { learnRefNumber: 'E2', aims: [achieved({ fundModel: 10 })] },
            { learnRefNumber: 'E3', aims: [achieved({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })] },
            { learnRefNumber: 'E4', aims: [achieved({ fundModel: 99 })] },
            // The 16-19 learner's core aim (R_63).
            { learnRefNumber: 'E5', dateOfBirth: SIXTEEN_TO_NINETEEN_BORN, aims: [achieved({ fundModel: 25, aimType: 5, learnAimRef: 'ZWRKX002', extraXml: WORK_PLACEMENT })] },
            { learnRefNumber: 'E6', aims: [achieved({ fundModel: 38, fams: [{ type: 'LDM', code: '360' }] })] },
            { learnRefNumber: 'E7', aims: [achieved({ fundModel: 70 })] },
          ],
        },
        {
          ukprn: 10000002,
          year: 2024,
          learners: [
            { learnRefNumber: 'W1', aims: [withdrawn(41)] },
            { learnRefNumber: 'W2', aims: [withdrawn(47)] },
            { learnRefNumber: 'W3', aims: [withdrawn(7)] },
            { learnRefNumber: 'W4', aims: [withdrawn(44)] },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts only apprenticeship programmes of ProgType 2, 3, 10, 20–23 and 25, and E&T on FundModel 25, 35, 38 or 99 with a loan', async () => {
    const got = await martRows(w, `select learn_ref_number, qar_family from marts.fct_qar_aims where ukprn = 10000001 order by learn_ref_number`);
    expect(got).toEqual([
      { learn_ref_number: 'A1', qar_family: 'apprenticeship' },
      { learn_ref_number: 'E1', qar_family: 'education_and_training' },
      { learn_ref_number: 'E3', qar_family: 'education_and_training' },
    ]);
    const rates = await martRows(
      w,
      `select qar_family, leavers, achievers from marts.qar_rates
       where ukprn = 10000001 and breakdown = 'all' and hybrid_end_year = 2024 order by qar_family`,
    );
    expect(rates).toEqual([
      { qar_family: 'apprenticeship', leavers: 1, achievers: 1 },
      { qar_family: 'education_and_training', leavers: 2, achievers: 2 },
    ]);
  });

  it('excludes transfers to another provider (WithdrawReason 41 and 47)', async () => {
    const got = await martRows(w, `select learn_ref_number, exclusion_reason from marts.fct_qar_aims where ukprn = 10000002 order by learn_ref_number`);
    expect(got).toEqual([
      { learn_ref_number: 'W1', exclusion_reason: 'transfer_other_provider' },
      { learn_ref_number: 'W2', exclusion_reason: 'transfer_other_provider' },
      { learn_ref_number: 'W3', exclusion_reason: 'transfer_intervention' },
      { learn_ref_number: 'W4', exclusion_reason: null },
    ]);
    const [rate] = await martRows(
      w,
      `select leavers, achievers from marts.qar_rates where ukprn = 10000002 and breakdown = 'all' and qar_family = 'education_and_training' and hybrid_end_year = 2024`,
    );
    expect(rate).toEqual({ leavers: 1, achievers: 0 });
  });
});

// The timely cohort (measures.md version 2, "Counts and rates"): every non-excluded aim planned
// to end in the year, ended or not, up to the provider's latest collection year. Provider
// 10000003, one return (2024/25); every aim starts 2024-09-01:
//   C1 continuing (CompStatus 1), planned end 2025-06-30 (2024/25) → timely cohort, not achieved
//   C2 achieved 2025-06-20, planned end 2025-06-30                 → timely cohort, timely achiever
//   C3 continuing, planned end 2025-09-30 (2025/26, after the latest year loaded) → no cohort yet
//   C4 on a break (CompStatus 6), planned end 2025-06-30            → excluded (break_in_learning)
// 2024/25: timely leavers 2 (C1 C2), timely achievers 1 (C2); leavers 1 (C2), achievers 1.
describe('the timely cohort (measures version 2)', () => {
  let w: Warehouse;
  const aim = (extra: Partial<FixtureAim>): FixtureAim => ({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1, ...extra });

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        {
          ukprn: 10000003,
          year: 2024,
          learners: [
            { learnRefNumber: 'C1', aims: [aim({})] },
            { learnRefNumber: 'C2', aims: [aim({ compStatus: 2, outcome: 1, learnActEndDate: '2025-06-20' })] },
            { learnRefNumber: 'C3', aims: [aim({ learnPlanEndDate: '2025-09-30' })] },
            { learnRefNumber: 'C4', aims: [aim({ compStatus: 6, outcome: 3, learnActEndDate: '2025-01-31' })] },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('holds every aim planned to end in the year, continuing ones as timely non-achievers', async () => {
    const [row] = await martRows(
      w,
      `select leavers, achievers, timely_leavers, timely_achievers from marts.qar_rates
       where ukprn = 10000003 and breakdown = 'all' and qar_family = 'education_and_training' and hybrid_end_year = 2024`,
    );
    expect(row).toEqual({ leavers: 1, achievers: 1, timely_leavers: 2, timely_achievers: 1 });
    const later = await martRows(w, `select count(*)::int as n from marts.fct_qar_aims where is_timely_cohort and planned_end_year > 2024`);
    expect(later).toEqual([{ n: 0 }]);
  });
});
