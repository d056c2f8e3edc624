// ProvSpecDelMonOccur_01: the occurrence of provider-specified delivery monitoring is A, B, C or D.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { findings } from '../findings.ts';
import { aim2025 } from './aims.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const monitoring = (occur: string) =>
  `<ProviderSpecDeliveryMonitoring><ProvSpecDelMonOccur>${occur}</ProvSpecDelMonOccur><ProvSpecDelMon>COURSE1</ProvSpecDelMon></ProviderSpecDeliveryMonitoring>`;
const found = async (...occurs: string[]) =>
  (await findings(w, aim2025({ extraXml: occurs.map(monitoring).join('') }))).filter((x) => x.rule.startsWith('ProvSpecDelMonOccur_'));

describe('ProvSpecDelMonOccur_01', () => {
  it('the agency’s test values: A to D pass, E fails (on the aim)', async () => {
    expect(await found('A', 'B', 'C', 'D')).toEqual([]);
    expect(await found('E')).toEqual([{ rule: 'ProvSpecDelMonOccur_01', severity: 'error', aim: 1 }]);
  });

  it('the agency compares in any case: d passes', async () => {
    expect(await found('d')).toEqual([]);
  });
});
