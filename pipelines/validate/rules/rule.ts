// The shape of a record-level rule. Each rule carries the official name from the 2025/26
// catalogue (shared/domain/validation-rules-2025-26.csv) where one exists, the columns it reads,
// and a test that returns the message for a failing record (or null).
import type { Row } from '../../ingest/parse-fields.ts';
import type { Severity } from '../issue.ts';

export interface RuleContext {
  ukprn: number;
  collectionYear: number;
  /** Days since 1970-01-01; null when the file does not say (legacy CSV). */
  filePreparedOn: number | null;
  format: 'xml' | 'legacy_csv';
}

/** The monitoring on an aim, as `TYPE:CODE` strings (e.g. `ACT:1`, `LDM:034`). */
export type FamSet = ReadonlySet<string>;

export interface AimFacts {
  learner: Row;
  aim: Row;
  fams: FamSet;
}

export interface AimRule {
  id: string;
  severity: Severity;
  /** ILR element the finding is reported against. */
  field: string;
  /** Columns the rule reads (of the aim, or `learner.` + column): a rule is not run on a column an earlier rule found wrong. */
  reads: readonly string[];
  formats: readonly ('xml' | 'legacy_csv')[];
  test(facts: AimFacts, ctx: RuleContext): string | null;
}

export const BOTH = ['xml', 'legacy_csv'] as const;
export const XML_ONLY = ['xml'] as const;
export const LEGACY_ONLY = ['legacy_csv'] as const;

export const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' ? v : null);
