// Takes the records of one file and sends each row to its raw.* table, or keeps the record out
// with its issues in quarantine.records, counting as it goes so that for every file
// read = loaded + quarantined (DESIGN.md, "quarantine.records"). An error keeps the smallest
// self-contained record out: an aim (with its FAMs and other child rows), or a learner with all
// their aims. Warnings load and are flagged.
//
// What a hostile file can make the quarantine hold is bounded (issue #21): a record lists at most
// MAX_FINDINGS_PER_RECORD findings and one more saying how many were left out; each finding's copy
// of the record, and all the copies of one file, have a ceiling.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_ENTITIES, columnsOf, type ColumnType, type EntitySpec } from '../ilr/entities.ts';
import type { Issue } from '../ilr/issue.ts';
import { TEMPORARY_ULN } from '../ilr/uln.ts';
import { TableAppender } from '../warehouse/table-appender.ts';
import type { MappedAim, MappedRecord, RowOut } from '../ilr/record.ts';

/**
 * Which of a record's aims an aim's finding is about: the one at its aimIndex; for a finding
 * without one, every aim with its sequence number (built only if such a finding comes).
 */
function aimFinder(record: MappedRecord): (issue: Issue) => number[] {
  let bySeq: Map<number | null, number[]> | null = null;
  const build = (): Map<number | null, number[]> => {
    const map = new Map<number | null, number[]>();
    for (const [k, aim] of record.aims.entries()) {
      const same = map.get(aim.seq);
      if (same) same.push(k);
      else map.set(aim.seq, [k]);
    }
    return map;
  };
  return (issue) => {
    if (issue.aimIndex !== undefined) return [issue.aimIndex];
    bySeq ??= build();
    return bySeq.get(issue.aimSeqNumber ?? null) ?? [];
  };
}

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

/** Findings one record lists in the quarantine, errors first; one more says how many more there were. */
export const MAX_FINDINGS_PER_RECORD = 100;
/** The longest copy of a record (characters of JSON) a finding carries; a learner with 98 aims is about 70,000. */
export const MAX_RECORD_COPY = 1_000_000;
/** The characters of record copies the findings of one file carry in all. */
export const MAX_FILE_COPIES = 100_000_000;

const count = (n: number): string => n.toLocaleString('en-GB');

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
  /** The file is ILR XML: the agency's file-level rules R_06 and R_59 apply (not to legacy CSV returns). */
  xml?: boolean;
}

/** The first learner record a reference or ULN was met on, and whether its copy of the finding is written. */
interface FirstCopy {
  ref: string | null;
  line: number;
  reported: boolean;
}
interface RepeatRule {
  id: string;
  field: string;
}
const R_06: RepeatRule = { id: 'R_06', field: 'LearnRefNumber' };
const R_59: RepeatRule = { id: 'R_59', field: 'ULN' };

