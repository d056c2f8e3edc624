import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort } from '../support/cohort.ts';
import { writeReturns } from '../support/ilr-xml.ts';
import { returnsWithRuleDefaults } from '../support/rule-defaults.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';

// The return-to-return audit (issue 17, item 4; models/intermediate/int_return_changes.sql).
// Provider 10000051, every aim on 60000088:
// 2024 R1, prepared 2025-01-31 → 2024 R2, prepared 2025-05-30 (same_year):
//   KEEP    continuing (plan 2025-06-30) → completed, achieved early, ended 2025-05-15 (15 days before R2)
//           → comp_status_changed 1→2, outcome_changed none→1 (not late), act_end_date_changed
//   WDR     withdrawn 2024-12-01 in R1, absent from R2 → aim_removed FLAG withdrawn_aim_removed; learner_removed
//   LATE    completed 2024-09-30, Outcome 8 → Outcome 1 in R2, 242 days after the end → FLAG late_achievement
//   LATE180 completed 2024-12-01, Outcome 8 → 1: 180 days before R2 (30+31+28+31+30+30) → outcome_changed, not flagged
//   LATE181 completed 2024-11-30, Outcome 8 → 1: 181 days before R2 → FLAG late_achievement
//   LATEOK  continuing in R1 (prepared after its end), completed and achieved 2024-11-01 in R2, 210 days
//           before R2 → comp_status_changed, act_end_date_changed, outcome_changed FLAG late_achievement
//   MOVE    continuing, plan 2024-12-31 (already past when R1 was prepared) → plan 2025-05-31
//           → plan_end_date_changed FLAG plan_end_moved_after_passed
//   MOVEOK  continuing, plan 2025-06-30 (not yet past at R1) → 2025-03-31 → plan_end_date_changed, not flagged
//   SAME    continuing, unchanged → nothing
//   NEW     only in R2 → aim_added, learner_added
// 2024 R2 → 2025 R1, prepared 2025-11-30 (carry_over: R2's continuing aims against 2025's aims
// started before 1 August 2025):
//   MOVE    continuing in both, unchanged, but its learner reference is now MOVE2 (PrevLearnRefNumber
//           MOVE): matched → learner_ref_changed MOVE → MOVE2 only; NEW continuing, unchanged → nothing
//   MOVEOK  continuing in R2, absent in 2025 → aim_removed (not flagged: it was continuing), learner_removed
//   SAME    continuing → completed, achieved 2025-06-01: 182 days before the 2025 return, but R2
//           was prepared before that end date, so not flagged → comp_status, outcome, act end changed
//   KEEP, LATE… completed in R2: not expected in 2025, not compared → nothing
//   CARRYIN started 2025-03-01, not in R2 → aim_added, learner_added
//   FRESH   started 2025-09-01 (the new year's own start) → not compared → nothing
// Provider 10000052: its 2024 final return (R14 style) prepared 2025-10-15 describes the year to
// 31 July 2025; its 2025 return is prepared 2026-03-01 (carry_over). What the final return could
// show of a continuing aim is what happened by 31 July, not by the day it was prepared:
//   AUGACH  continuing in the final return, achieved, ended 2025-08-20 — after 31 July, so the final
//           return was right to show it continuing; 193 days before the 2025 return
//           (11 + 30 + 31 + 30 + 31 + 31 + 28 + 1) → changed, NOT flagged
//   JUNACH  continuing in the final return, but achieved, ended 2025-06-01 — before 31 July: the final
//           return should have shown it; 273 days before the 2025 return → FLAG late_achievement
const aim = (a: Record<string, unknown>) => ({ learnAimRef: '60000088', learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1, ...a });
const learner = (learnRefNumber: string, a: Record<string, unknown>) => ({ learnRefNumber, aims: [aim(a)] });
const returns = [
  {
    ukprn: 10000051,
    year: 2024,
    preparedOn: '2025-01-31',
    learners: [
      learner('KEEP', {}),
      learner('WDR', { compStatus: 3, outcome: 3, learnActEndDate: '2024-12-01', withdrawReason: 97 }),
      learner('LATE', { learnPlanEndDate: '2024-09-30', compStatus: 2, outcome: 8, learnActEndDate: '2024-09-30' }),
      learner('LATE180', { learnPlanEndDate: '2024-12-01', compStatus: 2, outcome: 8, learnActEndDate: '2024-12-01' }),
      learner('LATE181', { learnPlanEndDate: '2024-11-30', compStatus: 2, outcome: 8, learnActEndDate: '2024-11-30' }),
      learner('LATEOK', {}),
      learner('MOVE', { learnPlanEndDate: '2024-12-31' }),
      learner('MOVEOK', {}),
      learner('SAME', {}),
    ],
  },
  {
    ukprn: 10000051,
    year: 2024,
    preparedOn: '2025-05-30',
    learners: [
      learner('KEEP', { compStatus: 2, outcome: 1, learnActEndDate: '2025-05-15' }),
      learner('LATE', { learnPlanEndDate: '2024-09-30', compStatus: 2, outcome: 1, learnActEndDate: '2024-09-30' }),
      learner('LATE180', { learnPlanEndDate: '2024-12-01', compStatus: 2, outcome: 1, learnActEndDate: '2024-12-01' }),
      learner('LATE181', { learnPlanEndDate: '2024-11-30', compStatus: 2, outcome: 1, learnActEndDate: '2024-11-30' }),
      learner('LATEOK', { compStatus: 2, outcome: 1, learnActEndDate: '2024-11-01' }),
      learner('MOVE', { learnPlanEndDate: '2025-05-31' }),
      learner('MOVEOK', { learnPlanEndDate: '2025-03-31' }),
      learner('SAME', {}),
      learner('NEW', { learnStartDate: '2025-02-01' }),
    ],
  },
  {
    ukprn: 10000051,
    year: 2025,
    preparedOn: '2025-11-30',
    learners: [
      { learnRefNumber: 'MOVE2', prevLearnRefNumber: 'MOVE', aims: [aim({ learnPlanEndDate: '2025-05-31' })] },
      learner('SAME', { compStatus: 2, outcome: 1, learnActEndDate: '2025-06-01' }),
      learner('NEW', { learnStartDate: '2025-02-01' }),
      learner('CARRYIN', { learnStartDate: '2025-03-01', learnPlanEndDate: '2026-02-28' }),
      learner('FRESH', { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30' }),
    ],
  },
  {
    ukprn: 10000052,
    year: 2024,
    preparedOn: '2025-10-15',
    learners: [learner('AUGACH', { learnPlanEndDate: '2025-08-31' }), learner('JUNACH', {})],
  },
  {
    ukprn: 10000052,
    year: 2025,
    preparedOn: '2026-03-01',
    learners: [
      learner('AUGACH', { learnPlanEndDate: '2025-08-31', compStatus: 2, outcome: 1, learnActEndDate: '2025-08-20' }),
      learner('JUNACH', { compStatus: 2, outcome: 1, learnActEndDate: '2025-06-01' }),
    ],
  },
];

const EXPECTED = [
  '2024 same_year KEEP act_end_date_changed  → 2025-05-15 -',
  '2024 same_year KEEP comp_status_changed 1 → 2 -',
  '2024 same_year KEEP outcome_changed  → 1 -',
  '2024 same_year LATE outcome_changed 8 → 1 late_achievement',
  '2024 same_year LATE180 outcome_changed 8 → 1 -',
  '2024 same_year LATE181 outcome_changed 8 → 1 late_achievement',
  '2024 same_year LATEOK act_end_date_changed  → 2024-11-01 -',
  '2024 same_year LATEOK comp_status_changed 1 → 2 -',
  '2024 same_year LATEOK outcome_changed  → 1 late_achievement',
  '2024 same_year MOVE plan_end_date_changed 2024-12-31 → 2025-05-31 plan_end_moved_after_passed',
  '2024 same_year MOVEOK plan_end_date_changed 2025-06-30 → 2025-03-31 -',
  '2024 same_year NEW aim_added  → CompStatus 1 -',
  '2024 same_year NEW learner_added  →  -',
  '2024 same_year WDR aim_removed CompStatus 3 →  withdrawn_aim_removed',
  '2024 same_year WDR learner_removed  →  -',
  '2025 carry_over CARRYIN aim_added  → CompStatus 1 -',
  '2025 carry_over CARRYIN learner_added  →  -',
  '2025 carry_over MOVE2 learner_ref_changed MOVE → MOVE2 -',
  '2025 carry_over MOVEOK aim_removed CompStatus 1 →  -',
  '2025 carry_over MOVEOK learner_removed  →  -',
  '2025 carry_over SAME act_end_date_changed  → 2025-06-01 -',
  '2025 carry_over SAME comp_status_changed 1 → 2 -',
  '2025 carry_over SAME outcome_changed  → 1 -',
  '2025 carry_over AUGACH act_end_date_changed  → 2025-08-20 -',
  '2025 carry_over AUGACH comp_status_changed 1 → 2 -',
  '2025 carry_over AUGACH outcome_changed  → 1 -',
  '2025 carry_over JUNACH act_end_date_changed  → 2025-06-01 -',
  '2025 carry_over JUNACH comp_status_changed 1 → 2 -',
  '2025 carry_over JUNACH outcome_changed  → 1 late_achievement',
];

describe('the return-to-return audit', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await buildCohort({ xml: returns });
  }, 120_000);

  let closed = false;
  afterAll(async () => {
    if (!closed) await w.close();
  });

  it('lists each kind of change between successive returns and flags the ones that move the QAR', async () => {
    const changes = await rows(
      w,
      `select concat_ws(' ', collection_year, comparison, learn_ref_number, change_kind, coalesce(old_value, ''), '→', coalesce(new_value, ''), coalesce(flag, '-')) as line
       from intermediate.int_return_changes order by line`,
    );
    expect(changes.map((r) => r.line)).toEqual([...EXPECTED].sort());
  });

  it('counts them per provider and return in the report, withholding 1 to 4 and showing 0', async () => {
    const report = await rows(w, 'select * from reports.report_return_changes where ukprn = 10000051 order by collection_year');
    expect(report.map((r) => [r.comparison, r.compared_with])).toEqual([
      ['same_year', 'previous return of 2024/25'],
      ['carry_over', 'final return of 2024/25'],
    ]);
    // same_year: outcome changes KEEP, LATE, LATE180, LATE181, LATEOK = 5 → shown; late achievements
    // LATE, LATE181, LATEOK = 3 → withheld; withdrawn aims removed 1 → withheld.
    expect(report[0]).toMatchObject({ outcome_changes: '5', late_achievements: null, withdrawn_aims_removed: null });
    // carry_over: no flag of any kind → 0, shown.
    expect(report[1]).toMatchObject({ withdrawn_aims_removed: '0', late_achievements: '0', plan_ends_moved_after_passed: '0' });
    expect(JSON.stringify(report)).not.toMatch(/KEEP|WDR|LATE|MOVE|SAME|NEW|CARRYIN/);
  });

  it('`ilr changes --flagged` lists the flagged changes of the provider, as personal data', async () => {
    await w.close(); // the command opens the warehouse itself
    closed = true;
    const result = spawnSync(process.execPath, ['bin/ilr.js', 'changes', '--ukprn', '10000051', '--flagged', '--warehouse', w.path], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Personal data');
    expect(result.stdout).toContain('5 flagged change(s) of 5 learner(s) at UKPRN 10000051');
    for (const ref of ['WDR', 'LATE ', 'LATE181', 'LATEOK', 'MOVE ']) expect(result.stdout).toContain(ref);
    expect(result.stdout).not.toContain('LATE180');
  });
});

