// File-level faults (DESIGN.md, "Inputs"; issue #3): each file in test/fixtures/broken/ has one,
// and is refused with one clear sentence and a meta.batches row; nothing of it reaches raw.*.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

async function expectRefused(path: string, why: RegExp): Promise<void> {
  const summary = await ingestFile(w, path);
  expect(summary.status).toBe('refused');
  expect(summary.message).toMatch(why);
  // One sentence a data manager can read: no stack trace, no parser internals' file paths.
  expect(summary.message).not.toMatch(/\n|at .*\.ts|Error:/);
  const batch = await rows(w, `select status, message, learners_loaded from meta.batches where batch_id = ${summary.batchId}`);
  expect(batch).toEqual([{ status: 'refused', message: summary.message, learners_loaded: 0 }]);
  const raw = await rows(w, `select count(*)::int as n from raw.learner where batch_id = ${summary.batchId}`);
  expect(raw).toEqual([{ n: 0 }]);
}

describe('file-level faults refuse the file', () => {
  it.each([
    ['empty.xml', /empty/],
    ['not-xml.xml', /not XML/],
    ['truncated.xml', /truncated/],
    ['wrong-namespace.xml', /namespace is "SFA\/ILR\/2017-18"/],
    ['wrong-root.xml', /root element is <Learners>/],
    ['no-header-ukprn.xml', /no valid UKPRN/],
    ['year-disagrees-with-namespace.xml', /collection year is "1819" but the namespace is for 2019\/20/],
    ['external-entity.xml', /DOCTYPE/],
    ['entity-bomb.xml', /DOCTYPE/],
    ['undeclared-entity.xml', /not well-formed/],
    ['no-year-or-ukprn.csv', /collection year .* is unknown/],
    ['ILR-10000001-0809-not-legacy-header.csv', /not a legacy ILR CSV/],
  ])('%s', async (file, why) => {
    await expectRefused(join(BROKEN, file), why);
  });

  it('a file of another kind', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-')), 'return.txt');
    writeFileSync(path, 'hello');
    await expectRefused(path, /not an ILR file/);
  });
});

const zipOf = (entries: { name: string; text: string }[], zipName: string): Promise<string> => {
  const path = join(mkdtempSync(join(tmpdir(), 'ilr-zip-')), zipName);
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.from(e.text), e.name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks));
      resolve(path);
    });
    zip.outputStream.on('error', reject);
  });
};

describe('zip files', () => {
  const r = { ukprn: 10000001, year: 2019, learners: [{ learnRefNumber: 'L1', aims: [{ learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', compStatus: 1 }] }] };
  const xmlName = fixtureFileName(r);
  const zipName = xmlName.replace(/\.xml$/, '.zip');

  it('a zip holding one XML of the same name loads', async () => {
    const summary = await ingestFile(w, await zipOf([{ name: xmlName, text: returnXml(r) }], zipName));
    expect([summary.status, summary.learnersLoaded, summary.aimsLoaded]).toEqual(['loaded', 1, 1]);
  });

  it('a zip of two files is refused', async () => {
    const path = await zipOf([{ name: xmlName, text: returnXml(r) }, { name: 'notes.txt', text: 'x' }], zipName);
    await expectRefused(path, /exactly one XML file/);
  });

  it('a zip whose XML has another name is refused', async () => {
    await expectRefused(await zipOf([{ name: 'other.xml', text: returnXml(r) }], zipName), /ZIP_INCONSISTENT_FILENAME/);
  });

  it('a corrupt zip is refused', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-zip-')), zipName);
    writeFileSync(path, readFileSync(join(BROKEN, 'not-xml.xml')));
    await expectRefused(path, /corrupt or not a zip/);
  });
});
