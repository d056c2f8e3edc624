// Turns the text of ILR fields into typed values once, at the edge. A value that does not parse
// becomes Schema_Type, one outside the XSD's range or length Schema_Range; in an XML return, also
// text outside the XSD's pattern Schema_Pattern, a number with more characters than the XSD's digits
// Schema_Digits, and a text field whose number is out of range (UCASPERID) Schema_NumberRange —
// every one that applies, as the agency reports each of its field-definition rules (see
// validate/field-definitions.ts). Either way the field is left null so no later rule reads it. A
// full postcode's format (Postcode_15 and the like) is checked here too, before all but its outward
// code is dropped (validate/read-time-rules.ts).
import { isoToDays } from '../ilr/dates.ts';
import { PERSONAL_NAME, type ColumnType, type FieldSpec, type SchemaLayout } from '../ilr/entities.ts';
import type { Issue, IssueScope } from '../ilr/issue.ts';
import type { FieldValue, Row } from '../ilr/row.ts';
import { POSTCODE_FORMAT, POSTCODE_RULES } from '../validate/read-time-rules.ts';


/** How dates are written: XML's xs:date, or any of the legacy CSV forms. */
export type DateStyle = 'xml' | 'legacy';

/** A full postcode at the start of a value, spaced or not: `B12 9QS`, `B129QS`, `B12 9QS FLAT 2`. */
const POSTCODE_START = /^([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}/;

/** The outward code of a value that starts with a full postcode, or null: never more of it. */
export function postcodeDistrict(text: string): string | null {
  return POSTCODE_START.exec(text.trim().toUpperCase())?.[1] ?? null;
}

/** `B12 9QS` → `B12`: the outward code (postal district) only, as DESIGN.md minimises it. */
export function outwardCode(postcode: string): string {
  const district = postcodeDistrict(postcode);
  if (district !== null) return district;
  const compact = postcode.trim().toUpperCase();
  const spaced = compact.split(/\s+/)[0] ?? '';
  if (compact.includes(' ')) return spaced;
  // No space: the inward code is always the last three characters.
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

const FULL_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
/** What codes look like: short, no spaces, no @. */
const CODE = /^[A-Za-z0-9._:/+-]{1,20}$/;
const NI_NUMBER = /^[A-Z]{2}\d{6}[A-Z]?$/i;
/** Nine digits or more, once separators are taken out: a phone number, not a code. */
const PHONE_DIGITS = /\d{9}/;

/**
 * What is kept of the value of an element (or legacy CSV column) the loader does not know, which
 * may be anything (docs/ingestion.md, "Unknown elements and personal data"): nothing when its name says it may be
 * personal (PERSONAL_NAME); a postcode's outward code; a value that looks like a code as read;
 * anything else (text with spaces or @, NI numbers, phone numbers, long values) nothing.
 */
export function unknownValue(name: string, text: string): string | null {
  if (PERSONAL_NAME.test(name)) return null;
  const value = text.trim();
  if (value === '') return value;
  if (FULL_POSTCODE.test(value)) return postcodeDistrict(value);
  if (!CODE.test(value) || NI_NUMBER.test(value) || PHONE_DIGITS.test(value.replace(/[-.()+/]/g, ''))) return null;
  return value;
}

/** Legacy CSV dates: YYYY-MM-DD, DD/MM/YYYY or DDMMYYYY (DESIGN.md, "Inputs"). */
export function legacyDateToIso(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return text;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** Legacy "no date": empty or all zeros. */
export const isLegacyNoDate = (text: string): boolean => text === '' || /^0{8}$/.test(text) || text === '00/00/0000';

export function parseValue(type: ColumnType, text: string, dates: DateStyle = 'xml'): FieldValue | undefined {
  switch (type) {
    case 'varchar':
      return text;
    case 'integer':
      return /^[+-]?\d{1,9}$/.test(text) ? Number(text) : undefined;
    case 'bigint':
      return /^[+-]?\d{1,18}$/.test(text) ? BigInt(text) : undefined;
    case 'double':
      return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : undefined;
    case 'date': {
      const iso = dates === 'xml' ? text : legacyDateToIso(text);
      const days = iso === null ? null : isoToDays(iso);
      return days === null ? undefined : days;
    }
  }
}

const EXPECTED: Record<ColumnType, string> = {
  varchar: 'text',
  integer: 'a whole number',
  bigint: 'a whole number',
  double: 'a number',
  date: 'a date as YYYY-MM-DD',
};

function maxFor(spec: FieldSpec, layout: SchemaLayout): number | undefined {
  const max = spec.schema?.max;
  if (max === undefined || typeof max === 'number') return max;
  return layout === 'between' ? Math.max(max['2018-19'], max['2025-26']) : max[layout];
}

/** The XSD bounds a parsed value breaks, as a phrase, or null when it keeps them. */
function rangeFault(spec: FieldSpec, value: FieldValue, layout: SchemaLayout): string | null {
  const facts = spec.schema;
  if (!facts || value === null) return null;
  if (typeof value === 'string') {
    return facts.maxLength !== undefined && value.length > facts.maxLength ? `at most ${facts.maxLength} characters` : null;
  }
  if (spec.type === 'date') return null;
  const n = Number(value);
  const max = maxFor(spec, layout);
  if ((facts.min !== undefined && n < facts.min) || (max !== undefined && n > max)) {
    return `between ${facts.min ?? 0} and ${max ?? 'any'}`;
  }
  return null;
}

/** A decimal written back as the agency's xs:decimal reading gives it (`007.50` → `7.50`) has more than [precision, scale] allow. */
function decimalTooLong(text: string, precision: number, scale: number): boolean {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return false;
  const fraction = m[3] ?? '';
  const whole = `${m[1] === '-' ? '-' : ''}${(m[2] ?? '').replace(/^0+(?=\d)/, '') || '0'}`;
  return whole.length + (fraction === '' ? 0 : fraction.length + 1) > precision + 1 || whole.length > precision - scale || fraction.length > scale;
}

/**
 * Whether a number has more characters as written back (sign included) than the field's digits
 * allow: n ≥ 10^d, or for a negative number (its sign a character) n ≤ −10^(d−1). Arithmetic, not
 * String(value): this runs on every such field of every record.
 */
function digitsFault(digits: number | readonly [number, number], value: FieldValue, text: string): boolean {
  if (typeof digits !== 'number') return decimalTooLong(text, digits[0], digits[1]);
  const n = Number(value);
  return n >= 0 ? n >= 10 ** digits : n <= -(10 ** (digits - 1));
}

/** The largest whole number the agency reads a text field's number into (a C# long). */
const LONG_MAX = 9_223_372_036_854_775_807n;

/** A text field with a range (UCASPERID): its value read as a whole number, when it is one, outside the range. */
function numberRangeFault(spec: FieldSpec, text: string): boolean {
  const facts = spec.schema;
  if (facts?.max === undefined || !/^[+-]?\d{1,20}$/.test(text)) return false;
  const n = BigInt(text);
  if (n > LONG_MAX || n < -LONG_MAX - 1n) return false;
  return n < BigInt(facts.min ?? 0) || n > BigInt(typeof facts.max === 'number' ? facts.max : facts.max['2025-26']);
}

export interface FieldContext {
  entity: string;
  scope: IssueScope;
  aimSeqNumber: number | null;
  layout: SchemaLayout;
  dates: DateStyle;
  issues: Issue[];
  /** The aim's place in its record, for an aim's fields (Issue.aimIndex). */
  aimIndex?: number;
}

/** Longest value a finding repeats: enough to recognise, never a whole hostile element. */
const SHOWN = 100;

/** A value as a finding shows it: cut to SHOWN characters. */
export const shown = (text: string): string => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

function fault(spec: FieldSpec, text: string, ctx: FieldContext, ruleId: string, expected: string): null {
  // A postcode that breaks the schema is still a postcode: the finding shows its district at most.
  const district = spec.minimise === 'outward_postcode' ? postcodeDistrict(text) : undefined;
  const value = district === undefined ? shown(text) : district;
  const quoted = district === undefined ? `"${value}"` : `${text.length} characters long${district === null ? '' : ` ("${district} …")`}`;
  ctx.issues.push({
    ruleId,
    severity: 'error',
    scope: ctx.scope,
    aimSeqNumber: ctx.aimSeqNumber,
    aimIndex: ctx.aimIndex,
    entity: ctx.entity,
    field: spec.element,
    value,
    message: `${spec.element} is ${quoted}, which is not ${expected}.`,
  });
  return null;
}

/** A full postcode not in the postcode format: its rule's finding, showing the district at most (as `fault` does). */
function postcodeFormat(spec: FieldSpec, text: string, ctx: FieldContext): void {
  const rule = POSTCODE_RULES[spec.element];
  if (rule === undefined || POSTCODE_FORMAT.test(text)) return;
  const district = postcodeDistrict(text);
  ctx.issues.push({
    ruleId: rule.id,
    severity: rule.severity,
    scope: ctx.scope,
    aimSeqNumber: ctx.aimSeqNumber,
    aimIndex: ctx.aimIndex,
    entity: ctx.entity,
    field: spec.element,
    value: district,
    message: `${spec.element} is ${text.length} characters long${district === null ? '' : ` ("${district} …")`}, which is not a postcode in capitals with one space before its last three characters (a digit and two letters other than C, I, K, M, O, V).`,
  });
}

export function parseField(spec: FieldSpec, text: string, ctx: FieldContext): FieldValue {
  const value = parseValue(spec.type, text, ctx.dates);
  if (value === undefined) {
    const expected = ctx.dates === 'legacy' && spec.type === 'date' ? 'a date (YYYY-MM-DD, DD/MM/YYYY or DDMMYYYY)' : EXPECTED[spec.type];
    return fault(spec, text, ctx, 'Schema_Type', expected);
  }
  const facts = spec.schema;
  // The checks beyond length and range are the modern ILR's, for XML returns only.
  const xml = ctx.dates === 'xml';
  if (facts !== undefined) {
    const range = rangeFault(spec, value, ctx.layout);
    const digits = xml && facts.digits !== undefined && digitsFault(facts.digits, value, text);
    const isText = typeof value === 'string';
    const pattern = xml && isText && facts.pattern !== undefined && !facts.pattern.test(value);
    const numberRange = xml && isText && facts.max !== undefined && numberRangeFault(spec, value);
    if (range !== null || digits || pattern || numberRange) {
      if (range !== null) fault(spec, text, ctx, 'Schema_Range', `${range} as the schema requires`);
      if (digits) {
        const d = facts.digits as number | readonly [number, number];
        fault(spec, text, ctx, 'Schema_Digits', typeof d === 'number' ? `a number of at most ${d} characters` : `a number of at most ${d[0]} digits, ${d[1]} after the point`);
      }
      if (pattern) fault(spec, text, ctx, 'Schema_Pattern', `written as the schema's pattern allows (${(facts.pattern as RegExp).source})`);
      if (numberRange) fault(spec, text, ctx, 'Schema_NumberRange', `a number between ${facts.min ?? 0} and ${String(facts.max)} as the schema requires`);
      return null;
    }
  }
  if (spec.minimise === 'outward_postcode' && typeof value === 'string') {
    if (xml) postcodeFormat(spec, value, ctx);
    return outwardCode(value);
  }
  return value;
}
