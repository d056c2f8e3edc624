// What the HE rules read: an aim's LearningDeliveryHE record (raw.learning_delivery_he, at most one
// per aim) and the learner's LearnerHE record (raw.learner_he), and a rule builder for the rules on
// the aim's HE record. A rule on the HE record is reported against LearningDeliveryHE (the agency
// files these rules under Rules/HE/<FIELD>); an aim with no HE record is left alone by all of them.
import { isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { aimRule, num, rowsOf, type AimFacts, type AimRule, type ChildRows, type Finding, type RuleContext } from '../../rule.ts';

/** The aim's LearningDeliveryHE record, or null. */
export const heOf = (facts: AimFacts): Row | null => rowsOf(facts.rows, 'learning_delivery_he')[0] ?? null;

/** The learner's LearnerHE record, or null. */
export const learnerHeOf = (learnerRows: ChildRows): Row | null => rowsOf(learnerRows, 'learner_he')[0] ?? null;

/** A date of the catalogue as days since 1970-01-01. */
export const day = (iso: string): number => isoToDays(iso) as number;

/** The aim's start date (days), or -Infinity when it is missing (no date condition is then met). */
export const startOf = ({ aim }: AimFacts): number => num(aim.learn_start_date) ?? -Infinity;

/** A text field of a row, trimmed; null when absent or blank. */
export const text = (row: Row, column: string): string | null => {
  const v = row[column];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

/**
 * The Country of Permanent Address: PERMADDCOUNTRY (2025/26), DOMICILE in the returns that still
 * use the older name (the agency's 2018/19 and 2020/21 code reads DOMICILE for the same rules).
 */
export const countryOf = (he: Row): string | null => (text(he, 'permaddcountry') ?? text(he, 'domicile'))?.toUpperCase() ?? null;

/** The UCAS scheme code (2025/26), UCASAPPID in the returns that still use the older name. */
export const ucasSchemeOf = (he: Row): string | null => text(he, 'ucasschemecode') ?? text(he, 'ucasappid');

/** The British Isles: England XF, Northern Ireland XG, Scotland XH, Wales XI, the UK not otherwise specified XK. */
export const BRITISH_ISLES: ReadonlySet<string> = new Set(['XF', 'XG', 'XH', 'XI', 'XK']);

type HeSpec = Omit<Parameters<typeof aimRule>[0], 'entity' | 'test'> & {
  test(he: Row, facts: AimFacts, ctx: RuleContext): Finding | null;
};

/**
 * A rule on an aim's LearningDeliveryHE record, run only when the aim has one. A finding given as a
 * sentence reports the value of the first HE column the rule reads (the runner would look on the aim).
 */
export const heRule = (spec: HeSpec): AimRule => {
  const { test, ...declaration } = spec;
  const column = spec.reads[0] ?? '';
  return aimRule({
    ...declaration,
    entity: 'LearningDeliveryHE',
    test: (facts, ctx) => {
      const he = heOf(facts);
      if (he === null) return null;
      const finding = test(he, facts, ctx);
      if (typeof finding !== 'string') return finding;
      const value = he[column];
      return { message: finding, value: value === null || value === undefined ? null : String(value) };
    },
  });
};

/**
 * A code-list rule on a LearningDeliveryHE field: a value returned and not on the specification's
 * list (the agency's lookup ILR_<Field>) is an error on the HE record.
 */
export const heCodeList = (spec: {
  id: string;
  field: string;
  column: string;
  codes: readonly number[];
  message: string;
  inWords: string;
}): AimRule => {
  const valid = new Set<number>(spec.codes);
  return heRule({
    id: spec.id,
    field: spec.field,
    reads: [spec.column],
    message: spec.message,
    fix: `Record the ${spec.inWords} with one of the codes the ILR specification lists (${spec.codes.join(', ')}) in the aim's HE data in your MIS.`,
    test: (he) => {
      const value = num(he[spec.column]);
      return value === null || valid.has(value) ? null : `${spec.field} ${value} is not a valid code (expected one of ${spec.codes.join(', ')}).`;
    },
  });
};
