// The cross-record rules decided within one aim (pipelines/validate/rules/learning-delivery/r.ts):
// R_50, R_52, R_67 (records of the aim that must not repeat) and R_61, R_101, R_102, R_104 (the
// dates of the aim's LSF, ALB and ACT records), with the cases of the agency's tests
// (DC-ILR-2021-ValidationService Rules.Tests/CrossEntity/R<NN>RuleTests.cs) where they exist. Each
// case is one learner in a 2020/21 return (teaching year from 2020-08-01) prepared 2021-03-01,
// unless it says otherwise; only the R_ rules found are compared, with the aim they are on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim, FixtureLearner } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

type Fam = NonNullable<FixtureAim['fams']>[number];
/** An adult skills (FM35) aim not part of a programme, continuing. */
const aim = (a: Partial<FixtureAim> = {}): FixtureAim => ({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
/** A levy apprenticeship standard's programme aim, started 2020-09-01, with the ACT records given. */
const apprenticeship = (acts: Fam[], a: Partial<FixtureAim> = {}): FixtureAim =>
  aim({ fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', fams: acts, ...a });
const act = (code: string, dateFrom: string | null, dateTo?: string): Fam => ({ type: 'ACT', code, dateFrom, ...(dateTo ? { dateTo } : {}) });
const fam = (type: string, code: string, dateFrom?: string, dateTo?: string): Fam => ({ type, code, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) });

/** The R_ findings on one learner's aims, as `rule@aim`. */
async function rFound(aims: FixtureAim[], year = 2020): Promise<string[]> {
  const found = await findings(w, { year, preparedOn: `${year + 1}-03-01`, learner: { aims } });
  return found.filter((f) => f.rule.startsWith('R_')).map((f) => `${f.rule}@${f.aim ?? '-'}`);
}

const PSDM = (occur: string): string => `<ProviderSpecDeliveryMonitoring><ProvSpecDelMonOccur>${occur}</ProvSpecDelMonOccur><ProvSpecDelMon>X1</ProvSpecDelMon></ProviderSpecDeliveryMonitoring>`;
const PLACEMENT = (start: string, empId?: number): string =>
  `<LearningDeliveryWorkPlacement><WorkPlaceStartDate>${start}</WorkPlaceStartDate><WorkPlaceHours>30</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode>${empId ? `<WorkPlaceEmpId>${empId}</WorkPlaceEmpId>` : ''}</LearningDeliveryWorkPlacement>`;

describe('records of an aim that must not repeat', () => {
  it('R_50: the same occurrence code twice on one aim fires, in either case; on two aims it does not', async () => {
    expect(await rFound([aim({ extraXml: PSDM('A') + PSDM('a') })])).toEqual(['R_50@1']);
    expect(await rFound([aim({ extraXml: PSDM('A') + PSDM('B') })])).toEqual([]);
    expect(await rFound([aim({ extraXml: PSDM('A') }), aim({ aimSeqNumber: 2, extraXml: PSDM('A') })])).toEqual([]);
  });

  it('R_52: the same FAM type and code twice fires (in any case); another code, or LSF twice, does not', async () => {
    expect(await rFound([aim({ fams: [fam('LDM', '034'), fam('ldm', '034')] })])).toEqual(['R_52@1']);
    expect(await rFound([aim({ fams: [fam('LDM', '034'), fam('LDM', '347')] })])).toEqual([]);
    // LSF, ACT and ALB are left out of R_52 (R_61 and R_101 look at their dates).
    expect(await rFound([aim({ fams: [fam('LSF', '1', '2020-09-01', '2020-10-01'), fam('LSF', '1', '2020-10-02')] })])).toEqual([]);
  });

  it('R_67: two placements on the same day with the same employer fire; with another employer they do not', async () => {
    expect(await rFound([aim({ extraXml: PLACEMENT('2020-09-07', 123456789) + PLACEMENT('2020-09-07', 123456789) })])).toContain('R_67@1');
    expect(await rFound([aim({ extraXml: PLACEMENT('2020-09-07', 123456789) + PLACEMENT('2020-09-07', 223456789) })])).not.toContain('R_67@1');
  });
});

describe('R_61: learning support funding records of an aim must not overlap', () => {
  it('to 2024/25 (the agency’s code): LSF to the day the next starts overlaps it; to the day before does not', async () => {
    expect(await rFound([aim({ fams: [fam('LSF', '1', '2020-09-01', '2020-10-01'), fam('LSF', '1', '2020-10-01')] })])).toContain('R_61@1');
    expect(await rFound([aim({ fams: [fam('LSF', '1', '2020-09-01', '2020-09-30'), fam('LSF', '1', '2020-10-01')] })])).not.toContain('R_61@1');
    // An open LSF record overlaps the one after it.
    expect(await rFound([aim({ fams: [fam('LSF', '1', '2020-09-01'), fam('LSF', '1', '2020-12-01', '2021-01-01')] })])).toContain('R_61@1');
  });

  it('from 2025/26 (the catalogue): ALB too, each type on its own; a date to the day the next starts is not "after" it', async () => {
    const in2025 = (fams: Fam[]): FixtureAim => aim({ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', fams });
    expect(await rFound([in2025([fam('ALB', '1', '2025-09-01', '2025-11-01'), fam('ALB', '2', '2025-10-01')])], 2025)).toContain('R_61@1');
    expect(await rFound([in2025([fam('LSF', '1', '2025-09-01', '2025-10-01'), fam('LSF', '1', '2025-10-01')])], 2025)).not.toContain('R_61@1');
    // An LSF and an ALB record at the same time are two types: no overlap.
    expect(await rFound([in2025([fam('LSF', '1', '2025-09-01'), fam('ALB', '1', '2025-09-01')])], 2025)).not.toContain('R_61@1');
  });
});

describe('apprenticeship contract type (ACT) records of an aim', () => {
  it('R_101: an ACT record without a date to, or to on or after the next one starts, overlaps it', async () => {
    expect(await rFound([apprenticeship([act('1', '2020-09-01'), act('1', '2020-12-01')])])).toContain('R_101@1');
    expect(await rFound([apprenticeship([act('1', '2020-09-01', '2020-12-01'), act('2', '2020-12-01')])])).toContain('R_101@1');
    expect(await rFound([apprenticeship([act('1', '2020-09-01', '2020-11-30'), act('2', '2020-12-01')])])).not.toContain('R_101@1');
  });

  it('R_102: an aim with ACT needs one from its start date', async () => {
    expect(await rFound([apprenticeship([act('1', '2020-09-02')])])).toContain('R_102@1');
    expect(await rFound([apprenticeship([act('1', '2020-09-01')])])).not.toContain('R_102@1');
    // No ACT at all: not this rule's business.
    expect(await rFound([aim()])).toEqual([]);
  });

  it('R_104 from 2019/20: each ACT record starts the day after the one before ends', async () => {
    // 2020-11-30 then 2020-12-01: follows on. 2020-11-29 then 2020-12-01: a day without an ACT.
    expect(await rFound([apprenticeship([act('1', '2020-09-01', '2020-11-30'), act('2', '2020-12-01')])])).not.toContain('R_104@1');
    expect(await rFound([apprenticeship([act('1', '2020-09-01', '2020-11-29'), act('2', '2020-12-01')])])).toContain('R_104@1');
  });

  it('R_104 in 2018/19 was an overlap check: a gap passes, an overlap fires', async () => {
    const in2018 = (acts: Fam[]): FixtureAim => apprenticeship(acts, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30' });
    expect(await rFound([in2018([act('1', '2018-09-01', '2018-11-29'), act('2', '2018-12-01')])], 2018)).not.toContain('R_104@1');
    expect(await rFound([in2018([act('1', '2018-09-01', '2018-12-01'), act('2', '2018-12-01')])], 2018)).toContain('R_104@1');
  });
});

// ---- Apprenticeship standards' prices and contract types, Level 3 free courses ------------------

/** The findings of the rules named on one learner (with the learner fields given), as `rule@aim`. */
async function found(rules: readonly string[], learner: Partial<FixtureLearner> & { aims: FixtureAim[] }, year = 2020): Promise<string[]> {
  const all = await findings(w, { year, preparedOn: `${year + 1}-03-01`, learner });
  return all.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule}@${f.aim ?? '-'}`);
}
const TNP = (code: number, day: string): string => `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>${code}</AFinCode><AFinDate>${day}</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>`;

describe('R_100: a completed standard has an assessment price (R100RuleTests)', () => {
  const completed = (prices: string, a: Partial<FixtureAim> = {}): FixtureAim =>
    apprenticeship([act('1', '2020-09-01', '2020-12-01')], { compStatus: 2, learnActEndDate: '2020-12-01', outcome: 1, achDate: '2020-12-01', extraXml: prices, ...a });
  it('fires without a TNP 2 or 4 (Validate_Error); not with either (Validate_NoError), nor on a continuing aim', async () => {
    expect(await found(['R_100'], { aims: [completed(TNP(1, '2020-09-01'))] })).toEqual(['R_100@1']);
    expect(await found(['R_100'], { aims: [completed(TNP(1, '2020-09-01') + TNP(2, '2020-09-01'))] })).toEqual([]);
    expect(await found(['R_100'], { aims: [completed(TNP(1, '2020-09-01') + TNP(4, '2020-09-01'))] })).toEqual([]);
    expect(await found(['R_100'], { aims: [apprenticeship([act('1', null)], { extraXml: TNP(1, '2020-09-01') })] })).toEqual([]);
  });

  it('leaves out non-funded standards (FundModel 99)', async () => {
    expect(await found(['R_100'], { aims: [completed(TNP(1, '2020-09-01'), { fundModel: 99, fams: [] })] })).toEqual([]);
  });
});

describe('R_110: an employer contract (ACT 1) needs the learner employed when it applies (R110RuleTests)', () => {
  const status = (empStat: number, day: string, monitoring = ''): string =>
    `<LearnerEmploymentStatus><EmpStat>${empStat}</EmpStat><DateEmpStatApp>${day}</DateEmpStatApp>${empStat === 10 ? '<EmpId>100000002</EmpId>' : ''}${monitoring}</LearnerEmploymentStatus>`;
  const levy = (year: number, fams: Fam[] = [act('1', null)]): FixtureAim =>
    apprenticeship(fams, { learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, ...(fams[0]?.dateFrom === null ? { fams: [act('1', `${year}-09-01`), ...fams.slice(1)] } : {}) });
  it('fires when the status on the ACT date from is not employed (Validate_Error); not when employed (Validate_NoError)', async () => {
    expect(await found(['R_110'], { employment: status(11, '2020-08-01'), aims: [levy(2020)] })).toEqual(['R_110@1']);
    expect(await found(['R_110'], { employment: status(10, '2020-08-01'), aims: [levy(2020)] })).toEqual([]);
  });

  it('takes the status dated on the ACT date from (the boundary day); one dated the day after does not apply yet', async () => {
    expect(await found(['R_110'], { employment: status(11, '2020-08-01') + status(10, '2020-09-01'), aims: [levy(2020)] })).toEqual([]);
    expect(await found(['R_110'], { employment: status(11, '2020-08-01') + status(10, '2020-09-02'), aims: [levy(2020)] })).toEqual(['R_110@1']);
  });

  it('from 2025/26 not for a restart (RES) nor a learner last recorded as made redundant (OET 1): the catalogue’s exclusions', async () => {
    const res = [act('1', null), fam('RES', '1')];
    expect(await found(['R_110'], { employment: status(11, '2025-08-01'), aims: [levy(2025, res)] }, 2025)).toEqual([]);
    expect(await found(['R_110'], { employment: status(11, '2020-08-01'), aims: [levy(2020, res)] })).toEqual(['R_110@1']);
    const redundant = status(11, '2025-08-01', '<EmploymentStatusMonitoring><ESMType>OET</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring>');
    expect(await found(['R_110'], { employment: redundant, aims: [levy(2025)] }, 2025)).toEqual([]);
    expect(await found(['R_110'], { employment: status(11, '2025-08-01'), aims: [levy(2025)] }, 2025)).toEqual(['R_110@1']);
  });
});

describe('R_119: a price is not dated before the start (R119RuleTests)', () => {
  it('fires on a TNP record dated the day before the start; not on the start day', async () => {
    expect(await found(['R_119'], { aims: [apprenticeship([act('1', null)], { extraXml: TNP(1, '2020-08-31') + TNP(2, '2020-09-01') })] })).toEqual(['R_119@1']);
    expect(await found(['R_119'], { aims: [apprenticeship([act('1', null)], { extraXml: TNP(1, '2020-09-01') + TNP(2, '2020-09-01') })] })).toEqual([]);
  });

  it('only for starts from 1 February 2019 (LearnStartDateConditionMet)', async () => {
    const start = (day: string, tnp: string): FixtureAim => apprenticeship([act('1', null)], { learnStartDate: day, learnPlanEndDate: '2020-06-30', extraXml: TNP(1, tnp) + TNP(2, day) });
    expect(await found(['R_119'], { aims: [start('2019-01-31', '2019-01-30')] }, 2018)).toEqual([]);
    expect(await found(['R_119'], { aims: [start('2019-02-01', '2019-01-31')] }, 2018)).toEqual(['R_119@1']);
  });
});

describe('R_121, R_122, R_123: the latest ACT record’s date to (their RuleTests)', () => {
  const ended = (a: Partial<FixtureAim>, acts: Fam[]): FixtureAim => apprenticeship(acts, { learnActEndDate: '2020-12-01', ...a });
  it('R_121: an achieved standard’s latest ACT applies to its achievement date; another date fires; none does not', async () => {
    const achieved = (acts: Fam[]): FixtureAim => ended({ compStatus: 2, outcome: 1, achDate: '2021-01-10' }, acts);
    expect(await found(['R_121'], { aims: [achieved([act('1', '2020-09-01', '2021-01-09')])] })).toEqual(['R_121@1']);
    expect(await found(['R_121'], { aims: [achieved([act('1', '2020-09-01', '2021-01-10')])] })).toEqual([]);
    expect(await found(['R_121'], { aims: [achieved([act('1', '2020-09-01')])] })).toEqual([]);
    // The latest by date from decides: the earlier record's date to is not compared.
    expect(await found(['R_121'], { aims: [achieved([act('2', '2020-09-01', '2020-10-31'), act('1', '2020-11-01', '2021-01-10')])] })).toEqual([]);
  });

  it('R_122: with no achievement date the latest ACT applies to the actual end date', async () => {
    const paused = (acts: Fam[]): FixtureAim => ended({ compStatus: 6, outcome: 3 }, acts);
    expect(await found(['R_122'], { aims: [paused([act('1', '2020-09-01', '2020-11-30')])] })).toEqual(['R_122@1']);
    expect(await found(['R_122'], { aims: [paused([act('1', '2020-09-01', '2020-12-01')])] })).toEqual([]);
    expect(await found(['R_122'], { aims: [paused([act('1', '2020-09-01')])] })).toEqual(['R_122@1']);
  });

  it('R_123: a continuing learner’s latest ACT has no date to', async () => {
    expect(await found(['R_123'], { aims: [apprenticeship([act('1', '2020-09-01', '2021-03-01')])] })).toEqual(['R_123@1']);
    expect(await found(['R_123'], { aims: [apprenticeship([act('1', '2020-09-01')])] })).toEqual([]);
    expect(await found(['R_123'], { aims: [apprenticeship([act('1', '2020-09-01', '2020-10-31'), act('2', '2020-11-01')])] })).toEqual([]);
  });

  it('are not in the 2018/19 definitions (absent from the agency’s 2018/19 code)', async () => {
    const in2018 = apprenticeship([act('1', '2018-09-01', '2019-03-01')], { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30' });
    expect(await found(['R_123'], { aims: [in2018] }, 2018)).toEqual([]);
  });
});

describe('Level 3 free courses (R_132, R_148, R_151: the catalogue)', () => {
  const course = (start: string, fams: Fam[], a: Partial<FixtureAim> = {}): FixtureAim =>
    aim({ learnStartDate: start, learnPlanEndDate: `${Number(start.slice(0, 4)) + 1}-06-30`, fams: [fam('SOF', '105'), ...fams], ...a });
  const L3 = fam('LDM', '378');

  it('R_132: a learner at full level 3 or above on LDM 378 (April 2022 to July 2024) needs LDM 382 or to be unemployed on benefits', async () => {
    expect(await found(['R_132'], { priorAttain: 7, aims: [course('2023-09-01', [L3])] }, 2023)).toEqual(['R_132@1']);
    expect(await found(['R_132'], { priorAttain: 7, aims: [course('2023-09-01', [L3, fam('LDM', '382')])] }, 2023)).toEqual([]);
    expect(await found(['R_132'], { priorAttain: 2, aims: [course('2023-09-01', [L3])] }, 2023)).toEqual([]);
    // DD38: FundModel 35, unemployed (11) on benefits (BSI 1) at the start.
    const onBenefits = '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2023-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>BSI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>';
    expect(await found(['R_132'], { priorAttain: 7, employment: onBenefits, aims: [course('2023-09-01', [L3])] }, 2023)).toEqual([]);
    // The window's last day, and the day after.
    expect(await found(['R_132'], { priorAttain: 7, aims: [course('2024-07-31', [L3])] }, 2023)).toEqual(['R_132@1']);
    expect(await found(['R_132'], { priorAttain: 7, aims: [course('2024-08-01', [L3])] }, 2024)).toEqual([]);
  });

  it('R_148: aged 19 to 23 at the start (from August 2024) needs LDM 391 or a prior attainment below full level 3', async () => {
    // Born 2005-09-01: 19 on the start day 2024-09-01 (fires); born 2005-09-02: 18 (does not).
    expect(await found(['R_148'], { dateOfBirth: '2005-09-01', priorAttain: 7, aims: [course('2024-09-01', [L3])] }, 2024)).toEqual(['R_148@1']);
    expect(await found(['R_148'], { dateOfBirth: '2005-09-02', priorAttain: 7, aims: [course('2024-09-01', [L3])] }, 2024)).toEqual([]);
    expect(await found(['R_148'], { dateOfBirth: '2005-09-01', priorAttain: 7, aims: [course('2024-09-01', [L3, fam('LDM', '391')])] }, 2024)).toEqual([]);
    expect(await found(['R_148'], { dateOfBirth: '2005-09-01', priorAttain: 2, aims: [course('2024-09-01', [L3])] }, 2024)).toEqual([]);
  });

  it('R_151: aged 24 or over on Adult Skills Fund (FM38) LDM 378 needs LDM 391, unless devolved (DAM 023)', async () => {
    const asf = (fams: Fam[]): FixtureAim => course('2024-09-01', [L3, ...fams], { fundModel: 38 });
    expect(await found(['R_151'], { dateOfBirth: '2000-09-01', aims: [asf([])] }, 2024)).toEqual(['R_151@1']);
    expect(await found(['R_151'], { dateOfBirth: '2000-09-02', aims: [asf([])] }, 2024)).toEqual([]);
    expect(await found(['R_151'], { dateOfBirth: '2000-09-01', aims: [asf([fam('LDM', '391')])] }, 2024)).toEqual([]);
    expect(await found(['R_151'], { dateOfBirth: '2000-09-01', aims: [asf([fam('DAM', '023')])] }, 2024)).toEqual([]);
  });
});
