// The learner's funding and monitoring records (LearnerFAM), LearnFAMType_09–_17, decided as the
// agency's service decides them (DC-ILR-2021-ValidationService Rules/Learner/LearnFAMType and its
// tests; the 2025/26 catalogue for what changed). Each case is one learner with one continuing
// 16–19 aim in a 2025/26 return prepared 2026-03-01, unless it says otherwise; only the LearnFAMType
// rules are compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** The LearnFAMType rules found on a learner with these LearnerFAMs (`TYPE:CODE`). */
async function famRules(list: string[], year = 2025): Promise<string[]> {
  const extraXml = list
    .map((s) => s.split(':'))
    .map(([type, code]) => `<LearnerFAM><LearnFAMType>${type}</LearnFAMType><LearnFAMCode>${code}</LearnFAMCode></LearnerFAM>`)
    .join('');
  const aim = { learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, fundModel: 25 };
  const found = await rulesFound(w, { year, preparedOn: `${year + 1}-03-01`, learner: { dateOfBirth: '2008-01-01', extraXml, aims: [aim] } });
  return found.filter((id) => id.startsWith('LearnFAMType_'));
}

describe('how many records of a type', () => {
  it('LearnFAMType_09: one each of HNS, EHC, DLA, SEN, MCF, ECF, FME (and MMH, EMH from 2025/26)', async () => {
    expect(await famRules(['EHC:1', 'EHC:1'])).toEqual(['LearnFAMType_09']);
    expect(await famRules(['EHC:1', 'HNS:1', 'FME:1'])).toEqual([]);
    expect(await famRules(['MMH:1', 'MMH:1'])).toEqual(['LearnFAMType_09']);
    expect(await famRules(['MMH:1', 'MMH:1'], 2023)).toEqual([]);
  });

  it('LearnFAMType_10: four LSR records at most', async () => {
    expect(await famRules(['LSR:55', 'LSR:56', 'LSR:57', 'LSR:58'])).toEqual([]);
    expect(await famRules(['LSR:55', 'LSR:56', 'LSR:57', 'LSR:58', 'LSR:59'])).toEqual(['LearnFAMType_10']);
  });

  it('LearnFAMType_11: two NLM and two EDF records at most, counted apart', async () => {
    expect(await famRules(['NLM:17', 'NLM:18', 'EDF:1', 'EDF:2'])).toEqual([]);
    expect(await famRules(['NLM:17', 'NLM:18', 'NLM:21'])).toEqual(['LearnFAMType_11']);
  });
});

describe('plans and exemptions', () => {
  it('LearnFAMType_14: not both SEN 1 and EHC 1', async () => {
    expect(await famRules(['SEN:1', 'EHC:1'])).toEqual(['LearnFAMType_14']);
    expect(await famRules(['SEN:1'])).toEqual([]);
  });

  it('LearnFAMType_15: a maths GCSE exemption (MCF 1) needs an EHC plan (2020/21: SEN or EHC)', async () => {
    expect(await famRules(['MCF:1'])).toEqual(['LearnFAMType_15']);
    expect(await famRules(['MCF:1', 'EHC:1'])).toEqual([]);
    expect(await famRules(['MCF:1', 'SEN:1'])).toEqual(['LearnFAMType_15']);
    expect(await famRules(['MCF:1', 'SEN:1'], 2023)).toEqual([]);
    expect(await famRules(['MCF:2'])).toEqual([]);
  });

  it('LearnFAMType_16: an English GCSE exemption (ECF 1) needs an SEN or EHC record', async () => {
    expect(await famRules(['ECF:1'])).toEqual(['LearnFAMType_16']);
    expect(await famRules(['ECF:1', 'SEN:1'])).toEqual([]);
  });

  it('LearnFAMType_17: not both NLM 21 and NLM 22', async () => {
    expect(await famRules(['NLM:21', 'NLM:22'])).toEqual(['LearnFAMType_17']);
    expect(await famRules(['NLM:21'])).toEqual([]);
  });
});
