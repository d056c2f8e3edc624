// Writes the quarantine of the files just loaded as CSV, for the provider to fix in their MIS:
// one line per finding, with the rule, the learner reference, the aim, the field, the value and
// what was expected.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Warehouse } from '../warehouse/open.ts';

export const REPORT_COLUMNS = [
  'file_name',
  'ukprn',
  'collection_year',
  'learn_ref_number',
  'aim_seq_number',
  'line',
  'rule_id',
  'severity',
  'entity',
  'field',
  'value',
  'message',
] as const;

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return: OWASP's rule for CSV injection) gets a leading apostrophe, so it is shown as text, still
 * readable. The report is opened in a spreadsheet by the provider's data manager.
 */
export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Writes the findings of `batchIds` to `path`; returns how many lines were written. */
export async function writeQuarantineReport(w: Warehouse, batchIds: readonly number[], path: string): Promise<number> {
  const rows =
    batchIds.length === 0
      ? []
      : await w.db
          .selectFrom('quarantine.records as q')
          .innerJoin('meta.batches as b', 'b.batch_id', 'q.batch_id')
          .select([
            'b.file_name',
            'b.ukprn',
            'b.collection_year',
            'q.learn_ref_number',
            'q.aim_seq_number',
            'q.line',
            'q.rule_id',
            'q.severity',
            'q.entity',
            'q.field',
            'q.value',
            'q.message',
          ])
          .where('q.batch_id', 'in', [...batchIds])
          .orderBy('b.batch_id')
          .orderBy('q.line')
          .orderBy('q.rule_id')
          .execute();
  const out = createWriteStream(path);
  const csv = stringify({ header: true, columns: [...REPORT_COLUMNS] });
  csv.pipe(out);
  for (const row of rows) csv.write(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutralise(v)])));
  csv.end();
  await finished(out);
  return rows.length;
}
