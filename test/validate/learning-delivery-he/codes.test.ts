// The code-list and combination rules on an aim's HE record — ELQ_02, FUNDCOMP_01, FUNDLEV_01,
// MODESTUD_01/_03, SPECFEE_01/_02, TYPEYR_01/_02, SEC_01, QUALENT3_02/_03 — decided as the agency's
// Rules/HE rules and their tests decide (DC-ILR-2021-ValidationService), with the codes of its
// lookups. One OfS funded aim started 2025-09-01 in 2025/26 with a valid HE record unless said.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { he, heLearner, heRules, ofsAim } from './he.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (fields: Parameters<typeof he>[0], a: Partial<FixtureAim> = {}): Promise<string[]> =>
  heRules(w, heLearner([ofsAim({ extraXml: he(fields), ...a })]));

describe('the code lists', () => {
  it('ELQ_02: 1, 2, 3, 9', async () => {
    expect(await found({ ELQ: 4 })).toEqual(['ELQ_02']);
    expect(await found({ ELQ: 9 })).toEqual([]);
  });
  it('FUNDCOMP_01: 1, 2, 3, 9 (and left out, nothing)', async () => {
    expect(await found({ FUNDCOMP: 4 })).toEqual(['FUNDCOMP_01']);
    expect(await found({ FUNDCOMP: 9 })).toEqual([]);
    expect(await found({ FUNDCOMP: undefined })).toEqual([]);
  });
  it('FUNDLEV_01: 10, 11, 20, 21, 30, 31, 99', async () => {
    expect(await found({ FUNDLEV: 12 })).toEqual(['FUNDLEV_01']);
    expect(await found({ FUNDLEV: 99 })).toEqual([]);
  });
  it('MODESTUD_01: 1, 2, 3, 99', async () => {
    expect(await found({ MODESTUD: 4 })).toEqual(['MODESTUD_01']);
    expect(await found({ MODESTUD: 99 })).toEqual([]);
  });
  it('SPECFEE_01: 0–5, 9', async () => {
    expect(await found({ SPECFEE: 6 })).toEqual(['SPECFEE_01']);
    expect(await found({ SPECFEE: 9 })).toEqual([]);
  });
  it('TYPEYR_01: 1–5', async () => {
    expect(await found({ TYPEYR: 6 })).toEqual(['TYPEYR_01']);
    expect(await found({ TYPEYR: 5 })).toEqual([]);
  });
  it('SEC_01: 1–9', async () => {
    expect(await found({ SEC: 0 })).toEqual(['SEC_01']);
    expect(await found({ SEC: 9 })).toEqual([]);
  });
  it('QUALENT3_02: the lookup’s codes; an unknown code is not current either (QUALENT3_03)', async () => {
    expect(await found({ QUALENT3: 'ZZZ' })).toEqual(['QUALENT3_02', 'QUALENT3_03']);
    expect(await found({ QUALENT3: 'HUK' })).toEqual([]);
  });
});

describe('QUALENT3_03: a code current on the start date, restarts left out', () => {
  it('C44 is valid to 2023-07-31; P91 to 2014-07-31', async () => {
    expect(await found({ QUALENT3: 'C44' }, { learnStartDate: '2023-07-31' })).toEqual([]);
    expect(await found({ QUALENT3: 'C44' }, { learnStartDate: '2023-08-01' })).toEqual(['QUALENT3_03']);
    expect(await found({ QUALENT3: 'P91' }, { learnStartDate: '2014-08-01' })).toEqual(['QUALENT3_03']);
  });
  it('a restart (RES) is not checked', async () => {
    expect(await found({ QUALENT3: 'C44' }, { learnStartDate: '2023-08-01', fams: [{ type: 'SOF', code: '1' }, { type: 'RES', code: '1' }] })).toEqual([]);
  });
});

describe('MODESTUD_03 and SPECFEE_02: the mode of study and the special fee agree, from 1 August 2009', () => {
  it('MODESTUD_03: special fee 4 or 5 (final year under 24 weeks) is part-time (3)', async () => {
    // MODESTUD 99 rather than 1: a full-time learner needs their term time accommodation (TTACCOM_04).
    expect(await found({ SPECFEE: 5, MODESTUD: 99 })).toEqual(['MODESTUD_03']);
    expect(await found({ SPECFEE: 4, MODESTUD: 99 }, { learnStartDate: '2009-08-01' })).toEqual(['MODESTUD_03']);
    expect(await found({ SPECFEE: 4, MODESTUD: 99 }, { learnStartDate: '2009-07-31' })).toEqual([]);
    expect(await found({ SPECFEE: 5, MODESTUD: 3 })).toEqual([]);
  });
  it('SPECFEE_02: a sandwich year out (mode 2) is a sandwich placement (special fee 1)', async () => {
    expect(await found({ MODESTUD: 2, SPECFEE: 0 })).toEqual(['SPECFEE_02']);
    expect(await found({ MODESTUD: 2, SPECFEE: 0 }, { learnStartDate: '2009-07-31' })).toEqual([]);
    expect(await found({ MODESTUD: 2, SPECFEE: 1 })).toEqual([]);
  });
});

describe('TYPEYR_02: a completed year of instance within one teaching year is type 1', () => {
  const ended = (learnActEndDate: string): Partial<FixtureAim> => ({ compStatus: 2, learnActEndDate, outcome: 1, learnPlanEndDate: '2026-06-30' });
  it('started 2025-09-01 and ended 2026-07-31 (same year) with FUNDCOMP 1 and TYPEYR 2 fires; ended 2026-08-01 does not', async () => {
    expect(await found({ FUNDCOMP: 1, TYPEYR: 2 }, ended('2026-07-31'))).toEqual(['TYPEYR_02']);
    expect(await found({ FUNDCOMP: 1, TYPEYR: 2 }, ended('2026-08-01'))).toEqual([]);
    expect(await found({ FUNDCOMP: 1, TYPEYR: 1 }, ended('2026-07-31'))).toEqual([]);
    expect(await found({ FUNDCOMP: 2, TYPEYR: 2 }, ended('2026-07-31'))).toEqual([]);
  });
  it('not without an actual end date', async () => {
    expect(await found({ FUNDCOMP: 1, TYPEYR: 2 })).toEqual([]);
  });
});
