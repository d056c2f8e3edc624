// Maps one <Learner> (or <LearnerDestinationandProgression>) tree onto rows of the raw.* tables
// (DESIGN.md, "raw.*"), driven by the entity list in ilr/entities.ts, and finds the schema-level
// faults on the way: Schema_Type, Schema_Range, Schema_Missing, Schema_Repeated,
// Schema_Occurrence (a nested entity more often than the XSD's maxOccurs) and
// Schema_UnknownElement, each against the aim it is in (Issue.aimIndex). Elements the loader does
// not know are kept in the `extra` column as JSON, never dropped; personal data is never kept, not
// even in `extra`: an unknown element keeps its value only when that cannot be personal
// (unknownValue).
import {
  DROPPED_PERSONAL_ELEMENTS,
  LEARNER,
  LEARNER_DESTINATION_AND_PROGRESSION,
  LEARNING_DELIVERY,
  PERSONAL_NAME,
  PRIOR_ATTAIN,
  RAW_ENTITIES,
  inLayout,
  newRow,
  type EntitySpec,
  type FieldSpec,
  type SchemaLayout,
} from '../../ilr/entities.ts';
import type { Issue, IssueScope } from '../../ilr/issue.ts';
import { parseField, postcodeDistrict, shown, unknownValue, type FieldContext } from '../parse-fields.ts';
import type { Row } from '../../ilr/row.ts';
import type { MappedAim, MappedRecord, RowOut } from '../../ilr/record.ts';
import type { XmlNode } from './read-ilr-xml.ts';

const PERSONAL_LOWER = new Set([...DROPPED_PERSONAL_ELEMENTS].map((e) => e.toLowerCase()));
const isPersonal = (name: string): boolean => PERSONAL_LOWER.has(name.toLowerCase());

/** Elements holding a full postcode: the quarantine keeps their outward code only, like raw.*. */
const POSTCODE_ELEMENTS = new Set(['Postcode', 'PostcodePrior', 'DelLocPostCode', 'LSDPostcode', 'HEPostCode']);

/** Every element an ILR record may hold, in any year: its value is a code or a date the specification defines. */
const ILR_ELEMENTS: ReadonlySet<string> = new Set(
  RAW_ENTITIES.flatMap((e) => [e.element, ...e.fields.filter((f) => !f.legacyOnly).map((f) => f.element)]),
);

/** The value of an element with no children, as `extra` and the quarantine keep it: a postcode's district at most. */
const leafValue = (name: string, text: string): string | null =>
  POSTCODE_ELEMENTS.has(name) ? (text === '' ? '' : postcodeDistrict(text)) : ILR_ELEMENTS.has(name) ? text : unknownValue(name, text);

/** Adds `value` under `name`; a name given again becomes a list. Objects have no prototype: a name may be `__proto__`. */
function put(out: Record<string, unknown>, name: string, value: unknown): void {
  if (!(name in out)) {
    out[name] = value;
    return;
  }
  // toJson never gives a list, so a list here is one this function made.
  const existing = out[name];
  if (Array.isArray(existing)) existing.push(value);
  else out[name] = [existing, value];
}

function toJson(node: XmlNode): unknown {
  if (node.children.length === 0) return leafValue(node.name, node.text);
  // An unknown element whose name says it may be personal keeps nothing of what is inside it.
  if (!ILR_ELEMENTS.has(node.name) && PERSONAL_NAME.test(node.name)) return null;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const c of node.children) {
    if (!isPersonal(c.name)) put(out, c.name, toJson(c));
  }
  return out;
}

/** The record as read, minus personal data, for the quarantine. */
export function recordJson(node: XmlNode): string {
  return JSON.stringify({ [node.name]: toJson(node) });
}

/**
 * recordJson for later, only if the record is quarantined. (An unnamed function: tsx keeps the
 * names of named ones by wrapping each as it is made, which costs on every record.)
 */
const recordJsonLater = (node: XmlNode): (() => string) => () => recordJson(node);

const isRequired = (required: true | '2018-19' | undefined, layout: SchemaLayout): boolean =>
  required === true || (required === '2018-19' && layout === '2018-19');

interface Walk {
  layout: SchemaLayout;
  issues: Issue[];
  scope: IssueScope;
  seq: number | null;
  /** The aim's place in its record, when walking an aim. */
  aimIndex: number | undefined;
}

