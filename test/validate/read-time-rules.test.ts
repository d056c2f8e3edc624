// The catalogue's rules decided as the file is read (pipelines/validate/read-time-rules.ts): the
// postcode formats, checked on the full postcode before all but its outward code is dropped, and
// the file-level rules on the file's name, its header and whether it holds a learner.
//
// Postcode format, from the agency's PostcodeQueryService and its tests (DC-ILR-1819- and
// 2021-ValidationService, Rules/Query/PostcodeQueryServiceTests: A1 1AA, A11 1AA, AA1 1AA,
// AA11 1AA, A1A 1AA, AA1A 1AA valid; AAA AAA and a last part ending C, I, K, M, O or V not):
// 1 or 2 capitals, a digit, a digit or capital or nothing, one space, a digit, two capitals but
// C, I, K, M, O, V. ZZ99 9ZZ (unknown) has that format. Each return is 2025/26 prepared 2025-10-15.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { fileNameIssues } from '../../pipelines/ingest/xml/read-xml-source.ts';
import { POSTCODE_FORMAT, READ_TIME_RULES } from '../../pipelines/validate/read-time-rules.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { returnXml, writeReturns, type FixtureAim, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';
import { findings, type Fixture } from './findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const AIM: FixtureAim = { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 1 };
const fixture = (f: { edit?: [string, string]; aimXml?: string; year?: number; fams?: FixtureAim['fams'] }): Fixture => ({
  year: f.year ?? 2025,
  preparedOn: f.year === 2024 ? '2024-10-15' : '2025-10-15',
  learner: {
    aims: [
      {
        ...AIM,
        ...(f.year === 2024 ? { learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30' } : {}),
        ...(f.aimXml ? { extraXml: f.aimXml } : {}),
        ...(f.fams ? { fams: f.fams } : {}),
      },
    ],
  },
  ...(f.edit ? { edit: f.edit } : {}),
});
/** The read-time rule's findings only (others may fire beside it), as rule:severity:aim. */
async function found(f: Fixture, rule: string): Promise<string[]> {
  return (await findings(w, f)).filter((x) => x.rule === rule).map((x) => `${x.rule}:${x.severity}:${x.aim ?? '-'}`);
}
const HE = (postcode: string): string =>
  `<LearningDeliveryHE><TYPEYR>1</TYPEYR><MODESTUD>1</MODESTUD><YEARSTU>1</YEARSTU><MSTUFEE>1</MSTUFEE><SPECFEE>0</SPECFEE><HEPostCode>${postcode}</HEPostCode></LearningDeliveryHE>`;

describe('the postcode format', () => {
  it.each(['A1 1AA', 'A11 1AA', 'AA1 1AA', 'AA11 1AA', 'A1A 1AA', 'AA1A 1AA', 'ZZ99 9ZZ', 'B12 9QS'])('%s is a postcode', (p) => {
    expect(POSTCODE_FORMAT.test(p)).toBe(true);
  });
  it.each(['AAA AAA', 'A1 1AC', 'A1 1AI', 'A1 1AK', 'A1 1AM', 'A1 1AO', 'A1 1AV', 'b12 9qs', 'B129QS', 'B12  9QS', '1A 1AA'])('%s is not', (p) => {
    expect(POSTCODE_FORMAT.test(p)).toBe(false);
  });
});

describe('postcode rules, on the full postcode as read', () => {
  it('Postcode_15: the learner’s postcode, an error on the learner', async () => {
    expect(await found(fixture({ edit: ['<Postcode>B12 9QS<', '<Postcode>b12 9qs<'] }), 'Postcode_15')).toEqual(['Postcode_15:error:-']);
    expect(await found(fixture({ edit: ['<Postcode>B12 9QS<', '<Postcode>B129QS<'] }), 'Postcode_15')).toEqual(['Postcode_15:error:-']);
    // The unknown postcode has the format.
    expect(await found(fixture({ edit: ['<Postcode>B12 9QS<', '<Postcode>ZZ99 9ZZ<'] }), 'Postcode_15')).toEqual([]);
    expect(await found(fixture({}), 'Postcode_15')).toEqual([]);
  });

  it('Postcode_15 keeps the learner out, and lets the other rules run', async () => {
    // ULN 1000000042 fails its check digit (ULN_04): reported beside the postcode's rule.
    const f = fixture({ edit: ['<Postcode>B12 9QS<', '<Postcode>B12 9QC<'] });
    const all = await findings(w, { ...f, learner: { ...f.learner, uln: '1000000042' } });
    expect(all.map((x) => x.rule)).toEqual(expect.arrayContaining(['Postcode_15', 'ULN_04']));
  });

  it('PostcodePrior_02: the postcode before enrolment', async () => {
    expect(await found(fixture({ edit: ['<PostcodePrior>B12 9QS<', '<PostcodePrior>B12 9QI<'] }), 'PostcodePrior_02')).toEqual(['PostcodePrior_02:error:-']);
    expect(await found(fixture({ edit: ['<PostcodePrior>B12 9QS<', '<PostcodePrior>ZZ99 9ZZ<'] }), 'PostcodePrior_02')).toEqual([]);
  });

  it('DelLocPostCode_11: the delivery postcode, an error on the aim; not on OLASS aims (LDM 034) from 2025/26', async () => {
    const bad: [string, string] = ['<DelLocPostCode>B12 9QS<', '<DelLocPostCode>B12 9QK<'];
    expect(await found(fixture({ edit: bad }), 'DelLocPostCode_11')).toEqual(['DelLocPostCode_11:error:1']);
    expect(await found(fixture({}), 'DelLocPostCode_11')).toEqual([]);
    // The catalogue's exclusion (2025/26); the agency's 2020/21 code, used to 2024/25, has none.
    const olass = [{ type: 'LDM', code: '034' }];
    expect(await found(fixture({ edit: bad, fams: olass }), 'DelLocPostCode_11')).toEqual([]);
    expect(await found(fixture({ edit: bad, fams: olass, year: 2024 }), 'DelLocPostCode_11')).toEqual(['DelLocPostCode_11:error:1']);
  });

  it('LSDPostcode_03 and HEPostCode_02: if returned, on the aim', async () => {
    expect(await found(fixture({ aimXml: '<LSDPostcode>B12 9QM</LSDPostcode>' }), 'LSDPostcode_03')).toEqual(['LSDPostcode_03:error:1']);
    expect(await found(fixture({ aimXml: '<LSDPostcode>B12 9QS</LSDPostcode>' }), 'LSDPostcode_03')).toEqual([]);
    expect(await found(fixture({ aimXml: HE('B12 9QO') }), 'HEPostCode_02')).toEqual(['HEPostCode_02:error:1']);
    expect(await found(fixture({ aimXml: HE('ZZ99 9ZZ') }), 'HEPostCode_02')).toEqual([]);
  });

  it('a postcode that breaks the schema is reported by the schema’s rule, not also its format’s (the agency checks no further)', async () => {
    const all = await findings(w, fixture({ edit: ['<Postcode>B12 9QS<', '<Postcode>B12 9QS XX<'] }));
    expect(all.map((x) => x.rule)).toContain('FD_Postcode_AL');
    expect(all.map((x) => x.rule)).not.toContain('Postcode_15');
  });

  it('keeps no more of a bad postcode than its district', async () => {
    const [path] = writeReturns([{ ukprn: 10_000_900, year: 2025, preparedOn: '2025-10-15', learners: [{ learnRefNumber: 'P1', aims: [AIM] }] }]) as [string];
    const xml = returnXml({ ukprn: 10_000_900, year: 2025, preparedOn: '2025-10-15', learners: [{ learnRefNumber: 'P1', aims: [AIM] }] });
    writeFileSync(path, xml.replace('<Postcode>B12 9QS<', '<Postcode>B12 9QV<'));
    const summary = await ingestFile(w, path);
    const q = await rows(w, `select value, message, record from quarantine.records where batch_id = ${summary.batchId} and rule_id = 'Postcode_15'`);
    expect(q).toHaveLength(1);
    expect(q[0]?.value).toBe('B12');
    expect(JSON.stringify(q)).not.toContain('9QV');
  });
});

describe('file-level rules', () => {
  const UKPRN = 10000001;
  const NOW = '20251015090000';
  const rules = (name: string, now = NOW): string[] => fileNameIssues(name, UKPRN, 2025, now).map((i) => `${i.ruleId}:${i.severity}`);

  it('Filename_1: the name is ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.xml', () => {
    expect(rules('ILR-10000001-2526-20251015-090000-01.xml')).toEqual([]);
    expect(rules('ILR-10000001-2526-20251015-090000-01.ZIP')).toEqual([]);
    expect(rules('return 2025.xml')).toEqual(['Filename_1:warning']);
    // 30 February is no date, 25:00 no time.
    expect(rules('ILR-10000001-2526-20250230-090000-01.xml')).toEqual(['Filename_1:warning']);
    expect(rules('ILR-10000001-2526-20251014-250000-01.xml')).toEqual(['Filename_1:warning']);
  });

  it('Filename_5 and Filename_6: a two-digit serial number, not 00', () => {
    expect(rules('ILR-10000001-2526-20251014-090000-1.xml')).toEqual(['Filename_1:warning', 'Filename_5:warning']);
    expect(rules('ILR-10000001-2526-20251014-090000-AB.xml')).toEqual(['Filename_1:warning', 'Filename_5:warning']);
    expect(rules('ILR-10000001-2526-20251014-090000-00.xml')).toEqual(['Filename_6:warning']);
    expect(rules('ILR-10000001-2526-20251014-090000-99.xml')).toEqual([]);
  });

  it('Filename_7: the date and time in the name are after now (the run’s, injected)', () => {
    // The same second is not after; one second later is.
    expect(rules('ILR-10000001-2526-20251015-090000-01.xml', '20251015090000')).toEqual([]);
    expect(rules('ILR-10000001-2526-20251015-090001-01.xml', '20251015090000')).toEqual(['Filename_7:warning']);
    expect(rules('ILR-10000001-2526-20251016-000000-01.xml', '20251015235959')).toEqual(['Filename_7:warning']);
  });

  const r = (learners: FixtureReturn['learners']): FixtureReturn => ({ ukprn: 10_000_950, year: 2025, preparedOn: '2025-10-15', learners });

  it('UKPRN_03: a LearningProvider UKPRN that is not the header’s is flagged; the file loads', async () => {
    const ret = r([{ learnRefNumber: 'U1', aims: [AIM] }]);
    const [path] = writeReturns([ret]) as [string];
    const xml = returnXml(ret);
    expect(xml).toContain('<LearningProvider><UKPRN>10000950</UKPRN>');
    writeFileSync(path, xml.replace('<LearningProvider><UKPRN>10000950</UKPRN>', '<LearningProvider><UKPRN>10000951</UKPRN>'));
    const summary = await ingestFile(w, path);
    expect([summary.status, summary.ukprn]).toEqual(['loaded', 10_000_950]);
    const q = await rows(w, `select rule_id, severity, value from quarantine.records where batch_id = ${summary.batchId} and rule_id = 'UKPRN_03'`);
    expect(q).toEqual([{ rule_id: 'UKPRN_03', severity: 'warning', value: '10000951' }]);
    // The same UKPRN: nothing.
    const [same] = writeReturns([r([{ learnRefNumber: 'U2', aims: [AIM] }])]) as [string];
    const loaded = await ingestFile(w, same);
    expect(await rows(w, `select rule_id from quarantine.records where batch_id = ${loaded.batchId} and rule_id = 'UKPRN_03'`)).toEqual([]);
  });

  it('Entity_1: a file with no learner is refused', async () => {
    const [path] = writeReturns([r([])]) as [string];
    const summary = await ingestFile(w, path);
    expect(summary.status).toBe('refused');
    expect(summary.message).toMatch(/Entity_1/);
  });

  it('the file-name rules are reported on a loaded file', async () => {
    const ret = r([{ learnRefNumber: 'N1', aims: [AIM] }]);
    const [path] = writeReturns([ret]) as [string];
    const renamed = path.replace(/ILR-[^/]*$/, 'return.xml');
    writeFileSync(renamed, returnXml(ret));
    const summary = await ingestFile(w, renamed);
    expect(summary.status).toBe('loaded');
    expect(await rows(w, `select rule_id, severity, location from quarantine.records where batch_id = ${summary.batchId} and rule_id like 'Filename%'`)).toEqual([
      { rule_id: 'Filename_1', severity: 'warning', location: 'file' },
    ]);
  });

  it('each has the catalogue’s message and a fix', () => {
    for (const rule of READ_TIME_RULES.values()) {
      expect(rule.message.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(20);
    }
    expect(READ_TIME_RULES.get('Entity_1')?.message).toBe('There are no valid learners in the the Learner record');
  });
});
