// The DateOfBirth rules, decided as the agency decides them: ages in whole years as its
// YearsBetween counts them (DC-ILR-2021-ValidationService Rules/Learner/DateOfBirth and their
// tests), on the days each rule names; the 2025/26 catalogue for the definitions it changed.
// One learner per return; a 2020/21 return (31 August = 2020-08-31, 31 July = 2021-07-31) unless
// it says otherwise. Only the DateOfBirth rules are compared (other fields' rules may also fire).
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

const NO_DOB: [string, string] = ['<DateOfBirth>1990-01-01</DateOfBirth>', ''];
const aim = (a: Partial<FixtureAim>): FixtureAim => ({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
const in2020 = (learner: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2020, preparedOn: '2021-03-01', learner: { ...learner, aims } });
const in2025 = (learner: Partial<FixtureLearner>, ...aims: FixtureAim[]): Fixture => ({ year: 2025, preparedOn: '2026-10-15', learner: { ...learner, aims } });
const dob = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith('DateOfBirth_'));
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001' };
const EHC = '<LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>';
const HNS = '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>';

describe('DateOfBirth_04: 115 or older at the start of the teaching year', () => {
  it('115 years to the day on 1 August is 115: an error; a day younger is not', async () => {
    expect(await dob(in2020({ dateOfBirth: '1905-08-01' }, aim({ fundModel: 36 })))).toEqual(['DateOfBirth_04']);
    expect(await dob(in2020({ dateOfBirth: '1905-08-02' }, aim({ fundModel: 36 })))).toEqual([]);
  });
});

