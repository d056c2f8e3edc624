import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim, FixtureLearner } from '../support/ilr-xml.ts';
import { buildCohort, martRows } from '../support/cohort.ts';

// Minimum standards (measures.md version 2, "Accountability thresholds"): a programme (standard,
// or framework at its level) at a provider is below the minimum standard when its achievement
// rate is below 62%; a provider is in scope for intervention when MORE than 40% of its
// apprenticeship leavers are in programmes below 62%. 2018/19 returns (prepared 2019-10-15);
// every aim is a programme aim starting 2018-09-03, planned to end 2019-06-28, ended 2019-06-20
// (hybrid end year 2018, a year the thresholds were in force): achieved (CompStatus 2, Outcome 1)
// or withdrawn (CompStatus 3, Outcome 3, past the 42-day qualifying period). The standards started
// 2018-06-01 instead: a standard lasts a year or more (DateOfBirth_46, _47).
//   Provider 10000051: framework 403 ProgType 3: 5 leavers, 2 achieved → 40% → below
//                      standard 91:              4 leavers, 3 achieved → 75%
//                      framework 513 ProgType 2: 1 leaver,  1 achieved → 100%
//                      → 10 leavers, 5 in programmes below: 50% > 40% → in scope
//   Provider 10000052: standard 91: 2 leavers, 1 achieved → 50% → below;
//                      framework 403 ProgType 3: 4 leavers, 4 achieved → 100%
//                      → 6 leavers, 2 below: 33.3% → not in scope
//   Provider 10000053: standard 91: 2 leavers, 0 achieved → 0% → below;
//                      framework 403 ProgType 3: 3 leavers, 3 achieved
//                      → 5 leavers, 2 below: exactly 40%, not more → not in scope
//   Provider 10000054:
//                      framework 403 ProgType 3: 3 leavers, 0 achieved → below, withheld (low);
//                      framework 513 ProgType 2: 6 leavers, 6 achieved → 62% or above, withheld
//                        too (c: the smallest shown one where only one is below 5);
//                      standard 91: 7 leavers, 2 achieved → below, shown
//                      → 16 leavers, 10 below: 62.5%. Shown, it would give framework 403's 3 back
//                      (10 − 7, framework 513 being shown as 62% or above).
// England: standard-91 8+7 = 15 leavers, 4+2 = 6 achieved → 40% below; framework-403-3 12+3 = 15
// leavers, 9+0 = 9 achieved → 60% below; framework-513-2 1+6 = 7 leavers, all achieved; all 37
// leavers, 22 achieved → 59.46%.
const START = { learnStartDate: '2018-09-03', learnPlanEndDate: '2019-06-28', learnActEndDate: '2019-06-20' };
const programme = (code: { progType: number; fworkCode?: number; pwayCode?: number; stdCode?: number }, achieved: boolean): FixtureAim => ({
  learnAimRef: 'ZPROG001',
  aimType: 1,
  fundModel: 36,
  ...START,
  ...(code.progType === 25 ? { learnStartDate: '2018-06-01' } : {}),
  ...code,
  ...(achieved ? { compStatus: 2, outcome: 1 } : { compStatus: 3, outcome: 3, withdrawReason: 97 }),
  ...(achieved && code.progType === 25 ? { achDate: '2019-06-25' } : {}),
  fams: [{ type: 'ACT', code: '1' }],
});
const FW403 = { progType: 3, fworkCode: 403, pwayCode: 1 };
const FW513 = { progType: 2, fworkCode: 513, pwayCode: 1 };
const ST91 = { progType: 25, stdCode: 91 };
let serial = 0;
/** `achieved` of `leavers` learners on one programme, each with one programme aim. */
const cohort = (code: Parameters<typeof programme>[0], leavers: number, achieved: number): FixtureLearner[] =>
  Array.from({ length: leavers }, (_, i) => ({ learnRefNumber: `M${++serial}`, aims: [programme(code, i < achieved)] }));

