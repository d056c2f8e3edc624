// The employment status rules (EmpStat_*, DateEmpStatApp_*, EmpId_*, ESMType_*), decided as the
// agency decides them (DC-ILR-2021-ValidationService Rules/EmploymentStatus and their tests; the
// 2025/26 catalogue for ESMType_18–20, which its 2020/21 code lacks). One learner (born 1990-01-01)
// per return, in 2021/22 (31 July = 2022-07-31) with an adult skills aim started 2021-09-01 unless
// the case says otherwise; only the rules of this entity are compared.
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
/** The employment intensity every status in paid employment returns (ESMType_02). */
const EII: [string, number][] = [['EII', 8]];
const learner = (l: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2021, preparedOn: '2022-03-01', learner: { ...l, aims: aims.length ? aims : [aim()] } });
const RULES = /^(EmpStat|DateEmpStatApp|EmpId|ESMType)_/;
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => RULES.test(r));

describe('DateEmpStatApp_01 and _02: between 1 August 1990 and the end of the teaching year', () => {
  it('the day after 31 July 2022 is too late; 31 July 1990 too early', async () => {
    // Status 12 (not employed, not looking) asks for no monitoring. EmpStat_08 fires beside the
    // 2022 dates, rightly: the learner's only status is dated after the aim's start (2021-09-01).
    expect(await found(learner({ extraXml: status(12, '2022-08-01') }))).toEqual(['DateEmpStatApp_01', 'EmpStat_08']);
    expect(await found(learner({ extraXml: status(12, '2022-07-31') }))).toEqual(['EmpStat_08']);
    expect(await found(learner({ extraXml: status(12, '1990-07-31') }))).toEqual(['DateEmpStatApp_02']);
    expect(await found(learner({ extraXml: status(12, '1990-08-01') }))).toEqual([]);
  });
});

describe('EmpStat_01, _02, _05, _15, _20', () => {
  it('EmpStat_05: 10, 11, 12 and 98 are the codes', async () => {
    expect(await found(learner({ extraXml: status(13, '2021-08-01') }))).toEqual(['EmpStat_05']);
    expect(await found(learner({ extraXml: status(98, '2021-08-01') }))).toEqual([]);
  });
  it('EmpStat_01: an adult aim of 2012/13–2013/14 with no status on or before its start, by the agency’s age test', async () => {
    // Carried into a 2018/19 return. The agency's age: more than 6,939 days on the 31 July before
    // the teaching year (2013-07-31 for a start of 2013-09-01): born 1994-07-31 is 6,940 days; 1994-08-01, 6,939.
    const old = (l: Partial<FixtureLearner>): Fixture => ({ year: 2018, preparedOn: '2019-03-01', learner: { employment: null, ...l, aims: [aim({ learnStartDate: '2013-09-01', learnPlanEndDate: '2019-06-30' })] } });
    expect(await found(old({ dateOfBirth: '1994-07-31' }))).toEqual(['EmpStat_01']);
    expect(await found(old({ dateOfBirth: '1994-08-01' }))).toEqual([]);
    expect(await found(old({ dateOfBirth: '1994-07-31', extraXml: status(12, '2013-09-01') }))).toEqual([]);
  });
  it('EmpStat_02: an apprenticeship programme started by 31 July 2014 with no status on or before its start', async () => {
    const framework = (l: Partial<FixtureLearner>, start: string): Fixture => ({
      year: 2019,
      preparedOn: '2020-03-01',
      learner: { employment: null, ...l, aims: [aim({ aimType: 1, progType: 3, fworkCode: 420, pwayCode: 1, learnAimRef: 'ZPROG001', fundModel: 35, learnStartDate: start, learnPlanEndDate: '2020-06-30' })] },
    });
    // EmpStat_12 (a warning) fires beside it, rightly: no status says the apprentice is employed on the start.
    expect(await found(framework({}, '2014-07-31'))).toEqual(['EmpStat_02', 'EmpStat_12']);
    expect(await found(framework({ extraXml: status(10, '2014-07-31', { empId: 100000002, esm: [['EII', 8], ['LOE', 4]] }) }, '2014-07-31'))).toEqual([]);
    // From 1 August 2014 EmpStat_09 asks the same of the programme (for a status dated before the start).
    expect(await found(framework({}, '2014-08-01'))).toEqual(['EmpStat_09', 'EmpStat_12']);
  });
  it('EmpStat_15: the status that applies on an apprenticeship programme’s start is not known (98)', async () => {
    // EmpStat_12 (a warning) fires beside it, rightly: 98 is not in paid employment.
    expect(await found(learner({ extraXml: status(98, '2021-08-01') }, aim(STANDARD)))).toEqual(['EmpStat_12', 'EmpStat_15']);
    // A later status on the start day is the one that applies.
    expect(await found(learner({ extraXml: status(98, '2021-08-01') + status(10, '2021-09-01', { empId: 999999999, esm: [['EII', 8], ['LOE', 4]] }) }, aim(STANDARD)))).toEqual([]);
  });
  it('EmpStat_20: low-wage monitoring (LDM 363) on an aim that starts with the learner not in paid employment', async () => {
    const lowWage = aim({ fams: [{ type: 'LDM', code: '363' }] });
    expect(await found(learner({ extraXml: status(12, '2021-08-01') }, lowWage))).toEqual(['EmpStat_20']);
    // With no status at all EmpStat_08 fires too, rightly (an adult with no status before the start).
    expect(await found(learner({ employment: null }, lowWage))).toEqual(['EmpStat_08', 'EmpStat_20']);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [['EII', 8]] }) }, lowWage))).toEqual([]);
  });
});

