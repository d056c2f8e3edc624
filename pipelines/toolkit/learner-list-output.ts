// Where a learner-level list goes (DESIGN.md, "CLI"; shared/domain/measures.md, "Disclosure
// control"): the terminal, or a CSV file the user names — never a warehouse table,
// data/reports.duckdb or the site. Every run says that what it shows or writes is personal data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatCsv, formatTable, type SqlResult } from '../cli/commands/sql.ts';
import { StepFailed } from '../cli/step-failed.ts';

export interface LearnerListOutput {
  /** What the rows are, for the messages: "aim(s) at risk". */
  what: string;
  ukprn: number;
  out?: string;
}

const n = (x: number) => x.toLocaleString('en-GB');

/** Learners named in the list: distinct learner references. */
const learnersIn = (result: SqlResult): number => {
  const i = result.columns.indexOf('learn_ref_number');
  return i < 0 ? 0 : new Set(result.rows.map((row) => row[i])).size;
};

export function writeLearnerList(result: SqlResult, { what, ukprn, out }: LearnerListOutput): void {
  const summary = `${n(result.rows.length)} ${what} of ${n(learnersIn(result))} learner(s) at UKPRN ${ukprn}`;
  if (out) {
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, formatCsv(result));
    } catch (error) {
      throw new StepFailed(`could not write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log(`Wrote ${summary} to ${out}.`);
    console.log(
      `Personal data: ${out} names learners by their learner reference. It is for the provider's own use: keep it where the ILR returns may be kept, and never publish it (it is not in the warehouse's reports or the site).`,
    );
    return;
  }
  console.log(`Personal data, for the provider's own use (shown here only; not stored, not in the reports or the site): ${summary}.`);
  if (result.rows.length > 0) console.log(formatTable(result));
}
