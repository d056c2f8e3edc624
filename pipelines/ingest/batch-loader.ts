// Takes the records of one file and sends each row to its raw.* table, or keeps the record out
// with its issues in quarantine.records, counting as it goes so that for every file
// read = loaded + quarantined (DESIGN.md, "quarantine.records"). An error keeps the smallest
// self-contained record out: an aim (with its FAMs and other child rows), or a learner with all
// their aims. Warnings load and are flagged.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_ENTITIES, columnsOf, type ColumnType, type EntitySpec } from '../ilr/entities.ts';
import type { Issue } from '../validate/issue.ts';
import { TableAppender } from '../warehouse/table-appender.ts';
import type { MappedRecord, RowOut } from './record.ts';

export const QUARANTINE_COLUMNS: readonly { column: string; type: ColumnType }[] = [
  { column: 'batch_id', type: 'integer' },
  { column: 'entity', type: 'varchar' },
  { column: 'location', type: 'varchar' },
  { column: 'rule_id', type: 'varchar' },
  { column: 'severity', type: 'varchar' },
  { column: 'field', type: 'varchar' },
  { column: 'value', type: 'varchar' },
  { column: 'message', type: 'varchar' },
  { column: 'record', type: 'varchar' },
  { column: 'learn_ref_number', type: 'varchar' },
  { column: 'aim_seq_number', type: 'integer' },
  { column: 'line', type: 'integer' },
];

export interface LoadCounts {
  learnersRead: number;
  learnersLoaded: number;
  learnersQuarantined: number;
  aimsRead: number;
  aimsLoaded: number;
  aimsQuarantined: number;
  destinationsRead: number;
  destinationsLoaded: number;
  /** Records kept out by an error: learners (with their aims), aims on their own, destination records. */
  recordsQuarantined: number;
  warnings: number;
  /** Issue count by rule (errors and warnings). */
  byRule: Map<string, { severity: 'error' | 'warning'; count: number }>;
}

export const emptyCounts = (): LoadCounts => ({
  learnersRead: 0,
  learnersLoaded: 0,
  learnersQuarantined: 0,
  aimsRead: 0,
  aimsLoaded: 0,
  aimsQuarantined: 0,
  destinationsRead: 0,
  destinationsLoaded: 0,
  recordsQuarantined: 0,
  warnings: 0,
  byRule: new Map(),
});

export interface Provenance {
  batchId: number;
  ukprn: number;
  collectionYear: number;
}

export class BatchLoader {
  readonly counts = emptyCounts();
  private readonly seen = new Map<string, { fate: 'loaded' | 'quarantined'; recordNo: number }>();
  private recordNo = 0;

  private constructor(
    private readonly provenance: Provenance,
    private readonly tables: Map<EntitySpec, TableAppender>,
    private readonly quarantine: TableAppender,
  ) {}

  static async open(connection: DuckDBConnection, provenance: Provenance): Promise<BatchLoader> {
    const tables = new Map<EntitySpec, TableAppender>();
    for (const entity of RAW_ENTITIES) {
      tables.set(entity, await TableAppender.open(connection, 'raw', entity.table, columnsOf(entity)));
    }
    const quarantine = await TableAppender.open(connection, 'quarantine', 'records', QUARANTINE_COLUMNS);
    return new BatchLoader(provenance, tables, quarantine);
  }

  /** A finding about the file itself (its name, its header), not about one record. */
  noteFile(issue: Issue, record: string | null = null): void {
    this.note(issue, issue.line === undefined ? 'file' : `line ${issue.line}`, record, null, issue.line ?? null);
  }

  private note(issue: Issue, location: string, record: string | null, ref: string | null, line: number | null): void {
    const entry = this.counts.byRule.get(issue.ruleId) ?? { severity: issue.severity, count: 0 };
    entry.count += 1;
    this.counts.byRule.set(issue.ruleId, entry);
    if (issue.severity === 'warning') this.counts.warnings += 1;
    this.quarantine.add({
      batch_id: this.provenance.batchId,
      entity: issue.entity,
      location,
      rule_id: issue.ruleId,
      severity: issue.severity,
      field: issue.field,
      value: issue.value,
      message: issue.message,
      record,
      learn_ref_number: ref,
      aim_seq_number: issue.scope === 'aim' ? (issue.aimSeqNumber ?? null) : null,
      line,
    });
  }

