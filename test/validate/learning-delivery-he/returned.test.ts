// The rules that ask for an HE field to be returned — STULOAD_04, PCOLAB_01, PERMADDCOUNTRY_01,
// QUALENT3_01, ELQ_01, UCASSCHEMECODE_01/_02, SEC_02, SOC_02 — decided as the agency's Rules/HE
// rules and their tests decide (DC-ILR-2021-ValidationService: STULOAD_04, PCOLAB_01, Domicile_01,
// QUALENT3_01, ELQ_01, UCASAPPID_01, SEC_02, SOC2000_02) and as the 2025/26 catalogue renames them.
// One OfS funded aim started 2025-09-01 in 2025/26 with a valid HE record unless the case says otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import type { Fixture } from '../findings.ts';
import { he, heLearner, heRules, learnerHe, ofsAim } from './he.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (fields: Parameters<typeof he>[0], a: Partial<FixtureAim> = {}, learnerXml?: string): Promise<string[]> =>
  heRules(w, heLearner([ofsAim({ extraXml: he(fields), ...a })], learnerXml));

describe('fields asked for from a start date', () => {
  it('STULOAD_04: from 2013-08-01', async () => {
    expect(await found({ STULOAD: undefined })).toEqual(['STULOAD_04']);
    expect(await found({ STULOAD: undefined }, { learnStartDate: '2013-08-01' })).toEqual(['STULOAD_04']);
    expect(await found({ STULOAD: undefined }, { learnStartDate: '2013-07-31' })).toEqual([]);
  });
  it('PERMADDCOUNTRY_01: from 2013-08-01; DOMICILE answers it before 2025/26', async () => {
    expect(await found({ PERMADDCOUNTRY: undefined }, { learnStartDate: '2013-08-01' })).toEqual(['PERMADDCOUNTRY_01']);
    expect(await found({ PERMADDCOUNTRY: undefined }, { learnStartDate: '2013-07-31' })).toEqual([]);
    const older: Fixture = heLearner([ofsAim({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', extraXml: he({ PERMADDCOUNTRY: undefined, DOMICILE: 'XF' }) })], undefined, 2024);
    expect(await heRules(w, older)).toEqual([]);
  });
  it('QUALENT3_01: from 2010-08-01', async () => {
    expect(await found({ QUALENT3: undefined }, { learnStartDate: '2010-08-01' })).toEqual(['QUALENT3_01']);
    expect(await found({ QUALENT3: undefined }, { learnStartDate: '2010-07-31' })).toEqual([]);
  });
});

describe('PCOLAB_01: the percentage not taught here, when there is a partner', () => {
  const partner: [string, string] = ['<DelLocPostCode>', '<PartnerUKPRN>10000001</PartnerUKPRN><DelLocPostCode>'];
  it('fires with a PartnerUKPRN and no PCOLAB; not with PCOLAB, nor without a partner', async () => {
    expect(await heRules(w, { ...heLearner([ofsAim({ extraXml: he() })]), edit: partner })).toEqual(['PCOLAB_01']);
    expect(await heRules(w, { ...heLearner([ofsAim({ extraXml: he({ PCOLAB: 20 }) })]), edit: partner })).toEqual([]);
    expect(await found({})).toEqual([]);
  });
});

describe('ELQ_01: the ELQ on an OfS funded aim', () => {
  it('fires on FM99 with SOF 1 and no ELQ; not on an adult skills aim', async () => {
    expect(await found({ ELQ: undefined })).toEqual(['ELQ_01']);
    expect(await found({ ELQ: undefined }, { fundModel: 35 })).toEqual([]);
  });
});

describe('UCASSCHEMECODE_01 and _02: the UCAS scheme code', () => {
  it('_01: the learner has a UCAS personal ID and the aim no scheme code', async () => {
    const ucas = learnerHe({ UCASPERID: '1234567890' });
    expect(await found({}, {}, ucas)).toEqual(['UCASSCHEMECODE_01']);
    expect(await found({ UCASSCHEMECODE: 'AB12', SEC: 1, SOC: 1111 }, {}, ucas)).toEqual([]);
    expect(await found({}, { learnStartDate: '2013-07-31' }, ucas)).toEqual([]);
    expect(await found({}, {}, learnerHe({}))).toEqual([]);
  });
  it('_02: from 2025-08-01 two letters and two digits; the nine-digit form is not', async () => {
    expect(await found({ UCASSCHEMECODE: '123456789' }, { learnStartDate: '2025-08-01' })).toEqual(['SEC_02', 'SOC_02', 'UCASSCHEMECODE_02']);
    expect(await found({ UCASSCHEMECODE: '123456789', SEC: 1, SOC: 1111 }, { learnStartDate: '2025-07-31' })).toEqual([]);
    expect(await found({ UCASSCHEMECODE: 'ab12', SEC: 1, SOC: 1111 }, { learnStartDate: '2025-08-01' })).toEqual([]);
  });
});

describe('SEC_02 and SOC_02: a UCAS applicant from the British Isles has them', () => {
  it('fire with a scheme code from Scotland (XH) and neither; not from outside the British Isles', async () => {
    expect(await found({ UCASSCHEMECODE: 'AB12', PERMADDCOUNTRY: 'XH' })).toEqual(['SEC_02', 'SOC_02']);
    expect(await found({ UCASSCHEMECODE: 'AB12', PERMADDCOUNTRY: 'XH', SEC: 2 })).toEqual(['SOC_02']);
    expect(await found({ UCASSCHEMECODE: 'AB12', PERMADDCOUNTRY: 'FR' })).toEqual([]);
    expect(await found({ UCASSCHEMECODE: 'AB12', PERMADDCOUNTRY: 'XH' }, { learnStartDate: '2013-07-31' })).toEqual([]);
    expect(await found({ PERMADDCOUNTRY: 'XH' })).toEqual([]);
  });
});
