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
const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001' };

describe('ULN_04: the ULN must pass its check digit, and be there', () => {
  it('a learner with no ULN at all breaks ULN_04 (and the schema), and is kept out', async () => {
    // The agency's ULN_04Rule.ConditionMet: `if (!uln.HasValue) return true`.
    const f: Fixture = { year: 2020, preparedOn: PREPARED, learner: { aims: [aim({})] }, edit: ['<ULN>1000000043</ULN>', ''] };
    expect(await findings(w, f)).toEqual([
      { rule: 'Schema_Missing', severity: 'error', aim: null },
      { rule: 'ULN_04', severity: 'error', aim: null },
    ]);
  });

  it('a wrong check digit breaks it; the right one and the temporary ULN do not', async () => {
    // DD01 on 100000004·: 1×10 + 4×2 = 18, r = 18 mod 11 = 7, check digit = 10 − 7 = 3. So
    // 1000000043 (the builder's default) passes and 1000000042 fails.
    expect(await rulesFound(w, { year: 2020, preparedOn: PREPARED, learner: { uln: '1000000042', aims: [aim({})] } })).toEqual(['ULN_04']);
    expect(await rulesFound(w, { year: 2020, preparedOn: PREPARED, learner: { aims: [aim({})] } })).toEqual([]);
  });
});

describe('ULN_06: a temporary ULN on a young funded aim, from 1 January', () => {
  it('fires on day 60 of the leniency window and not on day 61', async () => {
    // 2021-03-01 − 60 days = 2020-12-31 (January 31 + February 28 = 59 days back to 2021-01-01).
    expect(await rulesFound(w, temporary(aim({ learnStartDate: '2020-12-31' })))).toEqual(['ULN_06']);
    // 61 days: past the window (the agency's ULN_07, an error, not implemented here).
    expect(await rulesFound(w, temporary(aim({ learnStartDate: '2020-12-30' })))).toEqual([]);
  });

  it('counts aims planned 5 days or more, or lasting 5 days or more; not 4', async () => {
    // Planned 2021-02-01 → 2021-02-05 is 4 days: too short; → 2021-02-06 is 5 days: counts.
    expect(await rulesFound(w, temporary(aim({ learnPlanEndDate: '2021-02-05' })))).toEqual([]);
    expect(await rulesFound(w, temporary(aim({ learnPlanEndDate: '2021-02-06' })))).toEqual(['ULN_06']);
    // Planned 4 days but lasted 5 (ended 2021-02-06): counts, by its actual length.
    const lasted5 = aim({ learnPlanEndDate: '2021-02-05', compStatus: 2, learnActEndDate: '2021-02-06', outcome: 1 });
    expect(await rulesFound(w, temporary(lasted5))).toEqual(['ULN_06']);
    const lasted4 = aim({ learnPlanEndDate: '2021-02-05', compStatus: 2, learnActEndDate: '2021-02-05', outcome: 1 });
    expect(await rulesFound(w, temporary(lasted4))).toEqual([]);
  });

  it('treats a not-funded aim (FM99) with an Advanced Learner Loan (ADL 1) as funded', async () => {
    // FM99 breaks ULN_02 whatever its FAMs; with ADL 1 it is also a funded aim for ULN_06.
    expect(await rulesFound(w, temporary(aim({ fundModel: 99, fams: [{ type: 'ADL', code: '1' }] })))).toEqual(['ULN_02', 'ULN_06']);
    expect(await rulesFound(w, temporary(aim({ fundModel: 99 })))).toEqual(['ULN_02']);
  });

  it('leaves out levy-funded apprenticeships (ACT 1) and OLASS aims (LDM 034)', async () => {
    expect(await rulesFound(w, temporary(aim({ ...STANDARD, fams: [{ type: 'ACT', code: '1' }] })))).toEqual([]);
    expect(await rulesFound(w, temporary(aim({ ...STANDARD, fams: [{ type: 'ACT', code: '2' }] })))).toEqual(['ULN_06']);
    expect(await rulesFound(w, temporary(aim({ fams: [{ type: 'LDM', code: '034' }] })))).toEqual([]);
  });

  it('is reported once for each aim it fires on, as the agency reports it', async () => {
    const found = await findings(w, temporary(aim({}), aim({ aimSeqNumber: 2, learnStartDate: '2021-01-10' }), aim({ aimSeqNumber: 3, learnStartDate: '2020-09-01' })));
    // Aims 1 and 2 started 28 and 50 days before; aim 3, 181 days before, is past the window.
    expect(found).toEqual([
      { rule: 'ULN_06', severity: 'warning', aim: 1 },
      { rule: 'ULN_06', severity: 'warning', aim: 2 },
    ]);
  });

  it('uses the year’s funding models: ESF (FM70) counts in 2020/21, not in 2025/26', async () => {
    expect(await rulesFound(w, temporary(aim({ fundModel: 70 })))).toEqual(['ULN_06']);
    const in2025: Fixture = { year: 2025, preparedOn: '2026-03-01', learner: { uln: TEMP, aims: [aim({ fundModel: 70, learnStartDate: '2026-02-01', learnPlanEndDate: '2026-06-30' })] } };
    expect(await rulesFound(w, in2025)).toEqual([]);
    in2025.learner.aims = [aim({ fundModel: 35, learnStartDate: '2026-02-01', learnPlanEndDate: '2026-06-30' })];
    expect(await rulesFound(w, in2025)).toEqual(['ULN_06']);
  });
});

describe('ULN_03 and ULN_02: before 1 January, and on unfunded aims', () => {
  it('before 1 January ULN_03 fires instead of ULN_06, for non-levy apprenticeships too', async () => {
    const early = (a: FixtureAim): Fixture => ({ year: 2020, preparedOn: '2020-12-01', learner: { uln: TEMP, aims: [a] } });
    expect(await rulesFound(w, early(aim({ learnStartDate: '2020-11-15' })))).toEqual(['ULN_03']);
    // The agency's ULN_03 counts FM36 unless the learner has a levy-funded (ACT 1) aim.
    expect(await rulesFound(w, early(aim({ ...STANDARD, learnStartDate: '2020-11-15', fams: [{ type: 'ACT', code: '2' }] })))).toEqual(['ULN_03']);
    expect(await rulesFound(w, early(aim({ ...STANDARD, learnStartDate: '2020-11-15', fams: [{ type: 'ACT', code: '1' }] })))).toEqual([]);
  });

  it('reports every temporary-ULN rule that fires, not only the first', async () => {
    // Prepared before 1 January with an FM99 aim and an FM35 aim: ULN_02 (FM99) and ULN_03 (FM35).
    const f: Fixture = { year: 2020, preparedOn: '2020-12-01', learner: { uln: TEMP, aims: [aim({ fundModel: 99, learnStartDate: '2020-11-15' }), aim({ aimSeqNumber: 2, learnStartDate: '2020-11-15' })] } };
    expect(await rulesFound(w, f)).toEqual(['ULN_02', 'ULN_03']);
  });
});
