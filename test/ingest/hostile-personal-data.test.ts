// Personal data is minimised at the door however it is spelt (issue #21, point 2; DESIGN.md,
// "Personal data"): an element written under a prefix bound to the ILR namespace is the same
// element; an unknown element keeps its name but its value only when that looks like a code; no
// full postcode is kept anywhere. The same rules hold for legacy CSV columns, and for the
// quarantine's `value`, `message` and `record` and the --report CSV.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_ENTITIES } from '../../pipelines/ilr/entities.ts';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { writeQuarantineReport } from '../../pipelines/ingest/write-report.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** What no table, finding or report may hold: a name, an e-mail, an NI number, a phone number, a full postcode. */
const PERSONAL = /Smithson|Janette|example\.com|QQ123456C|07700|9QS|1AA/;

/** Every row the batch left in raw.*, quarantine.records and meta.batches, and its --report CSV, as text. */
async function everythingStored(batchId: number): Promise<string> {
  const parts: unknown[] = [];
  for (const entity of RAW_ENTITIES) parts.push(await rows(w, `select * from raw.${entity.table} where batch_id = ${batchId}`));
  parts.push(await rows(w, `select * from quarantine.records where batch_id = ${batchId}`));
  parts.push(await rows(w, `select * from meta.batches where batch_id = ${batchId}`));
  const report = join(mkdtempSync(join(tmpdir(), 'ilr-report-')), 'report.csv');
  await writeQuarantineReport(w, [batchId], report);
  return JSON.stringify(parts) + readFileSync(report, 'utf8');
}

const AIM = { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 1 };

describe('ILR XML', () => {
  const r: FixtureReturn = {
    ukprn: 10000001,
    year: 2025,
    learners: [
      {
        learnRefNumber: 'P1',
        sex: 'M',
        extraXml: [
          // The same element as <FamilyName>, legally written: never stored.
          '<x:FamilyName>Smithson</x:FamilyName>',
          '<x:Email>jan@example.com</x:Email>',
          // Unknown elements: their names are kept, their values only when they look like codes.
          '<FamilyNames>Smithson</FamilyNames>',
          '<GivenName>Janette</GivenName>',
          '<EmailAddress>jan@example.com</EmailAddress>',
          '<NINo>QQ123456C</NINo>',
          '<TelNumber>07700900123</TelNumber>',
          '<postcode>B12 9QS</postcode>',
          '<o:Email xmlns:o="urn:other">jan@example.com</o:Email>',
          '<Comment>ring Janette</Comment>',
          '<HomeNumber>07700900123</HomeNumber>',
          '<Ref2>QQ123456C</Ref2>',
          '<Loc>M11AA</Loc>',
          '<Contact><Phone>07700 900123</Phone><Kind>M</Kind></Contact>',
          '<Widget>AB12</Widget>',
        ].join(''),
        aims: [AIM],
      },
      // A postcode longer than the schema's 8 characters: an error, the learner is kept out.
      { learnRefNumber: 'P2', extraXml: '<Marker2/><x:GivenNames>Janette</x:GivenNames><FamilyNames>Smithson</FamilyNames>', aims: [AIM] },
      // A whole record under the prefix.
      { learnRefNumber: 'P3', aims: [AIM] },
      // A phone number where the postcode goes: too long, and no postcode to cut.
      { learnRefNumber: 'P4', extraXml: '<Marker4/>', aims: [AIM] },
    ],
  };
  const xml = returnXml(r)
    .replace('<Message xmlns="ESFA/ILR/2025-26">', '<Message xmlns="ESFA/ILR/2025-26" xmlns:x="ESFA/ILR/2025-26">')
    .replace('<Sex>M</Sex>', '<x:Sex>M</x:Sex>')
    .replace('<Postcode>B12 9QS</Postcode><Marker2/>', '<Postcode>B12 9QS FLAT 2</Postcode>')
    .replace('<Postcode>B12 9QS</Postcode><Marker4/>', '<Postcode>07700900123</Postcode>')
    .replace('<Learner><LearnRefNumber>P3', '<x:Learner><LearnRefNumber>P3')
    .replace(/<\/Learner>\n(<Learner><LearnRefNumber>P4)/, '</x:Learner>\n$1');

  let batchId: number;
  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-personal-')), fixtureFileName(r));
    writeFileSync(path, xml);
    const summary = await ingestFile(w, path);
    expect(summary.status).toBe('loaded');
    batchId = summary.batchId;
  });

  it('stores no name, e-mail, NI number, phone number or full postcode anywhere', async () => {
    expect(await everythingStored(batchId)).not.toMatch(PERSONAL);
  });

  it('reads a prefixed element as the element itself, record elements too', async () => {
    const learners = await rows(w, `select learn_ref_number, sex from raw.learner where batch_id = ${batchId} order by 1`);
    expect(learners).toEqual([
      { learn_ref_number: 'P1', sex: 'M' },
      { learn_ref_number: 'P3', sex: 'F' },
    ]);
    const aims = await rows(w, `select learn_ref_number from raw.learning_delivery where batch_id = ${batchId} order by 1`);
    expect(aims).toEqual([{ learn_ref_number: 'P1' }, { learn_ref_number: 'P3' }]);
  });

  it('keeps unknown elements by name, and their values only where they look like codes', async () => {
    const [p1] = await rows(w, `select extra from raw.learner where batch_id = ${batchId} and learn_ref_number = 'P1'`);
    expect(JSON.parse(String(p1?.extra))).toEqual({
      FamilyNames: null,
      GivenName: null,
      EmailAddress: null,
      NINo: null,
      TelNumber: null,
      postcode: null,
      'o:Email': null,
      Comment: null,
      HomeNumber: null,
      Ref2: null,
      Loc: 'M1',
      Contact: { Phone: null, Kind: 'M' },
      Widget: 'AB12',
    });
    const found = await rows(
      w,
      `select learn_ref_number, rule_id, field, value from quarantine.records where batch_id = ${batchId} and field in ('Widget', 'GivenName', 'Postcode') order by all`,
    );
    expect(found).toEqual([
      { learn_ref_number: 'P1', rule_id: 'Schema_UnknownElement', field: 'GivenName', value: null },
      { learn_ref_number: 'P1', rule_id: 'Schema_UnknownElement', field: 'Widget', value: 'AB12' },
      { learn_ref_number: 'P2', rule_id: 'FD_Postcode_AL', field: 'Postcode', value: 'B12' },
      { learn_ref_number: 'P4', rule_id: 'FD_Postcode_AL', field: 'Postcode', value: null },
    ]);
  });
});

