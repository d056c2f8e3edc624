// A validation finding, as the quarantine stores it and a data manager reads it: the rule, the
// record, the field, the value, and what was expected.

export type Severity = 'error' | 'warning';

/** What an error keeps out: the aim alone, the learner (or destination record) with everything in it, or nothing (a note on the file). */
export type IssueScope = 'file' | 'learner' | 'aim';

export interface Issue {
  ruleId: string;
  severity: Severity;
  scope: IssueScope;
  /** The aim's sequence number, for an aim-scoped issue. */
  aimSeqNumber?: number | null;
  /**
   * Which aim of its record (its place in MappedRecord.aims) an aim-scoped issue is about: a
   * sequence number can be missing or given twice, and an aim's fault must keep out that aim only.
   */
  aimIndex?: number;
  entity: string;
  field: string | null;
  value: string | null;
  message: string;
  /** Line in the file where the fault is, when more precise than the record's. */
  line?: number;
}
