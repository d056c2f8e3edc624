// MSTUFEE_01 to _07: the major source of tuition fees, decided as the agency's Rules/HE/MSTUFEE and
// their tests decide (DC-ILR-2021-ValidationService) and the 2025/26 catalogue defines _06 and _07.
// One OfS funded aim started 2025-09-01 in 2025/26 with a valid HE record (England, XF) unless said.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { he, heLearner, heRules, ofsAim } from './he.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const SSN = 'WADM46891352A';
const found = (fields: Parameters<typeof he>[0], start = '2025-09-01', year = 2025): Promise<string[]> =>
  heRules(w, heLearner([ofsAim({ learnStartDate: start, learnPlanEndDate: `${year + 1}-06-30`, extraXml: he(fields) })], undefined, year));

describe('MSTUFEE_01 and _02: a valid code, current on the start date', () => {
  it('an unknown code (77) breaks both: it is not current on any date', async () => {
    expect(await found({ MSTUFEE: 77 })).toEqual(['MSTUFEE_01', 'MSTUFEE_02']);
    expect(await found({ MSTUFEE: 10, SSN })).toEqual([]);
  });
  it('2 (English or Welsh LEA award) is valid to 2024-07-31: a start on 2024-08-01 breaks MSTUFEE_02', async () => {
    expect(await found({ MSTUFEE: 2, SSN }, '2024-07-31')).toEqual([]);
    expect(await found({ MSTUFEE: 2, SSN }, '2024-08-01')).toEqual(['MSTUFEE_02']);
  });
  it('33 (BIS) is valid to 2018-07-31; 5 to 2025-07-31', async () => {
    expect(await found({ MSTUFEE: 33 }, '2018-08-01')).toEqual(['MSTUFEE_02']);
    expect(await found({ MSTUFEE: 5 }, '2025-07-31')).toEqual([]);
    expect(await found({ MSTUFEE: 5 }, '2025-08-01')).toEqual(['MSTUFEE_02']);
  });
});

describe('MSTUFEE_03, _04, _05: the source of fees fits the country of permanent address', () => {
  // Started 2024-09-01 in 2024/25, with an SSN so MSTUFEE_06 stays quiet, and codes current then.
  const at = (MSTUFEE: number, PERMADDCOUNTRY: string): Promise<string[]> => found({ MSTUFEE, PERMADDCOUNTRY, SSN }, '2024-09-01', 2024);
  it('MSTUFEE_03: Scotland (XH) with 4 (Northern Ireland’s boards) fires; with 3 (SAAS) not', async () => {
    expect(await at(4, 'XH')).toEqual(['MSTUFEE_03']);
    expect(await at(3, 'XH')).toEqual([]);
  });
  it('MSTUFEE_04: Northern Ireland (XG) with 3 (SAAS) fires; with 4 not', async () => {
    expect(await at(3, 'XG')).toEqual(['MSTUFEE_04']);
    expect(await at(4, 'XG')).toEqual([]);
  });
  it('MSTUFEE_05: England (XF) or Wales (XI) with 3 or 4 fires; with 1 not', async () => {
    expect(await at(3, 'XF')).toEqual(['MSTUFEE_05']);
    expect(await at(4, 'XI')).toEqual(['MSTUFEE_05']);
    expect(await at(1, 'XI')).toEqual([]);
  });
  it('reads DOMICILE where a return before 2025/26 uses the older name', async () => {
    expect(await found({ MSTUFEE: 4, PERMADDCOUNTRY: undefined, DOMICILE: 'XH', SSN }, '2024-09-01', 2024)).toEqual(['MSTUFEE_03']);
  });
});

describe('MSTUFEE_06 and _07: a student support body’s funding comes with a student support number', () => {
  it('MSTUFEE_06: 52 with no SSN, from 2021-08-01 (not the day before) to 2025-07-31 (not the day after)', async () => {
    expect(await found({ MSTUFEE: 52 }, '2021-08-01')).toEqual(['MSTUFEE_06']);
    expect(await found({ MSTUFEE: 52 }, '2021-07-31')).toEqual([]);
    expect(await found({ MSTUFEE: 52 }, '2025-07-31')).toEqual(['MSTUFEE_06']);
    expect(await found({ MSTUFEE: 52 }, '2025-08-01')).toEqual([]);
    expect(await found({ MSTUFEE: 52, SSN }, '2025-07-31')).toEqual([]);
  });
  it('MSTUFEE_06 to 2024/25 has no end date (the 2025/26 catalogue added it)', async () => {
    expect(await found({ MSTUFEE: 52 }, '2024-09-01', 2024)).toEqual(['MSTUFEE_06']);
  });
  it('MSTUFEE_07: 10 or 3 with no SSN from 2025-08-01; not on 2025-07-31', async () => {
    expect(await found({ MSTUFEE: 10 }, '2025-08-01')).toEqual(['MSTUFEE_07']);
    expect(await found({ MSTUFEE: 3, PERMADDCOUNTRY: 'XH' }, '2025-08-01')).toEqual(['MSTUFEE_07']);
    expect(await found({ MSTUFEE: 10 }, '2025-07-31')).toEqual([]);
    expect(await found({ MSTUFEE: 10, SSN }, '2025-08-01')).toEqual([]);
  });
});