/** What a child element of an entity is: one of its fields (by position) or a nested entity. */
type Slot = { kind: 'field'; at: number; spec: FieldSpec } | { kind: 'entity'; spec: EntitySpec };

/** Lookups of one entity, built once: the records of a national file all share them. */
interface EntityIndex {
  /** Child element name → what it is, in one lookup. */
  slots: Map<string, Slot>;
  /** Per layout, the positions of the fields the schema requires. */
  required: Map<SchemaLayout, number[]>;
  /** The nested entities with a maxOccurs (FD_<Entity>_EO), or null when there are none. */
  limited: EntitySpec[] | null;
}
const INDEX = new Map<EntitySpec, EntityIndex>();
const PRIOR_ATTAIN_ENTITY: Slot = { kind: 'entity', spec: PRIOR_ATTAIN };
function indexOf(entity: EntitySpec): EntityIndex {
  let index = INDEX.get(entity);
  if (!index) {
    const slots = new Map<string, Slot>();
    for (const e of entity.children ?? []) slots.set(e.element, { kind: 'entity', spec: e });
    entity.fields.forEach((spec, i) => {
      if (!spec.legacyOnly) slots.set(spec.element, { kind: 'field', at: i, spec });
    });
    const limited = (entity.children ?? []).filter((e) => e.maxOccurs !== undefined);
    index = { slots, required: new Map(), limited: limited.length > 0 ? limited : null };
    INDEX.set(entity, index);
  }
  return index;
}

/** maxOccurs in a layout; the years between accept either XSD's, so the larger. */
function maxOccursIn(spec: EntitySpec, layout: SchemaLayout): number {
  const max = spec.maxOccurs as NonNullable<EntitySpec['maxOccurs']>;
  if (typeof max === 'number') return max;
  return layout === 'between' ? Math.max(max['2018-19'], max['2025-26']) : max[layout];
}

/** A nested entity given more often than the XSD allows: one finding, at the first one too many. */
function tooMany(nested: readonly { node: XmlNode; spec: EntitySpec }[], limited: readonly EntitySpec[], entity: EntitySpec, walk: Walk): void {
  for (const spec of limited) {
    const max = maxOccursIn(spec, walk.layout);
    let count = 0;
    for (const n of nested) {
      if (n.spec !== spec || ++count !== max + 1) continue;
      walk.issues.push({
        ruleId: 'Schema_Occurrence',
        severity: 'error',
        scope: walk.scope,
        aimSeqNumber: walk.seq,
        aimIndex: walk.aimIndex,
        entity: entity.element,
        field: spec.element,
        value: null,
        message: `${entity.element} holds more than ${max} ${spec.element}; the ILR schema allows ${max} at most, so the record was kept out.`,
        line: n.node.line,
      });
    }
  }
}

function requiredFields(entity: EntitySpec, index: EntityIndex, layout: SchemaLayout): number[] {
  let required = index.required.get(layout);
  if (!required) {
    required = entity.fields.flatMap((spec, i) => {
      const r = spec.schema?.required;
      return r !== undefined && !spec.legacyOnly && isRequired(r, layout) && inLayout(spec, layout) ? [i] : [];
    });
    index.required.set(layout, required);
  }
  return required;
}

/** Reports an element the entity does not have and keeps it in `extra`; gives the finding. */
function unknownElement(c: XmlNode, entity: EntitySpec, walk: Walk, extra: Record<string, unknown>): Issue {
  const value = toJson(c);
  const withheld = value === null;
  const issue: Issue = {
    ruleId: 'Schema_UnknownElement',
    severity: 'warning',
    scope: walk.scope,
    aimSeqNumber: walk.seq,
    aimIndex: walk.aimIndex,
    entity: entity.element,
    field: c.name,
    value: typeof value === 'string' ? shown(value) : null,
    message: `<${c.name}> is not an element of ${entity.element} in the ${walk.layout === 'between' ? '' : `${walk.layout} `}ILR schema (misspelt?); it was kept ${withheld ? 'by name only (its value may be personal data)' : 'as read'}, in the extra column.`,
    line: c.line,
  };
  walk.issues.push(issue);
  put(extra, c.name, value);
  return issue;
}

