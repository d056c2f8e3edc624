// The dates on funding and monitoring records, LearnDelFAMDateFrom and LearnDelFAMDateTo, decided
// as the agency's service decides them (DC-ILR-2021-ValidationService Rules/LearningDelivery/
// LearnDelFAMDateFrom, LearnDelFAMDateTo and their tests; the 2025/26 catalogue for the event
// indicator EVI and the changed exclusions). Each case is one learner with one aim in a 2025/26
// return prepared 2026-03-01, an adult skills (FM35) aim started 2025-09-01 and planned to end
// 2026-06-30, unless it says otherwise. Only the FAM date rules are compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

type Fam = NonNullable<FixtureAim['fams']>[number];
const fam = (type: string, code: string, dates: Partial<Fam> = {}): Fam => ({ type, code, ...dates });

async function dateRules(a: Partial<FixtureAim>, year = 2025): Promise<string[]> {
  const aim: FixtureAim = { learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, ...a };
  const found = await rulesFound(w, { year, preparedOn: `${year + 1}-03-01`, learner: { aims: [aim] } });
  return found.filter((id) => id.startsWith('LearnDelFAMDate'));
}

const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001' };
const BOOTCAMP: Partial<FixtureAim> = { fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001' };
/** An FM35 aim ended 2026-01-31. */
const ENDED: Partial<FixtureAim> = { compStatus: 2, learnActEndDate: '2026-01-31', outcome: 1 };
/** A finished standard: planned to end 2026-01-31, ended 2026-02-20, achieved 2026-02-25. */
const ACHIEVED: Partial<FixtureAim> = { ...STANDARD, learnPlanEndDate: '2026-01-31', compStatus: 2, learnActEndDate: '2026-02-20', outcome: 1, achDate: '2026-02-25' };

describe('LearnDelFAMDateFrom', () => {
  it('_01: learning support (LSF) and the loans bursary (ALB) need both dates', async () => {
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-09-01' })] })).toEqual(['LearnDelFAMDateFrom_01']);
    expect(await dateRules({ fams: [fam('LSF', '1')] })).toEqual(['LearnDelFAMDateFrom_01']);
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-09-01', dateTo: '2026-06-30' })] })).toEqual([]);
    expect(await dateRules({ fundModel: 99, fams: [fam('ADL', '1'), fam('ALB', '1', { dateTo: '2026-06-30' })] })).toEqual(['LearnDelFAMDateFrom_01']);
  });

  it('_02: not before the start date, on FM35, 36, 81, 99 (and FM38 from 2024/25); the start day itself is fine', async () => {
    const lsf = (dateFrom: string) => [fam('LSF', '1', { dateFrom, dateTo: '2026-06-30' })];
    expect(await dateRules({ fams: lsf('2025-08-31') })).toEqual(['LearnDelFAMDateFrom_02']);
    expect(await dateRules({ fams: lsf('2025-09-01') })).toEqual([]);
    // FM25 is not in the list: an ACT dated before its start does not break it there.
    expect(await dateRules({ fundModel: 25, fams: [fam('ACT', '1', { dateFrom: '2025-08-31' })] })).toEqual([]);
    const early = { fundModel: 38, learnStartDate: '2023-09-01', fams: [fam('ACT', '1', { dateFrom: '2023-08-31' })] };
    expect(await dateRules(early, 2023)).toEqual([]);
    expect(await dateRules({ ...early, learnStartDate: '2025-09-01', fams: [fam('ACT', '1', { dateFrom: '2025-08-31' })] })).toEqual(['LearnDelFAMDateFrom_02']);
  });

  it('_03: only LSF, ACT and ALB records are dated, and from 2025/26 EVI', async () => {
    expect(await dateRules({ fams: [fam('SOF', '105', { dateFrom: '2025-09-01' })] })).toEqual(['LearnDelFAMDateFrom_03']);
    expect(await dateRules({ ...BOOTCAMP, fams: [fam('EVI', '1', { dateFrom: '2025-10-01' })] })).toEqual([]);
    expect(await dateRules({ ...BOOTCAMP, learnStartDate: '2023-09-01', fams: [fam('EVI', '1', { dateFrom: '2023-10-01' })] }, 2023)).toEqual(['LearnDelFAMDateFrom_03']);
  });

  it('_04: the contract type (ACT) needs its date from', async () => {
    expect(await dateRules({ ...STANDARD, fams: [fam('ACT', '1', { dateFrom: null })] })).toEqual(['LearnDelFAMDateFrom_04']);
    expect(await dateRules({ ...STANDARD, fams: [fam('ACT', '1')] })).toEqual([]);
  });

  it('_05, _06, _07: the event indicator’s date, from 1 August 2025, within the bootcamp (new in 2025/26)', async () => {
    expect(await dateRules({ ...BOOTCAMP, fams: [fam('EVI', '1')] })).toEqual(['LearnDelFAMDateFrom_05']);
    // Started 2025-08-01, an event that day is fine; the day before is before 1 August 2025 and the start.
    const august = { ...BOOTCAMP, learnStartDate: '2025-08-01' };
    expect(await dateRules({ ...august, fams: [fam('EVI', '1', { dateFrom: '2025-08-01' })] })).toEqual([]);
    expect(await dateRules({ ...august, fams: [fam('EVI', '1', { dateFrom: '2025-07-31' })] })).toEqual(['LearnDelFAMDateFrom_06', 'LearnDelFAMDateFrom_07']);
    // Ended 2026-01-31: an event on that day is within it, the day after is not.
    const ended = { ...BOOTCAMP, ...ENDED };
    expect(await dateRules({ ...ended, fams: [fam('EVI', '1', { dateFrom: '2026-01-31' })] })).toEqual([]);
    expect(await dateRules({ ...ended, fams: [fam('EVI', '1', { dateFrom: '2026-02-01' })] })).toEqual(['LearnDelFAMDateFrom_07']);
  });
});

describe('LearnDelFAMDateTo', () => {
  it('_01: not before the date from; the same day is fine', async () => {
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-10-01', dateTo: '2025-09-30' })] })).toEqual(['LearnDelFAMDateTo_01']);
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-10-01', dateTo: '2025-10-01' })] })).toEqual([]);
  });

  it('_02 (a warning): not after the planned end date; 2025/26 leaves out ACT on an achieved programme aim', async () => {
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-09-01', dateTo: '2026-07-01' })] })).toEqual(['LearnDelFAMDateTo_02']);
    expect(await dateRules({ fams: [fam('LSF', '1', { dateFrom: '2025-09-01', dateTo: '2026-06-30' })] })).toEqual([]);
    // ACT to 2026-02-20, after the planned end 2026-01-31 and not after the achievement date.
    const act = [fam('ACT', '1', { dateFrom: '2025-09-01', dateTo: '2026-02-20' })];
    expect(await dateRules({ ...ACHIEVED, fams: act })).toEqual([]);
    const in2023 = { ...ACHIEVED, learnStartDate: '2023-09-01', learnPlanEndDate: '2024-01-31', learnActEndDate: '2024-02-20', achDate: '2024-02-25' };
    expect(await dateRules({ ...in2023, fams: [fam('ACT', '1', { dateFrom: '2023-09-01', dateTo: '2024-02-20' })] }, 2023)).toEqual(['LearnDelFAMDateTo_02']);
  });

  it('_03: not after the actual end date (not ACT; nothing to compare on a continuing aim)', async () => {
    const lsf = (dateTo: string) => [fam('LSF', '1', { dateFrom: '2025-09-01', dateTo })];
    expect(await dateRules({ ...ENDED, fams: lsf('2026-02-01') })).toEqual(['LearnDelFAMDateTo_03']);
    expect(await dateRules({ ...ENDED, fams: lsf('2026-01-31') })).toEqual([]);
    expect(await dateRules({ fams: lsf('2026-02-01') })).toEqual([]);
    // FM25 is not in the list.
    expect(await dateRules({ ...ENDED, fundModel: 25, fams: [fam('ACT', '1', { dateFrom: '2025-09-01', dateTo: '2026-02-01' }), fam('LSF', '1', { dateFrom: '2025-09-01', dateTo: '2026-02-01' })] })).toEqual([]);
  });

  it('_04: only LSF, ACT and ALB records have a date to', async () => {
    expect(await dateRules({ fams: [fam('SOF', '105', { dateTo: '2026-06-30' })] })).toEqual(['LearnDelFAMDateTo_04']);
    expect(await dateRules({ ...STANDARD, fams: [fam('ACT', '1', { dateTo: '2026-06-30' })] })).toEqual([]);
  });

  it('_05: an apprenticeship’s ACT record not after the achievement date', async () => {
    const act = (dateTo: string) => [fam('ACT', '1', { dateFrom: '2025-09-01', dateTo })];
    expect(await dateRules({ ...ACHIEVED, fams: act('2026-02-26') })).toEqual(['LearnDelFAMDateTo_05']);
    expect(await dateRules({ ...ACHIEVED, fams: act('2026-02-25') })).toEqual([]);
    // No achievement date: nothing to compare with (the agency's nullable comparison).
    expect(await dateRules({ ...STANDARD, fams: act('2026-05-01') })).toEqual([]);
  });
});
