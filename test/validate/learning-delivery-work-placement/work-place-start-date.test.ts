// WorkPlaceStartDate_01 … _04: which aims have work placements, and when a placement may start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import type { Fixture } from '../findings.ts';
import { aim2025, fieldRules } from '../learning-delivery/aims.ts';
import { placement, workExperience } from './placements.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const found = (f: Fixture) => fieldRules(w, f, 'WorkPlaceStartDate');

describe('WorkPlaceStartDate_01 and _03: work experience aims have placements, other aims none', () => {
  it('a work experience aim without a placement breaks _01; with one it does not', async () => {
    expect(await found(aim2025(workExperience([])))).toEqual(['WorkPlaceStartDate_01']);
    expect(await found(aim2025(workExperience([{ start: '2025-10-01' }])))).toEqual([]);
  });

  it('a placement on an aim that is not work experience breaks _03', async () => {
    expect(await found(aim2025(workExperience([{ start: '2025-10-01' }], { learnAimRef: '60000088' })))).toEqual(['WorkPlaceStartDate_03']);
  });
});

describe('WorkPlaceStartDate_02: a placement starts on or after its aim', () => {
  it('the aim’s start day is allowed, the day before is not', async () => {
    expect(await found(aim2025(workExperience([{ start: '2025-09-01' }])))).toEqual([]);
    expect(await found(aim2025(workExperience([{ start: '2025-10-01' }, { start: '2025-08-31' }])))).toEqual(['WorkPlaceStartDate_02']);
  });
});

describe('WorkPlaceStartDate_04: industry placements are 16-19 funded', () => {
  const industry = (fundModel: number, a: Partial<FixtureAim> = {}) => workExperience([{ start: '2025-10-01' }], { learnAimRef: 'ZWRKX002', fundModel, ...a });

  it('fires on FM38, not on FM25', async () => {
    expect(await found(aim2025(industry(38)))).toEqual(['WorkPlaceStartDate_04']);
    expect(await found(aim2025(industry(25)))).toEqual([]);
  });

  it('a non-funded T Level placement (FM99) is left out in 2025/26, not in 2020/21 (the agency’s code)', async () => {
    const tLevel = (year: number): Fixture => ({
      year,
      preparedOn: `${year + 1}-07-15`,
      learner: { aims: [{ ...industry(99, { learnAimRef: 'ZWRKX003', aimType: 3, progType: 31 }), extraXml: placement({ start: `${year}-10-01` }), learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1 }] },
    });
    expect(await found(tLevel(2020))).toEqual(['WorkPlaceStartDate_04']);
    expect(await found(tLevel(2025))).toEqual([]);
  });
});
