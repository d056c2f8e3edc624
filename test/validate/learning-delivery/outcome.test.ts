// Outcome rules by collection year (see comp-status.test.ts for the three known definitions and
// how the years between are checked). Outcome_09 and Outcome_04 leave out nothing in the agency's
// 2018/19 code; its 2020/21 code leaves FM36 standards out; the 2025/26 catalogue leaves out only
// standard programme aims (Outcome_09) or FM36 standards (Outcome_04). Outcome_10 is not in the
// 2018/19 code, Outcome_11 not in the 2020/21 code (from 2021/22), Outcome_12 new in 2025/26.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound, type Fixture } from '../findings.ts';

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

const oneAim = (year: number, a: Partial<FixtureAim>): Fixture => ({
  year,
  preparedOn: `${year + 1}-10-15`,
  learner: { aims: [{ learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, ...a }] },
});
const STANDARD_COMPONENT: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 3 };

describe('Outcome_09: Outcome 8 needs CompStatus 2', () => {
  // A standard component aim, continuing (CompStatus 1, no actual end date), with Outcome 8.
  const early = (year: number): Fixture => oneAim(year, { ...STANDARD_COMPONENT, outcome: 8 });

  it('2018/19: fires, with CompStatus_05 (an Outcome on a continuing aim), neither excluding FM36', async () => {
    expect(await ours(early(2018))).toEqual(['CompStatus_05', 'Outcome_09']);
  });

  it('2020/21 and 2019/20: FM36 standards are left out of both', async () => {
    expect(await ours(early(2020))).toEqual([]);
    expect(await ours(early(2019))).toEqual([]);
  });

  it('2025/26: fires on the component aim; Outcome_11 too (an Outcome without an actual end date)', async () => {
    // CompStatus_05 still leaves out standards (FM36 or 99, ProgType 25) in 2025/26.
    expect(await ours(early(2025))).toEqual(['Outcome_09', 'Outcome_11']);
  });
});

describe('Outcome_04: an achievement date needs Outcome 1', () => {
  // A completed standard component aim with an achievement date and Outcome 8.
  const achieved8 = (year: number): Fixture =>
    oneAim(year, { ...STANDARD_COMPONENT, compStatus: 2, learnActEndDate: `${year + 1}-06-01`, outcome: 8, achDate: `${year + 1}-06-01` });

  it('2018/19 checks FM36 standards too; 2020/21 and 2025/26 leave them out', async () => {
    expect(await ours(achieved8(2018))).toEqual(['Outcome_04']);
    expect(await ours(achieved8(2020))).toEqual([]);
    expect(await ours(achieved8(2025))).toEqual([]);
  });
});

describe('Outcome_10: Outcome 3 cannot be continuing', () => {
  it('is not a rule in 2018/19; from 2019/20 it fires beside CompStatus_05', async () => {
    expect(await ours(oneAim(2018, { outcome: 3 }))).toEqual(['CompStatus_05']);
    expect(await ours(oneAim(2019, { outcome: 3 }))).toEqual(['CompStatus_05', 'Outcome_10']);
  });
});

describe('Outcome_11 and Outcome_05: an Outcome, or an achievement, without an actual end date', () => {
  it('an achieved aim with no end date breaks both from 2021/22, only Outcome_05 before', async () => {
    const achievedNoEnd = (year: number): Fixture => oneAim(year, { compStatus: 2, outcome: 1 });
    // CompStatus 2 with no actual end date breaks CompStatus_03 in every year.
    expect(await ours(achievedNoEnd(2020))).toEqual(['CompStatus_03', 'Outcome_05']);
    expect(await ours(achievedNoEnd(2021))).toEqual(['CompStatus_03', 'Outcome_05', 'Outcome_11']);
  });
});