/** A field given twice: the XSD allows each field once, and which one the MIS meant cannot be told. */
function repeatedField(c: XmlNode, spec: FieldSpec, entity: EntitySpec, walk: Walk): void {
  const value = c.children.length === 0 ? leafValue(c.name, c.text) : null;
  walk.issues.push({
    ruleId: 'Schema_Repeated',
    severity: 'error',
    scope: walk.scope,
    aimSeqNumber: walk.seq,
    aimIndex: walk.aimIndex,
    entity: entity.element,
    field: spec.element,
    value: value === null ? null : shown(value),
    message: `${spec.element} is given more than once in one ${entity.element}; the ILR schema allows it once, so the record was kept out.`,
    line: c.line,
  });
}

/** Edit distance, for telling a misspelt element from an unknown one. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A required element that is absent because it was misspelt (`<LearnAimRefx>`) is one fault, not
 * two: the unknown-element finding becomes an error naming the element expected, and no
 * Schema_Missing is added. Only the unknown elements of the same entity node are looked at (one
 * each by name): a misspelling in one aim says nothing about what another aim lacks.
 */
function misspeltRequired(unknowns: Map<string, Issue> | null, entity: EntitySpec, expected: string): boolean {
  if (unknowns === null) return false;
  const want = expected.toLowerCase();
  let unknown: Issue | undefined;
  for (const [name, issue] of unknowns) {
    if (issue.severity !== 'warning' || Math.abs(name.length - want.length) > 2) continue;
    if (distance(name.toLowerCase(), want) <= 2) {
      unknown = issue;
      break;
    }
  }
  if (!unknown) return false;
  unknown.severity = 'error';
  unknown.message = `<${unknown.field}> is not an element of ${entity.element}; it looks like a misspelling of ${expected}, which the ILR schema requires, so the record was kept out.`;
  return true;
}

/** What was found of a field: nothing (undefined), the element with no value, or a value read. */
const EMPTY = 1;
const READ = 2;

/**
 * Maps one entity node; rows of nested entities are pushed to `out` after its own. The row starts
 * with every column null (newRow) and gets the fields found; the required ones not found are
 * reported after.
 */
function mapEntity(node: XmlNode, entity: EntitySpec, keys: Row, walk: Walk, out: RowOut[]): Row {
  const index = indexOf(entity);
  const ctx: FieldContext = {
    entity: entity.element,
    scope: walk.scope,
    aimSeqNumber: walk.seq,
    aimIndex: walk.aimIndex,
    layout: walk.layout,
    dates: 'xml',
    issues: walk.issues,
  };
  const row: Row = newRow(entity);
  for (const key of entity.parentKeys) row[key.column] = keys[key.column] ?? null;
  const found: (typeof EMPTY | typeof READ | undefined)[] = new Array(entity.fields.length);
  let extra: Record<string, unknown> | null = null;
  // This node's unknown elements, the first of each name, for telling a misspelling (most nodes have none).
  let unknowns: Map<string, Issue> | null = null;
  let nested: { node: XmlNode; spec: EntitySpec }[] | null = null;
  for (const c of node.children) {
    let slot = index.slots.get(c.name);
    // 2018/19 to 2020/21 return PriorAttain as a field; from 2021/22 it is an entity.
    if (c.name === 'PriorAttain' && c.children.length > 0) slot = PRIOR_ATTAIN_ENTITY;
    if (slot === undefined || !inLayout(slot.spec, walk.layout)) {
      // Personal data the ILR defines (FamilyName, Email, …) is read past without a word.
      if (slot === undefined && isPersonal(c.name)) continue;
      const issue = unknownElement(c, entity, walk, (extra ??= Object.create(null) as Record<string, unknown>));
      unknowns ??= new Map();
      if (!unknowns.has(c.name)) unknowns.set(c.name, issue);
    } else if (slot.kind === 'entity') {
      (nested ??= []).push({ node: c, spec: slot.spec });
    } else if (found[slot.at] !== undefined) {
      repeatedField(c, slot.spec, entity, walk);
    } else if (c.text !== '' && c.children.length === 0) {
      const before = walk.issues.length;
      row[slot.spec.column] = parseField(slot.spec, c.text, ctx);
      for (let i = before; i < walk.issues.length; i++) (walk.issues[i] as Issue).line = c.line;
      found[slot.at] = READ;
    } else {
      found[slot.at] = EMPTY;
    }
  }
  for (const i of requiredFields(entity, index, walk.layout)) {
    if (found[i] === READ) continue;
    const spec = entity.fields[i] as FieldSpec;
    const present = found[i] === EMPTY;
    if (!present && misspeltRequired(unknowns, entity, spec.element)) continue;
    walk.issues.push({
      ruleId: present ? 'Schema_Type' : 'Schema_Missing',
      severity: 'error',
      scope: walk.scope,
      aimSeqNumber: walk.seq,
      aimIndex: walk.aimIndex,
      entity: entity.element,
      field: spec.element,
      value: present ? '' : null,
      message: present
        ? `${spec.element} is empty; the ILR schema requires a value on every ${entity.element}.`
        : `${spec.element} is missing; the ILR schema requires it on every ${entity.element}.`,
      line: node.line,
    });
  }
  row.extra = extra === null ? null : JSON.stringify(extra);
  out.push({ entity, row, line: node.line });
  if (nested !== null) {
    if (index.limited !== null) tooMany(nested, index.limited, entity, walk);
    // Only the keys the nested rows carry: copying whole wide rows per aim cost more than the parse.
    const childKeys: Row = {};
    for (const { spec } of nested) {
      for (const { column } of spec.parentKeys) childKeys[column] = column in row ? (row[column] ?? null) : (keys[column] ?? null);
    }
    for (const { node: c, spec } of nested) {
      if (spec === LEARNING_DELIVERY) continue;
      mapEntity(c, spec, childKeys, walk, out);
    }
  }
  return row;
}

