// Nothing is changed or lost in silence (issue #21, point 4): CDATA is text; a field given twice
// in one record is a finding (Schema_Repeated), not "the last one wins"; and each aim's findings
// belong to that aim, so a fault in one aim never keeps out, or lets in, another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { fixtureFileName, returnXml, type FixtureLearner, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const AIM = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 };
/**
 * An achieved apprenticeship standard programme aim: the aim that carries an achievement date
 * (AchDate_09), planned for more than the standard's 365 days (DateOfBirth_46), achieved at least
 * 7 days after its actual end (AchDate_11).
 */
const ACHIEVED = {
  ...AIM,
  learnAimRef: 'ZPROG001',
  aimType: 1,
  fundModel: 36,
  progType: 25,
  stdCode: 17,
  learnStartDate: '2019-09-01',
  compStatus: 2,
  learnActEndDate: '2021-06-15',
  outcome: 1,
  achDate: '2021-06-25',
  // Its planned off-the-job hours, as a programme aim started from August 2019 returns (PHours_01).
  pHours: 400,
  // Funded by the ESFA (SOF 105) under a levy contract (ACT 1, LearnDelFAMType_64).
  fams: [{ type: 'SOF', code: '105' }, { type: 'ACT', code: '1' }],
};

/** Loads a 2020/21 return of `learners`, its XML changed by `edits`; gives the batch and its findings. */
async function load(learners: FixtureLearner[], ...edits: [string | RegExp, string][]) {
  const r: FixtureReturn = { ukprn: 10000001, year: 2020, learners };
  let xml = returnXml(r);
  for (const [from, to] of edits) xml = xml.replace(from, to);
  const path = join(mkdtempSync(join(tmpdir(), 'ilr-fidelity-')), fixtureFileName(r));
  writeFileSync(path, xml);
  const summary = await ingestFile(w, path);
  const findings = await rows(
    w,
    `select learn_ref_number, aim_seq_number, rule_id, severity, field from quarantine.records where batch_id = ${summary.batchId} order by all`,
  );
  return { summary, findings };
}

describe('CDATA', () => {
  it('is read as text', async () => {
    const { summary, findings } = await load(
      [{ learnRefNumber: 'C1', aims: [ACHIEVED] }],
      ['<AchDate>2021-06-25</AchDate>', '<AchDate><![CDATA[2021-06-25]]></AchDate>'],
      ['<LearnRefNumber>C1</LearnRefNumber>', '<LearnRefNumber> <![CDATA[C1]]> </LearnRefNumber>'],
    );
    expect(findings).toEqual([]);
    const aims = await rows(w, `select learn_ref_number, ach_date::varchar as ach from raw.learning_delivery where batch_id = ${summary.batchId}`);
    expect(aims).toEqual([{ learn_ref_number: 'C1', ach: '2021-06-25' }]);
  });
});

describe('namespaces', () => {
  it('a file written wholly under a prefix bound to the ILR namespace loads like any other', async () => {
    const { summary, findings } = await load(
      [{ learnRefNumber: 'N1', aims: [ACHIEVED] }],
      [/<(\/?)(?=[A-Za-z])/g, '<$1ilr:'],
      ['<ilr:Message xmlns="ESFA/ILR/2020-21">', '<ilr:Message xmlns:ilr="ESFA/ILR/2020-21">'],
    );
    expect([summary.status, summary.learnersLoaded, summary.aimsLoaded]).toEqual(['loaded', 1, 1]);
    expect(findings).toEqual([]);
  });

  it('an element of another namespace is not the ILR element of the same name', async () => {
    const { summary, findings } = await load(
      [{ learnRefNumber: 'N2', aims: [AIM] }],
      ['<Sex>F</Sex>', '<Sex xmlns="urn:other">F</Sex>'],
    );
    expect(findings).toEqual([
      { learn_ref_number: 'N2', aim_seq_number: null, rule_id: 'FD_Sex_MA', severity: 'error', field: 'Sex' },
      { learn_ref_number: 'N2', aim_seq_number: null, rule_id: 'Schema_UnknownElement', severity: 'warning', field: '{urn:other}Sex' },
    ]);
    expect(summary.learnersQuarantined).toBe(1);
  });
});

