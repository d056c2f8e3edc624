// LLDDHealthProb, LLDDCat and PrimaryLLDD: the learner's learning difficulty, disability or health
// problem and its records, decided as the agency decides (DC-ILR-2021-ValidationService
// Rules/Learner/LLDDHealthProb, LLDDCat, PrimaryLLDD and their tests). One learner (born 1990-01-01)
// in a 2020/21 return, an adult skills aim started 2020-09-01, unless the case says otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim, FixtureLearner } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
const learner = (l: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2020, preparedOn: '2021-03-01', learner: { ...l, aims: aims.length ? aims : [aim()] } });
const lldd = (cat: number, primary?: number): string =>
  `<LLDDandHealthProblem><LLDDCat>${cat}</LLDDCat>${primary === undefined ? '' : `<PrimaryLLDD>${primary}</PrimaryLLDD>`}</LLDDandHealthProblem>`;
const FIELDS = /^(LLDDHealthProb|LLDDCat|PrimaryLLDD)_/;
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => FIELDS.test(r));

describe('LLDDHealthProb_01, _04, _06, _07', () => {
  it('LLDDHealthProb_01: 1, 2 and 9 are the codes', async () => {
    expect(await found(learner({ llddHealthProb: 3 }))).toEqual(['LLDDHealthProb_01']);
    expect(await found(learner({ llddHealthProb: 9 }))).toEqual([]);
  });
  it('LLDDHealthProb_04: records returned for a learner without a difficulty (2)', async () => {
    expect(await found(learner({ llddHealthProb: 2, extraXml: lldd(4, 1) }))).toEqual(['LLDDHealthProb_04']);
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4, 1) }))).toEqual([]);
  });
  it('LLDDHealthProb_06: none returned for a learner with one (1), unless 25 or over at the first start or on community learning', async () => {
    // Born 1996-09-01: 24 on 2020-09-01 (the first start); born 1995-09-01: 25 that day.
    expect(await found(learner({ llddHealthProb: 1, dateOfBirth: '1996-09-01' }))).toEqual(['LLDDHealthProb_06']);
    expect(await found(learner({ llddHealthProb: 1, dateOfBirth: '1995-09-01' }))).toEqual([]);
    expect(await found(learner({ llddHealthProb: 1, dateOfBirth: '1996-09-01' }, aim(), aim({ aimSeqNumber: 2, fundModel: 10 })))).toEqual([]);
  });
  it('LLDDHealthProb_07: community learning only, over 10 planned hours, under 25', async () => {
    const young = { llddHealthProb: 1, dateOfBirth: '2000-01-01' };
    expect(await found(learner({ ...young, planLearnHours: 11 }, aim({ fundModel: 10 })))).toEqual(['LLDDHealthProb_07']);
    expect(await found(learner({ ...young, planLearnHours: 10 }, aim({ fundModel: 10 })))).toEqual([]);
    // An FM99 aim with other monitoring than SOF 108 is not community learning.
    expect(await found(learner({ ...young, planLearnHours: 11 }, aim({ fundModel: 10 }), aim({ aimSeqNumber: 2, fundModel: 99, fams: [{ type: 'SOF', code: '1' }] })))).toEqual([]);
  });
});

describe('LLDDCat_01 and _02', () => {
  it('LLDDCat_01: 4–17 and 93–99 are the categories now', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(18, 1) }))).toEqual(['LLDDCat_01']);
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(17, 1) }))).toEqual([]);
  });
  it('LLDDCat_02: categories 1–3 ended 31 July 2015, 15 on 31 July 2025 (by the earliest start)', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(3, 1) }))).toEqual(['LLDDCat_02']);
    // A learner who first started 2015-07-31 keeps category 3.
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(3, 1) }, aim(), aim({ aimSeqNumber: 2, learnStartDate: '2015-07-31' })))).toEqual([]);
    const in2025 = (start: string): Fixture => ({ year: 2025, preparedOn: '2026-03-01', learner: { llddHealthProb: 1, extraXml: lldd(15, 1), aims: [aim({ fundModel: 36, learnStartDate: start, learnPlanEndDate: '2026-06-30' })] } });
    expect(await found(in2025('2025-08-01'))).toEqual(['LLDDCat_02']);
    expect(await found(in2025('2025-07-31'))).toEqual([]);
  });
});

describe('PrimaryLLDD_01 to _04', () => {
  it('PrimaryLLDD_01: none of the records primary, unless every one is 98 or 99', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4) + lldd(5) }))).toEqual(['PrimaryLLDD_01']);
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(98) + lldd(99) }))).toEqual([]);
  });
  it('PrimaryLLDD_02: only 1 is a code', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4, 1) + lldd(5, 2) }))).toEqual(['PrimaryLLDD_02']);
  });
  it('PrimaryLLDD_03: two primary records', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4, 1) + lldd(5, 1) }))).toEqual(['PrimaryLLDD_03']);
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4, 1) + lldd(5) }))).toEqual([]);
  });
  it('PrimaryLLDD_04: the only record not marked primary (and _01, which also fires)', async () => {
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(4) }))).toEqual(['PrimaryLLDD_01', 'PrimaryLLDD_04']);
    expect(await found(learner({ llddHealthProb: 1, extraXml: lldd(99) }))).toEqual([]);
  });
});
