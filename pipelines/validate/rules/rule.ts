// The shape of a record-level rule. Each rule carries the official name from the 2025/26
// catalogue (shared/domain/validation-rules-2025-26.csv) where one exists, the columns it reads,
// and a test that returns the message for a failing record (or null).
import type { Row } from '../../ilr/row.ts';
import type { Severity } from '../../ilr/issue.ts';

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

/**
 * The collection years a rule's definition applies to, by their first calendar year (2025 is
 * 2025/26), both ends included; null leaves that end open. A rule whose definition changed
 * between years is declared once per definition, each with its years.
 */
export interface Years {
  from: number | null;
  to: number | null;
}

export const EVERY_YEAR: Years = { from: null, to: null };

/**
 * The definitions known (docs/ingestion.md, "Rules by year"): the agency's 2018/19 code covers
 * that year and those before it; its 2020/21 code covers 2019/20 to 2024/25 (the apprenticeship
 * standard changes it carries date from 1 August 2019, see CompStatus_07); the 2025/26 catalogue
 * covers 2025/26 on.
 */
export const AS_IN_2018_19: Years = { from: null, to: 2018 };
export const AS_IN_2020_21: Years = { from: 2019, to: 2024 };
export const AS_IN_2025_26: Years = { from: 2025, to: null };

export const appliesIn = (years: Years, collectionYear: number): boolean =>
  (years.from === null || collectionYear >= years.from) && (years.to === null || collectionYear <= years.to);

export interface AimRule {
  id: string;
  /** The collection years this definition of the rule applies to. */
  years: Years;
  severity: Severity;
  /** ILR element the finding is reported against. */
  field: string;
  /** Columns the rule reads (of the aim, or `learner.` + column); the first is the value reported. */
  reads: readonly string[];
  formats: readonly ('xml' | 'legacy_csv')[];
  test(facts: AimFacts, ctx: RuleContext): string | null;
}

export const BOTH = ['xml', 'legacy_csv'] as const;
export const XML_ONLY = ['xml'] as const;
export const LEGACY_ONLY = ['legacy_csv'] as const;

export const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' ? v : null);
