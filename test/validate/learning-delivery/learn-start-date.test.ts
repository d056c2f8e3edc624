// LearnStartDate_02 ("more than 10 years before the start of the teaching year"), counted with
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

describe('LearnStartDate_02: started more than 10 years before the teaching year', () => {
  it('1 August ten years before the year starts is the last day allowed', async () => {
    // 2019-08-01 − 10 years = 2009-08-01. Planned end 2019-07-31 keeps LearnPlanEndDate_03 quiet.
    expect(await rulesFound(w, aimOf({ learnStartDate: '2009-08-01', learnPlanEndDate: '2019-07-31' }))).toEqual([]);
    expect(await rulesFound(w, aimOf({ learnStartDate: '2009-07-31', learnPlanEndDate: '2019-07-30' }))).toEqual(['LearnStartDate_02']);
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
    expect(await rulesFound(w, lateStart(2020, TRAINEESHIP))).toEqual([]);
    expect(await rulesFound(w, lateStart(2020, T_LEVEL))).toEqual(['LearnStartDate_03']);
    expect(await rulesFound(w, lateStart(2020, {}))).toEqual(['LearnStartDate_03']);
  });

  it('2025/26 (the catalogue) leaves out T Levels (ProgType 31), FM36 and FM37, not traineeships', async () => {
    expect(await rulesFound(w, lateStart(2025, T_LEVEL))).toEqual([]);
    expect(await rulesFound(w, lateStart(2025, TRAINEESHIP))).toEqual(['LearnStartDate_03']);
  });
});
