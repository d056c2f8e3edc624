// The apprenticeship financial record rules (AFinType_*, AFinDate_*), decided as the agency decides
// them (DC-ILR-2021-ValidationService Rules/LearningDelivery/AFinType and AFinDate and their tests;
// the 2025/26 catalogue where it changed them). One learner per return, in 2021/22 prepared
// 2022-03-01, on an FM36 apprenticeship standard programme aim started 2021-09-01 unless the case
// says otherwise; only the AFin rules are compared, and not those that ask a programme aim for its
// prices (AFinType_01, _10, _12, _13: prices.test.ts), which many of these cases, written with the
// one record they are about, rightly break too.
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

/** Financial records, e.g. fin(['TNP', 1, '2021-09-01'], ['PMR', 1, '2021-10-31']). */
const fin = (...records: [string, number, string][]): string =>
  records.map(([t, c, d]) => `<AppFinRecord><AFinType>${t}</AFinType><AFinCode>${c}</AFinCode><AFinDate>${d}</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>`).join('');
const standard = (a: Partial<FixtureAim> = {}): FixtureAim => ({
  fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnStartDate: '2021-09-01', learnPlanEndDate: '2023-06-30', compStatus: 1, ...a,
});
const framework = (a: Partial<FixtureAim> = {}): FixtureAim => standard({ progType: 3, stdCode: undefined, fworkCode: 420, pwayCode: 1, ...a });
const one = (a: FixtureAim, year = 2021, preparedOn = '2022-03-01'): Fixture => ({ year, preparedOn, learner: { aims: [a] } });
const PRICES_ASKED = new Set(['AFinType_01', 'AFinType_10', 'AFinType_12', 'AFinType_13']);
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith('AFin') && !PRICES_ASKED.has(r));
const START = '2021-09-01';

describe('AFinType_02, _04, _07, _08, _11, _14', () => {
  it('AFinType_02: TNP 1–4 and PMR 1–3 only', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 5, START]) })))).toEqual(['AFinType_02']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['PMR', 3, START]) })))).toEqual([]);
  });
  it('AFinType_04: only on an apprenticeship programme aim (FM36, or an FM81 standard)', async () => {
    const component: FixtureAim = { learnStartDate: START, learnPlanEndDate: '2022-06-30', compStatus: 1, extraXml: fin(['TNP', 1, START]) };
    expect(await found(one(component))).toEqual(['AFinType_04']);
    expect(await found(one(standard({ fundModel: 81, extraXml: fin(['TNP', 1, START]) })))).toEqual([]);
  });
  it('AFinType_07: an assessment payment (PMR 2) with no assessment price (TNP 2 or 4)', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['PMR', 2, '2021-12-01']) })))).toEqual(['AFinType_07']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 2, START], ['PMR', 2, '2021-12-01']) })))).toEqual([]);
  });
  it('AFinType_08: residual prices (TNP 3, 4) on FundModel 36 only', async () => {
    expect(await found(one(standard({ fundModel: 81, extraXml: fin(['TNP', 3, START]) })))).toEqual(['AFinType_08']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 3, START]) })))).toEqual([]);
  });
  it('AFinType_11: no assessment codes (2, 4) on an FM36 framework', async () => {
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, START], ['TNP', 2, START]) })))).toEqual(['AFinType_11']);
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, START]) })))).toEqual([]);
  });
  it('AFinType_14: a training payment (PMR 1) with no training price (TNP 1 or 3)', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 2, START], ['PMR', 1, '2021-10-31']) })))).toEqual(['AFinType_14']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 3, START], ['PMR', 1, '2021-10-31']) })))).toEqual([]);
  });
});

