// Nothing lost (issue #3): for every file, read = loaded + quarantined, for learners and for aims,
// and what meta.batches says was loaded is what raw.* holds. Checked on generated returns of
// every supported year, the agency's sample, the legacy fixture and the record-rule corpus.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../pipelines/generate/generate.ts';
import { ingestFile, SUPPORTED_YEARS } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns } from '../support/ilr-xml.ts';
import { SHARED_DIR } from '../support/shared.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
  const dir = mkdtempSync(join(tmpdir(), 'ilr-gen-'));
  // The last year read is the year in progress: the generator gives it as an in-year return (R04).
  await generate({ outDir: dir, providers: 2, learnersPerProvider: 60, firstYear: SUPPORTED_YEARS.first, lastYear: SUPPORTED_YEARS.last - 1, inYearReturn: true, seed: 7 });
  const generated = readdirSync(dir).filter((f) => f.startsWith('ILR-')).map((f) => join(dir, f));
  const faulty = writeReturns([
    {
      ukprn: 10000003,
      year: 2021,
      learners: [
        { learnRefNumber: 'OK', aims: [{ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1 }] },
        { learnRefNumber: 'BADULN', uln: '1000000042', aims: [{ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1 }, { learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1, aimSeqNumber: 2 }] },
        { learnRefNumber: 'BADAIM', aims: [{ learnStartDate: '2021-09-01', learnPlanEndDate: '2021-08-01', compStatus: 1 }, { learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1, aimSeqNumber: 2 }] },
        { learnRefNumber: 'OK', aims: [{ learnStartDate: '2021-09-01', learnPlanEndDate: '2022-06-30', compStatus: 1 }] },
      ],
    },
  ]);
  const files = [
    ...generated,
    ...faulty,
    join(SHARED_DIR, 'domain/samples/ILR-99999999-1819-esfa-sample.xml'),
    join(import.meta.dirname, '../fixtures/legacy/ILR-10000001-0809-20091015-01.csv'),
  ];
  for (const file of files) await ingestFile(w, file);
}, 120_000);
afterAll(async () => w.close());

describe('read = loaded + quarantined', () => {
  it('loaded every generated year', async () => {
    const years = await rows(w, `select distinct collection_year from meta.batches where status = 'loaded' and format = 'xml' order by 1`);
    const expected = [];
    for (let y = SUPPORTED_YEARS.first; y <= SUPPORTED_YEARS.last; y++) expected.push({ collection_year: y });
    expect(years).toEqual(expected);
  });

  it('finds no error in what the generator writes (it writes valid returns unless asked for faults)', async () => {
    const errors = await rows(
      w,
      `select q.rule_id, count(*)::int as n from quarantine.records q join meta.batches b using (batch_id)
       where q.severity = 'error' and b.format = 'xml' and b.ukprn not in (10000003, 99999999) group by all`,
    );
    expect(errors).toEqual([]);
  });

  it('holds for learners and aims in every file', async () => {
    const broken = await rows(
      w,
      `select file_name from meta.batches where status = 'loaded' and (
         learners_read <> learners_loaded + learners_quarantined
         or aims_read <> aims_loaded + aims_quarantined
         or learners_read = 0)`,
    );
    expect(broken).toEqual([]);
  });

  it('raw.* holds exactly what meta.batches says was loaded', async () => {
    const mismatched = await rows(
      w,
      `with l as (select batch_id, count(*) as n from raw.learner group by all),
            a as (select batch_id, count(*) as n from raw.learning_delivery group by all)
       select b.file_name, b.learners_loaded, l.n as learners, b.aims_loaded, a.n as aims
       from meta.batches b left join l using (batch_id) left join a using (batch_id)
       where b.status = 'loaded' and (b.learners_loaded <> coalesce(l.n, 0) or b.aims_loaded <> coalesce(a.n, 0))`,
    );
    expect(mismatched).toEqual([]);
  });

  it('every learner kept out has an error in quarantine', async () => {
    // The hand-made return, 4 learners and 6 aims: OK (1 aim) loads; BADULN (ULN_04) is kept out
    // with its 2 aims; BADAIM loads with 1 of its 2 aims (LearnPlanEndDate_02 on the other); the
    // second OK (1 aim) is a duplicate reference (LearnRefNumber_Unique). Loaded: 2 learners,
    // 1 + 1 = 2 aims; quarantined: 2 learners, 2 + 1 + 1 = 4 aims, in 3 records.
    const faulty = await rows(
      w,
      `select learners_read, learners_loaded, learners_quarantined, aims_read, aims_loaded, aims_quarantined, records_quarantined
       from meta.batches where ukprn = 10000003`,
    );
    expect(faulty).toEqual([
      { learners_read: 4, learners_loaded: 2, learners_quarantined: 2, aims_read: 6, aims_loaded: 2, aims_quarantined: 4, records_quarantined: 3 },
    ]);
    const rules = await rows(
      w,
      `select rule_id, learn_ref_number from quarantine.records q join meta.batches b using (batch_id)
       where b.ukprn = 10000003 and q.severity = 'error' order by all`,
    );
    expect(rules).toEqual([
      { rule_id: 'LearnPlanEndDate_02', learn_ref_number: 'BADAIM' },
      { rule_id: 'LearnRefNumber_Unique', learn_ref_number: 'OK' },
      // The agency's R_06 on both records of OK (the first stays loaded).
      { rule_id: 'R_06', learn_ref_number: 'OK' },
      { rule_id: 'R_06', learn_ref_number: 'OK' },
      { rule_id: 'ULN_04', learn_ref_number: 'BADULN' },
    ]);
  });
});
