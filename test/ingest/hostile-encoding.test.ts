// An XML file is decoded as it says it is encoded (issue #21, point 4): windows-1252 and
// ISO-8859-1 keep their é and £, UTF-16 with a byte-order mark is read, an encoding the loader
// cannot read refuses the file by name, and a byte the encoding cannot read refuses the file
// rather than becoming U+FFFD (learner references Ré1, Rè1 and Rà1 stay three learners).
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { decodeXml } from '../../pipelines/ingest/xml/decode.ts';
import { FileFault } from '../../pipelines/ingest/xml/read-ilr-xml.ts';
import { readXmlSource } from '../../pipelines/ingest/xml/read-xml-source.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

/** The bytes handed over one at a time: every multi-byte character and mark is split. */
async function* byteByByte(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
}

async function decoded(bytes: Buffer): Promise<string> {
  let text = '';
  for await (const piece of decodeXml(byteByByte(bytes))) text += piece;
  return text;
}

const declared = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?>\n${body}`;
const BODY = '<Message><Note>Ré1 Rè1 Rà1 £5 €</Note></Message>';

describe('decodeXml', () => {
  it.each([
    ['windows-1252', iconv.encode(declared('windows-1252', BODY), 'windows-1252')],
    ['ISO-8859-15 (single quotes)', iconv.encode(declared('ISO-8859-15', BODY).replace(/"ISO-8859-15"/, "'ISO-8859-15'"), 'iso-8859-15')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(declared('UTF-8', BODY))])],
    ['UTF-8, no declaration', Buffer.from(BODY)],
    ['UTF-16LE with a byte-order mark', iconv.encode(declared('UTF-16', BODY), 'utf-16le', { addBOM: true })],
    ['UTF-16BE with a byte-order mark', iconv.encode(declared('UTF-16', BODY), 'utf-16be', { addBOM: true })],
    ['UTF-16LE without a byte-order mark', iconv.encode(declared('UTF-16', BODY), 'utf-16le')],
    ['a UTF-8 file that declares UTF-16 (a .NET slip)', Buffer.from(declared('utf-16', BODY))],
  ])('%s', async (_, bytes) => {
    expect(await decoded(bytes)).toMatch(/<Message><Note>Ré1 Rè1 Rà1 £5 €<\/Note><\/Message>$/);
  });

  it('ISO-8859-1 keeps é and £', async () => {
    const text = await decoded(iconv.encode(declared('ISO-8859-1', '<Message>Ré1 £5</Message>'), 'latin1'));
    expect(text).toContain('<Message>Ré1 £5</Message>');
  });

  it('refuses an encoding it cannot read, naming it', async () => {
    await expect(decoded(Buffer.from(declared('x-klingon', BODY)))).rejects.toThrow(/encoding as "x-klingon"/);
    await expect(decoded(Buffer.from(declared('x-klingon', BODY)))).rejects.toBeInstanceOf(FileFault);
  });

  it('refuses bytes that are not UTF-8 in a file that says nothing (so is UTF-8), rather than write U+FFFD', async () => {
    const latin = iconv.encode(BODY, 'windows-1252');
    await expect(decoded(latin)).rejects.toThrow(/names no encoding, so is UTF-8, but byte 17 or one soon after is not UTF-8/);
  });

  it('refuses bytes that windows-1252 does not define', async () => {
    const bytes = Buffer.concat([Buffer.from(declared('windows-1252', '<Message>')), Buffer.from([0x81]), Buffer.from('</Message>')]);
    await expect(decoded(bytes)).rejects.toThrow(/says it is encoded as windows-1252, but byte .* is not WINDOWS-1252/);
  });
});

const r: FixtureReturn = {
  ukprn: 10000001,
  year: 2020,
  learners: ['Ré1', 'Rè1', 'Rà1'].map((learnRefNumber) => ({
    learnRefNumber,
    aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }],
  })),
};

/** The fixture return, saved in `encoding` with its declaration saying so. */
function saved(encoding: string, options: { addBOM?: boolean } = {}): string {
  const xml = returnXml(r).replace('encoding="UTF-8"', `encoding="${encoding}"`);
  const path = join(mkdtempSync(join(tmpdir(), 'ilr-encoding-')), fixtureFileName(r));
  writeFileSync(path, iconv.encode(xml, encoding, options));
  return path;
}

describe('read as declared', () => {
  it('three learners Ré1, Rè1, Rà1 of a windows-1252 file stay three', async () => {
    const path = saved('windows-1252');
    const refs: (string | null)[] = [];
    for await (const event of readXmlSource(path, decodeXml(createReadStream(path)))) {
      if (event.kind === 'record') refs.push(event.record.learnRefNumber);
    }
    expect(refs).toEqual(['Ré1', 'Rè1', 'Rà1']);
  });
});

// Needs xmlChunks (pipelines/ingest/file-source.ts) to decode through decodeXml.
describe('in the warehouse', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await freshWarehouse();
  });
  afterAll(async () => w.close());

  it.each([
    ['windows-1252', {}],
    ['UTF-16', { addBOM: true }],
  ])('a %s file reads its learners as written', async (encoding, options) => {
    const summary = await ingestFile(w, saved(encoding, options));
    // An accented letter is outside LearnRefNumber's pattern [A-Za-z0-9 ]{1,12} (FD_LearnRefNumber_AP):
    // the three are kept out, and named in the quarantine as written.
    expect([summary.status, summary.learnersRead, summary.learnersQuarantined]).toEqual(['loaded', 3, 3]);
    const refs = await rows(w, `select learn_ref_number, rule_id from quarantine.records where batch_id = ${summary.batchId} order by line`);
    expect(refs).toEqual(['Ré1', 'Rè1', 'Rà1'].map((ref) => ({ learn_ref_number: ref, rule_id: 'FD_LearnRefNumber_AP' })));
  });

  it('a file in an encoding the loader cannot read is refused, naming it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-encoding-')), fixtureFileName(r));
    writeFileSync(path, returnXml(r).replace('encoding="UTF-8"', 'encoding="x-klingon"'));
    const summary = await ingestFile(w, path);
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/"x-klingon"/);
  });
});
