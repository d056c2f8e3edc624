// Maps one <Learner> (or <LearnerDestinationandProgression>) tree onto rows of the raw.* tables
// (DESIGN.md, "raw.*"), driven by the entity list in ilr/entities.ts, and finds the schema-level
// faults on the way: Schema_Type, Schema_Range, Schema_Missing and Schema_UnknownElement. Elements
// the loader does not know are kept in the `extra` column as JSON, never dropped; personal data is
// never kept, not even in `extra`.
import {
  DROPPED_PERSONAL_ELEMENTS,
  LEARNER,
  LEARNER_DESTINATION_AND_PROGRESSION,
  LEARNING_DELIVERY,
  PRIOR_ATTAIN,
  inLayout,
  type EntitySpec,
  type SchemaLayout,
} from '../../ilr/entities.ts';
import type { Issue, IssueScope } from '../../validate/issue.ts';
import { outwardCode, parseField, type FieldContext, type Row } from '../parse-fields.ts';
import type { MappedAim, MappedRecord, RowOut } from '../record.ts';
import type { XmlNode } from './read-ilr-xml.ts';

const PERSONAL_LOWER = new Set([...DROPPED_PERSONAL_ELEMENTS].map((e) => e.toLowerCase()));
const isPersonal = (name: string): boolean => PERSONAL_LOWER.has(name.toLowerCase());

/** Elements holding a full postcode: the quarantine keeps their outward code only, like raw.*. */
const POSTCODE_ELEMENTS = new Set(['Postcode', 'PostcodePrior', 'DelLocPostCode', 'LSDPostcode', 'HEPostCode']);

function toJson(node: XmlNode): unknown {
  if (node.children.length === 0) return POSTCODE_ELEMENTS.has(node.name) ? outwardCode(node.text) : node.text;
  const out: Record<string, unknown> = {};
  for (const c of node.children) {
    if (isPersonal(c.name)) continue;
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

const isRequired = (required: true | '2018-19' | undefined, layout: SchemaLayout): boolean =>
  required === true || (required === '2018-19' && layout === '2018-19');

interface Walk {
  layout: SchemaLayout;
  issues: Issue[];
  scope: IssueScope;
  seq: number | null;
}

/** Maps one entity node; rows of nested entities are pushed to `out` after its own. */
function mapEntity(node: XmlNode, entity: EntitySpec, keys: Row, walk: Walk, out: RowOut[]): Row {
  const row: Row = {};
  for (const key of entity.parentKeys) row[key.column] = keys[key.column] ?? null;
  const fields = new Map(entity.fields.filter((s) => !s.legacyOnly).map((s) => [s.element, s]));
  const children = new Map((entity.children ?? []).map((e) => [e.element, e]));
  const ctx: FieldContext = { entity: entity.element, scope: walk.scope, aimSeqNumber: walk.seq, layout: walk.layout, dates: 'xml', issues: walk.issues };
  const extra: Record<string, unknown> = {};
  const nested: { node: XmlNode; spec: EntitySpec }[] = [];
  const unknown = (c: XmlNode) => {
    walk.issues.push({
      ruleId: 'Schema_UnknownElement',
      severity: 'warning',
      scope: walk.scope,
      aimSeqNumber: walk.seq,
      entity: entity.element,
      field: c.name,
      value: c.children.length === 0 ? c.text : null,
      message: `<${c.name}> is not an element of ${entity.element} in the ${walk.layout === 'between' ? '' : `${walk.layout} `}ILR schema (misspelt?); it was kept as read, in the extra column.`,
    });
    const value = toJson(c);
    const existing = extra[c.name];
    extra[c.name] = existing === undefined ? value : [existing, value].flat();
  };
  for (const c of node.children) {
    // 2018/19 to 2020/21 return PriorAttain as a field; from 2021/22 it is an entity.
    const spec = c.name === 'PriorAttain' && c.children.length > 0 ? undefined : fields.get(c.name);
    const child = c.name === 'PriorAttain' && c.children.length > 0 ? PRIOR_ATTAIN : children.get(c.name);
    if (spec) {
      const before = walk.issues.length;
      if (!inLayout(spec, walk.layout)) unknown(c);
      else if (c.text !== '' && c.children.length === 0) row[spec.column] = parseField(spec, c.text, ctx);
      for (const issue of walk.issues.slice(before)) issue.line = c.line;
    } else if (child) {
      if (!inLayout(child, walk.layout)) {
        unknown(c);
        const last = walk.issues[walk.issues.length - 1];
        if (last) last.line = c.line;
      }
      else nested.push({ node: c, spec: child });
    } else if (!isPersonal(c.name)) {
      unknown(c);
      const last = walk.issues[walk.issues.length - 1];
      if (last) last.line = c.line;
    }
  }
  for (const spec of entity.fields) {
    if (spec.column in row) continue;
    row[spec.column] = null;
    const present = node.children.some((c) => c.name === spec.element);
    if (!spec.legacyOnly && inLayout(spec, walk.layout) && isRequired(spec.schema?.required, walk.layout)) {
      walk.issues.push({
        ruleId: present ? 'Schema_Type' : 'Schema_Missing',
        severity: 'error',
        scope: walk.scope,
        aimSeqNumber: walk.seq,
        entity: entity.element,
        field: spec.element,
        value: present ? '' : null,
        message: present
          ? `${spec.element} is empty; the ILR schema requires a value on every ${entity.element}.`
          : `${spec.element} is missing; the ILR schema requires it on every ${entity.element}.`,
      });
    }
  }
  row.extra = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
  out.push({ entity, row, line: node.line });
  const childKeys = { ...keys, ...row };
  for (const { node: c, spec } of nested) {
    if (spec === LEARNING_DELIVERY) continue;
    mapEntity(c, spec, childKeys, walk, out);
  }
  return row;
}

function mapAim(node: XmlNode, learnerKeys: Row, layout: SchemaLayout, issues: Issue[]): MappedAim {
  const seqText = node.children.find((c) => c.name === 'AimSeqNumber')?.text;
  const seq = seqText && /^\d{1,9}$/.test(seqText) ? Number(seqText) : null;
  const rows: RowOut[] = [];
  mapEntity(node, LEARNING_DELIVERY, learnerKeys, { layout, issues, scope: 'aim', seq }, rows);
  const [aim, ...children] = rows as [RowOut, ...RowOut[]];
  return { aim, children, seq, json: () => recordJson(node) };
}

export function mapRecord(node: XmlNode, layout: SchemaLayout): MappedRecord {
  const issues: Issue[] = [];
  const isLearner = node.name === 'Learner';
  const entity = isLearner ? LEARNER : LEARNER_DESTINATION_AND_PROGRESSION;
  const rows: RowOut[] = [];
  const walk: Walk = { layout: isLearner ? layout : 'between', issues, scope: 'learner', seq: null };
  const main = mapEntity(node, entity, {}, walk, rows);
  const ref = typeof main.learn_ref_number === 'string' ? main.learn_ref_number : null;
  const aims = isLearner
    ? node.children.filter((c) => c.name === 'LearningDelivery').map((c) => mapAim(c, main, layout, issues))
    : [];
  const [mainRow, ...children] = rows as [RowOut, ...RowOut[]];
  return {
    kind: isLearner ? 'learner' : 'destination',
    line: node.line,
    learnRefNumber: ref,
    main: mainRow,
    children,
    aims,
    issues,
    json: () => recordJson(node),
  };
}
