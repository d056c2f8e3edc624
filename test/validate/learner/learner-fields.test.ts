// The Learner's own fields: code lists (Ethnicity_01, Sex_01, Accom_01, ProvSpecLearnMonOccur_01),
// the learning support cost (ALSCost_02), prior attainment (PriorAttain_*), the GCSE grades
// (MathGrade_*, EngGrade_*) and the planned hours (PlanLearnHours_*), decided as the agency's
// DC-ILR-2021-ValidationService Rules/Learner decides them and its tests' edges. One learner in a
// 2021/22 return (PriorAttain is an entity from 2021/22) prepared 2022-03-01, unless it says otherwise.
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

const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1, ...a });
const learner = (l: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2021, preparedOn: '2022-03-01', learner: { ...l, aims: aims.length ? aims : [aim()] } });
/** The rules of one field found on the fixture (other fields' rules may fire too). */
const of = (field: string) => async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith(`${field}_`));
const fam = (type: string, code: number): string => `<LearnerFAM><LearnFAMType>${type}</LearnFAMType><LearnFAMCode>${code}</LearnFAMCode></LearnerFAM>`;
const prior = (level: number, date: string): string => `<PriorAttain><PriorLevel>${level}</PriorLevel><DateLevelApp>${date}</DateLevelApp></PriorAttain>`;

describe('code lists: Ethnicity_01, Sex_01, Accom_01, ProvSpecLearnMonOccur_01', () => {
  it('Ethnicity_01: 31–47, 98, 99', async () => {
    expect(await of('Ethnicity')(learner({ ethnicity: 30 }))).toEqual(['Ethnicity_01']);
    expect(await of('Ethnicity')(learner({ ethnicity: 47 }))).toEqual([]);
    expect(await of('Ethnicity')(learner({ ethnicity: 48 }))).toEqual(['Ethnicity_01']);
  });
  it('Sex_01: F or M, upper case', async () => {
    expect(await of('Sex')(learner({ sex: 'X' }))).toEqual(['Sex_01']);
    expect(await of('Sex')(learner({ sex: 'f' }))).toEqual(['Sex_01']);
    expect(await of('Sex')(learner({ sex: 'M' }))).toEqual([]);
  });
  it('Accom_01: 5 only, when returned', async () => {
    expect(await of('Accom')(learner({ accom: 4 }))).toEqual(['Accom_01']);
    expect(await of('Accom')(learner({ accom: 5 }))).toEqual([]);
    expect(await of('Accom')(learner({}))).toEqual([]);
  });
  it('ProvSpecLearnMonOccur_01: A or B', async () => {
    const mon = (occur: string): string => `<ProviderSpecLearnerMonitoring><ProvSpecLearnMonOccur>${occur}</ProvSpecLearnMonOccur><ProvSpecLearnMon>X1</ProvSpecLearnMon></ProviderSpecLearnerMonitoring>`;
    expect(await of('ProvSpecLearnMonOccur')(learner({ extraXml: mon('C') }))).toEqual(['ProvSpecLearnMonOccur_01']);
    expect(await of('ProvSpecLearnMonOccur')(learner({ extraXml: mon('A') + mon('B') }))).toEqual([]);
  });
});

describe('ALSCost_02: a learning support cost only for a high needs student', () => {
  it('fires without HNS, not with it', async () => {
    expect(await of('ALSCost')(learner({ alsCost: 500 }))).toEqual(['ALSCost_02']);
    expect(await of('ALSCost')(learner({ alsCost: 500, extraXml: fam('HNS', 1) }))).toEqual([]);
    // Zero is a cost returned too.
    expect(await of('ALSCost')(learner({ alsCost: 0 }))).toEqual(['ALSCost_02']);
  });
});

