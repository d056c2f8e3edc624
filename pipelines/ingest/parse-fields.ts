// Turns the text of ILR fields into typed values once, at the edge. A value that does not parse
// becomes a schema-level issue (the agency's schema would reject it) and the field is left null.
import { isoToDays } from '../ilr/dates.ts';
import type { ColumnType, EntitySpec, FieldSpec } from '../ilr/entities.ts';
import type { Issue, IssueScope } from '../validate/issue.ts';

export type FieldValue = string | number | bigint | null;

export type Row = Record<string, FieldValue>;

/** `B12 9QS` → `B12`: the outward code (postal district) only, as DESIGN.md minimises it. */
export function outwardCode(postcode: string): string {
  const compact = postcode.trim().toUpperCase();
  const spaced = compact.split(/\s+/)[0] ?? '';
  if (compact.includes(' ')) return spaced;
  // No space: the inward code is always the last three characters.
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

export function parseValue(type: ColumnType, text: string): FieldValue | undefined {
  switch (type) {
    case 'varchar':
      return text;
    case 'integer':
      return /^[+-]?\d{1,9}$/.test(text) ? Number(text) : undefined;
    case 'bigint':
      return /^[+-]?\d{1,18}$/.test(text) ? BigInt(text) : undefined;
    case 'date': {
      const days = isoToDays(text);
      return days === null ? undefined : days;
    }
  }
}

const EXPECTED: Record<ColumnType, string> = {
  varchar: 'text',
  integer: 'a whole number',
  bigint: 'a whole number',
  date: 'a date as YYYY-MM-DD',
};

export function parseField(
  spec: FieldSpec,
  text: string,
  entity: EntitySpec,
  scope: IssueScope,
  issues: Issue[],
  aimSeqNumber: number | null = null,
): FieldValue {
  const value = parseValue(spec.type, text);
  if (value === undefined) {
    issues.push({
      ruleId: 'Schema_Type',
      severity: 'error',
      scope,
      aimSeqNumber,
      entity: entity.element,
      field: spec.element,
      value: text,
      message: `${spec.element} is "${text}", which is not ${EXPECTED[spec.type]}.`,
    });
    return null;
  }
  if (spec.minimise === 'outward_postcode' && typeof value === 'string') return outwardCode(value);
  return value;
}