describe('minimum standards', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({
      xml: [
        { ukprn: 10000051, year: 2018, learners: [...cohort(FW403, 5, 2), ...cohort(ST91, 4, 3), ...cohort(FW513, 1, 1)] },
        { ukprn: 10000052, year: 2018, learners: [...cohort(ST91, 2, 1), ...cohort(FW403, 4, 4)] },
        { ukprn: 10000053, year: 2018, learners: [...cohort(ST91, 2, 0), ...cohort(FW403, 3, 3)] },
        { ukprn: 10000054, year: 2018, learners: [...cohort(FW403, 3, 0), ...cohort(FW513, 6, 6), ...cohort(ST91, 7, 2)] },
      ],
    });
  });

  afterAll(async () => {
    await w.close();
  });

  it('judges each programme against 62% and each provider against 40% of its leavers', async () => {
    const got = await martRows(
      w,
      `select ukprn, programme_key, cast(leavers as integer) as leavers, round(achievement_rate, 4) as achievement_rate,
              is_below_threshold, round(share_of_leavers_below_threshold, 4) as share_below, is_in_scope_for_intervention,
              is_threshold_in_force, threshold_years, cast(data_as_at as varchar) as data_as_at
       from marts.minimum_standards where hybrid_end_year = 2018 and (ukprn is null or ukprn < 10000054)
       order by ukprn nulls first, programme_key`,
    );
    const y = { is_threshold_in_force: true, threshold_years: '2016/17–2018/19', data_as_at: '2019-10-15' };
    const england = { ...y, ukprn: null, share_below: null, is_in_scope_for_intervention: null };
    const p1 = { ...y, ukprn: 10000051, share_below: 0.5, is_in_scope_for_intervention: true };
    const p2 = { ...y, ukprn: 10000052, share_below: 0.3333, is_in_scope_for_intervention: false };
    const p3 = { ...y, ukprn: 10000053, share_below: 0.4, is_in_scope_for_intervention: false };
    expect(got).toEqual([
      { ...england, programme_key: 'all', leavers: 37, achievement_rate: 0.5946, is_below_threshold: null },
      { ...england, programme_key: 'framework-403-3', leavers: 15, achievement_rate: 0.6, is_below_threshold: true },
      { ...england, programme_key: 'framework-513-2', leavers: 7, achievement_rate: 1, is_below_threshold: false },
      { ...england, programme_key: 'standard-91', leavers: 15, achievement_rate: 0.4, is_below_threshold: true },
      { ...p1, programme_key: 'all', leavers: 10, achievement_rate: 0.6, is_below_threshold: null },
      { ...p1, programme_key: 'framework-403-3', leavers: 5, achievement_rate: 0.4, is_below_threshold: true },
      { ...p1, programme_key: 'framework-513-2', leavers: 1, achievement_rate: 1, is_below_threshold: false },
      { ...p1, programme_key: 'standard-91', leavers: 4, achievement_rate: 0.75, is_below_threshold: false },
      { ...p2, programme_key: 'all', leavers: 6, achievement_rate: 0.8333, is_below_threshold: null },
      { ...p2, programme_key: 'framework-403-3', leavers: 4, achievement_rate: 1, is_below_threshold: false },
      { ...p2, programme_key: 'standard-91', leavers: 2, achievement_rate: 0.5, is_below_threshold: true },
      { ...p3, programme_key: 'all', leavers: 5, achievement_rate: 0.6, is_below_threshold: null },
      { ...p3, programme_key: 'framework-403-3', leavers: 3, achievement_rate: 1, is_below_threshold: false },
      { ...p3, programme_key: 'standard-91', leavers: 2, achievement_rate: 0, is_below_threshold: true },
    ]);
  });

  it('publishes the verdicts with counts below 5 withheld', async () => {
    const got = await martRows(
      w,
      `select ukprn, programme_key, leavers, leavers_shown, achievement_rate, threshold_status, share_of_leavers_below_threshold,
              intervention_status
       from reports.report_minimum_standards where hybrid_end_year = 2018 and ukprn = 10000051 order by programme_key`,
    );
    // Provider 10000051: framework 403 has 5 leavers (shown) but 2 achievers (withheld: its rate
    // would give them back); standard 91's 4 and framework 513's 1 are withheld, so secondary
    // suppression is not needed (two cells already withheld). The share below (5 of 10) is shown on
    // the provider's own row only, beside its base (on a programme's row, beside that programme's
    // leavers, it would read as a share of them).
    const row = { ukprn: 10000051, share_of_leavers_below_threshold: null, intervention_status: 'in scope for intervention' };
    expect(got).toEqual([
      { ...row, programme_key: 'all', leavers: 10, leavers_shown: '10', achievement_rate: 0.6, threshold_status: '–', share_of_leavers_below_threshold: 0.5 },
      { ...row, programme_key: 'framework-403-3', leavers: 5, leavers_shown: '5', achievement_rate: null, threshold_status: 'below 62%' },
      { ...row, programme_key: 'framework-513-2', leavers: null, leavers_shown: 'low', achievement_rate: null, threshold_status: 'low' },
      { ...row, programme_key: 'standard-91', leavers: null, leavers_shown: 'low', achievement_rate: null, threshold_status: 'low' },
    ]);
  });

  it('withholds the share below 62% where it would give back a withheld programme', async () => {
    const got = await martRows(
      w,
      `select programme_key, leavers_shown, threshold_status, share_of_leavers_below_threshold, intervention_status
       from reports.report_minimum_standards where hybrid_end_year = 2018 and ukprn = 10000054 order by programme_key`,
    );
    // The mart's share is 10 of 16; 10 − standard 91's 7 shown would be framework 403's withheld 3.
    const [all] = await martRows(w, `select share_of_leavers_below_threshold as share from marts.minimum_standards where ukprn = 10000054 and programme_key = 'all'`);
    expect(all?.share).toBe(10 / 16);
    expect(got).toEqual([
      { programme_key: 'all', leavers_shown: '16', threshold_status: '–', share_of_leavers_below_threshold: null, intervention_status: 'in scope for intervention' },
      { programme_key: 'framework-403-3', leavers_shown: 'low', threshold_status: 'low', share_of_leavers_below_threshold: null, intervention_status: 'in scope for intervention' },
      { programme_key: 'framework-513-2', leavers_shown: 'c', threshold_status: '62% or above', share_of_leavers_below_threshold: null, intervention_status: 'in scope for intervention' },
      { programme_key: 'standard-91', leavers_shown: '7', threshold_status: 'below 62%', share_of_leavers_below_threshold: null, intervention_status: 'in scope for intervention' },
    ]);
  });
});