describe('PriorAttain_03, _04, _09, _10', () => {
  it('PriorAttain_03: the levels of the lookup (6 and 8 are not levels)', async () => {
    expect(await of('PriorAttain')(learner({ extraXml: prior(6, '2021-01-01') }))).toEqual(['PriorAttain_03']);
    expect(await of('PriorAttain')(learner({ extraXml: prior(13, '2021-01-01') }))).toEqual([]);
  });
  it('PriorAttain_04: level 4 or above on an adult skills funded intermediate or advanced framework', async () => {
    const framework = aim({ aimType: 1, progType: 3, fworkCode: 420, pwayCode: 1, learnAimRef: 'ZPROG001' });
    const y2019 = (level: number): Fixture => ({ year: 2019, preparedOn: '2020-03-01', learner: { extraXml: prior(level, '2019-01-01'), aims: [{ ...framework, learnStartDate: '2019-09-01', learnPlanEndDate: '2020-09-30' }] } });
    expect(await of('PriorAttain')(y2019(10))).toEqual(['PriorAttain_04']);
    expect(await of('PriorAttain')(y2019(3))).toEqual([]);
  });
  it('PriorAttain_09: a level that applies after the file was prepared', async () => {
    expect(await of('PriorAttain')(learner({ extraXml: prior(3, '2022-03-02') }))).toEqual(['PriorAttain_09']);
    expect(await of('PriorAttain')(learner({ extraXml: prior(3, '2022-03-01') }))).toEqual([]);
  });
  it('PriorAttain_10: two records on one date', async () => {
    expect(await of('PriorAttain')(learner({ extraXml: prior(2, '2020-06-01') + prior(3, '2020-06-01') }))).toEqual(['PriorAttain_10']);
    expect(await of('PriorAttain')(learner({ extraXml: prior(2, '2020-06-01') + prior(3, '2021-06-01') }))).toEqual([]);
  });
});

describe('MathGrade_02–_04 and EngGrade_02–_04', () => {
  it('_02: a grade of Appendix Q, or NONE', async () => {
    expect(await of('MathGrade')(learner({ mathGrade: 'Z' }))).toEqual(['MathGrade_02']);
    expect(await of('MathGrade')(learner({ mathGrade: 'NONE', extraXml: fam('MCF', 2) }))).toEqual([]);
    expect(await of('EngGrade')(learner({ engGrade: '10' }))).toEqual(['EngGrade_02']);
    expect(await of('EngGrade')(learner({ engGrade: 'A*' }))).toEqual([]);
  });
  it('_03: a grade of D / 3 or below needs the EDF monitoring (1 maths, 2 English)', async () => {
    expect(await of('MathGrade')(learner({ mathGrade: '3' }))).toEqual(['MathGrade_03']);
    expect(await of('MathGrade')(learner({ mathGrade: '3', extraXml: fam('EDF', 1) }))).toEqual([]);
    expect(await of('MathGrade')(learner({ mathGrade: '4' }))).toEqual([]);
    expect(await of('EngGrade')(learner({ engGrade: 'D', extraXml: fam('EDF', 1) }))).toEqual(['EngGrade_03']);
    expect(await of('EngGrade')(learner({ engGrade: 'D', extraXml: fam('EDF', 2) }))).toEqual([]);
  });
  it('_04: a learner who met the condition of funding (MCF / ECF 2–4) has NONE, even with no grade returned', async () => {
    expect(await of('MathGrade')(learner({ mathGrade: 'C', extraXml: fam('MCF', 3) }))).toEqual(['MathGrade_04']);
    expect(await of('MathGrade')(learner({ mathGrade: 'C', extraXml: fam('MCF', 1) }))).toEqual([]);
    expect(await of('EngGrade')(learner({ extraXml: fam('ECF', 4) }))).toEqual(['EngGrade_04']);
    expect(await of('EngGrade')(learner({ engGrade: 'none', extraXml: fam('ECF', 4) }))).toEqual([]);
  });
});

describe('PlanLearnHours_02–_05', () => {
  it('PlanLearnHours_02: zero planned hours on funded learning (a warning); T Levels left out', async () => {
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 0 }))).toEqual(['PlanLearnHours_02']);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 1 }))).toEqual([]);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 0, planEEPHours: 0 }, aim({ fundModel: 25, progType: 31, aimType: 1, learnAimRef: 'ZPROG001' })))).toEqual([]);
  });
  it('PlanLearnHours_03: 16-19 funded learning with no hours at all', async () => {
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 0, planEEPHours: 0 }, aim({ fundModel: 25 })))).toEqual(['PlanLearnHours_02', 'PlanLearnHours_03']);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 0, planEEPHours: 1 }, aim({ fundModel: 25 })))).toEqual(['PlanLearnHours_02']);
  });
  it('PlanLearnHours_04 and _05: more than 1,000 and 4,000 hours in all; other 16-19 (FM82) left out', async () => {
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 600, planEEPHours: 400 }))).toEqual([]);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 600, planEEPHours: 401 }))).toEqual(['PlanLearnHours_04']);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 4000, planEEPHours: 1 }))).toEqual(['PlanLearnHours_04', 'PlanLearnHours_05']);
    expect(await of('PlanLearnHours')(learner({ planLearnHours: 4000, planEEPHours: 1 }, aim({ fundModel: 82 })))).toEqual([]);
  });
});
