// The rules implemented but not yet run (each file's HELD_BACK): the generator's clean returns
// break them (it writes no PHours or OTJActHours, keeps an aim's sequence number when earlier aims
// drop out of the return, gives programme aims a qualification's reference rather than ZPROG001,
// starts Skills Bootcamps before August 2022, completes standards without an achievement date and
// funds 2024/25 adult starts on FundModel 35). They cannot be reached through the loader until
// they run, so they are tested here on the facts a rule is given.
import { describe, expect, it } from 'vitest';
import { isoToDays } from '../../../pipelines/ilr/dates.ts';
import type { Row } from '../../../pipelines/ilr/row.ts';
import type { AimFacts, AimRule, LearnerRule, Rule, RuleContext } from '../../../pipelines/validate/rule.ts';
import { HELD_BACK as achDate } from '../../../pipelines/validate/rules/learning-delivery/ach-date.ts';
import { HELD_BACK as aimSeqNumber } from '../../../pipelines/validate/rules/learning-delivery/aim-seq-number.ts';
import { HELD_BACK as fundModel } from '../../../pipelines/validate/rules/learning-delivery/fund-model.ts';
import { HELD_BACK as learnAimRef } from '../../../pipelines/validate/rules/learning-delivery/learn-aim-ref.ts';
import { HELD_BACK as learnStartDate } from '../../../pipelines/validate/rules/learning-delivery/learn-start-date.ts';
import { HELD_BACK as otjActHours } from '../../../pipelines/validate/rules/learning-delivery/otj-act-hours.ts';
import { HELD_BACK as pHours } from '../../../pipelines/validate/rules/learning-delivery/p-hours.ts';

const HELD_BACK: readonly Rule[] = [...achDate, ...aimSeqNumber, ...fundModel, ...learnAimRef, ...learnStartDate, ...otjActHours, ...pHours];
const CTX: RuleContext = { ukprn: 10_000_001, collectionYear: 2025, filePreparedOn: isoToDays('2026-07-15'), format: 'xml' };

