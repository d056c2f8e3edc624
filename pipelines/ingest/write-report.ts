// Writes the quarantine of the files just loaded as a fix-list, for the provider's data manager to
// work through in their MIS: one line per learner and rule (the aims it fired on listed together),
// learners in the order of the file, with the field, the value, what was found and expected, the
// agency's words for the rule, and what to do about it in plain words.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { explain } from '../validate/explain.ts';
import type { Warehouse } from '../warehouse/open.ts';

export const REPORT_COLUMNS = [
  'file_name',
  'ukprn',
  'collection_year',
  'learn_ref_number',
  'rule_id',
  'severity',
  'entity',
  'field',
  'aim_seq_numbers',
  'value',
  'message',
  'rule_says',
  'how_to_fix',
  'findings',
  'lines',
] as const;

type ReportLine = Record<(typeof REPORT_COLUMNS)[number], string | number | null>;

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return: OWASP's rule for CSV injection) gets a leading apostrophe, so it is shown as text, still
 * readable. The report is opened in a spreadsheet by the provider's data manager.
 */
export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

interface Finding {
  batch_id: number;
  file_name: string;
  ukprn: number;
  collection_year: number;
  learn_ref_number: string | null;
  aim_seq_number: number | null;
  line: number | null;
  rule_id: string;
  severity: string;
  entity: string;
  field: string | null;
  value: string | null;
  message: string;
}

const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** One line for a learner's findings of one rule on one field. */
function lineOf(group: readonly Finding[]): ReportLine {
  const first = group[0] as Finding;
  const aims = distinct(group.map((f) => f.aim_seq_number).filter((a): a is number => a !== null));
  const values = distinct(group.map((f) => f.value).filter((v): v is string => v !== null));
  const messages = distinct(group.map((f) => f.message));
  const { says, fix } = explain(first.rule_id, first.field);
  return {
    file_name: first.file_name,
    ukprn: first.ukprn,
    collection_year: first.collection_year,
    learn_ref_number: first.learn_ref_number,
    rule_id: first.rule_id,
    severity: first.severity,
    entity: first.entity,
    field: first.field,
    aim_seq_numbers: aims.join(', ') || null,
    value: values.join(', ') || null,
    message: messages.join(' / '),
    rule_says: says || null,
    how_to_fix: fix,
    findings: group.length,
    lines: distinct(group.map((f) => f.line).filter((l): l is number => l !== null)).join(', ') || null,
  };
}

/** Writes the findings of `batchIds` to `path`; returns how many findings were written (lines may combine several). */
export async function writeQuarantineReport(w: Warehouse, batchIds: readonly number[], path: string): Promise<number> {
  const findings: Finding[] =
    batchIds.length === 0
      ? []
      : ((await w.db
          .selectFrom('quarantine.records as q')
          .innerJoin('meta.batches as b', 'b.batch_id', 'q.batch_id')
          .select(['b.batch_id', 'b.file_name', 'b.ukprn', 'b.collection_year', 'q.learn_ref_number', 'q.aim_seq_number', 'q.line', 'q.rule_id', 'q.severity', 'q.entity', 'q.field', 'q.value', 'q.message'])
          .where('q.batch_id', 'in', [...batchIds])
          .orderBy('b.batch_id')
          .orderBy('q.line')
          .orderBy('q.rule_id')
          .execute()) as Finding[]);
  // Learners in the order they appear in the file (their first finding's line), then rule by rule.
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = JSON.stringify([f.batch_id, f.learn_ref_number ?? `line ${f.line}`, f.rule_id, f.field]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const byLearner = new Map<string, Finding[][]>();
  for (const group of groups.values()) {
    const f = group[0] as Finding;
    const key = JSON.stringify([f.batch_id, f.learn_ref_number ?? `line ${f.line}`]);
    byLearner.set(key, [...(byLearner.get(key) ?? []), group]);
  }
  const out = createWriteStream(path);
  const csv = stringify({ header: true, columns: [...REPORT_COLUMNS] });
  csv.pipe(out);
  for (const learnerGroups of byLearner.values()) {
    learnerGroups.sort((a, b) => (a[0] as Finding).rule_id.localeCompare((b[0] as Finding).rule_id));
    for (const group of learnerGroups) {
      const line = lineOf(group);
      csv.write(Object.fromEntries(Object.entries(line).map(([k, v]) => [k, neutralise(v)])));
    }
  }
  csv.end();
  await finished(out);
  return findings.length;
}