describe('legacy CSV', () => {
  const header = 'L01,L03,l09,Surname,Forename,Email,NI Number,Home Tel,l51,L11,L12,L13,L14,l22,L45,A05,A09,A27,A28,A34,A45,Note,Comment';
  const row = (ref: string, uln: string, start: string) =>
    `123456,${ref},Smithson,Smithson,Janette,jan@example.com,QQ123456C,07700 900123,jan@example.com,1990-03-01,31,F,2,B12 9QS,${uln},1,50012345,${start},2009-06-30,1,M1 1AA,ok,ring Janette`;

  let batchId: number;
  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ilr-personal-')), 'ILR-10000001-0809-20091015-01.csv');
    // H1 loads; H2's start date does not parse (its aim is quarantined); H3's ULN fails its check digit (the learner is).
    writeFileSync(path, [header, row('H1', '1000000043', '2008-09-01'), row('H2', '1000000043', 'notadate'), row('H3', '1000000042', '2008-09-01')].join('\n'));
    const summary = await ingestFile(w, path);
    expect([summary.status, summary.learnersLoaded, summary.aimsLoaded]).toEqual(['loaded', 2, 1]);
    batchId = summary.batchId;
  });

  it('stores no name, e-mail, NI number, phone number or full postcode anywhere', async () => {
    expect(await everythingStored(batchId)).not.toMatch(PERSONAL);
  });

  it('reads field codes in any case, and keeps unknown columns by the same rule as XML', async () => {
    const [learner] = await rows(w, `select postcode, extra from raw.learner where batch_id = ${batchId} and learn_ref_number = 'H1'`);
    expect(learner).toEqual({ postcode: 'B12', extra: '{"L01":"123456"}' });
    const [aim] = await rows(w, `select extra from raw.learning_delivery where batch_id = ${batchId}`);
    expect(JSON.parse(String(aim?.extra))).toEqual({
      Surname: null,
      Forename: null,
      Email: null,
      'NI Number': null,
      'Home Tel': null,
      A45: 'M1',
      Note: 'ok',
      Comment: null,
    });
  });
});
