// The providers a generated data set holds: their type, size and quality, and their names (kept
// in providers.csv, since the ILR itself carries no names).
import type { Random } from './random.ts';

export type ProviderKind = 'general_fe_college' | 'training_provider' | 'offender_learning';

export interface Provider {
  ukprn: number;
  name: string;
  kind: ProviderKind;
  /** Offender-learning providers teach in prisons (custody) or on probation (community). */
  offenderSetting: 'custody' | 'community' | null;
  /** Shift on the log-odds of staying and of passing: the provider's own quality. */
  effect: number;
  learnersPerYear: number;
}

const NAME_PLACES = [
  'Northbrook', 'Riverside', 'Eastfield', 'Westmoor', 'Kingsway', 'Ashworth', 'Calderbank',
  'Fenland', 'Marsh Lane', 'Thamesmead', 'Pennine', 'Severn Vale', 'Wolds', 'Tyneside', 'Mersey',
  'Chiltern', 'Solent', 'Wealden', 'Peak District', 'Humber', 'Cotswold', 'Medway', 'Trent',
  'Exe Valley', 'Lakeland', 'Avon', 'Wirral', 'Dales', 'Fylde', 'Broadland',
];
const NAME_SUFFIX: Record<ProviderKind, readonly string[]> = {
  general_fe_college: ['College', 'College of Further Education', 'Technical College'],
  training_provider: ['Training Ltd', 'Skills Academy', 'Apprenticeships Ltd'],
  offender_learning: ['Offender Learning Service', 'Justice Education'],
};

function makeProvider(rng: Random, index: number, learnersPerProvider: number): Provider {
  const kind: ProviderKind =
    index % 9 === 8 ? 'offender_learning' : index % 3 === 1 ? 'training_provider' : 'general_fe_college';
  const size = kind === 'general_fe_college' ? 1.6 : kind === 'training_provider' ? 0.6 : 0.35;
  const place = NAME_PLACES[index % NAME_PLACES.length] ?? 'Central';
  return {
    ukprn: 10_000_000 + 1_000 + index * 37,
    name: `${place} ${rng.pick(NAME_SUFFIX[kind])}`,
    kind,
    offenderSetting: kind === 'offender_learning' ? (index % 18 === 8 ? 'custody' : 'community') : null,
    effect: rng.normal(0, 0.45),
    // Sizes spread over a wide range, as real providers do (a few large colleges, many small).
    learnersPerYear: Math.max(5, Math.round(learnersPerProvider * size * Math.exp(rng.normal(0, 0.45)))),
  };
}

export function makeProviders(rng: Random, count: number, learnersPerProvider: number): Provider[] {
  const providers = Array.from({ length: count }, (_, i) => makeProvider(rng.fork(i), i, learnersPerProvider));
  // Centre the providers' effects on their learners, so the spread between providers is real but
  // the national rate stays near the published one whichever providers the seed happened to draw.
  const learners = providers.reduce((n, p) => n + p.learnersPerYear, 0);
  const mean = providers.reduce((sum, p) => sum + p.effect * p.learnersPerYear, 0) / learners;
  return providers.map((p) => ({ ...p, effect: p.effect - mean }));
}
