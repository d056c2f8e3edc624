// ConRefNumber_03: no contract reference on funding that is not contracted by reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound, type Fixture } from '../findings.ts';
import { STANDARD_PROGRAMME, aim2025, aimsIn } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** The fixture with a ConRefNumber, in the schema's place (before CompStatus). */
const withConRef = (f: Fixture, ref = 'CONTRACT-001'): Fixture => ({ ...f, edit: ['<CompStatus>', `<ConRefNumber>${ref}</ConRefNumber><CompStatus>`] });
const found = async (f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => r.startsWith('ConRefNumber_'));

describe('ConRefNumber_03', () => {
  it('fires on adult skills (35), 16–19 (25) and unfunded (99) aims; not on a Skills Bootcamp (37), or without one', async () => {
    // The agency's tests: each listed model with a reference fires; the reference alone, or the model alone, does not.
    for (const fundModel of [35, 25, 99]) expect(await found(withConRef(aim2025({ fundModel }))), String(fundModel)).toEqual(['ConRefNumber_03']);
    const bootcamp: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 37, progType: 32 };
    expect(await found(withConRef(aim2025(bootcamp)))).toEqual([]);
    expect(await found(aim2025({ fundModel: 35 }))).toEqual([]);
  });

  it('apprenticeships (36): listed in the agency’s 2020/21 code, removed by the 2025/26 catalogue', async () => {
    const apprenticeship = (year: number) => withConRef(aimsIn(year, [{ ...STANDARD_PROGRAMME }]));
    expect(await found(apprenticeship(2024))).toEqual(['ConRefNumber_03']);
    expect(await found(apprenticeship(2025))).toEqual([]);
  });

  it('the Adult Skills Fund (38) and tailored learning (11) from 2025/26', async () => {
    expect(await found(withConRef(aim2025({ fundModel: 38 })))).toEqual(['ConRefNumber_03']);
    expect(await found(withConRef(aimsIn(2024, [{ fundModel: 38 }])))).toEqual([]);
  });
});
