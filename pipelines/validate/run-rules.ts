// Runs the record-level rules on one learner and their aims (or one destination record), after the
// schema-level checks, and reports every rule that fires, as the agency's service does (one fault
// can break several rules: an achievement date before the start is before the end too). Each file
// is checked by the rules of its own collection year. A record with a schema error is not checked
// further: the fields it could not read are missing, not absent, and would set off rules about
// absent fields (a missing ULN is the exception — absence is what ULN_04 decides). An aim with a
// schema error is likewise not checked. Which records are kept out follows from the errors: see
// batch-loader.ts.
import { daysToIso } from '../ilr/dates.ts';
import type { Issue } from '../ilr/issue.ts';
import type { MappedRecord, RowOut } from '../ilr/record.ts';
import type { Row } from '../ilr/row.ts';
import { RULES } from './rules/index.ts';
import { appliesIn, type AimFacts, type AimRule, type ChildRows, type DestinationRule, type Finding, type LearnerRule, type Rule, type RuleContext } from './rule.ts';

interface RuleSet {
  learner: readonly LearnerRule[];
  aim: readonly AimRule[];
  destination: readonly DestinationRule[];
}

/** The rules of a format and collection year, chosen once per file rather than per record. */
const ruleSets = new Map<string, RuleSet>();
function rulesFor(ctx: RuleContext): RuleSet {
  const key = `${ctx.format} ${ctx.collectionYear}`;
  let set = ruleSets.get(key);
  if (!set) {
    const rules = RULES.filter((r) => r.formats.includes(ctx.format) && appliesIn(r.years, ctx.collectionYear));
    set = {
      learner: rules.filter((r): r is LearnerRule => r.on === 'learner'),
      aim: rules.filter((r): r is AimRule => r.on === 'aim'),
      destination: rules.filter((r): r is DestinationRule => r.on === 'destination'),
    };
    ruleSets.set(key, set);
  }
  return set;
}

function byTable(rows: readonly RowOut[]): ChildRows {
  const map = new Map<string, Row[]>();
  for (const { entity, row } of rows) {
    const list = map.get(entity.table);
    if (list) list.push(row);
    else map.set(entity.table, [row]);
  }
  return map;
}

const famsOf = (rows: ChildRows): Set<string> =>
  new Set((rows.get('learning_delivery_fam') ?? []).map((r) => `${String(r.learn_del_fam_type)}:${String(r.learn_del_fam_code)}`));

const ulnAbsent = (record: MappedRecord): boolean =>
  record.issues.some((i) => i.ruleId === 'Schema_Missing' && i.entity === 'Learner' && i.field === 'ULN');

/** The value a finding reports: the one it names, or the first column its rule reads (dates as dates). */
function reported(rule: Rule, finding: Finding, learner: Row, aim: Row | null): string | null {
  if (typeof finding !== 'string' && finding.value !== undefined) return finding.value;
  const column = rule.reads[0] ?? '';
  const raw = column.startsWith('learner.') ? learner[column.slice(8)] : (aim ?? learner)[column];
  const value = typeof raw === 'number' && column.includes('date') ? daysToIso(raw) : raw;
  return value === null || value === undefined ? null : String(value);
}

function issueOf(rule: Rule, finding: Finding, learner: Row, aim: Row | null): Issue {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    scope: rule.on === 'aim' ? 'aim' : 'learner',
    entity: rule.entity,
    field: rule.field,
    value: reported(rule, finding, learner, aim),
    message: typeof finding === 'string' ? finding : finding.message,
  };
}

export function runRules(record: MappedRecord, ctx: RuleContext): Issue[] {
  const rules = rulesFor(ctx);
  // The schema's findings; a read-time rule's (Postcode_15 …, read-time-rules.ts) stops nothing.
  const schemaErrors = record.issues.filter((i) => i.severity === 'error' && i.ruleId.startsWith('Schema_'));
  if (record.kind === 'destination') {
    if (schemaErrors.length > 0) return [];
    const facts = { destination: record.main.row, rows: byTable(record.children) };
    const issues: Issue[] = [];
    for (const rule of rules.destination) {
      const finding = rule.test(facts, ctx);
      if (finding !== null) issues.push(issueOf(rule, finding, record.main.row, null));
    }
    return issues;
  }
  const learner = record.main.row;
  if (schemaErrors.some((i) => i.scope === 'learner')) {
    if (!ulnAbsent(record)) return [];
    const uln04 = rules.learner.find((r) => r.id === 'ULN_04');
    const finding = uln04?.test({ learner, rows: new Map(), aims: [] }, ctx) ?? null;
    return uln04 && finding !== null ? [issueOf(uln04, finding, learner, null)] : [];
  }
  const learnerRows = byTable(record.children);
  // Aims are told apart by their place in the record: sequence numbers can be missing or repeated.
  const brokenAims = new Set(schemaErrors.filter((i) => i.scope === 'aim').map((i) => i.aimIndex));
  const aims: (AimFacts & { index: number })[] = [];
  record.aims.forEach((a, index) => {
    if (brokenAims.has(index)) return;
    const rows = byTable(a.children);
    aims.push({ learner, aim: a.aim.row, fams: famsOf(rows), rows, learnerRows, seq: a.seq, index });
  });
  const issues: Issue[] = [];
  const learnerFacts = { learner, rows: learnerRows, aims, aimCount: record.aims.length };
  for (const rule of rules.learner) {
    const finding = rule.test(learnerFacts, ctx);
    if (finding === null) continue;
    const issue = issueOf(rule, finding, learner, null);
    const aimIndex = typeof finding === 'string' ? undefined : finding.aimIndex;
    if (aimIndex !== undefined) issue.aimSeqNumber = record.aims[aimIndex]?.seq ?? null;
    issues.push(issue);
  }
  for (const facts of aims) {
    for (const rule of rules.aim) {
      const finding = rule.test(facts, ctx);
      if (finding === null) continue;
      issues.push({ ...issueOf(rule, finding, learner, facts.aim), aimSeqNumber: facts.seq, aimIndex: facts.index });
    }
  }
  return issues;
}
