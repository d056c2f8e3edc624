// ULN_04 and the temporary-ULN rules ULN_02, ULN_03, ULN_06, decided as the agency's service
// decides them (DC-ILR-2021-ValidationService Rules/Learner/ULN and their tests; 2025/26 catalogue).
// Each case is one learner in a 2020/21 return (1 January of the teaching year = 2021-01-01)
// prepared 2021-03-01, unless it says otherwise; the working is in the comment beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings, rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const TEMP = '9999999999';
const PREPARED = '2021-03-01';
const temporary = (...aims: FixtureAim[]): Fixture => ({ year: 2020, preparedOn: PREPARED, learner: { uln: TEMP, aims } });
/** An adult skills (FM35) aim, continuing. */
const aim = (a: Partial<FixtureAim>): FixtureAim => ({ learnStartDate: '2021-02-01', learnPlanEndDate: '2021-06-30', compStatus: 1, ...a });
// Planned for more than a year: an apprenticeship standard planned shorter breaks DateOfBirth_46.
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnPlanEndDate: '2022-06-30' };
/** The ULN rules found (other fields' rules may fire on the same fixture). */
const ulnRules = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith('ULN_'));

describe('ULN_04: the ULN must pass its check digit, and be there', () => {
  it('a learner with no ULN at all breaks ULN_04 (and the schema), and is kept out', async () => {
    // The agency's ULN_04Rule.ConditionMet: `if (!uln.HasValue) return true`.
    const f: Fixture = { year: 2020, preparedOn: PREPARED, learner: { aims: [aim({})] }, edit: ['<ULN>1000000043</ULN>', ''] };
    expect(await findings(w, f)).toEqual([
      { rule: 'FD_ULN_MA', severity: 'error', aim: null },
      { rule: 'ULN_04', severity: 'error', aim: null },
    ]);
  });

  it('a wrong check digit breaks it; the right one and the temporary ULN do not', async () => {
    // DD01 on 100000004·: 1×10 + 4×2 = 18, r = 18 mod 11 = 7, check digit = 10 − 7 = 3. So
    // 1000000043 (the builder's default) passes and 1000000042 fails.
    expect(await ulnRules({ year: 2020, preparedOn: PREPARED, learner: { uln: '1000000042', aims: [aim({})] } })).toEqual(['ULN_04']);
    expect(await ulnRules({ year: 2020, preparedOn: PREPARED, learner: { aims: [aim({})] } })).toEqual([]);
  });
});

