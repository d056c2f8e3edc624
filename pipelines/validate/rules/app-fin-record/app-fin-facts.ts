// The apprenticeship financial records of an aim (TNP prices, PMR payments), as the AFinType and
// AFinDate rules read them: by type and code, with their dates.
import { daysToIso } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { num, rowsOf, type AimFacts } from '../../rule.ts';

export const records = ({ rows }: AimFacts): readonly Row[] => rowsOf(rows, 'app_fin_record');
/** `TNP1`, `PMR2`: the type (upper case, as the agency compares it) and code of a record. */
export const kindOf = (r: Row): string => `${String(r.a_fin_type).toUpperCase()}${String(num(r.a_fin_code))}`;
export const isKind = (r: Row, ...kinds: string[]): boolean => kinds.includes(kindOf(r));
export const dateOf = (r: Row): number | null => num(r.a_fin_date);
export const has = (f: AimFacts, ...kinds: string[]): boolean => records(f).some((r) => isKind(r, ...kinds));
/** The finding's value: the record, as `TNP1 2025-09-01`. */
export const describe = (r: Row): string => `${kindOf(r)} ${dateOf(r) === null ? '' : daysToIso(dateOf(r) as number)}`.trim();
