// Runs the record-level rules on one learner and their aims, after the schema-level checks, and
// reports every rule that fires, as the agency's service does (one fault can break several rules:
// an achievement date before the start is before the end too). Each file is checked by the rules
// of its own collection year. A record with a schema error is not checked further: the fields it
// could not read are missing, not absent, and would set off rules about absent fields (a missing
// ULN is the exception — absence is what ULN_04 decides). An aim with a schema error is likewise
// not checked. Which records are kept out follows from the errors: see batch-loader.ts.
import { daysToIso } from '../ilr/dates.ts';
import type { MappedRecord } from '../ilr/record.ts';
import type { Issue } from '../ilr/issue.ts';
import { CODE_LIST_RULES } from './rules/code-list-rules.ts';
import { CROSS_FIELD_RULES } from './rules/cross-field-rules.ts';
import { DATE_RULES } from './rules/date-rules.ts';
import { learnerRules, uln04 } from './rules/learner-rules.ts';
import { appliesIn, type AimRule, type RuleContext } from './rules/rule.ts';

/** Every aim rule (each definition of it), in the order they run. */
export const AIM_RULES: readonly AimRule[] = [...CODE_LIST_RULES, ...DATE_RULES, ...CROSS_FIELD_RULES];

/** The aim rules of a format and collection year, chosen once per file rather than per aim. */
const rulesFor = new Map<string, readonly AimRule[]>();
function aimRulesFor(ctx: RuleContext): readonly AimRule[] {
  const key = `${ctx.format} ${ctx.collectionYear}`;
  let rules = rulesFor.get(key);
  if (!rules) {
    rules = AIM_RULES.filter((r) => r.formats.includes(ctx.format) && appliesIn(r.years, ctx.collectionYear));
    rulesFor.set(key, rules);
  }
  return rules;
}

const famsOf = (rows: MappedRecord['aims'][number]['children']): Set<string> =>
  new Set(
    rows
      .filter((r) => r.entity.table === 'learning_delivery_fam')
      .map((r) => `${String(r.row.learn_del_fam_type)}:${String(r.row.learn_del_fam_code)}`),
  );

const ulnAbsent = (record: MappedRecord): boolean =>
  record.issues.some((i) => i.ruleId === 'Schema_Missing' && i.entity === 'Learner' && i.field === 'ULN');

export function runRules(record: MappedRecord, ctx: RuleContext): Issue[] {
  if (record.kind !== 'learner') return [];
  const schemaErrors = record.issues.filter((i) => i.severity === 'error');
  if (schemaErrors.some((i) => i.scope === 'learner')) return ulnAbsent(record) ? uln04(record.main.row, ctx) : [];
  const aims = record.aims.map((a) => ({ aim: a.aim.row, fams: famsOf(a.children), seq: a.seq }));
  const issues = learnerRules(record.main.row, aims, ctx);
  // Aims are told apart by their place in the record: sequence numbers can be missing or repeated.
  const brokenAims = new Set(schemaErrors.filter((i) => i.scope === 'aim').map((i) => i.aimIndex));
  const rules = aimRulesFor(ctx);
  for (let aimIndex = 0; aimIndex < aims.length; aimIndex++) {
    if (brokenAims.has(aimIndex)) continue;
    const { aim, fams, seq } = aims[aimIndex] as (typeof aims)[number];
    const facts = { learner: record.main.row, aim, fams };
    for (const rule of rules) {
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
    }
  }
  return issues;
}
