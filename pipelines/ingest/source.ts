// What every reader (XML, legacy CSV) hands the loader: first the file's header, checked, then
// one record at a time.
import type { SchemaLayout } from '../ilr/entities.ts';
import type { Issue } from '../ilr/issue.ts';
import type { MappedRecord } from '../ilr/record.ts';

export interface FileHeader {
  ukprn: number;
  collectionYear: number;
  /** ISO date, or null when the file does not say. */
  filePreparedOn: string | null;
  layout: SchemaLayout;
  /** Findings about the file itself (e.g. a file name that disagrees with the header). */
  issues: Issue[];
}

export type SourceEvent =
  | { kind: 'header'; header: FileHeader }
  | { kind: 'record'; record: MappedRecord }
  /** A finding about the file outside any record, with what was read (JSON). */
  | { kind: 'note'; issue: Issue; record: string | null };
