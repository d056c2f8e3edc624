// Legacy ILR CSV (DESIGN.md, "Inputs"; field mapping in shared/domain/measures.md). The fixture
// test/fixtures/legacy/ILR-10000001-0809-20091015-01.csv holds five rows:
//   LR001 aim 1  ISO dates, A46a 81 + A46b 86, A59 12 / A60 10, unknown columns L99 and A99
//   LR001 aim 2  DD/MM/YYYY dates, A31 00000000 (no date), A46a 34
//   LR002 aim 1  DDMMYYYY dates, A34 4 (transferred, kept as 4), A46a 999, temporary ULN
//   LR003 aim 1  A27 "notadate" → Schema_Type, the aim is quarantined
//   LR001 aim 3  a row of LR001 after LR003's: the same learner, not a duplicate
// Names (L09/L10), address (L18) and NI number (L26) are in the file and must not be stored.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, type FileSummary } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const FIXTURE = join(import.meta.dirname, '../fixtures/legacy/ILR-10000001-0809-20091015-01.csv');

let w: Warehouse;
let summary: FileSummary;
beforeAll(async () => {
  w = await freshWarehouse();
  summary = await ingestFile(w, FIXTURE);
});
afterAll(async () => w.close());

describe('a legacy CSV return', () => {
  it('takes UKPRN, year and preparation date from the file name and counts every row', async () => {
    expect([summary.status, summary.format, summary.ukprn, summary.collectionYear]).toEqual(['loaded', 'legacy_csv', 10000001, 2008]);
    // 3 learners (LR001, LR002, LR003), 5 aims; LR003's only aim is quarantined.
    expect([summary.learnersRead, summary.learnersLoaded, summary.aimsRead, summary.aimsLoaded, summary.aimsQuarantined]).toEqual([3, 3, 5, 4, 1]);
    const batch = await rows(w, `select format, file_prepared_on::varchar as prepared from meta.batches where batch_id = ${summary.batchId}`);
    expect(batch).toEqual([{ format: 'legacy_csv', prepared: '2009-10-15' }]);
  });

  it('maps the field codes onto the modern columns, in every date form', async () => {
    const aims = await rows(
      w,
      `select learn_ref_number, aim_seq_number, learn_aim_ref, a10_funding_stream, prog_type,
              learn_start_date::varchar as s, learn_plan_end_date::varchar as p, learn_act_end_date::varchar as a,
              comp_status, outcome, ach_date::varchar as ach, a59_planned_credits, a60_credits_achieved, record_no
       from raw.learning_delivery order by learn_ref_number, aim_seq_number`,
    );
    expect(aims).toEqual([
      { learn_ref_number: 'LR001', aim_seq_number: 1, learn_aim_ref: '50012345', a10_funding_stream: 22, prog_type: 99, s: '2008-09-01', p: '2009-06-30', a: '2009-06-20', comp_status: 2, outcome: 1, ach: '2009-06-20', a59_planned_credits: 12, a60_credits_achieved: 10, record_no: 1 },
      { learn_ref_number: 'LR001', aim_seq_number: 2, learn_aim_ref: '50012346', a10_funding_stream: 22, prog_type: 99, s: '2008-09-01', p: '2009-06-30', a: null, comp_status: 1, outcome: null, ach: null, a59_planned_credits: 6, a60_credits_achieved: 0, record_no: 1 },
      { learn_ref_number: 'LR001', aim_seq_number: 3, learn_aim_ref: '50012349', a10_funding_stream: 22, prog_type: 99, s: '2008-10-01', p: '2009-05-30', a: '2009-05-30', comp_status: 3, outcome: 3, ach: null, a59_planned_credits: null, a60_credits_achieved: null, record_no: 1 },
      { learn_ref_number: 'LR002', aim_seq_number: 1, learn_aim_ref: '50012347', a10_funding_stream: 45, prog_type: 2, s: '2008-09-01', p: '2009-07-31', a: '2009-01-15', comp_status: 4, outcome: 3, ach: null, a59_planned_credits: null, a60_credits_achieved: null, record_no: 2 },
    ]);
  });

  it('loads the learner fields once per learner, minimised', async () => {
    const learners = await rows(
      w,
      `select learn_ref_number, uln::varchar as uln, date_of_birth::varchar as dob, ethnicity, sex, lldd_health_prob, postcode, l39_destination, extra
       from raw.learner order by learn_ref_number`,
    );
    expect(learners).toEqual([
      { learn_ref_number: 'LR001', uln: '1000000043', dob: '1990-03-01', ethnicity: 31, sex: 'F', lldd_health_prob: 2, postcode: 'B12', l39_destination: '95', extra: '{"L01":"123456","L99":"keep-me"}' },
      { learn_ref_number: 'LR002', uln: '9999999999', dob: '1985-07-15', ethnicity: 32, sex: 'M', lldd_health_prob: 1, postcode: 'M1', l39_destination: null, extra: '{"L01":"123456"}' },
      { learn_ref_number: 'LR003', uln: '1000000043', dob: '1988-01-01', ethnicity: 33, sex: 'F', lldd_health_prob: 2, postcode: 'LS1', l39_destination: null, extra: '{"L01":"123456"}' },
    ]);
  });

  it('turns A46a/A46b into monitoring rows of type A46', async () => {
    const fams = await rows(
      w,
      `select learn_ref_number, aim_seq_number, learn_del_fam_type, learn_del_fam_code from raw.learning_delivery_fam order by all`,
    );
    expect(fams).toEqual([
      { learn_ref_number: 'LR001', aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: '81' },
      { learn_ref_number: 'LR001', aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: '86' },
      { learn_ref_number: 'LR001', aim_seq_number: 2, learn_del_fam_type: 'A46', learn_del_fam_code: '34' },
      { learn_ref_number: 'LR002', aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: '999' },
    ]);
  });

  it('keeps unknown aim columns and quarantines the unreadable date against its aim', async () => {
    const extra = await rows(w, `select extra from raw.learning_delivery where learn_aim_ref = '50012345'`);
    expect(extra).toEqual([{ extra: '{"A99":"aim-extra"}' }]);
    const issues = await rows(w, `select rule_id, learn_ref_number, aim_seq_number, field, value, line from quarantine.records`);
    expect(issues).toEqual([{ rule_id: 'Schema_Type', learn_ref_number: 'LR003', aim_seq_number: 1, field: 'A27', value: 'notadate', line: 5 }]);
  });

  it('stores no names, addresses or NI numbers anywhere', async () => {
    const leaks = await rows(
      w,
      `select 1 from raw.learner where extra similar to '.*(Smith|Street|AB123456C).*'
       union all select 1 from raw.learning_delivery where extra similar to '.*(Smith|Street|AB123456C).*'
       union all select 1 from quarantine.records where record similar to '.*(Brown|Alex|LS1 4AP).*'`,
    );
    expect(leaks).toEqual([]);
  });

  it('takes the year from --year and the UKPRN from L46 when the name says neither', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-legacy-')), 'college-return.csv');
    // The same rows (plus a blank line, so it is not the file already loaded) under another name.
    writeFileSync(path, `${readFileSync(FIXTURE, 'utf8')}\n`);
    const refused = await ingestFile(w, path);
    expect(refused.status).toBe('refused');
    expect(refused.message).toMatch(/--year/);
    const loaded = await ingestFile(w, path, { year: 2009 });
    expect([loaded.status, loaded.ukprn, loaded.collectionYear, loaded.aimsLoaded]).toEqual(['loaded', 10000001, 2009, 4]);
  });
});