// Held back by validation, not removed (quarantine.records). Provider 10000053, 2024, R06 style
// (prepared 2025-01-31) → R10 style (prepared 2025-05-30), every aim on 60000088:
//   HELD1…HELD5  one aim each, withdrawn 2024-12-01 (CompStatus 3) in R06; in R10 the same learner and
//                aim, but the ULN fails its check digit (ULN_04, a learner-level error): the loader
//                keeps the learner out with their aim. The provider deleted nothing → aim_held_back
//                (CompStatus 3 → held back by validation: ULN_04) and learner_held_back, NOT
//                aim_removed / learner_removed, NOT flagged withdrawn_aim_removed.
//   HELDAIM      two aims in R06: started 2024-09-01 continuing, and started 2024-10-01 withdrawn;
//                in R10 the withdrawn one, now written first (AimSeqNumber 1), has a planned end before
//                its start (LearnPlanEndDate_02, an aim-level error): only that aim is kept out →
//                aim_held_back, matched by LearnAimRef and LearnStartDate read from the kept record
//                (by its number it would be the continuing aim); the learner stays, nothing else changed.
//   CARRY        continuing (plan 2025-06-30) in R06 and R10; the 2025 return (prepared 2025-11-30,
//                carry_over) has it with a ULN failing ULN_04 → aim_held_back (CompStatus 1) and
//                learner_held_back, in the carry-over too; HELDAIM's continuing aim carries over
//                unchanged → nothing.
// Report, same_year row: learners held back 5 → shown; aims held back 5 + 1 = 6 → shown; learners
// removed 0, aims removed 0, withdrawn aims removed 0 → shown as 0. (The model before held backs
// were told apart said 6 aims removed, all 6 flagged withdrawn_aim_removed, 5 learners removed.)
// carry_over row: 1 learner and 1 aim held back → withheld; nothing removed → 0.
const withdrawn = { compStatus: 3, outcome: 3, learnActEndDate: '2024-12-01', withdrawReason: 97 };
const HELD = ['HELD1', 'HELD2', 'HELD3', 'HELD4', 'HELD5'];
const heldBackReturns = [
  {
    ukprn: 10000053,
    year: 2024,
    preparedOn: '2025-01-31',
    learners: [
      ...HELD.map((ref) => learner(ref, withdrawn)),
      { learnRefNumber: 'HELDAIM', aims: [aim({}), aim({ learnStartDate: '2024-10-01', ...withdrawn })] },
      learner('CARRY', {}),
    ],
  },
  {
    ukprn: 10000053,
    year: 2024,
    preparedOn: '2025-05-30',
    learners: [
      // Each its own ULN failing the check digit (one ULN on several learners breaks R_59 too).
      ...HELD.map((ref, i) => ({ ...learner(ref, withdrawn), uln: `10000002${i}0` })),
      // Written first here (AimSeqNumber 1, 2 in R06): matched by its aim reference and start date, not its number.
      { learnRefNumber: 'HELDAIM', aims: [aim({ learnStartDate: '2024-10-01', ...withdrawn, learnPlanEndDate: '2024-09-30' }), aim({})] },
      learner('CARRY', {}),
    ],
  },
  {
    ukprn: 10000053,
    year: 2025,
    preparedOn: '2025-11-30',
    learners: [learner('HELDAIM', {}), { ...learner('CARRY', {}), uln: '1000000042' }],
  },
];

