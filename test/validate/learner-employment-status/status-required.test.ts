// The rules that ask for an employment status, and for the monitoring a status must carry
// (EmpStat_08, _09, _11, _12, _21, _22, EmpId_10, ESMType_02, _08, _09), decided as the agency decides
// them (DC-ILR-2021-ValidationService Rules/EmploymentStatus and their tests: EmpStat_08RuleTests'
// age and date edges, EmpStat_11RuleTests' 540 hours, ESMType_09RuleTests' date range) and, where
// the 2025/26 catalogue changed them or its 2020/21 code lacks them, as the catalogue words them.
// One learner (born 1990-01-01) per return, in 2021/22 prepared 2022-03-01, with an adult skills aim
// started 2021-09-01 unless the case says otherwise; the fixture writes no status unless given one
// (`employment: null`), and only the rules of this entity are compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { employmentStatusXml, type FixtureAim, type FixtureLearner } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1, ...a });
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnPlanEndDate: '2022-12-31' };
/** An employment status with its monitoring, e.g. status(10, '2021-08-01', { esm: [['EII', 8]] }). */
const status = employmentStatusXml;
/** A status in paid employment with all it needs (an employer, EII, LOE). */
const employed = (date: string): string => status(10, date, { empId: 100000002, esm: [['EII', 8], ['LOE', 4]] });
const learner = (l: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({
  year: 2021,
  preparedOn: '2022-03-01',
  learner: { employment: null, ...l, aims: aims.length ? aims : [aim()] },
});
const inYear = (year: number, l: Partial<FixtureLearner>, a: Partial<FixtureAim>): Fixture => ({
  year,
  preparedOn: `${year + 1}-03-01`,
  learner: { employment: null, ...l, aims: [aim({ learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, ...a })] },
});
const RULES = /^(EmpStat|EmpId|ESMType)_/;
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => RULES.test(r));

describe('EmpStat_08: adult, bootcamp and non-funded aims of learners 19 or over need a status dated before the start', () => {
  it('fires with none, or one dated on the start day; not with one dated the day before', async () => {
    expect(await found(learner({}))).toEqual(['EmpStat_08']);
    // Status 12 (not employed, not looking) asks for no monitoring.
    expect(await found(learner({ extraXml: status(12, '2021-09-01') }))).toEqual(['EmpStat_08']);
    expect(await found(learner({ extraXml: status(12, '2021-08-31') }))).toEqual([]);
  });
  it('19 or over on 31 August of the start’s teaching year: born 2002-08-31 is 19 on 2021-08-31, born 2002-09-01 is 18', async () => {
    expect(await found(learner({ dateOfBirth: '2002-08-31' }))).toEqual(['EmpStat_08']);
    expect(await found(learner({ dateOfBirth: '2002-09-01' }))).toEqual([]);
  });
  it('from 1 August 2014: a start of 2014-07-31 is not asked (EmpStat_01 asks, rightly, to then)', async () => {
    const start = (d: string): Fixture => ({ year: 2019, preparedOn: '2020-03-01', learner: { employment: null, aims: [aim({ learnStartDate: d, learnPlanEndDate: '2020-06-30' })] } });
    expect(await found(start('2014-08-01'))).toEqual(['EmpStat_08']);
    expect(await found(start('2014-07-31'))).toEqual(['EmpStat_01']);
  });
  it('leaves out community learning (FM99 with SOF 108); to 2024/25 offender learning (LDM 034) too', async () => {
    expect(await found(learner({}, aim({ fundModel: 99, fams: [{ type: 'SOF', code: '108' }] })))).toEqual([]);
    expect(await found(learner({}, aim({ fundModel: 99, fams: [] })))).toEqual(['EmpStat_08']);
    expect(await found(learner({}, aim({ fams: [{ type: 'SOF', code: '105' }, { type: 'FFI', code: '1' }, { type: 'LDM', code: '034' }] })))).toEqual([]);
    expect(await found(inYear(2025, {}, { fundModel: 99, fams: [{ type: 'LDM', code: '034' }] }))).toEqual(['EmpStat_08']);
  });
  it('Skills Bootcamps (FM37) from 2025/26, as the catalogue adds them', async () => {
    const bootcamp: Partial<FixtureAim> = { fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001' };
    expect(await found(inYear(2025, {}, bootcamp))).toEqual(['EmpStat_08']);
    expect(await found(inYear(2024, {}, bootcamp))).toEqual([]);
  });
});

describe('EmpStat_09: an apprenticeship programme started from 1 August 2014 needs a status dated before its start', () => {
  it('fires with none (EmpStat_12, a warning, beside it) and with one dated the start day; not the day before', async () => {
    expect(await found(learner({}, aim(STANDARD)))).toEqual(['EmpStat_09', 'EmpStat_12']);
    expect(await found(learner({ extraXml: employed('2021-09-01') }, aim(STANDARD)))).toEqual(['EmpStat_09']);
    expect(await found(learner({ extraXml: employed('2021-08-31') }, aim(STANDARD)))).toEqual([]);
  });
});

describe('EmpStat_11: a 16-19 aim of a learner planned fewer than 540 hours needs a status dated before the start', () => {
  const young = (hours: number, extraXml = ''): Fixture =>
    learner({ dateOfBirth: '2005-01-01', planLearnHours: hours, planEEPHours: 0, extraXml }, aim({ fundModel: 25 }));
  it('539 hours fires, 540 does not (EmpStat_11RuleTests: the sum of planned learning and EEP hours)', async () => {
    expect(await found(young(539))).toEqual(['EmpStat_11']);
    expect(await found(young(540))).toEqual([]);
    expect(await found(young(539, status(12, '2021-08-31')))).toEqual([]);
  });
});

describe('EmpStat_12: an apprentice should be in paid employment on the programme’s start (a warning)', () => {
  it('fires on 11 or on no status that applies; not on 10; reported once', async () => {
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1]] }) }, aim(STANDARD), aim({ ...STANDARD, aimSeqNumber: 2 })))).toEqual(['EmpStat_12']);
    expect(await found(learner({ extraXml: employed('2021-08-01') }, aim(STANDARD)))).toEqual([]);
  });
  it('LDM 354 is left out to 2024/25, not from 2025/26 (the catalogue names 353 and 355)', async () => {
    const s = (year: number): Fixture =>
      inYear(year, { extraXml: status(12, `${year}-08-01`) }, { ...STANDARD, learnPlanEndDate: `${year + 2}-06-30`, fams: [{ type: 'ACT', code: '1' }, { type: 'LDM', code: '354' }] });
    expect(await found(s(2024))).toEqual([]);
    expect(await found(s(2025))).toEqual(['EmpStat_12']);
  });
});

