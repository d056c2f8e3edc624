// The cross-record rules decided within one learner's record (pipelines/validate/rules/learner/r.ts):
// R_07, R_43, R_45, R_49, R_51, R_96 (records that must not repeat), R_58, R_105, R_106, R_124
// (things that must not overlap in time) and R_30 (a component aim without its programme aim), with the cases of the agency's tests (DC-ILR-2021-ValidationService
// Rules.Tests/CrossEntity/R<NN>RuleTests.cs) where they exist. Each case is one learner in a
// 2020/21 return (teaching year from 2020-08-01) prepared 2021-03-01, unless it says 2025/26; only
// the R_ rules found are compared (other rules may fire on the same record, and are not these
// tests' business).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim, FixtureLearner } from '../../support/ilr-xml.ts';
import { ingestFile } from '../../../pipelines/ingest/ingest-file.ts';
import { writeReturns } from '../../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../../support/warehouse.ts';
import { findings, rulesFound } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** An adult skills (FM35) aim not part of a programme, continuing. */
const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
/** The R_ rules found on one learner in a return of `year` (2020/21 unless said). */
const rFoundAll = async (learner: Partial<FixtureLearner> & { aims: FixtureAim[] }, year = 2020): Promise<string[]> =>
  (await rulesFound(w, { year, preparedOn: `${year + 1}-03-01`, learner })).filter((r) => r.startsWith('R_'));
const rFound = rFoundAll;

const EMPLOYMENT = (date: string, empStat = 10, monitoring = ''): string =>
  `<LearnerEmploymentStatus><EmpStat>${empStat}</EmpStat><DateEmpStatApp>${date}</DateEmpStatApp>${monitoring}</LearnerEmploymentStatus>`;
const LLDD = (cat: number): string => `<LLDDandHealthProblem><LLDDCat>${cat}</LLDDCat></LLDDandHealthProblem>`;
const PSLM = (occur: string): string => `<ProviderSpecLearnerMonitoring><ProvSpecLearnMonOccur>${occur}</ProvSpecLearnMonOccur><ProvSpecLearnMon>X1</ProvSpecLearnMon></ProviderSpecLearnerMonitoring>`;
const FAM = (type: string, code: number): string => `<LearnerFAM><LearnFAMType>${type}</LearnFAMType><LearnFAMCode>${code}</LearnFAMCode></LearnerFAM>`;
const PLACEMENT = (start: string): string =>
  `<LearningDeliveryWorkPlacement><WorkPlaceStartDate>${start}</WorkPlaceStartDate><WorkPlaceHours>30</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>`;

describe('R_07: one aim per AimSeqNumber', () => {
  it('fires on aims 1, 2, 2 and not on 1, 2 (R07RuleTests ConditionMet_True / _False)', async () => {
    expect(await rFound({ aims: [aim({ aimSeqNumber: 1 }), aim({ aimSeqNumber: 2 }), aim({ aimSeqNumber: 2 })] })).toEqual(['R_07']);
    expect(await rFound({ aims: [aim({ aimSeqNumber: 1 }), aim({ aimSeqNumber: 2 })] })).toEqual([]);
  });

  it('is an error on the learner, reported once however many aims repeat', async () => {
    const found = await findings(w, { year: 2020, preparedOn: '2021-03-01', learner: { aims: [aim({ aimSeqNumber: 3 }), aim({ aimSeqNumber: 3 })] } });
    expect(found.filter((f) => f.rule === 'R_07')).toEqual([{ rule: 'R_07', severity: 'error', aim: null }]);
  });
});

describe('records of the learner that must not repeat', () => {
  it('R_43: two employment statuses applying from the same day fire; from different days do not', async () => {
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01') + EMPLOYMENT('2020-08-01'), aims: [aim()] })).toEqual(['R_43']);
    // Another status from the next day (the same status again would be R_97's repeat).
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01') + EMPLOYMENT('2020-08-02', 11), aims: [aim()] })).toEqual([]);
  });

  it('R_45: the same LLDD category twice fires; two categories do not', async () => {
    expect(await rFound({ llddHealthProb: 1, extraXml: LLDD(4) + LLDD(4), aims: [aim()] })).toEqual(['R_45']);
    expect(await rFound({ llddHealthProb: 1, extraXml: LLDD(4) + LLDD(5), aims: [aim()] })).toEqual([]);
  });

  it('R_49: the same occurrence code twice fires, in either case (A and a); A and B do not', async () => {
    expect(await rFound({ extraXml: PSLM('A') + PSLM('a'), aims: [aim()] })).toEqual(['R_49']);
    expect(await rFound({ extraXml: PSLM('A') + PSLM('B'), aims: [aim()] })).toEqual([]);
  });

  it('R_51: the same FAM type and code twice fires, in either case of type; another code does not', async () => {
    expect(await rFound({ extraXml: FAM('EHC', 1) + FAM('ehc', 1), aims: [aim()] })).toEqual(['R_51']);
    expect(await rFound({ extraXml: FAM('EDF', 1) + FAM('EDF', 2), aims: [aim()] })).toEqual([]);
  });

  it("R_96: two work placements starting the same day fire, on one aim or across the learner's aims", async () => {
    // On one aim the same placement twice (same day, no employer) breaks the aim's R_67 as well.
    expect(await rFound({ aims: [aim({ extraXml: PLACEMENT('2020-09-07') + PLACEMENT('2020-09-07') })] })).toEqual(['R_67', 'R_96']);
    expect(await rFound({ aims: [aim({ extraXml: PLACEMENT('2020-09-07') }), aim({ aimSeqNumber: 2, extraXml: PLACEMENT('2020-09-07') })] })).toEqual(['R_96']);
    expect(await rFound({ aims: [aim({ extraXml: PLACEMENT('2020-09-07') }), aim({ aimSeqNumber: 2, extraXml: PLACEMENT('2020-09-08') })] })).toEqual([]);
  });
});

