// CompStatus rules by collection year: each file is checked by its own year's definitions. The
// agency's 2018/19 code (DC-ILR-1819-ValidationService) has no exclusions on CompStatus_02; its
// 2020/21 code (DC-ILR-2021-ValidationService) leaves out every FM36 aim and every standard
// (ProgType 25); the 2025/26 catalogue leaves out only standard *programme* aims (AimType 1).
// 2019/20 is checked as 2020/21 (docs/ingestion.md, "Rules by year").
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

/**
 * The CompStatus and Outcome rules the fixture breaks: other fields' rules (an achievement date on a component
 * aim breaks AchDate_09, a component aim alone in its record breaks cross-record R_ rules, an aim
 * outside a programme with a ProgType breaks ProgType_02) are left out, so that this file speaks to
 * these fields while others' rules are added.
 */
const ours = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => ['CompStatus_', 'Outcome_'].some((p) => r.startsWith(p)));

/** A component aim (AimType 3) of an FM36 apprenticeship standard, in `year`, prepared the October after. */
const standardComponent = (year: number, a: Partial<FixtureAim>): Fixture => ({
  year,
  preparedOn: `${year + 1}-10-15`,
  learner: {
    aims: [{ fundModel: 36, progType: 25, stdCode: 17, aimType: 3, learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, ...a }],
  },
});

describe('CompStatus_02: an actual end date with CompStatus 1 (continuing)', () => {
  const ended = (year: number): Fixture => standardComponent(year, { learnActEndDate: `${year + 1}-03-01` });

  it('2018/19: no exclusions, so the standard component aim breaks it', async () => {
    expect(await ours(ended(2018))).toEqual(['CompStatus_02']);
  });

  it('2020/21, and 2019/20 checked as 2020/21: every FM36 aim is left out', async () => {
    expect(await ours(ended(2020))).toEqual([]);
    expect(await ours(ended(2019))).toEqual([]);
    // 2021/22 – 2024/25 are not known either: the 2020/21 definition holds.
    expect(await ours(ended(2023))).toEqual([]);
  });

  it('2025/26: only standard programme aims are left out, so the component aim breaks it', async () => {
    // Outcome_12 (new in 2025/26) fires too: an actual end date without an Outcome.
    expect(await ours(ended(2025))).toEqual(['CompStatus_02', 'Outcome_12']);
    const programme = standardComponent(2025, { aimType: 1, learnAimRef: 'ZPROG001', learnActEndDate: '2026-03-01', outcome: 8 });
    // The programme aim is left out of CompStatus_02; Outcome 8 with CompStatus 1 on a standard
    // programme aim breaks neither CompStatus_05 nor Outcome_09 (both leave it out) in 2025/26.
    expect(await ours(programme)).toEqual([]);
  });

  it('an adult skills aim breaks it in every year', async () => {
    for (const year of [2018, 2019, 2020, 2025]) {
      const fm35 = standardComponent(year, { fundModel: 35, progType: undefined, stdCode: undefined, aimType: 4, learnActEndDate: `${year + 1}-03-01`, outcome: 8 });
      // Outcome 8 with CompStatus 1 also breaks CompStatus_05 and Outcome_09 (no exclusion fits FM35).
      expect(await ours(fm35), String(year)).toEqual(['CompStatus_02', 'CompStatus_05', 'Outcome_09']);
    }
  });
});

describe('CompStatus_07: an achieved FM36 standard programme aim must be completed', () => {
  // 2025/26: a standard programme aim, still CompStatus 1, with an actual end date, Outcome 1 and an
  // achievement date. CompStatus_02 and CompStatus_05 leave standard programme aims out in 2025/26.
  const achievedButContinuing = (fundModel: number): Fixture =>
    standardComponent(2025, { fundModel, aimType: 1, learnAimRef: 'ZPROG001', learnActEndDate: '2026-06-01', outcome: 1, achDate: '2026-06-01' });

  it('fires on FundModel 36', async () => {
    expect(await ours(achievedButContinuing(36))).toEqual(['CompStatus_07']);
  });

  it('not on a non-funded (FM99) standard: the rule names FundModel 36 only', async () => {
    expect(await ours(achievedButContinuing(99))).toEqual([]);
  });
});

describe('CompStatus_09: a Skills Bootcamp event aim should be completed (a warning)', () => {
  const event = (a: Partial<FixtureAim>): Fixture => ({
    year: 2025,
    preparedOn: '2026-07-15',
    learner: { aims: [{ learnAimRef: 'Z0059747', aimType: 3, fundModel: 37, progType: 32, learnStartDate: '2025-10-01', learnPlanEndDate: '2025-10-01', compStatus: 1, ...a }] },
  });
  const found = async (f: Fixture) => (await findings(w, f)).filter((x) => x.rule.startsWith('CompStatus_')).map((x) => `${x.rule} ${x.severity}`);

  it('fires while the event aim is continuing, not once it is completed', async () => {
    expect(await found(event({}))).toEqual(['CompStatus_09 warning']);
    expect(await found(event({ compStatus: 2, learnActEndDate: '2025-10-01', outcome: 1 }))).toEqual([]);
  });

  it('not on other aims, nor in 2020/21 (the agency’s code has no such rule)', async () => {
    expect(await found(event({ learnAimRef: 'Z0059750' }))).toEqual([]);
    expect(await found({ ...event({ learnStartDate: '2020-10-01', learnPlanEndDate: '2020-10-01' }), year: 2020, preparedOn: '2021-07-15' })).toEqual([]);
  });
});
