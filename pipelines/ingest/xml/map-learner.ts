// Maps one <Learner> tree onto rows of raw.learner and raw.learning_delivery (DESIGN.md, "raw.*"),
// collecting every schema-level fault against the record it belongs to. Elements the loader does
// not know are kept in the `extra` column as JSON, never dropped; personal data is never kept.
import {
  DROPPED_PERSONAL_ELEMENTS,
  LEARNER,
  LEARNING_DELIVERY,
  type EntitySpec,
} from '../../ilr/entities.ts';
import type { Issue, IssueScope } from '../../validate/issue.ts';
import { parseField, type Row } from '../parse-fields.ts';
import type { XmlNode } from './read-ilr-xml.ts';

export interface MappedLearner {
  learner: Row;
  aims: { row: Row; line: number }[];
  issues: Issue[];
}

/** Child entities kept as JSON in `extra` until they have tables of their own. */
function toJson(node: XmlNode): unknown {
  if (node.children.length === 0) return node.text;
  const out: Record<string, unknown> = {};
  for (const c of node.children) {
    if (DROPPED_PERSONAL_ELEMENTS.has(c.name)) continue;
    const value = toJson(c);
    const existing = out[c.name];
    if (existing === undefined) out[c.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[c.name] = [existing, value];
  }
  return out;
}

/** The record as read, minus personal data, for the quarantine. */
export function recordJson(node: XmlNode): string {
  return JSON.stringify({ [node.name]: toJson(node) });
}

function mapEntity(
  node: XmlNode,
  entity: EntitySpec,
  scope: IssueScope,
  issues: Issue[],
  skip: ReadonlySet<string>,
  aimSeqNumber: number | null = null,
): Row {
  const row: Row = {};
  const byElement = new Map(entity.fields.filter((spec) => !spec.legacyOnly).map((spec) => [spec.element, spec]));
  const extra: Record<string, unknown> = {};
  for (const c of node.children) {
    const spec = byElement.get(c.name);
    if (spec) {
      row[spec.column] = parseField(spec, c.text, entity, scope, issues, aimSeqNumber);
    } else if (!DROPPED_PERSONAL_ELEMENTS.has(c.name) && !skip.has(c.name)) {
      const value = toJson(c);
      const existing = extra[c.name];
      extra[c.name] = existing === undefined ? value : [existing, value].flat();
    }
  }
  for (const spec of entity.fields) if (!(spec.column in row)) row[spec.column] = null;
  row.extra = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
  return row;
}

const LEARNER_CHILD_RECORDS = new Set(['LearningDelivery']);

export function mapLearner(node: XmlNode): MappedLearner {
  const issues: Issue[] = [];
  const learner = mapEntity(node, LEARNER, 'learner', issues, LEARNER_CHILD_RECORDS);
  const aims = node.children
    .filter((c) => c.name === 'LearningDelivery')
    .map((aimNode) => {
      const seqText = aimNode.children.find((c) => c.name === 'AimSeqNumber')?.text;
      const seq = seqText && /^\d+$/.test(seqText) ? Number(seqText) : null;
      const row = mapEntity(aimNode, LEARNING_DELIVERY, 'aim', issues, new Set(), seq);
      row.learn_ref_number = learner.learn_ref_number ?? null;
      return { row, line: aimNode.line };
    });
  return { learner, aims, issues };
}