describe('overlaps in time (R58RuleTests, R105RuleTests, R106RuleTests)', () => {
  const core = (a: Partial<FixtureAim>): FixtureAim => aim({ fundModel: 25, aimType: 5, ...a });

  it('R_58: a core aim ending on the day the next starts overlaps it; ending the day before does not; an open one does', async () => {
    const first = core({ learnStartDate: '2020-08-10', compStatus: 2, learnActEndDate: '2020-12-01', outcome: 1 });
    expect(await rFound({ aims: [first, core({ aimSeqNumber: 2, learnStartDate: '2020-12-01' })] })).toEqual(['R_58']);
    expect(await rFound({ aims: [first, core({ aimSeqNumber: 2, learnStartDate: '2020-12-02' })] })).toEqual([]);
    // Open (no actual end date): overlaps whatever starts after it, whichever order they are in.
    expect(await rFound({ aims: [core({ aimSeqNumber: 1, learnStartDate: '2021-01-04' }), core({ aimSeqNumber: 2, learnStartDate: '2020-08-10' })] })).toEqual(['R_58']);
    // One core aim and a non-core aim at the same time: nothing.
    expect(await rFound({ aims: [core({}), aim({ aimSeqNumber: 2 })] })).toEqual([]);
  });

  const act = (code: string, dateFrom: string, dateTo?: string): NonNullable<FixtureAim['fams']>[number] => ({ type: 'ACT', code, dateFrom, ...(dateTo ? { dateTo } : {}) });
  const apprenticeship = (seq: number, fam: NonNullable<FixtureAim['fams']>[number]): FixtureAim =>
    aim({ aimSeqNumber: seq, fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', fams: [fam] });

  it('R_105: ACT 2 from the day ACT 1 still applies fires; from the day after it ends does not; the same code does not', async () => {
    expect(await rFound({ aims: [apprenticeship(1, act('1', '2020-09-01')), apprenticeship(2, act('2', '2020-10-01'))] })).toContain('R_105');
    expect(await rFound({ aims: [apprenticeship(1, act('1', '2020-09-01', '2020-10-01')), apprenticeship(2, act('2', '2020-10-01'))] })).toContain('R_105');
    expect(await rFound({ aims: [apprenticeship(1, act('1', '2020-09-01', '2020-09-30')), apprenticeship(2, act('2', '2020-10-01'))] })).not.toContain('R_105');
    expect(await rFound({ aims: [apprenticeship(1, act('1', '2020-09-01')), apprenticeship(2, act('1', '2020-10-01'))] })).not.toContain('R_105');
  });

  const lsf = (dateFrom: string, dateTo?: string): NonNullable<FixtureAim['fams']>[number] => ({ type: 'LSF', code: '1', dateFrom, ...(dateTo ? { dateTo } : {}) });

  it("R_106: two LSF records at once, on one aim or across the learner's aims, fire; one after the other do not", async () => {
    // On one aim, the aim's own R_61 fires as well.
    expect(await rFound({ aims: [aim({ fams: [lsf('2020-09-01', '2020-12-01'), lsf('2020-12-01', '2021-03-01')] })] })).toEqual(['R_106', 'R_61']);
    expect(await rFound({ aims: [aim({ fams: [lsf('2020-09-01')] }), aim({ aimSeqNumber: 2, fams: [lsf('2021-01-04', '2021-03-01')] })] })).toEqual(['R_106']);
    expect(await rFound({ aims: [aim({ fams: [lsf('2020-09-01', '2020-11-30')] }), aim({ aimSeqNumber: 2, fams: [lsf('2020-12-01', '2021-03-01')] })] })).toEqual([]);
  });

  it('R_106: counts only LSF records applying from 1 August 2016 on', async () => {
    // One on each of two aims (R_61 looks within an aim). Both from 2016-07-31, the first open: not
    // counted. From 2016-08-01: counted.
    const old = (seq: number, f: NonNullable<FixtureAim['fams']>[number]): FixtureAim =>
      aim({ aimSeqNumber: seq, learnStartDate: '2016-07-01', learnPlanEndDate: '2021-06-30', fams: [f] });
    expect(await rFound({ aims: [old(1, lsf('2016-07-31')), old(2, lsf('2016-07-31', '2017-01-01'))] })).toEqual([]);
    expect(await rFound({ aims: [old(1, lsf('2016-08-01')), old(2, lsf('2016-08-01', '2017-01-01'))] })).toEqual(['R_106']);
  });
});

describe('R_124: programme aims must not overlap (R124RuleTests; DD36, the effective end date)', () => {
  const programme = (seq: number, a: Partial<FixtureAim>): FixtureAim =>
    aim({ aimSeqNumber: seq, aimType: 1, learnAimRef: 'ZPROG001', fundModel: 35, progType: 2, fworkCode: 420, pwayCode: 1, ...a });
  const ended = (end: string): Partial<FixtureAim> => ({ learnStartDate: '2020-08-10', compStatus: 6, learnActEndDate: end, outcome: 3 });
  /** Each programme aim with a component aim of the same programme (an open programme without one is R_31's fault). */
  const withComponents = (aims: FixtureAim[]): FixtureAim[] => [...aims, ...aims.map((p, i) => ({ ...p, aimType: 3, learnAimRef: '60000088', aimSeqNumber: 10 + i }))];
  const rFound = async (learner: { aims: FixtureAim[] }, year = 2020): Promise<string[]> => rFoundAll({ aims: withComponents(learner.aims) }, year);

  it('a programme starting on the day the earlier one ended overlaps it; the day after does not', async () => {
    expect(await rFound({ aims: [programme(1, ended('2020-12-01')), programme(2, { learnStartDate: '2020-12-01' })] })).toEqual(['R_124']);
    expect(await rFound({ aims: [programme(1, ended('2020-12-01')), programme(2, { learnStartDate: '2020-12-02' })] })).toEqual([]);
    // An open programme aim runs to 31 December 2099 (Validate_InValid_NoEndDate).
    expect(await rFound({ aims: [programme(1, { learnStartDate: '2020-08-10' }), programme(2, { learnStartDate: '2021-02-01' })] })).toEqual(['R_124']);
  });

  it("a standard's effective end is its achievement date when it has one", async () => {
    const standard = (seq: number, a: Partial<FixtureAim>): FixtureAim => programme(seq, { fundModel: 36, progType: 25, stdCode: 17, fworkCode: undefined, pwayCode: undefined, fams: [{ type: 'ACT', code: '1' }], ...a });
    // Ended 2020-12-01, achieved 2021-01-10 (end-point assessment): a programme from 2020-12-15 overlaps it.
    const first = standard(1, { learnStartDate: '2020-08-10', compStatus: 2, learnActEndDate: '2020-12-01', outcome: 1, achDate: '2021-01-10' });
    expect(await rFound({ aims: [first, standard(2, { learnStartDate: '2020-12-15', stdCode: 18 })] })).toEqual(['R_124']);
    expect(await rFound({ aims: [first, standard(2, { learnStartDate: '2021-01-11', stdCode: 18 })] })).toEqual([]);
  });

  it('is not in the 2018/19 definitions (absent from the agency’s 2018/19 code)', async () => {
    const y2018 = (a: FixtureAim): FixtureAim => ({ ...a, learnStartDate: a.learnStartDate.replace('2020', '2018').replace('2021', '2019'), learnPlanEndDate: '2019-06-30' });
    expect(await rFound({ aims: [y2018(programme(1, { learnStartDate: '2020-08-10' })), y2018(programme(2, { learnStartDate: '2021-02-01' }))] }, 2018)).toEqual([]);
  });

  it('from 2025/26 a Skills Bootcamp with an achievement date and no actual end ends on its achievement date', async () => {
    const bootcamp = (seq: number, start: string, year: number): FixtureAim =>
      aim({ aimSeqNumber: seq, aimType: 1, learnAimRef: 'ZPROG001', fundModel: 37, progType: 32, learnStartDate: start, learnPlanEndDate: `${year + 1}-06-30` });
    const achieved = (year: number): FixtureAim => ({ ...bootcamp(1, `${year}-09-01`, year), achDate: `${year}-10-01` });
    // 2025/26: the first ends 2025-10-01, so a bootcamp from 2025-11-01 does not overlap it; one from 2025-09-15 does.
    expect(await rFound({ aims: [achieved(2025), bootcamp(2, '2025-11-01', 2025)] }, 2025)).not.toContain('R_124');
    expect(await rFound({ aims: [achieved(2025), bootcamp(2, '2025-09-15', 2025)] }, 2025)).toContain('R_124');
    // 2024/25 (the agency's DerivedData_36): no actual end date, so open to 2099: it overlaps.
    expect(await rFound({ aims: [achieved(2024), bootcamp(2, '2024-11-01', 2024)] }, 2024)).toContain('R_124');
  });
});

describe('R_30: a component aim has its programme aim', () => {
  // A framework (ProgType 2, FworkCode 420, PwayCode 1), the component aim AimType 3.
  const FRAMEWORK: Partial<FixtureAim> = { fundModel: 35, progType: 2, fworkCode: 420, pwayCode: 1 };
  const component = (a: Partial<FixtureAim> = {}): FixtureAim => aim({ ...FRAMEWORK, aimType: 3, ...a });
  const programme = (a: Partial<FixtureAim> = {}): FixtureAim => aim({ ...FRAMEWORK, aimType: 1, learnAimRef: 'ZPROG001', aimSeqNumber: 2, ...a });

  it('to 2024/25: by ProgType, FworkCode and PwayCode (R30RuleTests ValidationPasses / ValidationSingleDeliveryFails)', async () => {
    // A funded component aim without its programme aim breaks R_66 as well (reported too, as the agency does).
    expect(await rFound({ aims: [component()] })).toEqual(['R_30', 'R_66']);
    expect(await rFound({ aims: [component(), programme()] })).toEqual([]);
    // Another pathway's programme aim is not this component's programme (and that open programme has no component: R_31).
    expect(await rFound({ aims: [component(), programme({ pwayCode: 2 })] })).toEqual(['R_30', 'R_31', 'R_66']);
  });

  it('to 2024/25: leaves standards (ProgType 25) to other rules (R30RuleTests ProgType25IsIgnored)', async () => {
    const standardComponent = aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 3, fams: [{ type: 'ACT', code: '1' }] });
    // (R_66, a funded component aim with no programme aim, answers it.)
    expect(await rFound({ aims: [standardComponent] })).toEqual(['R_66']);
    // From 2025/26 the rule is by ProgType and StdCode, so the same aim fires (2025/26 catalogue:
    // "Framework and pathway removed from the rule").
    const in2025 = aim({ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', fundModel: 36, progType: 25, stdCode: 17, aimType: 3, fams: [{ type: 'ACT', code: '1' }] });
    expect(await rFound({ aims: [in2025] }, 2025)).toEqual(['R_30', 'R_66']);
  });

  it('from 2025/26: a programme aim of the same ProgType and StdCode answers it; another standard does not', async () => {
    const standard = (a: Partial<FixtureAim>): FixtureAim =>
      aim({ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', fundModel: 36, progType: 25, stdCode: 17, fams: [{ type: 'ACT', code: '1' }], ...a });
    const programmeAim = standard({ aimType: 1, learnAimRef: 'ZPROG001', aimSeqNumber: 2 });
    expect(await rFound({ aims: [standard({ aimType: 3 }), programmeAim] }, 2025)).toEqual([]);
    // The open programme of standard 18 has no component (R_31); the funded component no programme (R_66).
    expect(await rFound({ aims: [standard({ aimType: 3 }), { ...programmeAim, stdCode: 18 }] }, 2025)).toEqual(['R_30', 'R_31', 'R_66']);
  });

  it('is an error on the learner (the quarantine keeps the learner out, not one aim)', async () => {
    const found = await findings(w, { year: 2020, preparedOn: '2021-03-01', learner: { aims: [aim(), component({ aimSeqNumber: 2 })] } });
    expect(found.filter((f) => f.rule === 'R_30')).toEqual([{ rule: 'R_30', severity: 'error', aim: null }]);
  });
});

// ---- Programmes and their aims ------------------------------------------------------------------

/** A framework (ProgType 2, FworkCode 420, PwayCode 1) on adult skills funding, for the programme rules. */
const FRAMEWORK_AIM: Partial<FixtureAim> = { fundModel: 35, progType: 2, fworkCode: 420, pwayCode: 1 };
const frameworkAim = (aimType: number, a: Partial<FixtureAim> = {}): FixtureAim =>
  aim({ ...FRAMEWORK_AIM, aimType, ...(aimType === 1 ? { learnAimRef: 'ZPROG001' } : {}), ...a });

describe('R_31: an open programme has its component aims (R31RuleTests)', () => {
  it('fires on an open programme aim alone; not with a component or a core aim of the same programme (ValidationSingleDeliveryFails, ValidationPasses)', async () => {
    expect(await rFound({ aims: [frameworkAim(1)] })).toEqual(['R_31']);
    expect(await rFound({ aims: [frameworkAim(1), frameworkAim(3, { aimSeqNumber: 2 })] })).toEqual([]);
    expect(await rFound({ aims: [frameworkAim(1), frameworkAim(5, { aimSeqNumber: 2 })] })).toEqual([]);
  });

  it('does not fire once the programme aim has an actual end date', async () => {
    const closed = frameworkAim(1, { compStatus: 3, learnActEndDate: '2020-12-01', withdrawReason: 40, outcome: 3 });
    expect(await rFound({ aims: [closed] })).toEqual([]);
  });

  it('to 2024/25 groups by ProgType, FworkCode and PwayCode; from 2025/26 by ProgType and StdCode', async () => {
    const std = (aimType: number, stdCode: number, year: number): FixtureAim =>
      aim({ fundModel: 36, progType: 25, stdCode, aimType, learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, fams: [{ type: 'ACT', code: '1' }], ...(aimType === 1 ? { learnAimRef: 'ZPROG001', aimSeqNumber: 2 } : {}) });
    // Standard 17's programme with a component of standard 18: in 2020/21 the same group (ProgType 25,
    // no framework), so no R_31 (R_66 finds the component's programme missing).
    expect(await rFound({ aims: [std(3, 18, 2020), std(1, 17, 2020)] })).toEqual(['R_66']);
    expect(await rFound({ aims: [std(3, 18, 2025), std(1, 17, 2025)] }, 2025)).toEqual(['R_30', 'R_31', 'R_66']);
    expect(await rFound({ aims: [std(3, 17, 2025), std(1, 17, 2025)] }, 2025)).toEqual([]);
  });
});

describe('R_56: a funded component aim of an open non-funded programme (R56RuleTests)', () => {
  const unfunded = frameworkAim(1, { fundModel: 99, aimSeqNumber: 2 });
  it('fires on a funded component of an open FundModel 99 programme (Validate_Fail; R_66 finds no programme of its funding)', async () => {
    expect(await rFound({ aims: [frameworkAim(3), unfunded] })).toEqual(['R_56', 'R_66']);
  });

  it('does not fire when the programme has ended, the component is not funded, or the programme differs (Validate_Pass_*)', async () => {
    const ended = { ...unfunded, compStatus: 3, learnActEndDate: '2020-12-01', withdrawReason: 40, outcome: 3 };
    expect(await rFound({ aims: [frameworkAim(3), ended] })).toEqual(['R_66']);
    expect(await rFound({ aims: [frameworkAim(3, { fundModel: 99 }), unfunded] })).toEqual([]);
    expect(await rFound({ aims: [frameworkAim(3, { pwayCode: 2 }), unfunded] })).not.toContain('R_56');
  });
});

describe('R_63: a 16-19 learner has a core aim (R63RuleTests)', () => {
  const sixteen = (aimType: number, a: Partial<FixtureAim> = {}): FixtureAim => aim({ fundModel: 25, aimType, ...a });
  it('fires on FundModel 25 aims without a core aim; not with one (Validate_Error, Validate_NoError)', async () => {
    expect(await rFound({ dateOfBirth: '2004-01-01', aims: [sixteen(4)] })).toEqual(['R_63']);
    expect(await rFound({ dateOfBirth: '2004-01-01', aims: [sixteen(5), sixteen(4, { aimSeqNumber: 2 })] })).toEqual([]);
    // A core aim on other funding does not count.
    expect(await rFound({ dateOfBirth: '2004-01-01', aims: [sixteen(4), aim({ aimType: 5, aimSeqNumber: 2 })] })).toEqual(['R_63']);
  });

  it('from 2025/26 an aim funded as SOF 105 does not need one (the catalogue’s exclusion); before, it does', async () => {
    const sof105 = (year: number): FixtureAim =>
      sixteen(4, { learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, fams: [{ type: 'SOF', code: '105' }] });
    expect(await rFound({ dateOfBirth: '2008-01-01', aims: [sof105(2025)] }, 2025)).toEqual([]);
    expect(await rFound({ dateOfBirth: '2004-01-01', aims: [sof105(2020)] })).toEqual(['R_63']);
  });
});

describe('R_66: a funded component aim has a programme aim of the same funding (R66RuleTests)', () => {
  it('fires when the only programme aim has another funding model; not when it matches; not for an unfunded component', async () => {
    expect(await rFound({ aims: [frameworkAim(3), frameworkAim(1, { aimSeqNumber: 2, fundModel: 36, fams: [{ type: 'ACT', code: '1' }] })] })).toContain('R_66');
    expect(await rFound({ aims: [frameworkAim(3), frameworkAim(1, { aimSeqNumber: 2 })] })).toEqual([]);
    // FundModel 99 components are left out (only R_30 asks for their programme).
    expect(await rFound({ aims: [frameworkAim(3, { fundModel: 99 })] })).toEqual(['R_30']);
  });
});

describe('R_68: a financial record is not repeated within an apprenticeship (R68RuleTests)', () => {
  const TNP = (code: number, day: string): string => `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>${code}</AFinCode><AFinDate>${day}</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>`;
  const standard = (year: number, extraXml: string, a: Partial<FixtureAim> = {}): FixtureAim =>
    aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, fams: [{ type: 'ACT', code: '1' }], extraXml, ...a });
  const component = (year: number): FixtureAim =>
    aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 3, aimSeqNumber: 2, learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, fams: [{ type: 'ACT', code: '1' }] });

  it('fires on the same type, code and date twice (Validate_Error_SingleDelivery); not on another date or code', async () => {
    expect(await rFound({ aims: [standard(2020, TNP(1, '2020-09-01') + TNP(1, '2020-09-01') + TNP(2, '2020-09-01')), component(2020)] })).toEqual(['R_68']);
    expect(await rFound({ aims: [standard(2020, TNP(1, '2020-09-01') + TNP(1, '2020-09-02') + TNP(2, '2020-09-01')), component(2020)] })).toEqual([]);
    expect(await rFound({ aims: [standard(2025, TNP(1, '2025-09-01') + TNP(1, '2025-09-01') + TNP(2, '2025-09-01')), component(2025)] }, 2025)).toEqual(['R_68']);
  });

  it('in 2018/19 only where the StdCode is on more than one of the learner’s aims (the 2018/19 R68Rule)', async () => {
    const records = TNP(1, '2018-09-01') + TNP(1, '2018-09-01') + TNP(2, '2018-09-01');
    expect(await rFound({ aims: [standard(2018, records), component(2018)] }, 2018)).toContain('R_68');
    expect(await rFound({ aims: [standard(2018, records)] }, 2018)).not.toContain('R_68');
  });
});