describe('EmpId_02 and _14', () => {
  it('EmpId_02: the agency’s check digit (DD05), with 999999999 allowed', async () => {
    // 100000002: 9×1 = 9, 11 − 9 = 2: valid; 100000003 is not. 100000010: 9×1 + 2×1 = 11, 11 − 0 = 11, counted as 0: valid.
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { empId: 100000003, esm: EII }) }))).toEqual(['EmpId_02']);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { empId: 100000002, esm: EII }) }))).toEqual([]);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { empId: 100000010, esm: EII }) }))).toEqual([]);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { empId: 999999999, esm: EII }) }))).toEqual([]);
    // 100000020: 9 + 4 = 13, 11 − 2 = 9, not 0.
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { empId: 100000020, esm: EII }) }))).toEqual(['EmpId_02']);
  });
  it('EmpId_14: an apprentice not in paid employment with an employer named', async () => {
    // EmpStat_12 (a warning) fires beside it, rightly: the apprentice is not in paid employment on the start.
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { empId: 100000002, esm: [['LOU', 1]] }) }, aim(STANDARD)))).toEqual(['EmpId_14', 'EmpStat_12']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { empId: 100000002, esm: [['LOU', 1]] }) }))).toEqual([]);
  });
});

describe('ESMType_05 to _20', () => {
  it('the monitoring must fit the status: _05 (LOU when employed), _07 (SEI when not), _10 (LOE when not), _12 (EII when not)', async () => {
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [...EII, ['LOU', 1]] }) }))).toEqual(['ESMType_05']);
    // The agency compares the types without regard to case.
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [...EII, ['lou', 1]] }) }))).toEqual(['ESMType_05']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['SEI', 1]] }) }))).toEqual(['ESMType_07', 'ESMType_12']);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [...EII, ['SEI', 1]] }) }))).toEqual([]);
    expect(await found(learner({ extraXml: status(12, '2021-08-01', { esm: [['LOE', 1]] }) }))).toEqual(['ESMType_10']);
    // ESMType_12 from 1 August 2013.
    expect(await found(learner({ extraXml: status(11, '2013-08-01', { esm: [['LOU', 1], ['EII', 5]] }) }))).toEqual(['ESMType_12']);
    expect(await found(learner({ extraXml: status(11, '2013-07-31', { esm: [['LOU', 1], ['EII', 5]] }) }))).toEqual([]);
  });
  it('ESMType_11: a withdrawn code (EII 2–4 to 31 July 2018)', async () => {
    expect(await found(learner({ extraXml: status(10, '2018-08-01', { esm: [['EII', 2]] }) }))).toEqual(['ESMType_11']);
    expect(await found(learner({ extraXml: status(10, '2018-07-31', { esm: [['EII', 2]] }) }))).toEqual([]);
  });
  it('ESMType_15 and _20: one of each type, one of each OET code', async () => {
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [['EII', 5], ['EII', 6]] }) }))).toEqual(['ESMType_15']);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [['EII', 5], ['OET', 2], ['OET', 2]] }) }))).toEqual(['ESMType_20']);
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [['EII', 5], ['OET', 2]] }) + status(10, '2021-08-15', { esm: [['EII', 6]] }) }))).toEqual([]);
  });
  it('ESMType_16: the small employer indicator on an apprentice not in paid employment', async () => {
    // EmpStat_12 (a warning) fires beside it, rightly: the apprentice is not in paid employment on the start.
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['SEM', 1]] }) }, aim(STANDARD)))).toEqual(['ESMType_16', 'EmpStat_12']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['SEM', 1]] }) }))).toEqual([]);
  });
  it('ESMType_17: sector-based work academy training (LDM 375) needs JSA, UC or ESA (BSI 1, 4, 5)', async () => {
    const swap = aim({ fams: [{ type: 'LDM', code: '375' }] });
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['BSI', 6]] }) }, swap))).toEqual(['ESMType_17']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['BSI', 4]] }) }, swap))).toEqual([]);
  });
  it('ESMType_18 and _19 (from 2021/22): redundancy when employed, small or medium employer when not', async () => {
    expect(await found(learner({ extraXml: status(10, '2021-08-01', { esm: [...EII, ['OET', 1]] }) }))).toEqual(['ESMType_18']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['OET', 2]] }) }))).toEqual(['ESMType_19']);
    expect(await found(learner({ extraXml: status(11, '2021-08-01', { esm: [['LOU', 1], ['OET', 1]] }) }))).toEqual([]);
    // Not rules of 2020/21.
    const in2020: Fixture = { year: 2020, preparedOn: '2021-03-01', learner: { extraXml: status(10, '2020-08-01', { esm: [...EII, ['OET', 1]] }), aims: [aim({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' })] } };
    expect(await found(in2020)).toEqual([]);
  });
});
