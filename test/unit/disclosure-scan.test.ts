import { describe, expect, it } from 'vitest';
import { recoverableCounts } from '../support/disclosure.ts';

// The whole-site scan's check for shares that give a withheld count back (measures.md,
// "Disclosure control": 0.4% of 469 leavers would reveal 2).
describe('recoverableCounts', () => {
  const counts = new Set(['leavers', 'learners', 'learners_with_destination', 'achievers']);

  it('finds a fraction of a count that comes to 1–4', () => {
    const found = recoverableCounts('f', { share_of_learners: 2 / 469, learners_with_destination: 469 }, counts);
    expect(found.map((f) => f.what)).toEqual([`share_of_learners ${2 / 469} × learners_with_destination 469 gives back 2`]);
    // A share the scan has no name for is paired with every count in its row.
    expect(recoverableCounts('f', { new_share: 3 / 50, learners: 50 }, counts)).toHaveLength(1);
    expect(recoverableCounts('f', { achievement_rate: 3 / 40, leavers: 40 }, counts)).toHaveLength(1);
  });

  it('lets a share of 0, of 5 or more, or of a base below 5 pass, and a change between rates', () => {
    expect(recoverableCounts('f', { share_of_learners: 0, learners_with_destination: 469 }, counts)).toEqual([]);
    expect(recoverableCounts('f', { share_of_learners: 5 / 469, learners_with_destination: 469 }, counts)).toEqual([]);
    // An achievement rate is a share of leavers, not of achievers: 0.25 × 8 achievers is no leak.
    expect(recoverableCounts('f', { achievement_rate: 8 / 32, leavers: 32, achievers: 8 }, counts)).toEqual([]);
    expect(recoverableCounts('f', { achievement_rate: 0.5, leavers: 4 }, counts)).toEqual([]);
    expect(recoverableCounts('f', { change_from_previous_year: 0.05, leavers: 20 }, counts)).toEqual([]);
  });

  it('reads "x% of N" in a sentence, where the rounding still pins the count', () => {
    expect(recoverableCounts('f', { figure: '0.4% of 469 learners' }, counts).map((f) => f.what)).toEqual(['"0.4% of 469" in figure gives back 2']);
    expect(recoverableCounts('f', { figure: '0.75% of 134 records read' }, counts)).toHaveLength(1);
    expect(recoverableCounts('f', { headline: '42.9% of the 10 aims' }, counts)).toHaveLength(1);
    // 1.2% of 1,000 is 12; 0.4% of 5,000 is somewhere from 17.5 to 22.5: neither gives back 1–4.
    expect(recoverableCounts('f', { figure: '1.2% of 1,000' }, counts)).toEqual([]);
    expect(recoverableCounts('f', { figure: '0.4% of 5,000' }, counts)).toEqual([]);
  });
});
