// The XML parser never resolves an external entity nor expands an entity bomb (issue #3, "Safe"):
// a DOCTYPE refuses the file unread. Values always go in as data, never as SQL text.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

describe('hostile XML', () => {
  it('an external entity (XXE) is never resolved', async () => {
    const summary = await ingestFile(w, join(BROKEN, 'external-entity.xml'));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/DOCTYPE/);
    // /etc/passwd starts "root:"; nothing of it may reach the warehouse.
    const leaked = await rows(
      w,
      `select 1 from meta.batches where message like '%root:%'
       union all select 1 from quarantine.records where record like '%root:%' or value like '%root:%'
       union all select 1 from raw.learner where learn_ref_number like '%root%'`,
    );
    expect(leaked).toEqual([]);
  });

  it('an entity bomb is refused before any expansion', async () => {
    const before = process.memoryUsage().heapUsed;
    const summary = await ingestFile(w, join(BROKEN, 'entity-bomb.xml'));
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/DOCTYPE/);
    // Ten levels of ten "lol"s would be 3 GB expanded; nothing near that was allocated.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('values are data', () => {
  it('a learner reference that looks like SQL is stored as text', async () => {
    const ref = "x');drop";
    const [path] = writeReturns([
      {
        ukprn: 10000001,
        year: 2020,
        learners: [{ learnRefNumber: ref, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] }],
      },
    ]) as [string];
    const summary = await ingestFile(w, path);
    expect(summary.status).toBe('loaded');
    // The reference breaks the schema's pattern [A-Za-z0-9 ]{1,12} (FD_LearnRefNumber_AP): the learner
    // is kept out, and the quarantine names them by the reference as read.
    const stored = await rows(w, `select learn_ref_number, rule_id from quarantine.records where batch_id = ${summary.batchId}`);
    expect(stored).toEqual([{ learn_ref_number: ref, rule_id: 'FD_LearnRefNumber_AP' }]);
    const tables = await rows(w, `select count(*)::int as n from information_schema.tables where table_schema = 'raw' and table_name = 'learner'`);
    expect(tables).toEqual([{ n: 1 }]);
  });
});