describe('a missing date of birth: DateOfBirth_01, _02, _23 and _24', () => {
  it('DateOfBirth_01 on a funded aim, not on an OLASS one; DateOfBirth_24 whenever the ULN is real', async () => {
    expect(await dob({ ...in2020({}, aim({})), edit: NO_DOB })).toEqual(['DateOfBirth_01', 'DateOfBirth_24']);
    expect(await dob({ ...in2020({}, aim({ fams: [{ type: 'LDM', code: '034' }] })), edit: NO_DOB })).toEqual(['DateOfBirth_24']);
    // The temporary ULN: no DateOfBirth_24 (ULN rules aside).
    expect(await dob({ ...in2020({ uln: '9999999999' }, aim({})), edit: NO_DOB })).toEqual(['DateOfBirth_01']);
  });

  it('uses the year’s funding models: FM38 counts for DateOfBirth_01 in 2025/26; FM11 for DateOfBirth_02', async () => {
    const a = { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30' };
    expect(await dob({ ...in2025({ uln: '9999999999' }, aim({ ...a, fundModel: 38 })), edit: NO_DOB })).toEqual(['DateOfBirth_01']);
    expect(await dob({ ...in2025({ uln: '9999999999' }, aim({ ...a, fundModel: 11 })), edit: NO_DOB })).toEqual(['DateOfBirth_02']);
    // FM11 in 2020/21 is outside DateOfBirth_02's 2020/21 list (10, 99).
    expect(await dob({ ...in2020({ uln: '9999999999' }, aim({ fundModel: 11 })), edit: NO_DOB })).toEqual([]);
  });

  it('DateOfBirth_02 warns on non-funded learning, except a loan (ADL), which breaks DateOfBirth_23', async () => {
    expect(await dob({ ...in2020({ uln: '9999999999' }, aim({ fundModel: 99 })), edit: NO_DOB })).toEqual(['DateOfBirth_02']);
    expect(await dob({ ...in2020({ uln: '9999999999' }, aim({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })), edit: NO_DOB })).toEqual(['DateOfBirth_23']);
  });
});

describe('ages at the start of the aim: DateOfBirth_05, _12, _14, _26', () => {
  // Start 2020-09-01: a learner born 2016-09-02 is 3 (their 4th birthday is the day after), born 2016-09-01 is 4.
  it('DateOfBirth_05: under 4 on community learning (FM10), the day before the birthday', async () => {
    expect(await dob(in2020({ dateOfBirth: '2016-09-02' }, aim({ fundModel: 10 })))).toEqual(['DateOfBirth_05']);
    expect(await dob(in2020({ dateOfBirth: '2016-09-01' }, aim({ fundModel: 10 })))).toEqual([]);
  });
  it('DateOfBirth_12: under 19 on PCDL community learning (ASL 1)', async () => {
    expect(await dob(in2020({ dateOfBirth: '2001-09-02' }, aim({ fundModel: 10, fams: [{ type: 'ASL', code: '1' }] })))).toEqual(['DateOfBirth_12']);
    expect(await dob(in2020({ dateOfBirth: '2001-09-01' }, aim({ fundModel: 10, fams: [{ type: 'ASL', code: '1' }] })))).toEqual([]);
    expect(await dob(in2020({ dateOfBirth: '2001-09-02' }, aim({ fundModel: 10, fams: [{ type: 'ASL', code: '3' }] })))).toEqual([]);
  });
  it('DateOfBirth_14: an offender in custody (LDM 034) under 18 at the start', async () => {
    expect(await dob(in2020({ dateOfBirth: '2002-09-02' }, aim({ fams: [{ type: 'LDM', code: '034' }] })))).toEqual(['DateOfBirth_14']);
    expect(await dob(in2020({ dateOfBirth: '2002-09-01' }, aim({ fams: [{ type: 'LDM', code: '034' }] })))).toEqual([]);
  });
  it('DateOfBirth_26: a loan (FM99 ADL) for a learner under 19 at the start', async () => {
    expect(await dob(in2020({ dateOfBirth: '2001-09-02' }, aim({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })))).toEqual(['DateOfBirth_26']);
    expect(await dob(in2020({ dateOfBirth: '2001-09-01' }, aim({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })))).toEqual([]);
  });
});

describe('ages on 31 August and 31 July of the teaching year: DateOfBirth_06, _07, _13, _20, _25, _30, _34', () => {
  it('DateOfBirth_06: a 16-19 funded learner under 13 on 31 August', async () => {
    // Born 2007-09-01: 12 on 2020-08-31. Born 2007-08-31: 13 that day.
    expect(await dob(in2020({ dateOfBirth: '2007-09-01' }, aim({ fundModel: 25 })))).toEqual(['DateOfBirth_06']);
    expect(await dob(in2020({ dateOfBirth: '2007-08-31' }, aim({ fundModel: 25 })))).toEqual([]);
  });
  it('DateOfBirth_07: 25 or over on 31 August with 16-19 funding (SOF 107)', async () => {
    expect(await dob(in2020({ dateOfBirth: '1995-08-31' }, aim({ fundModel: 25, fams: [{ type: 'SOF', code: '107' }] })))).toEqual(['DateOfBirth_07']);
    expect(await dob(in2020({ dateOfBirth: '1995-09-01' }, aim({ fundModel: 25, fams: [{ type: 'SOF', code: '107' }] })))).toEqual([]);
  });
  it('DateOfBirth_13: an Office for Students funded learner under 16 on 31 July', async () => {
    // Born 2005-08-01: 15 on 2021-07-31; born 2005-07-31: 16.
    const ofs = aim({ fundModel: 99, fams: [{ type: 'SOF', code: '1' }] });
    expect(await dob(in2020({ dateOfBirth: '2005-08-01' }, ofs))).toEqual(['DateOfBirth_13']);
    expect(await dob(in2020({ dateOfBirth: '2005-07-31' }, ofs))).toEqual([]);
  });
  it('DateOfBirth_20: under 19 on 31 August with a source of funding other than 16-19', async () => {
    expect(await dob(in2020({ dateOfBirth: '2002-09-01' }, aim({ fundModel: 25, fams: [{ type: 'SOF', code: '105' }] })))).toEqual(['DateOfBirth_20']);
    expect(await dob(in2020({ dateOfBirth: '2002-09-01' }, aim({ fundModel: 25, fams: [{ type: 'SOF', code: '107' }] })))).toEqual([]);
  });
  it('DateOfBirth_25: under 19 on 31 August on adult skills; from 2025/26 on the Adult Skills Fund too', async () => {
    // Born 2001-09-01: 18 on 2020-08-31; born 2001-08-31: 19 that day.
    expect(await dob(in2020({ dateOfBirth: '2001-09-01' }, aim({})))).toEqual(['DateOfBirth_25']);
    expect(await dob(in2020({ dateOfBirth: '2001-08-31' }, aim({})))).toEqual([]);
    // The agency's 2020/21 code leaves out LDM 376.
    expect(await dob(in2020({ dateOfBirth: '2001-09-01' }, aim({ fams: [{ type: 'LDM', code: '376' }] })))).toEqual([]);
    // 2025/26: born 2006-09-01 is 18 on 2025-08-31.
    const asf = aim({ fundModel: 38, learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30' });
    expect(await dob(in2025({ dateOfBirth: '2006-09-01' }, asf))).toEqual(['DateOfBirth_25']);
  });
  it('DateOfBirth_30: 19 to 24 on 31 August with an EHC plan and a source of funding other than 16-19', async () => {
    const sof105 = aim({ fundModel: 25, fams: [{ type: 'SOF', code: '105' }] });
    // Born 1996-08-31: 24 on 2020-08-31; born 1995-08-31: 25.
    expect(await dob(in2020({ dateOfBirth: '1996-08-31', extraXml: EHC }, sof105))).toEqual(['DateOfBirth_30']);
    expect(await dob(in2020({ dateOfBirth: '1995-08-31', extraXml: EHC }, sof105))).toEqual([]);
    expect(await dob(in2020({ dateOfBirth: '1996-08-31' }, sof105))).toEqual([]);
  });
  it('DateOfBirth_34: a 16-19 funded high needs student of 19 to 24 with no EHC plan', async () => {
    // Born 2000-08-31: 20 on 2020-08-31.
    expect(await dob(in2020({ dateOfBirth: '2000-08-31', extraXml: HNS }, aim({ fundModel: 25 })))).toEqual(['DateOfBirth_34']);
    expect(await dob(in2020({ dateOfBirth: '2000-08-31', extraXml: HNS + EHC }, aim({ fundModel: 25 })))).toEqual([]);
  });
});

describe('DateOfBirth_27: born on or after the start of the teaching year', () => {
  it('1 August of the teaching year is too late; 31 July is not', async () => {
    expect(await dob(in2020({ dateOfBirth: '2020-08-01' }, aim({ fundModel: 36 })))).toEqual(['DateOfBirth_27']);
    expect(await dob(in2020({ dateOfBirth: '2020-07-31' }, aim({ fundModel: 36 })))).toEqual([]);
  });
});

describe('DateOfBirth_48: an apprenticeship started before the school leaving age', () => {
  const std = (start: string): FixtureAim => aim({ ...STANDARD, learnStartDate: start, learnPlanEndDate: '2023-12-31' });
  const y2021 = (dateOfBirth: string, start: string): Fixture => ({ year: 2021, preparedOn: '2022-07-15', learner: { dateOfBirth, aims: [std(start)] } });
  it('on or before the last Friday in June of the academic year (September–August) the learner turns 16', async () => {
    // Born 2005-09-01: 16 on 2021-09-01, in the academic year 2021/22, whose last Friday in June is 2022-06-24.
    expect(await dob(y2021('2005-09-01', '2022-06-24'))).toEqual(['DateOfBirth_48']);
    expect(await dob(y2021('2005-09-01', '2022-06-25'))).toEqual([]);
    // Born a day earlier, 16 on 2021-08-31: the academic year 2020/21 (last Friday in June 2021-06-25), so a September start is fine.
    expect(await dob(y2021('2005-08-31', '2021-09-01'))).toEqual([]);
    expect(await dob(y2021('2005-09-01', '2021-09-01'))).toEqual(['DateOfBirth_48']);
  });
});

describe('apprenticeship standards too short: DateOfBirth_37, _40, _46, _47, _57, _58', () => {
  it('DateOfBirth_46 counts whole days, both ends (the agency’s WholeDaysBetween): 364 days planned is 365', async () => {
    // 2020-09-01 to 2021-08-31 is 364 days (no 29 February between), 365 counting both ends: enough.
    expect(await dob(in2020({}, aim({ ...STANDARD, learnPlanEndDate: '2021-08-31' })))).toEqual([]);
    expect(await dob(in2020({}, aim({ ...STANDARD, learnPlanEndDate: '2021-08-30' })))).toEqual(['DateOfBirth_46']);
    // A restart (RES) is left out.
    expect(await dob(in2020({}, aim({ ...STANDARD, learnPlanEndDate: '2021-08-30', fams: [{ type: 'RES', code: '1' }] })))).toEqual([]);
  });
  it('DateOfBirth_47 counts plain days on a completed standard: 364 days is too short, 365 is not', async () => {
    const done = (end: string): FixtureAim => aim({ ...STANDARD, learnPlanEndDate: '2021-09-30', compStatus: 2, learnActEndDate: end, outcome: 8 });
    expect(await dob({ ...in2020({}, done('2021-08-31')), preparedOn: '2021-10-15' })).toEqual(['DateOfBirth_47']);
    expect(await dob({ ...in2020({}, done('2021-09-01')), preparedOn: '2021-10-15' })).toEqual([]);
  });
  it('DateOfBirth_57 and _58: 242 days for standards started from 1 August 2025, where _46 no longer applies', async () => {
    // 2025-09-01 + 241 days = 2026-04-30; + 242 days = 2026-05-01.
    const s = { ...STANDARD, learnStartDate: '2025-09-01' };
    expect(await dob(in2025({}, aim({ ...s, learnPlanEndDate: '2026-04-30' })))).toEqual(['DateOfBirth_57']);
    expect(await dob(in2025({}, aim({ ...s, learnPlanEndDate: '2026-05-01' })))).toEqual([]);
    const done = (end: string): FixtureAim => aim({ ...s, learnPlanEndDate: '2026-07-31', compStatus: 2, learnActEndDate: end, outcome: 8 });
    expect(await dob(in2025({}, done('2026-04-30')))).toEqual(['DateOfBirth_58']);
    expect(await dob(in2025({}, done('2026-05-01')))).toEqual([]);
  });
  it('DateOfBirth_37 and _40: adult skills standards of 2014/15–2015/16, for learners of 19 or over', async () => {
    const old = { fundModel: 35, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnStartDate: '2015-09-01' };
    // XML returns start in 2018/19: aims of 2015 are carried in it.
    const y2015 = (a: FixtureAim): Fixture => ({ year: 2018, preparedOn: '2019-03-01', learner: { aims: [a] } });
    // Planned 2015-09-01 → 2016-08-30 is 364 days (29 February 2016 between): too short; → 2016-08-31, 365.
    expect(await dob(y2015(aim({ ...old, learnPlanEndDate: '2016-08-30' })))).toEqual(['DateOfBirth_37']);
    expect(await dob(y2015(aim({ ...old, learnPlanEndDate: '2016-08-31' })))).toEqual([]);
    // Achieved after 2015-09-01 → 2016-08-29: 363 days, 364 counting both ends: too short; → 2016-08-30: 365.
    const achieved = (end: string): FixtureAim => aim({ ...old, learnPlanEndDate: '2016-08-31', compStatus: 2, learnActEndDate: end, outcome: 1, achDate: end });
    expect(await dob(y2015(achieved('2016-08-29')))).toEqual(['DateOfBirth_40']);
    expect(await dob(y2015(achieved('2016-08-30')))).toEqual([]);
  });
});
