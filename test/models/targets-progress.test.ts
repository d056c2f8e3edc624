import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTargets } from '../../pipelines/models/import-targets.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort } from '../support/cohort.ts';
import { buildModels, rows } from '../support/warehouse.ts';

// Targets beside the actual figures (shared/domain/measures.md, "Targets and progress against
// them"; marts.targets_progress): met at or above the target, within 2 points when below by 2
// percentage points or less, missed below that, no data when there is no base.
//
// Provider 10000021, 2024 return: 50 education and training aims on 60000088 (level 3, SSA
// "Health, Public Services and Care"), started 2024-09-01, planned to end 2025-06-30:
//   39 completed and achieved on 2025-06-30; 11 withdrawn 2025-01-31 (153 days: counted).
//   achievement = 39/50 = 78%; retention = 39/50 = 78%; pass = 39/39 = 100%;
//   timely = 39/50 = 78% (all planned to end in 2024/25, achievers ended on the planned date).
// Provider 10000022, 2024 return: 3 aims on 60000112 (level 2), 2 achieved, 1 withdrawn:
//   achievement 2/3 = 66.7% against 60% → met in the mart; base 3 < 5 → withheld in the report.
const achieved = { learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 2, outcome: 1, learnActEndDate: '2025-06-30' };
const withdrawn = { learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 3, outcome: 3, learnActEndDate: '2025-01-31', withdrawReason: 97 };
const learners = (prefix: string, learnAimRef: string, aim: typeof achieved, n: number) =>
  Array.from({ length: n }, (_, i) => ({ learnRefNumber: `${prefix}${i + 1}`, aims: [{ ...aim, learnAimRef }] }));

const returns = [
  { ukprn: 10000021, year: 2024, learners: [...learners('A', '60000088', achieved, 39), ...learners('W', '60000088', withdrawn, 11)] },
  { ukprn: 10000022, year: 2024, learners: [...learners('A', '60000112', achieved, 2), ...learners('W', '60000112', withdrawn, 1)] },
];

// Expected status per line of the file, worked from the figures above.
const TARGETS = `ukprn,year,qar_family,level,programme_by,programme_key,measure,target_percent
10000021,2024/25,education_and_training,provider,,,achievement_rate,78
10000021,2024/25,education_and_training,programme,ssa_tier1,"Health, Public Services and Care",achievement_rate,80
10000021,2024/25,education_and_training,programme,qualification_level,3,achievement_rate,80.1
10000021,2024/25,education_and_training,programme,learn_aim_ref,60000088,retention_rate,79.99
10000021,2024/25,education_and_training,programme,learn_aim_ref,60000088,pass,100%
10000021,2024,education_and_training,provider,,,timely_achievement_rate,95
10000021,2024/25,education_and_training,programme,qualification_level,2,achievement_rate,50
10000021,2024/25,apprenticeship,provider,,,achievement_rate,70
10000022,2024/25,education_and_training,programme,learn_aim_ref,60000112,achievement_rate,60
`;
const EXPECTED: Record<number, { status: string; numerator: number; base: number }> = {
  2: { status: 'met', numerator: 39, base: 50 }, // 78% = 78%: met
  3: { status: 'within_2_points', numerator: 39, base: 50 }, // 78% = 80% − 2: within
  4: { status: 'missed', numerator: 39, base: 50 }, // 78% < 80.1% − 2 = 78.1%: missed
  5: { status: 'within_2_points', numerator: 39, base: 50 }, // retention 78% ≥ 77.99%
  6: { status: 'met', numerator: 39, base: 39 }, // pass 100% = 100%
  7: { status: 'missed', numerator: 39, base: 50 }, // timely 78% < 93%
  8: { status: 'no_data', numerator: 0, base: 0 }, // no level 2 aims
  9: { status: 'no_data', numerator: 0, base: 0 }, // no apprenticeships
  10: { status: 'met', numerator: 2, base: 3 }, // 66.7% ≥ 60%
};

describe('marts.targets_progress', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({ xml: returns });
    const result = await importTargets(w.connection, 'targets.csv', TARGETS);
    expect(result).toMatchObject({ targets: 9, providers: 2, years: [2024] });
    await buildModels(w);
  }, 120_000);

  afterAll(async () => {
    await w.close();
  });

  it('sets each target beside its actual figure and base, with met / within 2 points / missed / no data', async () => {
    const progress = await rows(w, 'select source_line, status, cast(numerator as int) as numerator, cast(base as int) as base, actual, target, is_in_year from marts.targets_progress order by source_line');
    expect(Object.fromEntries(progress.map((r) => [r.source_line, { status: r.status, numerator: r.numerator, base: r.base }]))).toEqual(EXPECTED);
    expect(progress.find((r) => r.source_line === 2)?.actual).toBeCloseTo(0.78, 10);
    expect(progress.find((r) => r.source_line === 4)?.target).toBeCloseTo(0.801, 10);
    expect(progress.every((r) => r.is_in_year === true)).toBe(true);
  });

  it('withholds the figure, base and status of a target with fewer than 5 in its base', async () => {
    const [small] = await rows(w, 'select * from reports.report_targets_progress where ukprn = 10000022');
    expect(small).toMatchObject({ actual: null, base: null, status: 'low', programme_label: 'Aim 60000112' });
    const [shown] = await rows(w, 'select * from reports.report_targets_progress where target_order = 3');
    expect(shown).toMatchObject({ status: 'within 2 points', programme_label: 'Health, Public Services and Care', base: '50' });
  });

  it('replaces the targets of the providers and years a new file names, and keeps the others', async () => {
    await importTargets(w.connection, 'again.csv', 'ukprn,year,qar_family,level,programme_by,programme_key,measure,target_percent\n10000022,2024/25,education_and_training,provider,,,achievement_rate,50\n');
    const [counts] = await rows(w, 'select count(*) filter (where ukprn = 10000021)::int as a, count(*) filter (where ukprn = 10000022)::int as b from ref.targets');
    expect(counts).toEqual({ a: 8, b: 1 });
  });
});
