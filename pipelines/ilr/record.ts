// One self-contained record as the loader handles it, whatever the file format: a learner with
// their child rows and aims (or a destination-and-progression record), the schema-level issues
// found while reading it, and the record as read for the quarantine.
import type { EntitySpec } from './entities.ts';
import type { Issue } from './issue.ts';
import type { Row } from './row.ts';

export interface RowOut {
  entity: EntitySpec;
  row: Row;
  line: number;
}

export interface MappedAim {
  /** The raw.learning_delivery row. */
  aim: RowOut;
  /** Rows nested in the aim (FAMs, work placements, finance records, …). */
  children: RowOut[];
  seq: number | null;
  /** The aim as read, minus personal data, for the quarantine. */
  json(): string;
}

export interface MappedRecord {
  kind: 'learner' | 'destination';
  /**
   * More aims of a learner already read earlier in the file (a legacy CSV whose rows for one
   * learner are not together): `main` is not loaded again, and the aims follow the learner's fate.
   */
  continuation?: boolean;
  line: number;
  learnRefNumber: string | null;
  /** The learner (or destination) row. */
  main: RowOut;
  /** Rows nested in the learner outside any aim (FAMs, employment status, …). */
  children: RowOut[];
  aims: MappedAim[];
  /** Schema-level issues found while reading (Schema_*). */
  issues: Issue[];
  /** The record as read, minus personal data, for the quarantine. */
  json(): string;
}
