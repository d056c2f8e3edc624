// The Learner fields that must be returned (PriorAttain_01, PlanLearnHours_01, PlanEEPHours_01,
// MathGrade_01, EngGrade_01), decided as the agency decides them (DC-ILR-2021-ValidationService
// Rules/Learner and their tests: the open-aim and programme exclusions) and, where the 2025/26
// catalogue changed the exclusions, as it words them. One learner per return, in 2021/22 prepared
// 2022-03-01, with an adult skills aim started 2021-09-01 unless the case says otherwise; the
// fixture writes the field only where the case gives it (null: none); only the rule's field is compared.
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
const CLOSED: Partial<FixtureAim> = { compStatus: 2, learnActEndDate: '2022-01-31', outcome: 1, achDate: '2022-01-31' };
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnPlanEndDate: '2022-12-31' };
const T_LEVEL: Partial<FixtureAim> = { fundModel: 25, progType: 31, aimType: 1, learnAimRef: 'ZPROG001', pHours: 600 };
const learner = (l: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2021, preparedOn: '2022-03-01', learner: { ...l, aims: aims.length ? aims : [aim()] } });
const inYear = (year: number, l: Partial<FixtureLearner>, a: Partial<FixtureAim>): Fixture => ({
  year,
  preparedOn: `${year + 1}-03-01`,
  learner: { ...l, aims: [aim({ learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, ...a })] },
});
const of = (field: string) => async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith(`${field}_`));

describe('PriorAttain_01: the prior attainment is returned', () => {
  const prior = of('PriorAttain');
  it('fires on an adult skills learner with none; not with a level, as a record (2021/22) or the field (2020/21)', async () => {
    expect(await prior(learner({ priorAttain: null }))).toEqual(['PriorAttain_01']);
    expect(await prior(learner({ priorAttain: 3 }))).toEqual([]);
    expect(await prior(inYear(2020, { priorAttain: null }, {}))).toEqual(['PriorAttain_01']);
    expect(await prior(inYear(2020, { priorAttain: 3 }, {}))).toEqual([]);
  });
  it('leaves out community learning (FM10) and 16-19 (FM25, FM82) every year', async () => {
    expect(await prior(learner({ priorAttain: null }, aim({ fundModel: 10 })))).toEqual([]);
    expect(await prior(learner({ priorAttain: null }, aim({ fundModel: 25 })))).toEqual([]);
    expect(await prior(learner({ priorAttain: null }, aim({ fundModel: 25 }), aim({ aimSeqNumber: 2 })))).toEqual(['PriorAttain_01']);
  });
  it('non-funded (FM99): to 2024/25 only with SOF 108 left out, from 2025/26 all of it (and Tailored Learning, FM11)', async () => {
    expect(await prior(inYear(2024, { priorAttain: null }, { fundModel: 99, fams: [{ type: 'SOF', code: '108' }] }))).toEqual([]);
    expect(await prior(inYear(2024, { priorAttain: null }, { fundModel: 99, fams: [] }))).toEqual(['PriorAttain_01']);
    expect(await prior(inYear(2025, { priorAttain: null }, { fundModel: 99, fams: [] }))).toEqual([]);
    expect(await prior(inYear(2025, { priorAttain: null }, { fundModel: 11, fams: [{ type: 'ACL', code: '1' }, { type: 'LDM', code: '399' }] }))).toEqual([]);
  });
});

describe('PlanLearnHours_01: the planned learning hours are returned while an aim is open', () => {
  const hours = of('PlanLearnHours');
  it('fires on an open aim with none; not with hours, nor when every aim has ended', async () => {
    expect(await hours(learner({ planLearnHours: null }))).toEqual(['PlanLearnHours_01']);
    expect(await hours(learner({ planLearnHours: 12 }))).toEqual([]);
    expect(await hours(learner({ planLearnHours: null }, aim(CLOSED)))).toEqual([]);
    expect(await hours(learner({ planLearnHours: null }, aim(CLOSED), aim({ aimSeqNumber: 2 })))).toEqual(['PlanLearnHours_01']);
  });
  it('other 16-19 (FM82) is asked in 2018/19 (the agency’s 2018/19 code leaves out ESF only), not from 2019/20', async () => {
    expect(await hours(inYear(2018, { planLearnHours: null }, { fundModel: 82 }))).toEqual(['PlanLearnHours_01']);
    expect(await hours(inYear(2019, { planLearnHours: null }, { fundModel: 82 }))).toEqual([]);
  });
  it('leaves out apprenticeships, T Levels and other 16-19 (FM82); to 2024/25 ESF (FM70) too', async () => {
    expect(await hours(learner({ planLearnHours: null }, aim(STANDARD)))).toEqual([]);
    expect(await hours(learner({ planLearnHours: null, planEEPHours: null }, aim(T_LEVEL)))).toEqual([]);
    expect(await hours(learner({ planLearnHours: null }, aim({ fundModel: 82 })))).toEqual([]);
    expect(await hours(learner({ planLearnHours: null }, aim({ fundModel: 70 })))).toEqual([]);
  });
});

describe('PlanEEPHours_01: a 16-19 learner’s planned employability, enrichment and pastoral hours', () => {
  const eep = of('PlanEEPHours');
  it('fires on an FM25 learner with none while an aim is open; not with 0, nor on FM35, a T Level, or every aim ended', async () => {
    expect(await eep(learner({ planEEPHours: null }, aim({ fundModel: 25 })))).toEqual(['PlanEEPHours_01']);
    expect(await eep(learner({ planEEPHours: 0 }, aim({ fundModel: 25 })))).toEqual([]);
    expect(await eep(learner({ planEEPHours: null }))).toEqual([]);
    expect(await eep(learner({ planLearnHours: null, planEEPHours: null }, aim(T_LEVEL)))).toEqual([]);
    expect(await eep(learner({ planEEPHours: null }, aim({ fundModel: 25, ...CLOSED })))).toEqual([]);
  });
  it('other 16-19 (FM82) is asked in 2018/19 (the agency’s 2018/19 code), not from 2019/20', async () => {
    expect(await eep(inYear(2018, { planEEPHours: null }, { fundModel: 82 }))).toEqual(['PlanEEPHours_01']);
    expect(await eep(inYear(2019, { planEEPHours: null }, { fundModel: 82 }))).toEqual([]);
  });
});

describe('MathGrade_01 and EngGrade_01: a 16-19 learner’s GCSE grades', () => {
  it('fire on an FM25 learner with no grade; not with one (NONE too), nor on FM35', async () => {
    expect(await of('MathGrade')(learner({ mathGrade: null }, aim({ fundModel: 25 })))).toEqual(['MathGrade_01']);
    expect(await of('MathGrade')(learner({ mathGrade: 'NONE' }, aim({ fundModel: 25 })))).toEqual([]);
    expect(await of('MathGrade')(learner({ mathGrade: null }))).toEqual([]);
    expect(await of('EngGrade')(learner({ engGrade: null }, aim({ fundModel: 25 })))).toEqual(['EngGrade_01']);
    expect(await of('EngGrade')(learner({ engGrade: '4' }, aim({ fundModel: 25 })))).toEqual([]);
    expect(await of('EngGrade')(learner({ engGrade: null }))).toEqual([]);
  });
});