describe('AFinDate_03, _04, _13, _14: not after the file, the end or the achievement', () => {
  it('AFinDate_03: dated after the file was prepared (2022-03-01)', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, '2022-03-02']) })))).toEqual(['AFinDate_03']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, '2022-03-01']) })))).toEqual([]);
  });
  it('AFinDate_14 (new in 2025/26): a payment dated after the file was prepared', async () => {
    const s = { learnStartDate: '2025-09-01', learnPlanEndDate: '2027-06-30' };
    expect(await found(one(standard({ ...s, extraXml: fin(['TNP', 1, '2025-09-01'], ['PMR', 1, '2026-03-02']) }), 2025, '2026-03-01'))).toEqual(['AFinDate_03', 'AFinDate_14']);
    const t = { learnStartDate: '2024-09-01', learnPlanEndDate: '2026-06-30' };
    expect(await found(one(standard({ ...t, extraXml: fin(['TNP', 1, '2024-09-01'], ['PMR', 1, '2025-03-02']) }), 2024, '2025-03-01'))).toEqual(['AFinDate_03']);
  });
  it('AFinDate_04: a framework’s price after its actual end; not for standards', async () => {
    const ended = { compStatus: 3, learnActEndDate: '2021-12-31', withdrawReason: 97, outcome: 3 };
    expect(await found(one(framework({ ...ended, extraXml: fin(['TNP', 1, START], ['TNP', 1, '2022-01-01']) })))).toEqual(['AFinDate_04']);
    expect(await found(one(framework({ ...ended, extraXml: fin(['TNP', 1, START], ['TNP', 1, '2021-12-31']) })))).toEqual([]);
  });
  it('AFinDate_13: a standard’s price after the achievement date, or after the end of a learner who withdrew', async () => {
    const achieved = { compStatus: 2, learnActEndDate: '2022-01-10', outcome: 1, achDate: '2022-01-15' };
    expect(await found(one(standard({ ...achieved, extraXml: fin(['TNP', 1, START], ['TNP', 2, '2022-01-16']) })))).toEqual(['AFinDate_13']);
    expect(await found(one(standard({ ...achieved, extraXml: fin(['TNP', 1, START], ['TNP', 2, '2022-01-15']) })))).toEqual([]);
    const withdrawn = { compStatus: 3, learnActEndDate: '2022-01-10', withdrawReason: 97, outcome: 3 };
    expect(await found(one(standard({ ...withdrawn, extraXml: fin(['TNP', 1, START], ['TNP', 1, '2022-01-11']) })))).toEqual(['AFinDate_13']);
  });
});

describe('AFinDate_05 to _08: total and residual prices in order', () => {
  it('_05 and _06: a total price after the latest residual one', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 3, '2021-09-15'], ['TNP', 1, '2021-10-01']) })))).toEqual(['AFinDate_05']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 3, '2021-09-15']) })))).toEqual([]);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 4, '2021-09-15'], ['TNP', 2, '2021-10-01']) })))).toEqual(['AFinDate_06']);
  });
  it('_07 and _08: a total and a residual price on the same day', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 3, START]) })))).toEqual(['AFinDate_07']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 2, START], ['TNP', 4, START]) })))).toEqual(['AFinDate_08']);
  });
});

describe('AFinDate_09 and _12: within a year before the start and two years after the end', () => {
  it('AFinDate_09: a year before the start, as .NET AddYears counts it (29 February − 1 year = 28 February)', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, '2020-08-31']) })))).toEqual(['AFinDate_09']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, '2020-09-01']) })))).toEqual([]);
    const leap = { learnStartDate: '2020-02-29', learnPlanEndDate: '2022-06-30' };
    expect(await found(one(standard({ ...leap, extraXml: fin(['TNP', 1, '2019-02-27']) })))).toEqual(['AFinDate_09']);
    expect(await found(one(standard({ ...leap, extraXml: fin(['TNP', 1, '2019-02-28']) })))).toEqual([]);
  });
  it('AFinDate_12: more than two years after the actual end (29 February + 2 years = 28 February)', async () => {
    const ended = { learnStartDate: '2019-09-01', compStatus: 2, learnActEndDate: '2020-02-29', outcome: 8 };
    expect(await found(one(standard({ ...ended, extraXml: fin(['TNP', 1, '2019-09-01'], ['PMR', 1, '2022-03-01']) })))).toEqual(['AFinDate_12']);
    expect(await found(one(standard({ ...ended, extraXml: fin(['TNP', 1, '2019-09-01'], ['PMR', 1, '2022-02-28']) })))).toEqual([]);
  });
});
