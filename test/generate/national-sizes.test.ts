import { describe, expect, it } from 'vitest';
import { nationalSizes } from '../../pipelines/generate/providers.ts';

// The national benchmark's shape (issue 19): England has about 1,500 providers returning an ILR in
// a year — a few large colleges of 20,000–40,000 aims, some 200 colleges of 2,000–20,000, and more
// than a thousand training providers and employers with 20–2,000 each — about 5 million aims in all.
// At N aims every size is scaled by N / 5,000,000, so the shape is the same at any N.

/** How many providers fall in [min, max] aims. */
const within = (aims: number[], min: number, max: number) => aims.filter((a) => a >= min && a <= max).length;
const sum = (aims: number[]) => aims.reduce((n, a) => n + a, 0);

describe('nationalSizes: England\'s providers by size', () => {
  it('at 5 million aims: about 1,500 providers in the three bands, adding up to about 5 million', () => {
    const providers = nationalSizes(5_000_000);
    const aims = providers.map((p) => p.aims);
    expect(providers.length).toBeGreaterThanOrEqual(1_400);
    expect(providers.length).toBeLessThanOrEqual(1_600);
    const large = within(aims, 20_000, 40_000);
    const colleges = within(aims, 2_000, 19_999);
    const small = within(aims, 20, 1_999);
    // A few (dozen) large colleges, some 200 colleges, more than a thousand small providers …
    expect(large).toBeGreaterThanOrEqual(3);
    expect(large).toBeLessThanOrEqual(60);
    expect(colleges).toBeGreaterThanOrEqual(170);
    expect(colleges).toBeLessThanOrEqual(240);
    expect(small).toBeGreaterThan(1_000);
    // … and nobody outside them.
    expect(large + colleges + small).toBe(providers.length);
    expect(Math.abs(sum(aims) / 5_000_000 - 1)).toBeLessThan(0.03);
    // The small ones are training providers and employers; the rest colleges (some offender learning).
    for (const p of providers) expect(p.kind === 'training_provider').toBe(p.aims < 2_000);
    expect(providers.some((p) => p.kind === 'offender_learning')).toBe(true);
  });

  it('at 100,000 aims: the same providers, every size scaled by 100,000 / 5 million = 0.02', () => {
    const national = nationalSizes(5_000_000);
    const small = nationalSizes(100_000);
    expect(small.length).toBe(national.length);
    const aims = small.map((p) => p.aims);
    const band = (b: string) => small.filter((p) => p.band === b).map((p) => p.aims);
    expect(band('large_college')).toHaveLength(national.filter((p) => p.aims >= 20_000).length);
    // The bands scaled: 400–800, 40–400, and 0.4–40 — raised to a handful (at least 5) at the bottom,
    // the aims that adds taken back from the rest (a few %: 400 may become 390).
    const inRange = (xs: number[], min: number, max: number) => xs.every((a) => a >= min && a <= max);
    expect(inRange(band('large_college'), 0.97 * 400, 800)).toBe(true);
    expect(inRange(band('college'), 0.97 * 40, 400)).toBe(true);
    expect(inRange(band('training_provider'), 5, 40)).toBe(true);
    expect(Math.min(...aims)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...aims)).toBeLessThanOrEqual(800);
    expect(Math.abs(sum(aims) / 100_000 - 1)).toBeLessThan(0.03);
    // Provider by provider, above the floor, within a few % of 0.02 × its national size (the floor's
    // extra aims are taken back from the rest, and sizes are whole numbers).
    small.forEach((p, i) => {
      const scaled = 0.02 * (national[i]?.aims ?? 0);
      if (scaled >= 50) expect(Math.abs(p.aims / scaled - 1)).toBeLessThan(0.03);
      expect(p.kind).toBe(national[i]?.kind);
    });
  });

  it('at 20,000 aims still about 1,500 providers, each with at least a handful of aims', () => {
    const providers = nationalSizes(20_000);
    expect(providers.length).toBe(nationalSizes(5_000_000).length);
    expect(Math.min(...providers.map((p) => p.aims))).toBeGreaterThanOrEqual(5);
    expect(Math.abs(sum(providers.map((p) => p.aims)) / 20_000 - 1)).toBeLessThan(0.05);
  });
});
