// Runs one learner through the real loader and gives the rules it broke, for the rule fixtures in
// test/validate/: each fixture is one learner in a return of its own, so what is found is theirs.
import { writeFileSync } from 'node:fs';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { returnXml, writeReturns, type FixtureAim, type FixtureLearner } from '../support/ilr-xml.ts';
import { rows } from '../support/warehouse.ts';

export interface Finding {
  rule: string;
  severity: string;
  aim: number | null;
}

export interface Fixture {
  year: number;
  preparedOn: string;
  learner: Partial<FixtureLearner> & { aims: FixtureAim[] };
  /** A change to the XML the fixture builder cannot express (`[from, to]`). */
  edit?: [string, string];
  /** The provider's UKPRN, where a rule compares a field with it; otherwise each fixture has one of its own. */
  ukprn?: number;
}

/** One continuing aim in a 2019/20 return (teaching year from 2019-08-01) prepared 2020-10-15. */
export const continuingAim2019 = (a: Partial<FixtureAim>): Fixture => ({
  year: 2019,
  preparedOn: '2020-10-15',
  learner: { aims: [{ learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', compStatus: 1, ...a }] },
});

let ukprn = 10_000_100;

/** The findings on the fixture's learner, sorted by rule and aim. */
export async function findings(w: Warehouse, f: Fixture): Promise<Finding[]> {
  const r = { ukprn: f.ukprn ?? ukprn++, year: f.year, preparedOn: f.preparedOn, learners: [{ learnRefNumber: 'L1', ...f.learner }] };
  const [path] = writeReturns([r]) as [string];
  if (f.edit) {
    const xml = returnXml(r);
    if (!xml.includes(f.edit[0])) throw new Error(`The fixture has no ${f.edit[0]} to edit.`);
    writeFileSync(path, xml.replace(f.edit[0], f.edit[1]));
  }
  const summary = await ingestFile(w, path);
  if (summary.status !== 'loaded') throw new Error(`The fixture did not load: ${summary.message}`);
  const found = await rows(
    w,
    `select rule_id, severity, aim_seq_number from quarantine.records where batch_id = ${summary.batchId} order by rule_id, aim_seq_number`,
  );
  return found.map((q) => ({ rule: String(q.rule_id), severity: String(q.severity), aim: q.aim_seq_number === null ? null : Number(q.aim_seq_number) }));
}

/** Just the rule names found, sorted. */
export async function rulesFound(w: Warehouse, f: Fixture): Promise<string[]> {
  return (await findings(w, f)).map((x) => x.rule);
}
