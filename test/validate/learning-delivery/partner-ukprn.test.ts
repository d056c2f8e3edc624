// PartnerUKPRN_02 and _03: the subcontractor's UKPRN, not on a programme aim and not the provider's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound } from '../findings.ts';
import { STANDARD_PROGRAMME, aim2025 } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const PROVIDER = 10_000_900;
let nextUkprn = PROVIDER;

/** The PartnerUKPRN rules broken by one aim with this partner UKPRN (in the schema's place, after StdCode), returned by `provider`. */
async function found(a: Partial<FixtureAim>, partner: number, provider = (nextUkprn += 1)): Promise<string[]> {
  const fixture = { ...aim2025(a), ukprn: provider, edit: ['<DelLocPostCode>', `<PartnerUKPRN>${partner}</PartnerUKPRN><DelLocPostCode>`] as [string, string] };
  return (await rulesFound(w, fixture)).filter((r) => r.startsWith('PartnerUKPRN_'));
}

describe('PartnerUKPRN_02: no partner UKPRN on a programme aim', () => {
  it('fires on the programme aim (AimType 1), not on an aim outside a programme', async () => {
    expect(await found(STANDARD_PROGRAMME, 10_000_001)).toEqual(['PartnerUKPRN_02']);
    expect(await found({ aimType: 4 }, 10_000_001)).toEqual([]);
  });
});

describe('PartnerUKPRN_03: the partner is not the provider itself', () => {
  it('fires when the partner UKPRN is the return’s own, not when it is another provider’s, or one more', async () => {
    expect(await found({ aimType: 4 }, 10_000_950, 10_000_950)).toEqual(['PartnerUKPRN_03']);
    expect(await found({ aimType: 4 }, 10_000_961, 10_000_960)).toEqual([]);
    // Both at once: a programme aim subcontracted to the provider itself.
    expect(await found(STANDARD_PROGRAMME, 10_000_970, 10_000_970)).toEqual(['PartnerUKPRN_02', 'PartnerUKPRN_03']);
  });
});