describe('EmpStat_21 and _22 (not in the 2020/21 code): Adult Skills Fund and Tailored Learning', () => {
  it('EmpStat_21: an FM38 aim of a learner 19 or over needs a status dated before the start', async () => {
    expect(await found(inYear(2025, {}, { fundModel: 38 }))).toEqual(['EmpStat_21']);
    expect(await found(inYear(2025, { extraXml: status(12, '2025-08-31') }, { fundModel: 38 }))).toEqual([]);
    expect(await found(inYear(2025, { extraXml: status(12, '2025-09-01') }, { fundModel: 38 }))).toEqual(['EmpStat_21']);
    // Born 2006-09-01: 18 on 2025-08-31.
    expect(await found(inYear(2025, { dateOfBirth: '2006-09-01' }, { fundModel: 38 }))).toEqual([]);
  });
  it('EmpStat_22: an FM11 aim needs a status that applies on its start (dated on or before it)', async () => {
    const tailored: Partial<FixtureAim> = { fundModel: 11, fams: [{ type: 'ACL', code: '1' }, { type: 'LDM', code: '399' }] };
    expect(await found(inYear(2025, {}, tailored))).toEqual(['EmpStat_22']);
    expect(await found(inYear(2025, { extraXml: status(12, '2025-09-01') }, tailored))).toEqual([]);
    expect(await found(inYear(2025, { extraXml: status(12, '2025-09-02') }, tailored))).toEqual(['EmpStat_22']);
  });
});

describe('EmpId_10: an apprentice in paid employment on the programme’s start names the employer', () => {
  it('fires on a status 10 with no EmpId; not with one, nor for a learner not an apprentice', async () => {
    const noEmployer = status(10, '2021-08-01', { esm: [['EII', 8], ['LOE', 4]] });
    expect(await found(learner({ extraXml: noEmployer }, aim(STANDARD)))).toEqual(['EmpId_10']);
    expect(await found(learner({ extraXml: employed('2021-08-01') }, aim(STANDARD)))).toEqual([]);
    expect(await found(learner({ extraXml: noEmployer }))).toEqual([]);
  });
});

describe('ESMType_02, _08, _09: the monitoring a status asks for', () => {
  it('ESMType_02: a status 10 from 1 August 2012 has an employment intensity (EII)', async () => {
    const old = (date: string, esm: [string, number][]): Fixture => ({ year: 2018, preparedOn: '2019-03-01', learner: { extraXml: status(10, date, { esm }), aims: [aim({ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30' })] } });
    expect(await found(old('2012-08-01', []))).toEqual(['ESMType_02']);
    expect(await found(old('2012-07-31', []))).toEqual([]);
    expect(await found(old('2012-08-01', [['EII', 8]]))).toEqual([]);
  });
  it('ESMType_08: a status 11 from 1 August 2012 has a length of unemployment (LOU), unless the learner has a 16-19 aim', async () => {
    expect(await found(learner({ extraXml: status(11, '2021-08-01') }))).toEqual(['ESMType_08']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 2]] }) }))).toEqual([]);
    expect(await found(learner({ extraXml: status(11, '2021-08-01') }, aim(), aim({ aimSeqNumber: 2, fundModel: 82 })))).toEqual([]);
  });
  it('ESMType_08: a learner with a Skills Bootcamp aim is left out from 2025/26', async () => {
    const bootcamp: Partial<FixtureAim> = { fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001' };
    expect(await found(inYear(2025, { extraXml: status(11, '2025-08-01') }, bootcamp))).toEqual([]);
    expect(await found(inYear(2024, { extraXml: status(11, '2024-08-01') }, bootcamp))).toEqual(['ESMType_08']);
  });
  it('ESMType_09: an apprentice’s status 10 dated from 1 August 2013 up to the programme’s start has a length of employment (LOE)', async () => {
    const noLoe = (date: string): string => status(10, date, { empId: 100000002, esm: [['EII', 8]] });
    expect(await found(learner({ extraXml: noLoe('2021-08-31') }, aim(STANDARD)))).toEqual(['ESMType_09']);
    // A status dated after the latest programme start is not asked.
    expect(await found(learner({ extraXml: employed('2021-08-01') + noLoe('2021-09-02') }, aim(STANDARD)))).toEqual([]);
    expect(await found(learner({ extraXml: noLoe('2021-08-31') }))).toEqual([]);
  });
});