describe('ULN_06: a temporary ULN on a young funded aim, from 1 January', () => {
  it('fires on day 60 of the leniency window and not on day 61', async () => {
    // 2021-03-01 − 60 days = 2020-12-31 (January 31 + February 28 = 59 days back to 2021-01-01).
    expect(await ulnRules(temporary(aim({ learnStartDate: '2020-12-31' })))).toEqual(['ULN_06']);
    // 61 days: past the window, where the agency's ULN_07 makes it an error.
    expect(await ulnRules(temporary(aim({ learnStartDate: '2020-12-30' })))).toEqual(['ULN_07']);
  });

  it('counts aims planned 5 days or more, or lasting 5 days or more; not 4', async () => {
    // Planned 2021-02-01 → 2021-02-05 is 4 days: too short; → 2021-02-06 is 5 days: counts.
    expect(await ulnRules(temporary(aim({ learnPlanEndDate: '2021-02-05' })))).toEqual([]);
    expect(await ulnRules(temporary(aim({ learnPlanEndDate: '2021-02-06' })))).toEqual(['ULN_06']);
    // Planned 4 days but lasted 5 (ended 2021-02-06): counts, by its actual length.
    const lasted5 = aim({ learnPlanEndDate: '2021-02-05', compStatus: 2, learnActEndDate: '2021-02-06', outcome: 1 });
    expect(await ulnRules(temporary(lasted5))).toEqual(['ULN_06']);
    const lasted4 = aim({ learnPlanEndDate: '2021-02-05', compStatus: 2, learnActEndDate: '2021-02-05', outcome: 1 });
    expect(await ulnRules(temporary(lasted4))).toEqual([]);
  });

  it('treats a not-funded aim (FM99) with an Advanced Learner Loan (ADL 1) as funded', async () => {
    // FM99 breaks ULN_02 whatever its FAMs; with ADL 1 it is also a funded aim for ULN_06.
    expect(await ulnRules(temporary(aim({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })))).toEqual(['ULN_02', 'ULN_06']);
    expect(await ulnRules(temporary(aim({ fundModel: 99 })))).toEqual(['ULN_02']);
  });

  it('leaves out levy-funded apprenticeships (ACT 1) and OLASS aims (LDM 034)', async () => {
    // A levy-funded apprentice with a temporary ULN breaks ULN_12 instead, whatever the dates.
    expect(await ulnRules(temporary(aim({ ...STANDARD, fams: [{ type: 'ACT', code: '1' }] })))).toEqual(['ULN_12']);
    expect(await ulnRules(temporary(aim({ ...STANDARD, fams: [{ type: 'ACT', code: '2' }] })))).toEqual(['ULN_06']);
    // An offender in custody is warned of by ULN_09 instead.
    expect(await ulnRules(temporary(aim({ fams: [{ type: 'LDM', code: '034' }] })))).toEqual(['ULN_09']);
  });

  it('is reported once for each aim it fires on, as the agency reports it', async () => {
    const found = await findings(w, temporary(aim({}), aim({ aimSeqNumber: 2, learnStartDate: '2021-01-10' }), aim({ aimSeqNumber: 3, learnStartDate: '2020-09-01' })));
    // Aims 1 and 2 started 28 and 50 days before; aim 3, 181 days before, is past the window:
    // ULN_07, once for the learner (a learner-level finding: no aim in the quarantine).
    expect(found).toEqual([
      { rule: 'ULN_06', severity: 'warning', aim: 1 },
      { rule: 'ULN_06', severity: 'warning', aim: 2 },
      { rule: 'ULN_07', severity: 'error', aim: null },
    ]);
  });

  it('uses the year’s funding models: ESF (FM70) counts in 2020/21, not in 2025/26', async () => {
    expect(await ulnRules(temporary(aim({ fundModel: 70 })))).toEqual(['ULN_06']);
    const in2025: Fixture = { year: 2025, preparedOn: '2026-03-01', learner: { uln: TEMP, aims: [aim({ fundModel: 70, learnStartDate: '2026-02-01', learnPlanEndDate: '2026-06-30' })] } };
    expect(await ulnRules(in2025)).toEqual([]);
    in2025.learner.aims = [aim({ fundModel: 35, learnStartDate: '2026-02-01', learnPlanEndDate: '2026-06-30' })];
    expect(await ulnRules(in2025)).toEqual(['ULN_06']);
  });
});

describe('ULN_03 and ULN_02: before 1 January, and on unfunded aims', () => {
  it('before 1 January ULN_03 fires instead of ULN_06, for non-levy apprenticeships too', async () => {
    const early = (a: FixtureAim): Fixture => ({ year: 2020, preparedOn: '2020-12-01', learner: { uln: TEMP, aims: [a] } });
    expect(await ulnRules(early(aim({ learnStartDate: '2020-11-15' })))).toEqual(['ULN_03']);
    // The agency's ULN_03 counts FM36 unless the learner has a levy-funded (ACT 1) aim.
    expect(await ulnRules(early(aim({ ...STANDARD, learnStartDate: '2020-11-15', fams: [{ type: 'ACT', code: '2' }] })))).toEqual(['ULN_03']);
    expect(await ulnRules(early(aim({ ...STANDARD, learnStartDate: '2020-11-15', fams: [{ type: 'ACT', code: '1' }] })))).toEqual(['ULN_12']);
  });

  it('reports every temporary-ULN rule that fires, not only the first', async () => {
    // Prepared before 1 January with an FM99 aim and an FM35 aim: ULN_02 (FM99) and ULN_03 (FM35).
    const f: Fixture = { year: 2020, preparedOn: '2020-12-01', learner: { uln: TEMP, aims: [aim({ fundModel: 99, learnStartDate: '2020-11-15' }), aim({ aimSeqNumber: 2, learnStartDate: '2020-11-15' })] } };
    expect(await ulnRules(f)).toEqual(['ULN_02', 'ULN_03']);
  });
});

