import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns, type FixtureLearner } from '../support/ilr-xml.ts';
import { martRows } from '../support/cohort.ts';
import { buildModels, freshWarehouse, ingestAll } from '../support/warehouse.ts';

// ULN quality counts every learner read, loaded or quarantined (measures.md version 2, "ULN
// quality"); a learner the loader refuses for ULN_04 is an invalid ULN, and the ULN figures agree
// with the ULN_04 count on the data-quality figures. Provider 10000041, 2024/25.
// Final return (prepared 2025-10-15, the one the models use), 13 learners read:
//   V1–V5 valid ULNs (DD01 passes)                          → loaded, valid
//   T1 9999999999                                           → loaded, temporary
//   I1–I5 ULNs whose check digit fails DD01                 → quarantined for ULN_04, invalid
//   D1 valid ULN 1000000175, DateOfBirth '15/07/2000'       → quarantined (Schema_Type), valid
//   D2 valid ULN 1000000167, born 1900-01-01 (115 or older) → quarantined (DateOfBirth_04), valid
// learners 13 (= learners read); valid 7 (V1–V5, D1, D2); temporary 1; invalid 5; shared 0.
// Data-quality figures of the same return: ULN_04 5 records = invalid_uln (two rules below 5,
// Schema_Type and DateOfBirth_04, so no secondary suppression reaches ULN_04).
// An earlier return of the same year (prepared 2025-03-01, superseded) has X1–X5 refused for
// ULN_04 and V1: neither it nor its faults count (the latest return only, as everywhere else).
const aim = { learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 };
const learner = (learnRefNumber: string, uln: string, extra: Partial<FixtureLearner> = {}): FixtureLearner => ({
  learnRefNumber,
  uln,
  aims: [aim],
  ...extra,
});
const VALID = ['1000000108', '1000000116', '1000000124', '1000000132', '1000000140'];
const INVALID = ['1000000100', '1000000101', '1000000102', '1000000103', '1000000104'];

describe('ULN quality over every learner read', () => {
  let w: Warehouse;

  beforeAll(async () => {
    w = await freshWarehouse();
    await ingestAll(
      w,
      writeReturns([
        {
          ukprn: 10000041,
          year: 2024,
          preparedOn: '2025-03-01',
          learners: [learner('V1', VALID[0] as string), ...INVALID.map((uln, i) => learner(`X${i + 1}`, uln))],
        },
        {
          ukprn: 10000041,
          year: 2024,
          learners: [
            ...VALID.map((uln, i) => learner(`V${i + 1}`, uln)),
            learner('T1', '9999999999'),
            ...INVALID.map((uln, i) => learner(`I${i + 1}`, uln)),
            learner('D1', '1000000175', { dateOfBirth: '15/07/2000' }),
            learner('D2', '1000000167', { dateOfBirth: '1900-01-01' }),
          ],
        },
      ]),
    );
    await buildModels(w);
  });

  afterAll(async () => {
    await w.close();
  });

  it('counts learners refused for ULN_04 as invalid ULNs, and every other learner read', async () => {
    const got = await martRows(
      w,
      `select ukprn, learners, valid_uln, temporary_uln, invalid_uln, shared_uln from marts.uln_quality
       where collection_year = 2024 order by ukprn nulls first`,
    );
    const row = { learners: 13, valid_uln: 7, temporary_uln: 1, invalid_uln: 5, shared_uln: 0 };
    expect(got).toEqual([
      { ukprn: null, ...row },
      { ukprn: 10000041, ...row },
    ]);
    const read = await martRows(
      w,
      `select learners_read from meta.batches where ukprn = 10000041 and file_prepared_on = date '2025-10-15'`,
    );
    expect(read).toEqual([{ learners_read: 13 }]);
  });

  it('agrees with the ULN_04 count on the data-quality figures of the same return', async () => {
    const uln = await martRows(w, `select invalid_uln from reports.report_uln_quality where ukprn = 10000041 and collection_year = 2024`);
    const faults = await martRows(
      w,
      `select cast(records as integer) as records from reports.report_data_quality where ukprn = 10000041 and collection_year = 2024 and rule_id = 'ULN_04'`,
    );
    expect(uln).toEqual([{ invalid_uln: 5 }]);
    expect(faults).toEqual([{ records: 5 }]);
  });
});