describe('R_97: consecutive employment statuses that say the same (R97RuleTests), a warning', () => {
  const EII = '<EmploymentStatusMonitoring><ESMType>EII</ESMType><ESMCode>8</ESMCode></EmploymentStatusMonitoring>';
  it('fires on the same status from a later day; not on another status, other monitoring, or the same day (Validate_NoError_ForSameDate)', async () => {
    const found = await findings(w, { year: 2020, preparedOn: '2021-03-01', learner: { extraXml: EMPLOYMENT('2020-08-01', 10, EII) + EMPLOYMENT('2020-09-01', 10, EII), aims: [aim()] } });
    expect(found.filter((f) => f.rule === 'R_97')).toEqual([{ rule: 'R_97', severity: 'warning', aim: null }]);
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01', 10, EII) + EMPLOYMENT('2020-09-01', 11), aims: [aim()] })).toEqual([]);
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01', 10, EII) + EMPLOYMENT('2020-09-01', 10), aims: [aim()] })).toEqual([]);
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01', 10, EII) + EMPLOYMENT('2020-08-01', 10, EII), aims: [aim()] })).toEqual(['R_43']);
  });
});

describe('T Levels (R125RuleTests, R126RuleTests; R_130, R_137 from the catalogue)', () => {
  const tLevel = (aimType: number, year: number, a: Partial<FixtureAim> = {}): FixtureAim =>
    aim({ fundModel: 25, progType: 31, aimType, learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 2}-06-30`, ...(aimType === 1 ? { learnAimRef: 'ZPROG001' } : {}), ...a });
  const DOB = { dateOfBirth: '2004-01-01' };

  it('R_125: a T Level core or component aim without its programme aim fires; with it does not', async () => {
    expect(await rFound({ ...DOB, aims: [tLevel(5, 2020)] })).toContain('R_125');
    expect(await rFound({ ...DOB, aims: [tLevel(5, 2020), tLevel(1, 2020, { aimSeqNumber: 2 })] })).toEqual([]);
    // Another funding model's programme aim is not its programme (Validate_Error).
    expect(await rFound({ ...DOB, aims: [tLevel(5, 2020), tLevel(1, 2020, { aimSeqNumber: 2, fundModel: 99 })] })).toContain('R_125');
  });

  it('R_126: a T Level programme aim without a component or core aim fires; with one does not', async () => {
    expect(await rFound({ ...DOB, aims: [tLevel(1, 2020)] })).toContain('R_126');
    expect(await rFound({ ...DOB, aims: [tLevel(1, 2020), tLevel(3, 2020, { aimSeqNumber: 2 }), tLevel(5, 2020, { aimSeqNumber: 3 })] })).toEqual([]);
  });

  it('R_137 (from 2021/22): T Level aims need an occupational specialism aim ZTLOS…', async () => {
    const aims = [tLevel(1, 2021), tLevel(5, 2021, { aimSeqNumber: 2 })];
    expect(await rFound({ dateOfBirth: '2005-01-01', aims }, 2021)).toEqual(['R_137']);
    expect(await rFound({ dateOfBirth: '2005-01-01', aims: [...aims, tLevel(3, 2021, { aimSeqNumber: 3, learnAimRef: 'ZTLOS001' })] }, 2021)).toEqual([]);
    // Not in the 2020/21 definitions (absent from the agency's 2020/21 code).
    expect(await rFound({ ...DOB, aims: [tLevel(1, 2020), tLevel(5, 2020, { aimSeqNumber: 2 })] })).toEqual([]);
  });

  it('R_130 (from 2021/22): planned hours on a learner whose aims are all T Level aims fire', async () => {
    const aims = [tLevel(1, 2021), tLevel(5, 2021, { aimSeqNumber: 2 }), tLevel(3, 2021, { aimSeqNumber: 3, learnAimRef: 'ZTLOS001' })];
    expect(await rFound({ dateOfBirth: '2005-01-01', planLearnHours: 540, aims }, 2021)).toEqual(['R_130']);
    expect(await rFound({ dateOfBirth: '2005-01-01', planEEPHours: 20, aims }, 2021)).toEqual(['R_130']);
    expect(await rFound({ dateOfBirth: '2005-01-01', aims }, 2021)).toEqual([]);
    // Another 16-19 aim beside the T Level: the hours are asked for.
    const other = aim({ fundModel: 25, aimType: 4, aimSeqNumber: 4, learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30' });
    expect(await rFound({ dateOfBirth: '2005-01-01', planLearnHours: 540, aims: [...aims, other] }, 2021)).not.toContain('R_130');
  });
});

describe('R_131 (from 2021/22): a prior attainment record applies on the first start', () => {
  const PRIOR = (day: string): string => `<PriorAttain><PriorLevel>2</PriorLevel><DateLevelApp>${day}</DateLevelApp></PriorAttain>`;
  const adult = aim({ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30' });
  it('fires when the only record is dated after the earliest start; not when dated on the start day (the boundary)', async () => {
    expect(await rFound({ extraXml: PRIOR('2021-09-02'), aims: [adult] }, 2021)).toEqual(['R_131']);
    expect(await rFound({ extraXml: PRIOR('2021-09-01'), aims: [adult] }, 2021)).toEqual([]);
    // An earlier record as well answers it.
    expect(await rFound({ extraXml: PRIOR('2021-08-01') + PRIOR('2021-09-02'), aims: [adult] }, 2021)).toEqual([]);
  });

  it('counts only the funding models it names (16-19 FundModel 25 is not one)', async () => {
    const sixteen = aim({ fundModel: 25, aimType: 5, learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30' });
    expect(await rFound({ dateOfBirth: '2005-01-01', extraXml: PRIOR('2021-09-02'), aims: [sixteen] }, 2021)).toEqual([]);
  });
});

describe('R_134 (from 2021/22): small or medium employer monitoring is for Skills Bootcamps', () => {
  const OET2 = `<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2022-08-01</DateEmpStatApp><EmpId>100000002</EmpId><EmploymentStatusMonitoring><ESMType>OET</ESMType><ESMCode>2</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>`;
  const adult = (a: Partial<FixtureAim> = {}): FixtureAim => aim({ learnStartDate: '2022-09-01', learnPlanEndDate: '2023-06-30', ...a });
  it('fires on OET 2 without a bootcamp aim; not with one, nor with the devolved exclusion DAM 023', async () => {
    expect(await rFound({ extraXml: OET2, aims: [adult()] }, 2022)).toEqual(['R_134']);
    const bootcamp = [adult({ fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001' }), adult({ fundModel: 37, progType: 32, aimType: 3, aimSeqNumber: 2 })];
    expect(await rFound({ extraXml: OET2, aims: bootcamp }, 2022)).toEqual([]);
    expect(await rFound({ extraXml: OET2, aims: [adult({ fams: [{ type: 'SOF', code: '105' }, { type: 'DAM', code: '023' }] })] }, 2022)).toEqual([]);
  });
});

describe('Skills Bootcamps (R_135, R_136, R_138, R_140, R_143, R_144, R_150, R_152 to R_154: the catalogue)', () => {
  /** A bootcamp's aims on contract BC1 (FundModel 37, ProgType 32), started on `start`. */
  const camp = (aimType: number, start: string, a: Partial<FixtureAim> = {}): FixtureAim =>
    aim({ fundModel: 37, progType: 32, aimType, conRefNumber: 'BC1', learnStartDate: start, learnPlanEndDate: `${Number(start.slice(0, 4)) + 1}-06-30`, ...(aimType === 1 ? { learnAimRef: 'ZPROG001', aimSeqNumber: 1 } : { aimSeqNumber: 2 }), ...a });
  const yearOf = (start: string): number => (start.slice(5) >= '08-01' ? Number(start.slice(0, 4)) : Number(start.slice(0, 4)) - 1);
  const found = (aims: FixtureAim[]): Promise<string[]> => rFound({ aims }, yearOf(aims[0]?.learnStartDate ?? ''));
  const done = (end: string, a: Partial<FixtureAim> = {}): Partial<FixtureAim> => ({ compStatus: 2, learnActEndDate: end, outcome: 1, ...a });

  it('a programme aim and its component aim on the same contract pass', async () => {
    expect(await found([camp(1, '2024-09-01'), camp(3, '2024-09-01')])).toEqual([]);
  });

  it('R_135 and R_136: a component aim on another contract has no programme aim, and the programme no component', async () => {
    const other = await found([camp(1, '2024-09-01'), camp(3, '2024-09-01', { conRefNumber: 'BC2' })]);
    expect(other).toContain('R_135');
    expect(other).toContain('R_136');
    expect(await found([camp(3, '2024-09-01')])).toContain('R_135');
    expect(await found([camp(1, '2024-09-01')])).toContain('R_136');
  });

  it('R_138: a completed programme with no achievement date and no event aim fires, unless prepared over six months after it ended', async () => {
    // Prepared 2025-03-01: an end on 2024-09-01 is six months before, not more (fires); 2024-08-31 is more (excluded).
    expect(await found([camp(1, '2024-08-05', done('2024-09-01')), camp(3, '2024-08-05', done('2024-09-01'))])).toEqual(['R_138']);
    expect(await found([camp(1, '2024-08-05', done('2024-08-31')), camp(3, '2024-08-05', done('2024-08-31'))])).toEqual([]);
    expect(await found([camp(1, '2024-08-05', done('2024-09-01', { achDate: '2024-09-01' })), camp(3, '2024-08-05', done('2024-09-01'))])).toEqual([]);
    const event = camp(3, '2024-08-05', { aimSeqNumber: 3, learnAimRef: 'Z0059747', ...done('2024-09-01') });
    expect(await found([camp(1, '2024-08-05', done('2024-09-01')), camp(3, '2024-08-05', done('2024-09-01')), event])).toEqual([]);
  });

  it('R_140: an open component aim of an ended programme fires', async () => {
    expect(await found([camp(1, '2024-09-01', done('2024-12-01', { achDate: '2024-12-01' })), camp(3, '2024-09-01')])).toContain('R_140');
    expect(await found([camp(1, '2024-09-01', done('2024-12-01', { achDate: '2024-12-01' })), camp(3, '2024-09-01', done('2024-12-01'))])).toEqual([]);
  });

  it('R_143: the programme aim ending before its component aim fires; on the same day does not', async () => {
    const programme = camp(1, '2024-09-01', done('2024-11-30', { achDate: '2024-11-30' }));
    expect(await found([programme, camp(3, '2024-09-01', done('2024-12-01'))])).toEqual(['R_143']);
    expect(await found([programme, camp(3, '2024-09-01', done('2024-11-30'))])).toEqual([]);
  });

  it('R_144: an achievement date before the first programme start of the contract fires; on it does not', async () => {
    const first = camp(1, '2024-09-01', done('2024-10-01', { achDate: '2024-10-01' }));
    const second = (ach: string): FixtureAim => camp(1, '2024-10-02', { aimSeqNumber: 3, ...done('2024-12-01', { achDate: ach }) });
    const components = [camp(3, '2024-09-01', done('2024-10-01')), camp(3, '2024-10-02', { aimSeqNumber: 4, ...done('2024-12-01') })];
    expect(await found([first, second('2024-08-31'), ...components])).toContain('R_144');
    expect(await found([first, second('2024-09-01'), ...components])).not.toContain('R_144');
  });

  it('R_150: an event aim starting before the programme (started 2024/25) fires; on the same day does not', async () => {
    const event = (start: string): FixtureAim => camp(3, start, { aimSeqNumber: 3, learnAimRef: 'Z0059748' });
    expect(await found([camp(1, '2024-09-02'), camp(3, '2024-09-02'), event('2024-09-01')])).toEqual(['R_150']);
    expect(await found([camp(1, '2024-09-02'), camp(3, '2024-09-02'), event('2024-09-02')])).toEqual([]);
    // A programme started before 1 August 2024 is outside the rule.
    expect(await found([camp(1, '2024-07-31'), camp(3, '2024-07-31'), event('2024-07-30')])).toEqual([]);
  });

  it('R_152, R_153, R_154 (2025/26): the Event Indicator and event aims by the programme’s first start', async () => {
    const evi = (from: string): Partial<FixtureAim> => ({ fams: [{ type: 'EVI', code: '1', dateFrom: from }] });
    // A bootcamp started 2025-07-31 (in a 2025/26 return) must not use EVI; one from 2025-08-01 may.
    expect(await rFound({ aims: [camp(1, '2025-07-31', evi('2025-08-01')), camp(3, '2025-07-31')] }, 2025)).toContain('R_152');
    expect(await rFound({ aims: [camp(1, '2025-08-01', evi('2025-08-01')), camp(3, '2025-08-01')] }, 2025)).toEqual([]);
    // EVI applying from before 1 August 2025 on a bootcamp from 2025-08-01.
    expect(await rFound({ aims: [camp(1, '2025-08-01', evi('2025-07-31')), camp(3, '2025-08-01')] }, 2025)).toContain('R_153');
    // An event aim on a bootcamp from 2025-08-01; on one from 2025-07-31 it is still allowed.
    const event = (start: string): FixtureAim => camp(3, start, { aimSeqNumber: 3, learnAimRef: 'Z0059747' });
    expect(await rFound({ aims: [camp(1, '2025-08-01'), camp(3, '2025-08-01'), event('2025-08-01')] }, 2025)).toEqual(['R_154']);
    expect(await rFound({ aims: [camp(1, '2025-07-31'), camp(3, '2025-07-31'), event('2025-08-01')] }, 2025)).not.toContain('R_154');
  });
});

describe('R_142 (from 2021/22): a withdrawn standard’s price is not dated on or after the restart', () => {
  const TNP = (code: number, day: string): string => `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>${code}</AFinCode><AFinDate>${day}</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>`;
  const standard = (a: Partial<FixtureAim>): FixtureAim =>
    aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnPlanEndDate: '2024-12-31', fams: [{ type: 'ACT', code: '1' }], ...a });
  const withdrawn = (tnpDay: string): FixtureAim =>
    standard({ learnStartDate: '2023-08-01', compStatus: 3, learnActEndDate: '2023-10-31', withdrawReason: 40, outcome: 3, extraXml: TNP(1, '2023-08-01') + TNP(2, '2023-08-01') + TNP(1, tnpDay) });
  const restart = standard({ aimSeqNumber: 2, learnStartDate: '2023-11-01' });
  it('fires on a TNP record of the withdrawn aim dated the restart’s start day; not the day before', async () => {
    expect(await rFound({ aims: [withdrawn('2023-11-01'), restart] }, 2023)).toContain('R_142');
    expect(await rFound({ aims: [withdrawn('2023-10-31'), restart] }, 2023)).not.toContain('R_142');
  });
});

describe('R_06 and R_59: across the learners of a file (the loader, pipelines/ingest/batch-loader.ts)', () => {
  let ukprn = 10_000_900;
  /** The R_06 and R_59 findings of a 2020/21 return of these learners, with what was loaded. */
  async function fileFound(learners: FixtureLearner[]): Promise<{ found: string[]; loaded: string[] }> {
    const [path] = writeReturns([{ ukprn: ukprn++, year: 2020, preparedOn: '2021-03-01', learners }]) as [string];
    const summary = await ingestFile(w, path);
    const found = await rows(w, `select rule_id, learn_ref_number, line from quarantine.records where batch_id = ${summary.batchId} and rule_id in ('R_06', 'R_59') order by line`);
    const loaded = await rows(w, `select learn_ref_number from raw.learner where batch_id = ${summary.batchId} order by record_no`);
    return { found: found.map((f) => `${String(f.rule_id)} ${String(f.learn_ref_number)}`), loaded: loaded.map((l) => String(l.learn_ref_number)) };
  }
  const learner = (learnRefNumber: string, uln?: string): FixtureLearner => ({ learnRefNumber, ...(uln ? { uln } : {}), aims: [aim()] });

  it('R_06 is reported on every record of a repeated reference, in any case (R06RuleTests); the first stays loaded', async () => {
    expect(await fileFound([learner('A1', '1000000043'), learner('B1', '1000000140'), learner('A1', '1000000051')])).toEqual({ found: ['R_06 A1', 'R_06 A1'], loaded: ['A1', 'B1'] });
    // The agency groups references ignoring case: a1 repeats A1 (LearnRefNumber_Unique, exact, does not).
    expect((await fileFound([learner('A1', '1000000043'), learner('a1', '1000000140')])).found).toEqual(['R_06 A1', 'R_06 a1']);
    expect((await fileFound([learner('A1', '1000000043'), learner('B1', '1000000140')])).found).toEqual([]);
  });

  it('R_59 is reported on every learner of a repeated ULN, except the temporary 9999999999 (R59RuleTests)', async () => {
    const { found, loaded } = await fileFound([learner('A1', '1000000043'), learner('B1', '1000000043'), learner('C1', '1000000043')]);
    expect(found).toEqual(['R_59 A1', 'R_59 B1', 'R_59 C1']);
    // An error: the later copies are kept out, the first stays loaded.
    expect(loaded).toEqual(['A1']);
    const temporary = (ref: string): FixtureLearner => ({ ...learner(ref, '9999999999'), aims: [aim({ fundModel: 99 })] });
    expect((await fileFound([temporary('A1'), temporary('B1')])).found).toEqual([]);
  });
});
