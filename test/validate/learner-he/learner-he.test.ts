// LearnerHE_02 and TTACCOM_01/_02/_04: the learner's HE record, decided as the agency's
// Rules/HE/LearnerHE_02 and Rules/HE/TTACCOM and their tests decide (DC-ILR-2021-ValidationService),
// with the codes of its ILR_TTAccom lookup. One learner in 2025/26 prepared 2026-03-01 with an OfS
// funded aim started 2025-09-01 and a valid (part-time) HE record unless the case says otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings } from '../findings.ts';
import { he, heLearner, heRules, learnerHe, ofsAim } from '../learning-delivery-he/he.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

describe('LearnerHE_02: a learner with HE data has an aim with HE data', () => {
  it('fires when no aim has a Learning Delivery HE record; not when one has', async () => {
    const noHe = ofsAim({ fundModel: 35, fams: [], extraXml: '' });
    expect(await heRules(w, heLearner([noHe], learnerHe({ TTACCOM: 2 })))).toEqual(['LearnerHE_02']);
    expect(await heRules(w, heLearner([noHe, ofsAim({ aimSeqNumber: 2 })], learnerHe({ TTACCOM: 2 })))).toEqual([]);
    expect(await heRules(w, heLearner([noHe]))).toEqual([]);
  });
});

describe('TTACCOM_01 and _02: a valid code, current on the earliest start (DD06)', () => {
  it('TTACCOM_01: 0 is not a code; 9 is', async () => {
    expect(await heRules(w, heLearner([ofsAim()], learnerHe({ TTACCOM: 0 })))).toEqual(['TTACCOM_01']);
    expect(await heRules(w, heLearner([ofsAim()], learnerHe({ TTACCOM: 9 })))).toEqual([]);
  });
  it('TTACCOM_02: 3 (own home) is valid to 2008-07-31, judged on the learner’s earliest aim start', async () => {
    const early = (start: string) => ofsAim({ aimSeqNumber: 2, fundModel: 35, fams: [], extraXml: '', learnStartDate: start, learnPlanEndDate: '2026-06-30' });
    expect(await heRules(w, heLearner([ofsAim()], learnerHe({ TTACCOM: 3 })))).toEqual(['TTACCOM_02']);
    expect(await heRules(w, heLearner([ofsAim(), early('2008-07-31')], learnerHe({ TTACCOM: 3 })))).toEqual([]);
    expect(await heRules(w, heLearner([ofsAim(), early('2008-08-01')], learnerHe({ TTACCOM: 3 })))).toEqual(['TTACCOM_02']);
  });
});

describe('TTACCOM_04: a full-time learner (MODESTUD 1) has a term time accommodation, from 1 August 2013', () => {
  const fullTime = (start = '2025-09-01') => ofsAim({ learnStartDate: start, extraXml: he({ MODESTUD: 1 }) });
  it('fires with no LearnerHE record or no TTACCOM in it, once for the learner (the agency: once for each full-time aim)', async () => {
    expect(await heRules(w, heLearner([fullTime()]))).toEqual(['TTACCOM_04']);
    expect(await findings(w, heLearner([fullTime(), fullTime('2025-10-01')], learnerHe({ UCASPERID: '1234567890' })))).toContainEqual({ rule: 'TTACCOM_04', severity: 'error', aim: null });
    expect(await heRules(w, heLearner([fullTime(), { ...fullTime('2025-10-01'), aimSeqNumber: 2 }], learnerHe({})))).toEqual(['TTACCOM_04']);
    expect(await heRules(w, heLearner([fullTime()], learnerHe({ TTACCOM: 1 })))).toEqual([]);
  });
  it('from the earliest start 2013-08-01; not when the learner’s first aim started 2013-07-31; not part-time', async () => {
    expect(await heRules(w, heLearner([fullTime('2013-08-01')]))).toEqual(['TTACCOM_04']);
    expect(await heRules(w, heLearner([fullTime('2013-07-31')]))).toEqual([]);
    expect(await heRules(w, heLearner([ofsAim()]))).toEqual([]);
  });
});
