// Helpers for the cross-record (R_) rules, which compare the records of a learner or an aim with
// each other: the first value given twice, values as the agency compares them, and the agency's
// ordering by a nullable date.
import { daysToIso } from '../../ilr/dates.ts';
import type { FieldValue, Row } from '../../ilr/row.ts';
import { num } from '../rule.ts';

/** The first key given by two rows or more, in the order of the record, or undefined (a null key is skipped). */
export function firstRepeated<T>(rows: readonly T[], key: (row: T) => string | null): string | undefined {
  if (rows.length < 2) return undefined;
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

/** A value as text, or null. */
export const text = (v: FieldValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

/** A date column (days) as YYYY-MM-DD, or null. */
export const dayText = (v: FieldValue | undefined): string | null => {
  const d = num(v ?? null);
  return d === null ? null : daysToIso(d);
};

/** A comparator by a nullable day column, nulls first (.NET's OrderBy on DateTime?); Array.sort is stable, as OrderBy is. */
export const byDay =
  (column: string) =>
  (a: Row, b: Row): number =>
    (num(a[column] ?? null) ?? -Infinity) - (num(b[column] ?? null) ?? -Infinity);

/** A FAM row's type in upper case (the agency compares FAM types in any case). */
export const famType = (fam: Row): string | null => text(fam.learn_del_fam_type)?.toUpperCase() ?? null;
