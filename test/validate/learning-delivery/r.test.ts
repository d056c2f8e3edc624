// The cross-record rules decided within one aim (pipelines/validate/rules/learning-delivery/r.ts):
// R_50, R_52, R_67 (records of the aim that must not repeat) and R_61, R_101, R_102, R_104 (the
// dates of the aim's LSF, ALB and ACT records), with the cases of the agency's tests
// (DC-ILR-2021-ValidationService Rules.Tests/CrossEntity/R<NN>RuleTests.cs) where they exist. Each
// case is one learner in a 2020/21 return (teaching year from 2020-08-01) prepared 2021-03-01,
// unless it says otherwise; only the R_ rules found are compared, with the aim they are on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
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
