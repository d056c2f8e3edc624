// AchDate: the achievement date. Where the agency's 2018/19 and 2020/21 code and the 2025/26
// catalogue differ (AchDate_08, _09, _11) each year is checked by its own definition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import type { Fixture } from '../findings.ts';
import { STANDARD_PROGRAMME, aimsIn, fieldRules } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (f: Fixture) => fieldRules(w, f, 'AchDate');
/** Aims in a return prepared in October after the year, so that AchDate_07 (after the file was prepared) stays quiet. */
const inYear = (year: number, a: Partial<FixtureAim>): Fixture => ({ ...aimsIn(year, [a]), preparedOn: `${year + 1}-10-15` });
/** An achieved aim: completed, ended 1 June, Outcome 1. */
const achieved = (a: Partial<FixtureAim>): Partial<FixtureAim> => ({ compStatus: 2, learnActEndDate: '2026-06-01', outcome: 1, ...a });
const TRAINEESHIP: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 25, progType: 24 };
const BOOTCAMP: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 37, progType: 32 };

describe('AchDate_02: after the end of the teaching year', () => {
  it('31 July (the year’s last day) is allowed, 1 August is not', async () => {
    expect(await found(inYear(2025, achieved({ ...STANDARD_PROGRAMME, achDate: '2026-07-31' })))).toEqual([]);
    expect(await found(inYear(2025, achieved({ ...STANDARD_PROGRAMME, achDate: '2026-08-01' })))).toEqual(['AchDate_02']);
  });
});

describe('AchDate_08: an achieved programme without an achievement date', () => {
  it('fires on a trailblazer standard (FM81) programme aim achieved without a date, not with one', async () => {
    const trailblazer = { ...STANDARD_PROGRAMME, fundModel: 81 };
    expect(await found(inYear(2025, achieved(trailblazer)))).toEqual(['AchDate_08']);
    expect(await found(inYear(2025, achieved({ ...trailblazer, achDate: '2026-06-20' })))).toEqual([]);
  });

  it('traineeships: in it in 2020/21 (the agency’s code), not in the 2025/26 catalogue', async () => {
    const traineeship = (year: number) => inYear(year, achieved({ ...TRAINEESHIP, learnStartDate: `${year}-09-01`, learnActEndDate: `${year + 1}-06-01` }));
    expect(await found(traineeship(2020))).toEqual(['AchDate_08']);
    expect(await found(traineeship(2025))).toEqual([]);
  });
});

describe('AchDate_09: an achievement date on an aim that takes none', () => {
  it('fires on an adult skills aim started after 31 July 2015, not on one started that day', async () => {
    expect(await found(inYear(2025, achieved({ fundModel: 38, achDate: '2026-06-20' })))).toEqual(['AchDate_09']);
    // Started 2015-07-31 (the catalogue's "after 31 July 2015" leaves it out).
    expect(await found(inYear(2025, achieved({ fundModel: 35, learnStartDate: '2015-07-31', achDate: '2026-06-20' })))).toEqual([]);
  });

  it('leaves out standard programme aims in every year', async () => {
    expect(await found(inYear(2025, achieved({ ...STANDARD_PROGRAMME, achDate: '2026-06-20' })))).toEqual([]);
  });

  it('traineeships are left out in 2020/21, Skills Bootcamps in 2025/26', async () => {
    const withDate = (year: number, kind: Partial<FixtureAim>) =>
      inYear(year, achieved({ ...kind, learnStartDate: `${year}-09-01`, learnActEndDate: `${year + 1}-06-01`, achDate: `${year + 1}-06-20` }));
    expect(await found(withDate(2020, TRAINEESHIP))).toEqual([]);
    expect(await found(withDate(2025, TRAINEESHIP))).toEqual(['AchDate_09']);
    expect(await found(withDate(2020, BOOTCAMP))).toEqual(['AchDate_09']);
    expect(await found(withDate(2025, BOOTCAMP))).toEqual([]);
  });

  it('Skills Bootcamps are left out from 2021/22, their first year: CompStatus_08 and AchDate_13 expect their achievement date', async () => {
    // The agency's 2020/21 code predates bootcamps; our reading for 2021/22–2024/25 (docs/ingestion.md).
    const bootcamp = (year: number) =>
      inYear(year, achieved({ ...BOOTCAMP, learnStartDate: `${year}-09-01`, learnActEndDate: `${year + 1}-06-01`, achDate: `${year + 1}-06-20` }));
    expect(await found(bootcamp(2021))).toEqual([]);
    expect(await found(bootcamp(2024))).toEqual([]);
  });
});

describe('AchDate_11: an FM36 standard achieved fewer than 7 days after it ended', () => {
  it('ended 1 June: 7 June fires, 8 June does not', async () => {
    expect(await found(inYear(2025, achieved({ ...STANDARD_PROGRAMME, achDate: '2026-06-07' })))).toEqual(['AchDate_11']);
    expect(await found(inYear(2025, achieved({ ...STANDARD_PROGRAMME, achDate: '2026-06-08' })))).toEqual([]);
  });

  it('2020/21 (the agency’s code) counts aims that ended this teaching year; 2025/26 those that ended from 1 August 2019', async () => {
    // Ended 15 July 2020, before the 2020/21 year began, achieved the next day.
    const endedLastYear = (year: number) =>
      inYear(year, achieved({ ...STANDARD_PROGRAMME, learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', learnActEndDate: '2020-07-15', achDate: '2020-07-16' }));
    expect(await found(endedLastYear(2020))).toEqual([]);
    expect(await found(endedLastYear(2025))).toEqual(['AchDate_11']);
  });
});

describe('AchDate_13: a Skills Bootcamp achieved more than six months after it ended', () => {
  it('ended 31 December: 30 June (six months, the month’s last day) is allowed, 1 July is not', async () => {
    const bootcamp = (ach: string) => inYear(2025, achieved({ ...BOOTCAMP, learnActEndDate: '2025-12-31', achDate: ach }));
    expect(await found(bootcamp('2026-06-30'))).toEqual([]);
    expect(await found(bootcamp('2026-07-01'))).toEqual(['AchDate_13']);
  });
});

describe('AchDate_12: a completed apprenticeship standard returns its achievement date', () => {
  it('ended 1 August 2021 without one fires; ended the day before, or with one, does not; not before 2021/22', async () => {
    // Completed (CompStatus 2), Outcome 8 (the end-point assessment to come) so that AchDate_08 stays quiet.
    const completed = (year: number, end: string, a: Partial<FixtureAim> = {}) =>
      inYear(year, { ...STANDARD_PROGRAMME, learnStartDate: '2020-07-01', learnPlanEndDate: '2021-07-31', compStatus: 2, learnActEndDate: end, outcome: 8, ...a });
    expect(await found(completed(2021, '2021-08-01'))).toEqual(['AchDate_12']);
    expect(await found(completed(2021, '2021-07-31'))).toEqual([]);
    expect(await found(completed(2021, '2021-08-01', { outcome: 1, achDate: '2021-09-01' }))).toEqual([]);
    expect(await found(completed(2020, '2021-07-31'))).toEqual([]);
  });
});