describe('ULN_07: a temporary ULN on a funded aim past the 60-day window (DC-ILR-2021 ULN_07Rule)', () => {
  it('fires from day 61, once for the learner', async () => {
    // 2021-03-01 − 61 days = 2020-12-30; − 60 days = 2020-12-31 (ULN_06's last day).
    expect(await findings(w, temporary(aim({ learnStartDate: '2020-12-30' }), aim({ aimSeqNumber: 2, learnStartDate: '2020-10-01' })))).toEqual([
      { rule: 'ULN_07', severity: 'error', aim: null },
    ]);
    expect(await ulnRules(temporary(aim({ learnStartDate: '2020-12-31' })))).toEqual(['ULN_06']);
  });

  it('needs 5 days planned or lasted, and a funded aim (FM99 only with a loan)', async () => {
    const old = { learnStartDate: '2020-09-01' };
    expect(await ulnRules(temporary(aim({ ...old, learnPlanEndDate: '2020-09-05' })))).toEqual([]);
    expect(await ulnRules(temporary(aim({ ...old, learnPlanEndDate: '2020-09-06' })))).toEqual(['ULN_07']);
    expect(await ulnRules(temporary(aim({ ...old, fundModel: 99 })))).toEqual(['ULN_02']);
    expect(await ulnRules(temporary(aim({ ...old, fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })))).toEqual(['ULN_02', 'ULN_07']);
  });

  it('stops at the first OLASS (LDM 034) aim, as the agency’s loop does; not before 1 January', async () => {
    const olass = aim({ learnStartDate: '2020-09-01', fams: [{ type: 'LDM', code: '034' }] });
    const funded = aim({ aimSeqNumber: 2, learnStartDate: '2020-09-01' });
    // LDM 034 on the first aim: ULN_09 (a warning for offenders in custody) and no ULN_07 at all.
    expect(await ulnRules(temporary(olass, funded))).toEqual(['ULN_09']);
    expect(await ulnRules(temporary({ ...funded, aimSeqNumber: 1 }, { ...olass, aimSeqNumber: 2 }))).toEqual(['ULN_07', 'ULN_09']);
    expect(await ulnRules({ year: 2020, preparedOn: '2020-12-31', learner: { uln: TEMP, aims: [aim({ learnStartDate: '2020-09-01' })] } })).toEqual(['ULN_03']);
  });
});

describe('ULN_10 and ULN_11: Office for Students funded aims (FM99, SOF 1)', () => {
  const ofs = (start: string): FixtureAim => aim({ fundModel: 99, learnStartDate: start, fams: [{ type: 'SOF', code: '1' }] });
  it('2020/21, as the agency’s 2020/21 code: ULN_10 and ULN_11 both past the window', async () => {
    expect(await ulnRules(temporary(ofs('2020-12-31')))).toEqual([]);
    expect(await ulnRules(temporary(ofs('2020-12-30')))).toEqual(['ULN_10', 'ULN_11']);
  });
  it('2025/26, as the catalogue: ULN_10 within the window, ULN_11 past it', async () => {
    const in2025 = (start: string): Fixture => ({ year: 2025, preparedOn: '2026-03-01', learner: { uln: TEMP, aims: [{ ...ofs(start), learnPlanEndDate: '2026-06-30' }] } });
    expect(await ulnRules(in2025('2025-12-31'))).toEqual(['ULN_10']);
    expect(await ulnRules(in2025('2025-12-30'))).toEqual(['ULN_11']);
  });
  it('the agency’s ULN_11 leaves out a course planned under 5 days', async () => {
    expect(await ulnRules(temporary({ ...ofs('2020-09-01'), learnPlanEndDate: '2020-09-05' }))).toEqual([]);
  });
});