describe('the return-to-return audit: records held back by validation', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await freshWarehouse();
    await ingestAll(w, writeReturns(returnsWithRuleDefaults(heldBackReturns)));
    await buildModels(w);
  }, 120_000);

  let closed = false;
  afterAll(async () => {
    if (!closed) await w.close();
  });

  it('the later return kept them out as the fixture intends', async () => {
    const kept = await rows(
      w,
      `select distinct q.learn_ref_number, q.rule_id from quarantine.records q join meta.batches b using (batch_id)
       where b.ukprn = 10000053 and q.severity = 'error' order by all`,
    );
    expect(kept).toEqual([
      { learn_ref_number: 'CARRY', rule_id: 'ULN_04' },
      ...HELD.map((ref) => ({ learn_ref_number: ref, rule_id: 'ULN_04' })),
      { learn_ref_number: 'HELDAIM', rule_id: 'LearnPlanEndDate_02' },
    ]);
  });

  it('lists a learner or aim kept out by validation as held back, not removed, and never flags it', async () => {
    const changes = await rows(
      w,
      `select concat_ws(' ', comparison, learn_ref_number, change_kind, coalesce(old_value, ''), '→', coalesce(new_value, ''), coalesce(flag, '-')) as line
       from intermediate.int_return_changes where ukprn = 10000053 order by line`,
    );
    expect(changes.map((r) => r.line)).toEqual(
      [
        ...HELD.flatMap((ref) => [
          `same_year ${ref} aim_held_back CompStatus 3 → held back by validation: ULN_04 -`,
          `same_year ${ref} learner_held_back  → held back by validation: ULN_04 -`,
        ]),
        'same_year HELDAIM aim_held_back CompStatus 3 → held back by validation: LearnPlanEndDate_02 -',
        'carry_over CARRY aim_held_back CompStatus 1 → held back by validation: ULN_04 -',
        'carry_over CARRY learner_held_back  → held back by validation: ULN_04 -',
      ].sort(),
    );
  });

  it('counts them apart from removals in the report', async () => {
    const report = await rows(w, 'select * from reports.report_return_changes where ukprn = 10000053 order by collection_year');
    expect(report.map((r) => r.comparison)).toEqual(['same_year', 'carry_over']);
    expect(report[0]).toMatchObject({
      learners_held_back: '5',
      aims_held_back: '6',
      learners_removed: '0',
      aims_removed: '0',
      withdrawn_aims_removed: '0',
    });
    expect(report[1]).toMatchObject({ learners_held_back: null, aims_held_back: null, learners_removed: '0', aims_removed: '0' });
  });

  it('`ilr changes` says they were held back, and `--flagged` lists none of them', async () => {
    await w.close();
    closed = true;
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, ['bin/ilr.js', 'changes', '--ukprn', '10000053', ...extra, '--warehouse', w.path], {
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
      });
    const all = run();
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('13 change(s) of 7 learner(s) at UKPRN 10000053');
    expect(all.stdout).toContain('held back by validation: ULN_04');
    expect(all.stdout).not.toContain('removed');
    const flagged = run('--flagged');
    expect(flagged.status).toBe(0);
    expect(flagged.stdout).toContain('0 flagged change(s) of 0 learner(s) at UKPRN 10000053');
  });
});
