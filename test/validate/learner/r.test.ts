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
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings, rulesFound } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** An adult skills (FM35) aim not part of a programme, continuing. */
const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
/** The R_ rules found on one learner in a return of `year` (2020/21 unless said). */
const rFound = async (learner: Partial<FixtureLearner> & { aims: FixtureAim[] }, year = 2020): Promise<string[]> =>
  (await rulesFound(w, { year, preparedOn: `${year + 1}-03-01`, learner })).filter((r) => r.startsWith('R_'));

const EMPLOYMENT = (date: string): string => `<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>${date}</DateEmpStatApp></LearnerEmploymentStatus>`;
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
    expect(await rFound({ extraXml: EMPLOYMENT('2020-08-01') + EMPLOYMENT('2020-08-02'), aims: [aim()] })).toEqual([]);
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
    expect(await rFound({ aims: [component()] })).toEqual(['R_30']);
    expect(await rFound({ aims: [component(), programme()] })).toEqual([]);
    // Another pathway's programme aim is not this component's programme.
    expect(await rFound({ aims: [component(), programme({ pwayCode: 2 })] })).toEqual(['R_30']);
  });

  it('to 2024/25: leaves standards (ProgType 25) to other rules (R30RuleTests ProgType25IsIgnored)', async () => {
    const standardComponent = aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 3, fams: [{ type: 'ACT', code: '1' }] });
    expect(await rFound({ aims: [standardComponent] })).toEqual([]);
    // From 2025/26 the rule is by ProgType and StdCode, so the same aim fires (2025/26 catalogue:
    // "Framework and pathway removed from the rule").
    const in2025 = aim({ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', fundModel: 36, progType: 25, stdCode: 17, aimType: 3, fams: [{ type: 'ACT', code: '1' }] });
    expect(await rFound({ aims: [in2025] }, 2025)).toEqual(['R_30']);
  });

  it('from 2025/26: a programme aim of the same ProgType and StdCode answers it; another standard does not', async () => {
    const standard = (a: Partial<FixtureAim>): FixtureAim =>
      aim({ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', fundModel: 36, progType: 25, stdCode: 17, fams: [{ type: 'ACT', code: '1' }], ...a });
    const programmeAim = standard({ aimType: 1, learnAimRef: 'ZPROG001', aimSeqNumber: 2 });
    expect(await rFound({ aims: [standard({ aimType: 3 }), programmeAim] }, 2025)).toEqual([]);
    expect(await rFound({ aims: [standard({ aimType: 3 }), { ...programmeAim, stdCode: 18 }] }, 2025)).toEqual(['R_30']);
  });

  it('is an error on the learner (the quarantine keeps the learner out, not one aim)', async () => {
    const found = await findings(w, { year: 2020, preparedOn: '2021-03-01', learner: { aims: [aim(), component({ aimSeqNumber: 2 })] } });
    expect(found.filter((f) => f.rule === 'R_30')).toEqual([{ rule: 'R_30', severity: 'error', aim: null }]);
  });
});
