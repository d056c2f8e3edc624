// The `--report` fix-list (issue 15, point 6): one line per learner and rule, the aims it fired on
// together, learners in file order; each line says the field, the value, what was found and
// expected, the agency's words for the rule and what to do in plain words.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { writeQuarantineReport } from '../../pipelines/ingest/write-report.ts';
import { RULES } from '../../pipelines/validate/rules/index.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns } from '../support/ilr-xml.ts';
import { freshWarehouse } from '../support/warehouse.ts';

let w: Warehouse;
let report: Record<string, string>[];
let findingsWritten: number;

beforeAll(async () => {
  w = await freshWarehouse();
  const [path] = writeReturns([
    {
      ukprn: 10_000_900,
      year: 2025,
      preparedOn: '2026-03-01',
      learners: [
        // Z9 comes first in the file: two aims withdrawn with no reason (WithdrawReason_03 on each).
        {
          learnRefNumber: 'Z9',
          aims: [
            { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 3, learnActEndDate: '2025-10-01', outcome: 3 },
            { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 3, learnActEndDate: '2025-11-01', outcome: 3 },
          ],
        },
        // A1: a wrong check digit on the ULN.
        { learnRefNumber: 'A1', uln: '1000000042', aims: [{ learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 1 }] },
      ],
    },
  ]) as [string];
  const summary = await ingestFile(w, path);
  if (summary.status !== 'loaded') throw new Error(`The fixture did not load: ${summary.message}`);
  const out = join(mkdtempSync(join(tmpdir(), 'ilr-fixlist-')), 'fix.csv');
  findingsWritten = await writeQuarantineReport(w, [summary.batchId], out);
  report = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
});
afterAll(async () => w.close());

const declaration = (id: string) => RULES.find((r) => r.id === id);

describe('the fix-list', () => {
  it('has one line per learner and rule, learners in file order, the aims together', () => {
    expect(report.map((r) => [r.learn_ref_number, r.rule_id, r.aim_seq_numbers, r.findings])).toEqual([
      ['Z9', 'WithdrawReason_03', '1, 2', '2'],
      ['A1', 'ULN_04', '', '1'],
    ]);
    // Three findings in all: two combined on one line.
    expect(findingsWritten).toBe(3);
  });

  it("says the field, the value, what was found, the agency's words and the fix in plain words", () => {
    const uln = report.find((r) => r.rule_id === 'ULN_04');
    expect(uln).toMatchObject({ field: 'ULN', value: '1000000042', severity: 'error', entity: 'Learner' });
    expect(uln?.message).toContain('does not pass the check-digit calculation');
    expect(uln?.rule_says).toBe('The Unique learner number does not pass the checksum calculation');
    expect(uln?.how_to_fix).toBe(declaration('ULN_04')?.fix);
    const withdrawn = report.find((r) => r.rule_id === 'WithdrawReason_03');
    expect(withdrawn?.how_to_fix).toContain('why the learner withdrew');
    expect(withdrawn?.rule_says).toBe(declaration('WithdrawReason_03')?.message);
  });
});