describe('a field given twice', () => {
  it('in a learner keeps the learner out with Schema_Repeated', async () => {
    const { summary, findings } = await load(
      [{ learnRefNumber: 'R1', aims: [AIM] }, { learnRefNumber: 'R2', aims: [AIM] }],
      ['<LearnRefNumber>R1</LearnRefNumber>', '<LearnRefNumber>R1</LearnRefNumber><LearnRefNumber>R9</LearnRefNumber>'],
    );
    expect(findings).toEqual([{ learn_ref_number: 'R1', aim_seq_number: null, rule_id: 'Schema_Repeated', severity: 'error', field: 'LearnRefNumber' }]);
    expect([summary.learnersLoaded, summary.learnersQuarantined]).toEqual([1, 1]);
    expect(await rows(w, `select learn_ref_number from raw.learner where batch_id = ${summary.batchId}`)).toEqual([{ learn_ref_number: 'R2' }]);
  });

  it('in an aim keeps that aim out', async () => {
    const { summary, findings } = await load(
      [{ learnRefNumber: 'R3', aims: [AIM, { ...AIM, aimSeqNumber: 2 }] }],
      ['<CompStatus>1</CompStatus>', '<CompStatus>1</CompStatus><CompStatus>2</CompStatus>'],
    );
    expect(findings).toEqual([{ learn_ref_number: 'R3', aim_seq_number: 1, rule_id: 'Schema_Repeated', severity: 'error', field: 'CompStatus' }]);
    expect([summary.learnersLoaded, summary.aimsLoaded, summary.aimsQuarantined]).toEqual([1, 1, 1]);
  });
});

describe("each aim's findings", () => {
  it('a misspelt element in one aim does not stand for an element missing from the next', async () => {
    // Aim 1 is sound and carries an unknown <LearnAimRefs>; aim 2 has no LearnAimRef at all.
    const { summary, findings } = await load(
      [{ learnRefNumber: 'M1', aims: [AIM, { ...AIM, aimSeqNumber: 2, learnAimRef: 'DROPME' }] }],
      ['<AimType>4</AimType><AimSeqNumber>1</AimSeqNumber>', '<AimType>4</AimType><AimSeqNumber>1</AimSeqNumber><LearnAimRefs>X1</LearnAimRefs>'],
      ['<LearnAimRef>DROPME</LearnAimRef>', ''],
    );
    expect(findings).toEqual([
      { learn_ref_number: 'M1', aim_seq_number: 1, rule_id: 'Schema_UnknownElement', severity: 'warning', field: 'LearnAimRefs' },
      { learn_ref_number: 'M1', aim_seq_number: 2, rule_id: 'FD_LearnAimRef_MA', severity: 'error', field: 'LearnAimRef' },
    ]);
    expect([summary.aimsLoaded, summary.aimsQuarantined]).toEqual([1, 1]);
    const aims = await rows(w, `select aim_seq_number, learn_aim_ref from raw.learning_delivery where batch_id = ${summary.batchId}`);
    expect(aims).toEqual([{ aim_seq_number: 1, learn_aim_ref: '60000088' }]);
  });

  it('belong to their aim even when two aims share a sequence number', async () => {
    // Both aims say AimSeqNumber 1; only the second ends before it starts. The shared number is
    // itself an error on the learner (R_07, the agency's), who is kept out with both aims; the
    // date finding is still the second aim's, with that aim's copy of the record.
    const { summary, findings } = await load([
      { learnRefNumber: 'S1', aims: [AIM, { ...AIM, aimSeqNumber: 1, learnAimRef: '60000099', learnPlanEndDate: '2020-08-15' }] },
    ]);
    expect(findings).toEqual([
      { learn_ref_number: 'S1', aim_seq_number: 1, rule_id: 'LearnPlanEndDate_02', severity: 'error', field: 'LearnPlanEndDate' },
      { learn_ref_number: 'S1', aim_seq_number: null, rule_id: 'R_07', severity: 'error', field: 'AimSeqNumber' },
    ]);
    expect([summary.aimsLoaded, summary.aimsQuarantined]).toEqual([0, 2]);
    const kept = await rows(w, `select record from quarantine.records where batch_id = ${summary.batchId} and rule_id = 'LearnPlanEndDate_02'`);
    expect(String(kept[0]?.record)).toContain('60000099');
    expect(String(kept[0]?.record)).not.toContain('60000088');
  });
});