export class BatchLoader {
  readonly counts = emptyCounts();
  private readonly seen = new Map<string, { fate: 'loaded' | 'quarantined'; recordNo: number }>();
  /** The first learner record of each LearnRefNumber (in upper case) and of each ULN, for R_06 and R_59. */
  private readonly firstOfRef = new Map<string, FirstCopy>();
  private readonly firstOfUln = new Map<string, FirstCopy>();
  private recordNo = 0;
  /** Characters of record copies the quarantine holds for this file so far. */
  private copied = 0;

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
    const line = issue.line ?? null;
    this.note(issue, line === null ? 'file' : `line ${line}`, record === null ? null : this.copyOf(record, line), null, line);
  }

  /**
   * The record as read for one finding, or a note saying why it is not kept (MAX_RECORD_COPY,
   * MAX_FILE_COPIES): every finding that carries a copy counts, for each is stored on its own.
   */
  private copyOf(json: string, line: number | null): string {
    const where = line === null ? '' : ` It starts at line ${line} of the file.`;
    if (json.length > MAX_RECORD_COPY) {
      return JSON.stringify({ omitted: `The record as read is ${count(json.length)} characters of JSON, more than the ${count(MAX_RECORD_COPY)} a finding keeps.${where}` });
    }
    if (this.copied + json.length > MAX_FILE_COPIES) {
      return JSON.stringify({ omitted: `The findings of this file already hold ${count(MAX_FILE_COPIES)} characters of records, as many as one file keeps.${where}` });
    }
    this.copied += json.length;
    return json;
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
    if (isLearner && !record.continuation && this.provenance.xml === true) this.repeatedInFile(record, issues);
    const keptOut =
      issues.some((i) => i.severity === 'error' && i.scope === 'learner') ||
      (record.continuation === true && ref !== null && this.seen.get(ref)?.fate === 'quarantined');
    const badAims = new Set<number>();
    // Most records have no findings.
    if (issues.length > 0) {
      const aimOf = aimFinder(record);
      for (const issue of issues) {
        if (issue.severity === 'error' && issue.scope === 'aim') for (const k of aimOf(issue)) badAims.add(k);
      }
      const where = `line ${record.line}, ${isLearner ? 'learner' : 'destination record of learner'} ${ref ?? '(no reference)'}`;
      this.noteRecord(record, issues, where, aimOf);
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
    for (let k = 0; k < record.aims.length; k++) {
      const aim = record.aims[k] as MappedAim;
      if (badAims.has(k)) {
        this.counts.aimsQuarantined += 1;
        this.counts.recordsQuarantined += 1;
        continue;
      }
      this.add(aim.aim, recordNo);
      for (const child of aim.children) this.add(child, recordNo);
      this.counts.aimsLoaded += 1;
    }
  }

  /**
   * Writes the findings of one record: each with the record as read (the aim, for an aim's), at
   * most MAX_FINDINGS_PER_RECORD of them, errors first, and then one saying what was left out.
   */
  private noteRecord(record: MappedRecord, issues: Issue[], where: string, aimOf: (issue: Issue) => number[]): void {
    const ref = record.learnRefNumber;
    // The record, and each aim with findings, is turned into JSON once.
    let recordJson: string | null = null;
    const recordCopy = (): string => this.copyOf((recordJson ??= record.json()), record.line);
    const aimJson = new Map<number, string>();
    const aimCopy = (k: number): string => {
      const aim = record.aims[k] as MappedAim;
      let json = aimJson.get(k);
      if (json === undefined) {
        json = aim.json();
        aimJson.set(k, json);
      }
      return this.copyOf(json, aim.aim.line);
    };
    let listed = issues;
    let leftOut: Issue[] = [];
    if (issues.length > MAX_FINDINGS_PER_RECORD) {
      const errorsFirst = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
      listed = errorsFirst.slice(0, MAX_FINDINGS_PER_RECORD);
      leftOut = errorsFirst.slice(MAX_FINDINGS_PER_RECORD);
    }
    for (const issue of listed) {
      if (issue.scope === 'aim') {
        const k = aimOf(issue)[0];
        const aim = k === undefined ? undefined : record.aims[k];
        const copy = k === undefined ? recordCopy() : aimCopy(k);
        this.note(issue, `${where}, aim ${issue.aimSeqNumber ?? '?'}`, copy, ref, issue.line ?? aim?.aim.line ?? record.line);
      } else {
        this.note(issue, where, recordCopy(), ref, issue.line ?? record.line);
      }
    }
    if (leftOut.length === 0) return;
    const byRule = new Map<string, number>();
    for (const issue of leftOut) byRule.set(issue.ruleId, (byRule.get(issue.ruleId) ?? 0) + 1);
    const rules = [...byRule].map(([rule, n]) => `${count(n)} ${rule}`).join(', ');
    const summary: Issue = {
      ruleId: 'Record_TooManyFindings',
      severity: leftOut.some((i) => i.severity === 'error') ? 'error' : 'warning',
      scope: 'learner',
      entity: record.main.entity.element,
      field: null,
      value: null,
      message: `…and ${count(leftOut.length)} more findings in this record are not listed here (${rules}); a record lists at most ${MAX_FINDINGS_PER_RECORD}, errors first.`,
    };
    this.note(summary, where, recordCopy(), ref, record.line);
  }

  /**
   * The cross-record rules on the whole file, decided as the learners stream past: R_06, a
   * LearnRefNumber on more than one Learner record (compared in any case, as the agency's R06Rule
   * does), and R_59, a ULN on more than one (9999999999 left out; R59Rule). The agency reports each
   * on every copy, and so does the loader: a later copy gets the finding with its own record (an
   * error: it is kept out, as LearnRefNumber_Unique keeps a repeated reference out); the first
   * copy, already loaded when the second is met, gets it once, as a finding of its own, and stays
   * loaded (the loader's choice: the first record of a reference is the learner's).
   */
  private repeatedInFile(record: MappedRecord, issues: Issue[]): void {
    const ref = record.learnRefNumber;
    if (ref !== null) this.repeated(this.firstOfRef, ref.toUpperCase(), record, issues, R_06, ref);
    const uln = record.main.row.uln;
    if (uln !== null && uln !== undefined && String(uln) !== TEMPORARY_ULN) this.repeated(this.firstOfUln, String(uln), record, issues, R_59, String(uln));
  }

  private repeated(firsts: Map<string, FirstCopy>, key: string, record: MappedRecord, issues: Issue[], rule: RepeatRule, value: string): void {
    const first = firsts.get(key);
    if (first === undefined) {
      firsts.set(key, { ref: record.learnRefNumber, line: record.line, reported: false });
      return;
    }
    const issue = (message: string): Issue => ({ ruleId: rule.id, severity: 'error', scope: 'learner', entity: 'Learner', field: rule.field, value, message });
    issues.push(issue(`${rule.field} ${value} is on the learner record at line ${first.line} as well.`));
    if (first.reported) return;
    first.reported = true;
    const where = `line ${first.line}, learner ${first.ref ?? '(no reference)'}`;
    this.note(issue(`${rule.field} ${value} is on a later learner record (line ${record.line}) as well; this first record is loaded.`), where, null, first.ref, first.line);
  }

  /** Sends what is buffered; the appenders must close before the transaction commits. */
  close(): void {
    for (const table of this.tables.values()) table.close();
    this.quarantine.close();
  }
}
