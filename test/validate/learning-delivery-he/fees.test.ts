// The fee rules NETFEE_01/_02, GROSSFEE_01/_02/_03 and SSN_02/_03, decided as the agency's
// Rules/HE/NETFEE, GROSSFEE and SSN and their tests decide (DC-ILR-2021-ValidationService; 2025/26
// catalogue for the fee ceilings and SSN_03). One OfS funded aim started 2025-09-01 in 2025/26 with a
// valid HE record (no SSN, net and gross fee £5,000) unless the case says otherwise.
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
const found = (fields: Parameters<typeof he>[0], start = '2025-09-01'): Promise<string[]> =>
  heRules(w, heLearner([ofsAim({ learnStartDate: start, extraXml: he(fields) })]));
/** The same in 2024/25, started 2024-09-01. */
const found2024 = (fields: Parameters<typeof he>[0]): Promise<string[]> =>
  heRules(w, heLearner([ofsAim({ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', extraXml: he(fields) })], undefined, 2024));

describe('NETFEE_01: the net fee, when there is no student support number, from 1 August 2012', () => {
  it('fires on the boundary day, not the day before, and not with an SSN', async () => {
    // 2025-09-01 is after 2021-08-01 too: SSN_03 asks for both fees as well.
    expect(await found({ NETFEE: undefined })).toEqual(['NETFEE_01', 'SSN_03']);
    expect(await found({ NETFEE: undefined }, '2012-08-01')).toEqual(['NETFEE_01']);
    expect(await found({ NETFEE: undefined }, '2012-07-31')).toEqual([]);
    expect(await found({ NETFEE: undefined, SSN })).toEqual([]);
  });
});

describe('NETFEE_02 and GROSSFEE_03: the fee ceilings, by year', () => {
  it('2025/26: more than £9,535 (net and gross)', async () => {
    expect(await found({ NETFEE: 9535, GROSSFEE: 9535 })).toEqual([]);
    expect(await found({ NETFEE: 9536, GROSSFEE: 9536 })).toEqual(['GROSSFEE_03', 'NETFEE_02']);
  });
  it('to 2024/25 as the agency’s code: net more than £9,000, gross more than £30,000', async () => {
    expect(await found2024({ NETFEE: 9000, GROSSFEE: 30_000 })).toEqual([]);
    expect(await found2024({ NETFEE: 9001, GROSSFEE: 9600 })).toEqual(['NETFEE_02']);
    expect(await found2024({ NETFEE: 9000, GROSSFEE: 30_001 })).toEqual(['GROSSFEE_03']);
  });
});

describe('GROSSFEE_01 and _02: a gross fee with the net fee, and not below it', () => {
  it('GROSSFEE_01: the net fee without the gross fee', async () => {
    expect(await found({ GROSSFEE: undefined, SSN })).toEqual(['GROSSFEE_01']);
    // Neither fee (with an SSN): nothing asks for them.
    expect(await found({ GROSSFEE: undefined, NETFEE: undefined, SSN })).toEqual([]);
  });
  it('GROSSFEE_02: gross £4,999 under net £5,000 fires; equal does not', async () => {
    expect(await found({ GROSSFEE: 4999 })).toEqual(['GROSSFEE_02']);
    expect(await found({ GROSSFEE: 5000 })).toEqual([]);
  });
});

describe('SSN_02: the student support number’s checksum', () => {
  it('passes WADM46891352A (the agency’s test), in either case; fails a wrong check letter or shape', async () => {
    // W 19×13 + A 0×12 + D 3×11 + M 11×10 = 390; 4·9+6·8+8·7+9·6+1·5+3·4+5·3+2·2 = 230; 620 mod 23 = 22;
    // 23 − 22 = 1 → A.
    expect(await found({ SSN })).toEqual([]);
    expect(await found({ SSN: 'wadm46891352a' })).toEqual([]);
    expect(await found({ SSN: 'WADM46891352D' })).toEqual(['SSN_02']);
    expect(await found({ SSN: 'ABCD123456789' })).toEqual(['SSN_02']);
  });
});

describe('SSN_03: no SSN, so both fees, from 1 August 2021', () => {
  it('fires on the boundary day when a fee is missing; not the day before', async () => {
    expect(await found({ GROSSFEE: undefined, NETFEE: undefined }, '2021-08-01')).toEqual(['NETFEE_01', 'SSN_03']);
    expect(await found({ GROSSFEE: undefined, NETFEE: undefined }, '2021-07-31')).toEqual(['NETFEE_01']);
    expect(await found({ GROSSFEE: undefined, NETFEE: undefined, SSN }, '2021-08-01')).toEqual([]);
  });
});
