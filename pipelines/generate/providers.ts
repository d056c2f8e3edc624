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

/** A provider's type and size given outright, in place of the usual mix (the national benchmark). */
export interface ProviderSize {
  kind: ProviderKind;
  learnersPerYear: number;
}

function makeProvider(rng: Random, index: number, learnersPerProvider: number, given?: ProviderSize): Provider {
  const kind: ProviderKind =
    given?.kind ?? (index % 9 === 8 ? 'offender_learning' : index % 3 === 1 ? 'training_provider' : 'general_fe_college');
  const size = kind === 'general_fe_college' ? 1.6 : kind === 'training_provider' ? 0.6 : 0.35;
  const place = NAME_PLACES[index % NAME_PLACES.length] ?? 'Central';
  const name = `${place} ${rng.pick(NAME_SUFFIX[kind])}`;
  const effect = rng.normal(0, 0.45);
  // Sizes spread over a wide range, as real providers do (a few large colleges, many small).
  const spread = Math.max(5, Math.round(learnersPerProvider * size * Math.exp(rng.normal(0, 0.45))));
  return {
    ukprn: 10_000_000 + 1_000 + index * 37,
    name,
    kind,
    offenderSetting: kind === 'offender_learning' ? ((given ? index % 2 === 0 : index % 18 === 8) ? 'custody' : 'community') : null,
    effect,
    learnersPerYear: given?.learnersPerYear ?? spread,
  };
}

/** `count` providers of the usual mix; or, when `sizes` is given, one provider for each of them. */
export function makeProviders(rng: Random, count: number, learnersPerProvider: number, sizes?: readonly ProviderSize[]): Provider[] {
  const providers = sizes
    ? sizes.map((given, i) => makeProvider(rng.fork(i), i, learnersPerProvider, given))
    : Array.from({ length: count }, (_, i) => makeProvider(rng.fork(i), i, learnersPerProvider));
  // Centre the providers' effects on their learners, so the spread between providers is real but
  // the national rate stays near the published one whichever providers the seed happened to draw.
  const learners = providers.reduce((n, p) => n + p.learnersPerYear, 0);
  const mean = providers.reduce((sum, p) => sum + p.effect * p.learnersPerYear, 0) / learners;
  return providers.map((p) => ({ ...p, effect: p.effect - mean }));
}

/** The learning aims in England's national year that the national shape is drawn for. */
export const NATIONAL_AIMS = 5_000_000;
/** No provider in the national shape returns fewer aims than this, however small N is: a handful, two learners' worth. */
export const MIN_PROVIDER_AIMS = 8;

export type NationalBand = 'large_college' | 'college' | 'training_provider';

/**
 * England's providers returning an ILR in a year, by size (issue 19): a few dozen large colleges
 * of 20,000–40,000 aims, some 200 colleges of 2,000–20,000, and over a thousand training providers
 * and employers of 20–2,000. Within a band, sizes run from the bottom to the top of its range on a
 * log scale; `skew` below 1 leans them towards the top, so the bands add up to about 5 million.
 */
export const NATIONAL_BANDS: readonly { band: NationalBand; count: number; minAims: number; maxAims: number; skew: number }[] = [
  { band: 'large_college', count: 50, minAims: 20_000, maxAims: 40_000, skew: 1 },
  { band: 'college', count: 210, minAims: 2_000, maxAims: 20_000, skew: 0.3 },
  { band: 'training_provider', count: 1_240, minAims: 20, maxAims: 2_000, skew: 0.5 },
];

export interface NationalProvider {
  band: NationalBand;
  kind: ProviderKind;
  aims: number;
}

/**
 * The national shape for about `totalAims` aims: always the same ~1,500 providers, each band's sizes
 * scaled by totalAims / 5 million, so the shape holds at any N. Each has at least a handful of aims;
 * at small N the aims that floor adds are taken back from the providers above it, in proportion.
 * One college in 21 is an offender-learning service (teaching in prisons or on probation).
 */
export function nationalSizes(totalAims: number): NationalProvider[] {
  const scale = totalAims / NATIONAL_AIMS;
  const drawn = NATIONAL_BANDS.flatMap(({ band, count, minAims, maxAims, skew }) =>
    Array.from({ length: count }, (_, i) => {
      const at = ((i + 0.5) / count) ** skew;
      const kind: ProviderKind = band === 'training_provider' ? 'training_provider' : band === 'college' && i % 21 === 20 ? 'offender_learning' : 'general_fe_college';
      return { band, kind, aims: scale * minAims * (maxAims / minAims) ** at };
    }),
  );
  // Shrink the providers above the floor until the total, floor included, is back to totalAims.
  let shrink = 1;
  for (let pass = 0; pass < 20; pass++) {
    const floored = drawn.filter((p) => p.aims * shrink < MIN_PROVIDER_AIMS);
    const above = drawn.reduce((n, p) => n + (p.aims * shrink >= MIN_PROVIDER_AIMS ? p.aims : 0), 0);
    const room = totalAims - floored.length * MIN_PROVIDER_AIMS;
    const next = Math.min(1, room > 0 && above > 0 ? room / above : shrink);
    if (Math.abs(next - shrink) < 1e-9) break;
    shrink = next;
  }
  return drawn.map((p) => ({ ...p, aims: Math.max(MIN_PROVIDER_AIMS, Math.round(p.aims * shrink)) }));
}
