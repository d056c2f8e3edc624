// One fault per file (issues #3 and #15): each return holds a sound learner GOOD1 and a learner BAD1
// with exactly one fault. The file must load; every rule the fault breaks is reported — the rule
// the case is named for and, in `also`, the others the agency's service would report for the same
// fault, each with the reason beside it — all against BAD1 and nothing else; and an error keeps out
// the smallest record: the aim, or the learner with their aims. Year 2019/20 (teaching year
// 2019-08-01 … 2020-07-31, checked by the 2020/21 definitions), file prepared 2020-10-15, unless a
// case says otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { defaultUln, returnXml, writeReturns, type FixtureAim, type FixtureLearner, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';
import { writeFileSync } from 'node:fs';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const AIM: FixtureAim = { learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', compStatus: 1 };
const DONE: FixtureAim = { ...AIM, compStatus: 2, learnActEndDate: '2020-06-20', outcome: 1 };
const GOOD: FixtureLearner = { learnRefNumber: 'GOOD1', aims: [DONE, { ...AIM, aimSeqNumber: 2 }] };

interface Case {
  rule: string;
  /** The other rules the same fault breaks, reported too. */
  also?: string[];
  /** Warnings the same fault raises beside an error, reported too. */
  warnsToo?: string[];
  /** The return's collection year and preparation date, when not 2019/20 prepared 2020-10-15. */
  year?: number;
  preparedOn?: string;
  severity: 'error' | 'warning';
  /** What the fault keeps out: BAD1's aim, BAD1 with their aims, or nothing. */
  keepsOut: 'aim' | 'learner' | 'nothing';
  bad: Partial<FixtureLearner>;
  /** A change to BAD1's XML the fixture builder cannot express. */
  edit?: [string, string];
  learners?: (bad: FixtureLearner) => FixtureLearner[];
}

const aim = (a: Partial<FixtureAim>): Partial<FixtureLearner> => ({ aims: [{ ...AIM, ...a }] });
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17 };
/**
 * An apprenticeship standard programme aim, the only aim (with Skills Bootcamps) that may carry an
 * achievement date (AchDate_09). Started 2019-06-01 so that its planned length (to 2020-06-30, 396
 * days counted both ends in) and its actual length once ended 2020-06-20 (385 days) reach the
 * standard's 365-day minimum (DateOfBirth_46, _47).
 */
const PROGRAMME: Partial<FixtureAim> = {
  ...STANDARD,
  aimType: 1,
  learnAimRef: 'ZPROG001',
  learnStartDate: '2019-06-01',
  // Funded by the ESFA (SOF 105) under a levy contract (ACT 1, LearnDelFAMType_64).
  fams: [{ type: 'SOF', code: '105' }, { type: 'ACT', code: '1' }],
};
/** An open programme aim with a component aim of its standard (alone, an open programme aim breaks R_31). */
const withComponent = (a: Partial<FixtureAim>): Partial<FixtureLearner> => ({
  aims: [{ ...AIM, ...a }, { ...AIM, ...STANDARD, aimType: 3, aimSeqNumber: 2, learnStartDate: '2019-06-01', fams: PROGRAMME.fams }],
});

