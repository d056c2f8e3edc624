// FINTYPE_01 and _02: the learner's HE financial support records, decided as the agency's
// Rules/HE/FinancialSupport/FINTYPE and their tests decide (DC-ILR-2021-ValidationService), with
// the codes of its ILR_FINTYPE lookup (1 cash, 2 near cash, 3 accommodation discounts, 4 other).
// One learner in 2025/26 with an OfS funded aim and a valid HE record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { heLearner, heRules, learnerHe, ofsAim } from '../learning-delivery-he/he.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (...support: [number, number][]): Promise<string[]> => heRules(w, heLearner([ofsAim()], learnerHe({ TTACCOM: 2 }, support)));

describe('FINTYPE_01: a valid type', () => {
  it('5 is not a type; 1–4 are', async () => {
    expect(await found([5, 100])).toEqual(['FINTYPE_01']);
    expect(await found([1, 100], [2, 100], [3, 100], [4, 100])).toEqual([]);
  });
});

describe('FINTYPE_02: one record of each type', () => {
  it('two cash records fire; cash and near cash do not', async () => {
    expect(await found([1, 100], [1, 200])).toEqual(['FINTYPE_02']);
    expect(await found([1, 100], [2, 200])).toEqual([]);
  });
});
