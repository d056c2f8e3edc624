// LearnStartDate_02 … _21. LearnStartDate_02 ("more than 10 years before the start of the teaching year"), counted with
// the agency's calendar (.NET AddYears; DC-ILR-2021-ValidationService LearnStartDate_02Rule).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { continuingAim2019 as aimOf, rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/**
 * The LearnStartDate rules the fixture breaks: other fields' rules (an achievement date on a component
 * aim breaks AchDate_09, a component aim alone in its record breaks cross-record R_ rules, an aim
 * outside a programme with a ProgType breaks ProgType_02) are left out, so that this file speaks to
 * these fields while others' rules are added.
 */
const ours = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => ['LearnStartDate_'].some((p) => r.startsWith(p)));

describe('LearnStartDate_02: started more than 10 years before the teaching year', () => {
  it('1 August ten years before the year starts is the last day allowed', async () => {
    // 2019-08-01 − 10 years = 2009-08-01. Planned end 2019-07-31 keeps LearnPlanEndDate_03 quiet.
    expect(await ours(aimOf({ learnStartDate: '2009-08-01', learnPlanEndDate: '2019-07-31' }))).toEqual([]);
    expect(await ours(aimOf({ learnStartDate: '2009-07-31', learnPlanEndDate: '2019-07-30' }))).toEqual(['LearnStartDate_02']);
  });
});

describe('LearnStartDate_03: started after the end of the teaching year, by year', () => {
  // Each aim starts 1 September after its teaching year ends (31 July), in a return prepared in October.
  const lateStart = (year: number, a: Partial<FixtureAim>): Fixture => ({
    year,
    preparedOn: `${year + 1}-10-15`,
    learner: { aims: [{ learnStartDate: `${year + 1}-09-01`, learnPlanEndDate: `${year + 2}-06-30`, compStatus: 1, ...a }] },
  });
  const T_LEVEL: Partial<FixtureAim> = { fundModel: 25, progType: 31 };
  const TRAINEESHIP: Partial<FixtureAim> = { fundModel: 35, progType: 24 };

  it('2020/21 (the agency’s code) leaves out traineeships (ProgType 24) and apprenticeships, not T Levels', async () => {
    expect(await ours(lateStart(2020, TRAINEESHIP))).toEqual([]);
    expect(await ours(lateStart(2020, T_LEVEL))).toEqual(['LearnStartDate_03']);
    expect(await ours(lateStart(2020, {}))).toEqual(['LearnStartDate_03']);
  });

  it('2025/26 (the catalogue) leaves out T Levels (ProgType 31), FM36 and FM37, not traineeships', async () => {
    expect(await ours(lateStart(2025, T_LEVEL))).toEqual([]);
    expect(await ours(lateStart(2025, TRAINEESHIP))).toEqual(['LearnStartDate_03']);
  });
});

describe('LearnStartDate_12: an apprenticeship starting a year or more after the teaching year', () => {
  // 2025/26 ends 2026-07-31; a year later is 2027-07-31. The agency's code fires from that day on
  // (it allows starts before it); the catalogue says "more than one year".
  const apprenticeship = (start: string): Fixture => ({
    year: 2025,
    preparedOn: '2026-07-15',
    learner: { aims: [{ learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType: 25, stdCode: 17, pHours: 400, learnStartDate: start, learnPlanEndDate: '2028-07-31', compStatus: 1 }] },
  });
  const found = async (f: Fixture) => (await ours(f)).filter((r) => r.startsWith('LearnStartDate_'));

  it('30 July 2027 is allowed, 31 July 2027 is not', async () => {
    expect(await found(apprenticeship('2027-07-30'))).toEqual([]);
    expect(await found(apprenticeship('2027-07-31'))).toEqual(['LearnStartDate_12']);
  });

  it('not on an aim outside an apprenticeship (LearnStartDate_03 speaks to it)', async () => {
    const adult: Fixture = { year: 2025, preparedOn: '2026-07-15', learner: { aims: [{ fundModel: 38, learnStartDate: '2027-07-31', learnPlanEndDate: '2028-07-31', compStatus: 1 }] } };
    expect(await found(adult)).toEqual(['LearnStartDate_03']);
  });
});

describe('LearnStartDate_21: Skills Bootcamp funding (FundModel 37) from 1 August 2022', () => {
  const bootcamp = (year: number, start: string) =>
    aimOf({ learnAimRef: 'ZPROG001', aimType: 1, fundModel: 37, progType: 32, learnStartDate: start, learnPlanEndDate: `${year + 1}-01-31` });
  it('31 July 2022 fires, 1 August 2022 does not; not before 2021/22', async () => {
    expect(await ours({ ...bootcamp(2022, '2022-07-31'), year: 2021, preparedOn: '2022-10-15' })).toEqual(['LearnStartDate_21']);
    expect(await ours({ ...bootcamp(2022, '2022-08-01'), year: 2022, preparedOn: '2023-10-15' })).toEqual([]);
    expect(await ours({ ...bootcamp(2020, '2020-09-01'), year: 2020, preparedOn: '2021-10-15' })).toEqual([]);
  });
});