const CASES: Case[] = [
  { rule: 'ULN_04', severity: 'error', keepsOut: 'learner', bad: { uln: '1000000042' } },
  // No ULN at all: the schema's finding, and ULN_04's (the agency's ULN_04 fires on a missing ULN).
  { rule: 'ULN_04', also: ['FD_ULN_MA'], severity: 'error', keepsOut: 'learner', bad: {}, edit: [`<ULN>${defaultUln(1)}</ULN>`, ''] },
  { rule: 'Schema_Type', severity: 'error', keepsOut: 'aim', bad: {}, edit: ['<LearnStartDate>2019-09-01', '<LearnStartDate>2019-13-45'] },
  { rule: 'Schema_Type', severity: 'error', keepsOut: 'learner', bad: {}, edit: ['<Ethnicity>31', '<Ethnicity>white'] },
  { rule: 'FD_LearnAimRef_MA', severity: 'error', keepsOut: 'aim', bad: {}, edit: ['<LearnAimRef>60000088</LearnAimRef>', ''] },
  { rule: 'FD_Sex_MA', severity: 'error', keepsOut: 'learner', bad: {}, edit: ['<Sex>F</Sex>', ''] },
  { rule: 'FD_AimSeqNumber_AR', severity: 'error', keepsOut: 'aim', bad: {}, edit: ['<AimSeqNumber>1<', '<AimSeqNumber>99<'] },
  // 10000 is out of range (0–9999) and has 5 characters (at most 4): both FD rules, as the agency's file validation reports them.
  { rule: 'FD_AddHours_AR', also: ['FD_AddHours_AL'], severity: 'error', keepsOut: 'aim', bad: {}, edit: ['<CompStatus>', '<AddHours>10000</AddHours><CompStatus>'] },
  { rule: 'Schema_UnknownElement', severity: 'warning', keepsOut: 'nothing', bad: { extraXml: '<Nickname>Jo</Nickname>' } },
  { rule: 'Schema_UnknownElement', severity: 'warning', keepsOut: 'nothing', bad: {}, edit: ['<CompStatus>', '<SWSupAimID>abc</SWSupAimID><CompStatus>'] },
  // A misspelt required element is one fault: an error naming the element meant, not also Schema_Missing.
  { rule: 'Schema_UnknownElement', severity: 'error', keepsOut: 'aim', bad: {}, edit: ['<LearnAimRef>60000088</LearnAimRef>', '<LearnAimRf>60000088</LearnAimRf>'] },
  // The agency's R_06 is reported on both records of BAD1; the first stays loaded.
  { rule: 'LearnRefNumber_Unique', also: ['R_06', 'R_06'], severity: 'error', keepsOut: 'learner', bad: {}, learners: (bad) => [{ ...bad, aims: [AIM] }, bad] },
  { rule: 'LearnPlanEndDate_02', severity: 'error', keepsOut: 'aim', bad: aim({ learnPlanEndDate: '2019-08-15' }) },
  { rule: 'LearnActEndDate_01', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 3, learnActEndDate: '2019-08-20', withdrawReason: 98, outcome: 3 }) },
  { rule: 'CompStatus_06', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 3, learnActEndDate: '2020-01-10', withdrawReason: 98, outcome: 1 }) },
  // An achieved aim flipped to withdrawn: withdrawn with no WithdrawReason breaks WithdrawReason_03 too.
  { rule: 'CompStatus_06', also: ['WithdrawReason_03'], severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 3, learnActEndDate: '2020-06-20', outcome: 1 }) },
  // A break with Outcome 8: Outcome 8 needs CompStatus 2, so Outcome_09 fires too.
  { rule: 'CompStatus_06', also: ['Outcome_09'], severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 6, learnActEndDate: '2020-01-10', outcome: 8 }) },
  // Started 2009-01-01 and planned to end 2020-06-30: more than 10 years, so LearnPlanEndDate_03 too.
  { rule: 'LearnStartDate_02', also: ['LearnPlanEndDate_03'], severity: 'error', keepsOut: 'aim', bad: aim({ learnStartDate: '2009-01-01' }) },
  // The learner's employment status dated within the year (the fixture's own, the day before the
  // start, would be after the year's end too: DateEmpStatApp_01).
  { rule: 'LearnStartDate_03', severity: 'error', keepsOut: 'aim',
    bad: { employment: '<LearnerEmploymentStatus><EmpStat>12</EmpStat><DateEmpStatApp>2019-08-31</DateEmpStatApp></LearnerEmploymentStatus>', ...aim({ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' }) } },
  // Born 2015, the learner is under 19, too young for adult funding (FM35, DateOfBirth_25, which
  // would keep the learner out): the aim is not funded (FundModel 99). Born after the start, the
  // learner is under 4 at the start of non-funded learning: DateOfBirth_05 warns too.
  { rule: 'LearnStartDate_05', warnsToo: ['DateOfBirth_05'], severity: 'error', keepsOut: 'aim', bad: { dateOfBirth: '2015-01-01', ...aim({ learnStartDate: '2014-09-01', fundModel: 99 }) } },
  { rule: 'LearnPlanEndDate_03', severity: 'error', keepsOut: 'aim', bad: aim({ learnPlanEndDate: '2030-01-01' }) },
  { rule: 'LearnActEndDate_04', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 2, learnActEndDate: '2020-11-01', outcome: 1 }) },
  { rule: 'DateOfBirth_04', severity: 'error', keepsOut: 'learner', bad: { dateOfBirth: '1900-01-01' } },
  // CompStatus 5 is not 1, so the aim needs an actual end date (CompStatus_03) and an Outcome (CompStatus_04).
  { rule: 'CompStatus_01', also: ['CompStatus_03', 'CompStatus_04'], severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 5 }) },
  { rule: 'Outcome_01', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 2, learnActEndDate: '2020-06-20', outcome: 5 }) },
  { rule: 'AimType_01', severity: 'error', keepsOut: 'aim', bad: aim({ aimType: 2 }) },
  { rule: 'FundModel_01', severity: 'error', keepsOut: 'aim', bad: aim({ fundModel: 12 }) },
  { rule: 'WithdrawReason_02', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 3, learnActEndDate: '2020-01-10', withdrawReason: 99, outcome: 3 }) },
  { rule: 'CompStatus_02', severity: 'error', keepsOut: 'aim', bad: aim({ learnActEndDate: '2020-01-10' }) },
  // Achieved (Outcome 1) with no actual end date: Outcome_05 too.
  { rule: 'CompStatus_03', also: ['Outcome_05'], severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 2, outcome: 1 }) },
  { rule: 'CompStatus_04', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 2, learnActEndDate: '2020-06-20' }) },
  // Continuing with Outcome 3 (no achievement): Outcome_10 too.
  { rule: 'CompStatus_05', also: ['Outcome_10'], severity: 'error', keepsOut: 'aim', bad: aim({ outcome: 3 }) },
  // On a trailblazer standard programme aim (FundModel 81, so started before 1 May 2017: FundModel_07),
  // which may carry an achievement date (AchDate_09) and which Outcome_04, unlike FM36 standards, still covers.
  { rule: 'Outcome_04', severity: 'error', keepsOut: 'aim', bad: aim({ ...PROGRAMME, fundModel: 81, learnStartDate: '2017-04-01', compStatus: 2, learnActEndDate: '2020-06-20', outcome: 3, achDate: '2020-06-30' }) },
  { rule: 'Outcome_05', severity: 'error', keepsOut: 'aim', bad: withComponent({ ...PROGRAMME, outcome: 1 }) },
  // With its programme aim (a component aim without one breaks R_66).
  { rule: 'Outcome_10', severity: 'error', keepsOut: 'aim', bad: { aims: [{ ...AIM, ...STANDARD, aimType: 3, outcome: 3, learnStartDate: '2019-06-01', fams: PROGRAMME.fams }, { ...AIM, ...PROGRAMME, aimSeqNumber: 2 }] } },
  // Standard programme aims: the rules that exempt them leave the one under test alone.
  // Outcome_11 is not in the agency's 2020/21 code: from 2021/22 (docs/ingestion.md, "Rules by year").
  { rule: 'Outcome_11', year: 2021, preparedOn: '2022-10-15', severity: 'error', keepsOut: 'aim', bad: withComponent({ ...PROGRAMME, outcome: 8 }) },
  // Achieved before the start, so before the actual end too: AchDate_05 as well, and, on an
  // apprenticeship standard ended from 2019/20, less than 7 days after the end: AchDate_11.
  // The standard's price, dated its start, is after the achievement date too: AFinDate_13.
  { rule: 'AchDate_03', also: ['AchDate_05', 'AchDate_11', 'AFinDate_13'], severity: 'error', keepsOut: 'aim', bad: aim({ ...PROGRAMME, compStatus: 2, learnActEndDate: '2020-06-20', outcome: 1, achDate: '2019-05-20' }) },
  { rule: 'AchDate_04', severity: 'error', keepsOut: 'aim', bad: withComponent({ ...PROGRAMME, achDate: '2020-06-20' }) },
  // Achieved before the actual end, so less than 7 days after it on an apprenticeship standard: AchDate_11 too.
  { rule: 'AchDate_05', also: ['AchDate_11'], severity: 'error', keepsOut: 'aim', bad: aim({ ...PROGRAMME, compStatus: 2, learnActEndDate: '2020-06-20', outcome: 1, achDate: '2020-06-01' }) },
  // Achieved 2020-11-01, after the file was prepared (2020-10-15) and so after the teaching year ended (2020-07-31): AchDate_02 too.
  { rule: 'AchDate_07', also: ['AchDate_02'], severity: 'error', keepsOut: 'aim', bad: aim({ ...PROGRAMME, compStatus: 2, learnActEndDate: '2020-06-20', outcome: 1, achDate: '2020-11-01' }) },
  { rule: 'CompStatus_07', severity: 'error', keepsOut: 'aim',
    bad: aim({ ...PROGRAMME, compStatus: 3, learnActEndDate: '2020-06-20', withdrawReason: 98, outcome: 3, achDate: '2020-07-01' }) },
  // Skills Bootcamps' rule is not in the agency's 2020/21 code: from 2021/22. The bootcamp starts in
  // 2019 like every aim here, before Skills Bootcamp funding began (1 August 2022): LearnStartDate_21 too.
  // Alone, the bootcamp's programme aim has no component aim (R_136, an error on the learner).
  { rule: 'CompStatus_08', also: ['LearnStartDate_21', 'R_136'], year: 2021, preparedOn: '2022-10-15', severity: 'error', keepsOut: 'learner',
    bad: aim({ fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001', compStatus: 3, learnActEndDate: '2020-06-20', withdrawReason: 98, outcome: 1, achDate: '2020-07-01' }) },
  { rule: 'WithdrawReason_03', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 3, learnActEndDate: '2020-01-10', outcome: 3 }) },
  { rule: 'WithdrawReason_04', severity: 'error', keepsOut: 'aim', bad: aim({ compStatus: 2, learnActEndDate: '2020-06-20', outcome: 1, withdrawReason: 98 }) },
  { rule: 'ULN_02', severity: 'warning', keepsOut: 'nothing', bad: { uln: '9999999999', ...aim({ fundModel: 99 }) } },
  // 2020/21 prepared 2021-03-01 (on or after 1 January): a funded aim started 2021-01-15, 45 days before.
  { rule: 'ULN_06', year: 2020, preparedOn: '2021-03-01', severity: 'warning', keepsOut: 'nothing', bad: { uln: '9999999999', ...aim({ learnStartDate: '2021-01-15', learnPlanEndDate: '2021-06-30' }) } },
];

