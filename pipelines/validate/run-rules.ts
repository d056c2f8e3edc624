// Runs the record-level rules on one learner and their aims, after the schema-level checks.
// A record with a schema error is not checked further (it is quarantined already, and its fields
// cannot be trusted); within an aim, a rule is not run on a column an earlier failing rule read,
// so one fault is reported once, by the rule that names it.
import { daysToIso } from '../ilr/dates.ts';
import { LEARNER } from '../ilr/entities.ts';
import type { MappedRecord } from '../ingest/record.ts';
import type { Issue } from './issue.ts';
import { CODE_LIST_RULES } from './rules/code-list-rules.ts';
import { CROSS_FIELD_RULES } from './rules/cross-field-rules.ts';
import { DATE_RULES } from './rules/date-rules.ts';
import { learnerRules } from './rules/learner-rules.ts';
import type { AimRule, RuleContext } from './rules/rule.ts';

/** Every aim rule, in the order they run. */
export const AIM_RULES: readonly AimRule[] = [...CODE_LIST_RULES, ...DATE_RULES, ...CROSS_FIELD_RULES];

/** The aim rules of each format, chosen once rather than per aim. */
const RULES_FOR: Record<RuleContext['format'], readonly AimRule[]> = {
  xml: AIM_RULES.filter((r) => r.formats.includes('xml')),
  legacy_csv: AIM_RULES.filter((r) => r.formats.includes('legacy_csv')),
};

const famsOf = (rows: MappedRecord['aims'][number]['children']): Set<string> =>
  new Set(
    rows
      .filter((r) => r.entity.table === 'learning_delivery_fam')
      .map((r) => `${String(r.row.learn_del_fam_type)}:${String(r.row.learn_del_fam_code)}`),
  );

export function runRules(record: MappedRecord, ctx: RuleContext): Issue[] {
  if (record.kind !== 'learner') return [];
  const schemaErrors = record.issues.filter((i) => i.severity === 'error');
  if (schemaErrors.some((i) => i.scope === 'learner')) return [];
  const aims = record.aims.map((a) => ({ aim: a.aim.row, fams: famsOf(a.children), seq: a.seq }));
  const issues = learnerRules(record.main.row, aims, ctx);
  // A learner field a learner rule found wrong is not read again by the aim rules.
  const learnerSuspect = new Set(
    issues
      .filter((i) => i.severity === 'error')
      .map((i) => `learner.${LEARNER.fields.find((f) => f.element === i.field)?.column ?? ''}`),
  );
  // Aims are told apart by their place in the record: sequence numbers can be missing or repeated.
  const brokenAims = new Set(schemaErrors.filter((i) => i.scope === 'aim').map((i) => i.aimIndex));
  for (let aimIndex = 0; aimIndex < aims.length; aimIndex++) {
    if (brokenAims.has(aimIndex)) continue;
    const { aim, fams, seq } = aims[aimIndex] as (typeof aims)[number];
    // Columns found wrong so far; most aims have none, so the set is made only when needed.
    let suspect: Set<string> | null = learnerSuspect.size > 0 ? new Set(learnerSuspect) : null;
    const facts = { learner: record.main.row, aim, fams };
    for (const rule of RULES_FOR[ctx.format]) {
      if (suspect !== null && rule.reads.some((c) => (suspect as Set<string>).has(c))) continue;
      const message = rule.test(facts, ctx);
      if (message === null) continue;
      const column = rule.reads[0] ?? '';
      const raw = column.startsWith('learner.') ? record.main.row[column.slice(8)] : aim[column];
      const value = typeof raw === 'number' && column.endsWith('_date') ? daysToIso(raw) : raw;
      issues.push({
        ruleId: rule.id,
        severity: rule.severity,
        scope: 'aim',
        aimSeqNumber: seq,
        aimIndex,
        entity: 'LearningDelivery',
        field: rule.field,
        value: value === null || value === undefined ? null : String(value),
        message,
      });
      if (rule.severity === 'error') for (const c of rule.reads) (suspect ??= new Set()).add(c);
    }
  }
  return issues;
}
