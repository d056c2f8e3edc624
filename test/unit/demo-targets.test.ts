import { describe, expect, it } from 'vitest';
import { checkTargets, type Known } from '../../pipelines/models/import-targets.ts';
import { demoTargetsCsv } from '../../pipelines/toolkit/demo-targets.ts';

// The targets file `ilr demo` loads must pass the importer's own checks, or the demo would stop.
describe('the demo targets file', () => {
  const ukprns = [10001074, 10001000, 10001037];
  const known: Known = { ukprns: new Set(ukprns), ssaTier1: new Map() };

  it('imports clean: four targets per provider for each of the last two years', () => {
    const { targets, problems } = checkTargets(demoTargetsCsv(ukprns, 2025), known);
    expect(problems).toEqual([]);
    expect(targets).toHaveLength(ukprns.length * 2 * 4);
    expect(new Set(targets.map((t) => t.year))).toEqual(new Set([2024, 2025]));
    // Targets vary between providers, −3 to +3 points around 88% (the first provider, in UKPRN order, −3).
    const achievement = targets.filter((t) => t.level === 'provider' && t.qarFamily === 'education_and_training' && t.measure === 'achievement_rate' && t.year === 2025);
    expect(achievement.map((t) => [t.ukprn, Math.round(t.target * 100)])).toEqual([[10001000, 85], [10001037, 86], [10001074, 87]]);
  });

  it('is refused, naming the line, for a provider not loaded', () => {
    const { problems } = checkTargets(demoTargetsCsv([10009999], 2025), known);
    expect(problems[0]).toBe('line 2: unknown provider 10009999: no return of this UKPRN is loaded in the warehouse');
  });
});
