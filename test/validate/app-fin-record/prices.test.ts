// The prices a programme aim must have (AFinType_01, _10, _12, _13), decided as the agency decides
// them (DC-ILR-2021-ValidationService Rules/LearningDelivery/AFinType and their tests) and, for
// AFinType_10 from 2025/26, as the catalogue words it. One learner per return, in 2021/22 prepared
// 2022-03-01, on a programme aim started 2021-09-01 whose records are the case's only (`prices:
// false`); only these four rules are compared.
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

const START = '2021-09-01';
const fin = (...records: [string, number, string][]): string =>
  records.map(([t, c, d]) => `<AppFinRecord><AFinType>${t}</AFinType><AFinCode>${c}</AFinCode><AFinDate>${d}</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>`).join('');
const standard = (a: Partial<FixtureAim> = {}): FixtureAim => ({
  fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001', learnStartDate: START, learnPlanEndDate: '2023-06-30', compStatus: 1, prices: false, ...a,
});
const framework = (a: Partial<FixtureAim> = {}): FixtureAim => standard({ progType: 3, stdCode: undefined, fworkCode: 420, pwayCode: 1, ...a });
const one = (a: FixtureAim, year = 2021, preparedOn = '2022-03-01'): Fixture => ({ year, preparedOn, learner: { aims: [a] } });
const RULES = new Set(['AFinType_01', 'AFinType_10', 'AFinType_12', 'AFinType_13']);
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => RULES.has(r));

describe('AFinType_01: an FM81 standard’s programme aim has its total training price (TNP 1)', () => {
  it('fires without TNP 1 (a TNP 2 alone); not with it; not on an FM36 standard', async () => {
    expect(await found(one(standard({ fundModel: 81, extraXml: fin(['TNP', 2, START]) })))).toEqual(['AFinType_01']);
    expect(await found(one(standard({ fundModel: 81, extraXml: fin(['TNP', 1, START], ['TNP', 2, START]) })))).toEqual([]);
    expect(await found(one(standard({ extraXml: fin(['TNP', 2, START]) })))).toEqual([]);
  });
});

describe('AFinType_10: a standard’s programme aim has its end-point assessment price (TNP 2 or 4), a warning', () => {
  it('fires with TNP 1 alone; not with TNP 2 or TNP 4; not on a framework', async () => {
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START]) })))).toEqual(['AFinType_10']);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 2, START]) })))).toEqual([]);
    expect(await found(one(standard({ extraXml: fin(['TNP', 1, START], ['TNP', 4, '2021-10-01']) })))).toEqual([]);
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, START]) })))).toEqual([]);
  });
  it('a non-funded standard (FM99) is left out to 2024/25, not from 2025/26', async () => {
    const unfunded = (year: number): Fixture =>
      one(standard({ fundModel: 99, learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 2}-06-30`, fams: [] }), year, `${year + 1}-03-01`);
    expect(await found(unfunded(2024))).toEqual([]);
    expect(await found(unfunded(2025))).toEqual(['AFinType_10']);
  });
});

describe('AFinType_12 and _13: an FM36 programme aim has a price, one dated its start', () => {
  it('AFinType_12: fires with no TNP record (a payment alone); not with any TNP', async () => {
    // No price dated the start either: AFinType_13 fires beside it, rightly.
    expect(await found(one(framework({ extraXml: fin(['PMR', 1, '2021-10-31']) })))).toEqual(['AFinType_12', 'AFinType_13']);
    expect(await found(one(framework({ extraXml: fin(['TNP', 3, START]) })))).toEqual([]);
  });
  it('AFinType_13: a TNP dated the start day; the day after fires', async () => {
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, '2021-09-02']) })))).toEqual(['AFinType_13']);
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, '2021-08-31']) })))).toEqual(['AFinType_13']);
    expect(await found(one(framework({ extraXml: fin(['TNP', 1, START]) })))).toEqual([]);
  });
  it('not on a component aim, nor an FM81 framework', async () => {
    expect(await found(one(framework({ aimType: 3, learnAimRef: '60000088' })))).toEqual([]);
    expect(await found(one(framework({ fundModel: 81, fams: [{ type: 'SOF', code: '105' }, { type: 'LDM', code: '034' }] })))).toEqual([]);
  });
});