/** An aim's facts: ISO dates in the `aim` given become day numbers, as the loader gives them. */
const facts = (aim: Record<string, string | number | null>, fams: string[] = []): AimFacts & { index: number } => {
  const row: Row = {};
  for (const [k, v] of Object.entries(aim)) row[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoToDays(v) : v;
  return { learner: {}, aim: row, fams: new Set(fams), rows: new Map(), learnerRows: new Map(), seq: typeof aim.aim_seq_number === 'number' ? aim.aim_seq_number : null, index: 0 };
};
const rule = (id: string): Rule => {
  const found = HELD_BACK.find((r) => r.id === id);
  if (!found) throw new Error(`${id} is not held back`);
  return found;
};
const fires = (id: string, aim: Record<string, string | number | null>, fams: string[] = []): boolean =>
  (rule(id) as AimRule).test(facts(aim, fams), CTX) !== null;

const STANDARD = { aim_type: 1, fund_model: 36, prog_type: 25, learn_aim_ref: 'ZPROG001' };

describe('the held-back rules', () => {
  it('are exactly these, none of them run', () => {
    expect(HELD_BACK.map((r) => r.id).sort()).toEqual(
      ['AchDate_12', 'AimSeqNumber_02', 'FundModel_17', 'LearnAimRef_30', 'LearnStartDate_21', 'OTJActHours_02', 'OTJActHours_03', 'PHours_01', 'PHours_03'],
    );
  });

  it('PHours_01: an FM36 programme aim from 1 August 2019 needs planned hours', () => {
    expect(fires('PHours_01', { ...STANDARD, learn_start_date: '2019-08-01', p_hours: null })).toBe(true);
    expect(fires('PHours_01', { ...STANDARD, learn_start_date: '2019-07-31', p_hours: null })).toBe(false);
    expect(fires('PHours_01', { ...STANDARD, learn_start_date: '2019-08-01', p_hours: 400 })).toBe(false);
    expect(fires('PHours_01', { ...STANDARD, aim_type: 3, learn_start_date: '2019-08-01', p_hours: null })).toBe(false);
  });

  it('PHours_03: a T Level programme aim from 1 August 2020 needs planned hours', () => {
    const tLevel = { aim_type: 1, fund_model: 25, prog_type: 31, p_hours: null };
    expect(fires('PHours_03', { ...tLevel, learn_start_date: '2020-08-01' })).toBe(true);
    expect(fires('PHours_03', { ...tLevel, learn_start_date: '2020-07-31' })).toBe(false);
    expect(fires('PHours_03', { ...tLevel, learn_start_date: '2020-08-01', p_hours: 600 })).toBe(false);
  });

  it('OTJActHours_02 and _03: a completed (from August 2019, not a restart) or withdrawn (from August 2022) apprenticeship needs its actual hours', () => {
    const done = (compStatus: number, start: string) => ({ ...STANDARD, comp_status: compStatus, learn_start_date: start, otj_act_hours: null });
    expect(fires('OTJActHours_02', done(2, '2019-08-01'))).toBe(true);
    expect(fires('OTJActHours_02', done(2, '2019-07-31'))).toBe(false);
    expect(fires('OTJActHours_02', done(2, '2019-08-01'), ['RES:1'])).toBe(false);
    expect(fires('OTJActHours_02', { ...done(2, '2019-08-01'), otj_act_hours: 300 })).toBe(false);
    expect(fires('OTJActHours_03', done(3, '2022-08-01'))).toBe(true);
    expect(fires('OTJActHours_03', done(3, '2022-07-31'))).toBe(false);
    expect(fires('OTJActHours_03', done(2, '2022-08-01'))).toBe(false);
  });

  it('AchDate_12: a completed FM36 standard programme aim that ended from 1 August 2021 needs an achievement date', () => {
    const completed = (end: string) => ({ ...STANDARD, comp_status: 2, learn_act_end_date: end, ach_date: null });
    expect(fires('AchDate_12', completed('2021-08-01'))).toBe(true);
    expect(fires('AchDate_12', completed('2021-07-31'))).toBe(false);
    expect(fires('AchDate_12', { ...completed('2021-08-01'), ach_date: '2021-09-01' })).toBe(false);
  });

  it('LearnAimRef_30: ZPROG001 on programme aims, and only there (either way round)', () => {
    expect(fires('LearnAimRef_30', { aim_type: 1, learn_aim_ref: 'ZPROG001' })).toBe(false);
    expect(fires('LearnAimRef_30', { aim_type: 1, learn_aim_ref: '60000189' })).toBe(true);
    expect(fires('LearnAimRef_30', { aim_type: 3, learn_aim_ref: 'zprog001' })).toBe(true);
    expect(fires('LearnAimRef_30', { aim_type: 4, learn_aim_ref: '60000088' })).toBe(false);
  });

  it('LearnStartDate_21 and FundModel_17: Skills Bootcamps from August 2022; FM35 not for starts from August 2024 (restarts left out)', () => {
    expect(fires('LearnStartDate_21', { fund_model: 37, learn_start_date: '2022-07-31' })).toBe(true);
    expect(fires('LearnStartDate_21', { fund_model: 37, learn_start_date: '2022-08-01' })).toBe(false);
    expect(fires('FundModel_17', { fund_model: 35, learn_start_date: '2024-08-01' })).toBe(true);
    expect(fires('FundModel_17', { fund_model: 35, learn_start_date: '2024-07-31' })).toBe(false);
    expect(fires('FundModel_17', { fund_model: 35, learn_start_date: '2024-08-01' }, ['RES:1'])).toBe(false);
  });

  it('AimSeqNumber_02: a sequence number above the count of aims, reported on that aim', () => {
    const aims = [facts({ aim_seq_number: 1 }), { ...facts({ aim_seq_number: 3 }), index: 1 }];
    const test = (rule('AimSeqNumber_02') as LearnerRule).test;
    expect(test({ learner: {}, rows: new Map(), aims }, CTX)).toMatchObject({ value: '3', aimIndex: 1 });
    expect(test({ learner: {}, rows: new Map(), aims: [aims[0] as AimFacts & { index: number }, { ...facts({ aim_seq_number: 2 }), index: 1 }] }, CTX)).toBeNull();
  });
});