function buildReturn(c: Case): string {
  const bad: FixtureLearner = { learnRefNumber: 'BAD1', aims: [AIM], ...c.bad };
  const r: FixtureReturn = { ukprn: 10000001, year: c.year ?? 2019, preparedOn: c.preparedOn ?? '2020-10-15', learners: [GOOD, ...(c.learners ? c.learners(bad) : [bad])] };
  const [path] = writeReturns([r]) as [string];
  if (c.edit) {
    const xml = returnXml(r);
    const at = xml.lastIndexOf('<Learner><LearnRefNumber>BAD1');
    const [from, to] = c.edit;
    const tail = xml.slice(at);
    expect(tail).toContain(from);
    writeFileSync(path, xml.slice(0, at) + tail.replace(from, to));
  }
  return path;
}

describe('each fault is reported by every rule it breaks, against its learner', () => {
  it.each(CASES.map((c) => [`${c.rule} (keeps out ${c.keepsOut})`, c] as const))('%s', async (_name, c) => {
    const summary = await ingestFile(w, buildReturn(c));
    expect(summary.status).toBe('loaded');
    const issues = await rows(w, `select rule_id, severity, learn_ref_number from quarantine.records where batch_id = ${summary.batchId} order by rule_id`);
    const expected = [
      ...[c.rule, ...(c.also ?? [])].map((rule) => ({ rule_id: rule, severity: c.severity, learn_ref_number: 'BAD1' })),
      ...(c.warnsToo ?? []).map((rule) => ({ rule_id: rule, severity: 'warning', learn_ref_number: 'BAD1' })),
    ].sort((a, b) => (a.rule_id < b.rule_id ? -1 : 1));
    expect(issues).toEqual(expected);
    // GOOD1 has 2 aims, BAD1 one (two records of BAD1, one aim each, for the duplicate case).
    const badAims = c.learners ? 2 : (c.bad.aims?.length ?? 1);
    const badLearners = c.learners ? 2 : 1;
    const aimsOut = c.keepsOut === 'aim' ? 1 : c.keepsOut === 'learner' ? 1 : 0;
    const learnersOut = c.keepsOut === 'learner' ? 1 : 0;
    expect({
      learnersRead: summary.learnersRead,
      learnersLoaded: summary.learnersLoaded,
      aimsRead: summary.aimsRead,
      aimsLoaded: summary.aimsLoaded,
      aimsQuarantined: summary.aimsQuarantined,
    }).toEqual({
      learnersRead: 1 + badLearners,
      learnersLoaded: 1 + badLearners - learnersOut,
      aimsRead: 2 + badAims,
      aimsLoaded: 2 + badAims - aimsOut,
      aimsQuarantined: aimsOut,
    });
  });

  it('a file name that disagrees with the header is flagged, and the file loads', async () => {
    const [path] = writeReturns([{ ukprn: 10000002, year: 2019, preparedOn: '2020-10-15', learners: [GOOD] }]) as [string];
    const renamed = path.replace('ILR-10000002-', 'ILR-10000009-');
    writeFileSync(renamed, returnXml({ ukprn: 10000002, year: 2019, preparedOn: '2020-10-15', learners: [GOOD] }));
    const summary = await ingestFile(w, renamed);
    expect([summary.status, summary.ukprn, summary.learnersLoaded]).toEqual(['loaded', 10000002, 1]);
    const issues = await rows(w, `select rule_id, severity, value from quarantine.records where batch_id = ${summary.batchId}`);
    expect(issues).toEqual([{ rule_id: 'Header_3', severity: 'warning', value: '10000009' }]);
  });
});