  private add(out: RowOut, recordNo: number): void {
    // The row is not used again: give it its provenance in place rather than copy it.
    const row = out.row;
    row.batch_id = this.provenance.batchId;
    row.ukprn = this.provenance.ukprn;
    row.collection_year = this.provenance.collectionYear;
    row.record_no = recordNo;
    row.line = out.line;
    this.tables.get(out.entity)?.add(row);
  }

  take(record: MappedRecord, issues: Issue[]): void {
    const ref = record.learnRefNumber;
    const isLearner = record.kind === 'learner';
    if (record.continuation) {
      // More aims of a learner already read: they share the learner's fate.
      this.counts.aimsRead += record.aims.length;
    } else {
      this.recordNo += 1;
      if (isLearner) {
        this.counts.learnersRead += 1;
        this.counts.aimsRead += record.aims.length;
      } else {
        this.counts.destinationsRead += 1;
      }
    }
    if (isLearner && ref !== null && !record.continuation && this.seen.has(ref)) {
      issues.push({
        ruleId: 'LearnRefNumber_Unique',
        severity: 'error',
        scope: 'learner',
        entity: 'Learner',
        field: 'LearnRefNumber',
        value: ref,
        message: `Learner reference ${ref} appears more than once in the file; only its first record is loaded.`,
      });
    }
    const where = `line ${record.line}, ${isLearner ? 'learner' : 'destination record of learner'} ${ref ?? '(no reference)'}`;
    const keptOut =
      issues.some((i) => i.severity === 'error' && i.scope === 'learner') ||
      (record.continuation === true && ref !== null && this.seen.get(ref)?.fate === 'quarantined');
    const badAims = new Set(issues.filter((i) => i.severity === 'error' && i.scope === 'aim').map((i) => i.aimSeqNumber ?? null));
    const recordJson = issues.some((i) => i.scope !== 'aim') ? record.json() : null;
    for (const issue of issues) {
      if (issue.scope === 'aim') {
        const aim = record.aims.find((a) => a.seq === (issue.aimSeqNumber ?? null));
        this.note(issue, `${where}, aim ${issue.aimSeqNumber ?? '?'}`, aim ? aim.json() : recordJson, ref, issue.line ?? aim?.aim.line ?? record.line);
      } else {
        this.note(issue, where, recordJson, ref, issue.line ?? record.line);
      }
    }
    if (ref !== null && isLearner && !record.continuation && !this.seen.has(ref)) {
      this.seen.set(ref, { fate: keptOut ? 'quarantined' : 'loaded', recordNo: this.recordNo });
    }
    if (keptOut) {
      if (!record.continuation) {
        this.counts.recordsQuarantined += 1;
        if (isLearner) this.counts.learnersQuarantined += 1;
      }
      this.counts.aimsQuarantined += record.aims.length;
      return;
    }
    const recordNo = record.continuation && ref !== null ? (this.seen.get(ref)?.recordNo ?? this.recordNo) : this.recordNo;
    if (!record.continuation) {
      this.add(record.main, recordNo);
      for (const child of record.children) this.add(child, recordNo);
      if (isLearner) this.counts.learnersLoaded += 1;
      else this.counts.destinationsLoaded += 1;
    }
    for (const aim of record.aims) {
      if (badAims.has(aim.seq)) {
        this.counts.aimsQuarantined += 1;
        this.counts.recordsQuarantined += 1;
        continue;
      }
      this.add(aim.aim, recordNo);
      for (const child of aim.children) this.add(child, recordNo);
      this.counts.aimsLoaded += 1;
    }
  }

  /** Sends what is buffered; the appenders must close before the transaction commits. */
  close(): void {
    for (const table of this.tables.values()) table.close();
    this.quarantine.close();
  }
}
