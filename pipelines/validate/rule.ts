// What a validation rule is. Each rule is a small declaration named as the agency names it in the
// 2025/26 catalogue (shared/domain/validation-rules-2025-26.csv) and laid out as the agency's
// service lays its rules out: rules/<entity>/<field>.ts holds the rules on that field, so a rule's
// name leads to its file (LearnStartDate_03 → rules/learning-delivery/learn-start-date.ts).
// A declaration carries the collection years its definition applies to, its severity, the
// catalogue's message, what to do about it in plain words, and a test that returns what is wrong
// with this record (or null).
import type { Severity } from '../ilr/issue.ts';
import type { Row } from '../ilr/row.ts';

export interface RuleContext {
  ukprn: number;
  collectionYear: number;
  /** Days since 1970-01-01; null when the file does not say (legacy CSV). */
  filePreparedOn: number | null;
  format: 'xml' | 'legacy_csv';
}

/** The monitoring on an aim, as `TYPE:CODE` strings (e.g. `ACT:1`, `LDM:034`). */
export type FamSet = ReadonlySet<string>;

/** Rows nested in a learner or an aim, by their warehouse table (`learner_fam`, `app_fin_record`, …). */
export type ChildRows = ReadonlyMap<string, readonly Row[]>;

const NONE: readonly Row[] = [];
/** The nested rows of one table: `rowsOf(aim.rows, 'app_fin_record')`. */
export const rowsOf = (rows: ChildRows, table: string): readonly Row[] => rows.get(table) ?? NONE;

export interface AimFacts {
  learner: Row;
  aim: Row;
  fams: FamSet;
  /** Rows nested in the aim: learning_delivery_fam, app_fin_record, learning_delivery_work_placement, … */
  rows: ChildRows;
  /** Rows nested in the learner outside any aim: learner_fam, llddandhealthproblem, learner_employment_status, … */
  learnerRows: ChildRows;
  seq: number | null;
}

export interface LearnerFacts {
  learner: Row;
  rows: ChildRows;
  /** The learner's aims, in the order of the record (an aim with a schema error left out). */
  aims: readonly (AimFacts & { index: number })[];
  /** How many aims the record has, an aim with a schema error among them (`aims.length` when not said). */
  aimCount?: number;
}

export interface DestinationFacts {
  destination: Row;
  /** dpoutcome rows. */
  rows: ChildRows;
}

/**
 * What a test says when its rule fires: what is wrong with this record, in a sentence that names
 * the value and what was expected; with the value reported when it is not the first column the
 * rule reads, and for a learner rule the aim it is about.
 */
export type Finding = string | { message: string; value?: string | null; aimIndex?: number };

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
/** Rules absent from the agency's 2018/19 code and present in its 2020/21 code. */
export const SINCE_2019_20: Years = { from: 2019, to: null };
/** Rules absent from the agency's 2020/21 code, rolled over into the 2025/26 catalogue: from 2021/22. */
export const SINCE_2021_22: Years = { from: 2021, to: null };

export const appliesIn = (years: Years, collectionYear: number): boolean =>
  (years.from === null || collectionYear >= years.from) && (years.to === null || collectionYear <= years.to);

export type Format = 'xml' | 'legacy_csv';
export const BOTH = ['xml', 'legacy_csv'] as const;
export const XML_ONLY = ['xml'] as const;
export const LEGACY_ONLY = ['legacy_csv'] as const;

interface Declaration {
  /** The catalogue's name (`LearnStartDate_03`); our own rules on legacy fields are named after the field (`A34_01`). */
  id: string;
  /** The collection years this definition of the rule applies to. */
  years: Years;
  severity: Severity;
  /** The ILR entity the finding is reported against (`Learner`, `LearningDelivery`, …). */
  entity: string;
  /** The ILR element the finding is reported against. */
  field: string;
  /** Columns the rule reads (of the aim, or `learner.` + column); the first is the value reported. */
  reads: readonly string[];
  formats: readonly Format[];
  /** The catalogue's ErrorMessage, as the agency's report words it. */
  message: string;
  /** What to do about it, in plain words, for the data manager who fixes the record in their MIS. */
  fix: string;
}

export interface AimRule extends Declaration {
  on: 'aim';
  test(facts: AimFacts, ctx: RuleContext): Finding | null;
}

export interface LearnerRule extends Declaration {
  on: 'learner';
  test(facts: LearnerFacts, ctx: RuleContext): Finding | null;
}

export interface DestinationRule extends Declaration {
  on: 'destination';
  test(facts: DestinationFacts, ctx: RuleContext): Finding | null;
}

export type Rule = AimRule | LearnerRule | DestinationRule;

export const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' ? v : null);
export const has = (row: Row, column: string): boolean => row[column] !== null && row[column] !== undefined;

type Defaults = 'on' | 'entity' | 'severity' | 'formats' | 'years';
type Spec<R extends Rule> = Omit<R, Defaults> & Partial<Pick<R, Exclude<Defaults, 'on'>>>;

/** A rule on one aim: an error on the LearningDelivery, XML returns, every year, unless it says otherwise. */
export const aimRule = (spec: Spec<AimRule>): AimRule =>
  ({ entity: 'LearningDelivery', severity: 'error', formats: XML_ONLY, years: EVERY_YEAR, ...spec, on: 'aim' });

/** A rule on the learner and everything in their record: an error on the Learner, XML returns, every year, unless it says otherwise. */
export const learnerRule = (spec: Spec<LearnerRule>): LearnerRule =>
  ({ entity: 'Learner', severity: 'error', formats: XML_ONLY, years: EVERY_YEAR, ...spec, on: 'learner' });

/** A rule on a destination and progression record: an error on it, XML returns, every year, unless it says otherwise. */
export const destinationRule = (spec: Spec<DestinationRule>): DestinationRule =>
  ({ entity: 'LearnerDestinationandProgression', severity: 'error', formats: XML_ONLY, years: EVERY_YEAR, ...spec, on: 'destination' });