/**
 * 2025/26's DelLocPostCode_11 is not triggered by OLASS aims (LDM 034, the catalogue's exclusion;
 * the agency's 2020/21 code, used to 2024/25, has none): the finding made as the postcode was read
 * is taken back once the aim's FAMs are known.
 */
function excuseOlassDeliveryPostcode(issues: Issue[], aimIndex: number, children: readonly RowOut[]): void {
  const at = issues.findIndex((i) => i.ruleId === 'DelLocPostCode_11' && i.aimIndex === aimIndex);
  if (at < 0) return;
  const olass = children.some(({ row }) => row.learn_del_fam_type === 'LDM' && row.learn_del_fam_code === '034');
  if (olass) issues.splice(at, 1);
}

function mapAim(node: XmlNode, learnerKeys: Row, layout: SchemaLayout, issues: Issue[], aimIndex: number): MappedAim {
  const seqText = node.children.find((c) => c.name === 'AimSeqNumber')?.text;
  const seq = seqText && /^\d{1,9}$/.test(seqText) ? Number(seqText) : null;
  const rows: RowOut[] = [];
  mapEntity(node, LEARNING_DELIVERY, learnerKeys, { layout, issues, scope: 'aim', seq, aimIndex }, rows);
  const [aim, ...children] = rows as [RowOut, ...RowOut[]];
  if (layout === '2025-26') excuseOlassDeliveryPostcode(issues, aimIndex, children);
  return { aim, children, seq, json: recordJsonLater(node) };
}

/** The LearnRefNumber as written, cut as findings cut values, when it did not pass the schema; null when absent or empty. */
function refusedRef(node: XmlNode): string | null {
  const text = node.children.find((c) => c.name === 'LearnRefNumber' && c.children.length === 0)?.text;
  return text ? shown(text) : null;
}

export function mapRecord(node: XmlNode, layout: SchemaLayout): MappedRecord {
  const issues: Issue[] = [];
  const isLearner = node.name === 'Learner';
  const entity = isLearner ? LEARNER : LEARNER_DESTINATION_AND_PROGRESSION;
  const rows: RowOut[] = [];
  const walk: Walk = { layout: isLearner ? layout : 'between', issues, scope: 'learner', seq: null, aimIndex: undefined };
  const main = mapEntity(node, entity, {}, walk, rows);
  // A reference the schema refuses (FD_LearnRefNumber_AP, _AL) still names the learner in the quarantine and the fix-list.
  const ref = typeof main.learn_ref_number === 'string' ? main.learn_ref_number : refusedRef(node);
  const aims = isLearner
    ? node.children.filter((c) => c.name === 'LearningDelivery').map((c, k) => mapAim(c, main, layout, issues, k))
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
    json: recordJsonLater(node),
  };
}
