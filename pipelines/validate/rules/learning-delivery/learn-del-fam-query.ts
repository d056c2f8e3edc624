// Questions the LearningDeliveryFAM rules ask of an aim's monitoring (the agency's
// LearningDeliveryFAMQueryService and its derived items DD07 and DD35). An aim has a handful of
// FAM rows at most, so each question walks them once and stops as soon as it knows.
import type { Row } from '../../../ilr/row.ts';
import { num, rowsOf, type AimFacts, type Years } from '../../rule.ts';

/** The aim's LearningDeliveryFAM rows. */
export const famRows = (f: AimFacts): readonly Row[] => rowsOf(f.rows, 'learning_delivery_fam');

export const famType = (r: Row): string => String(r.learn_del_fam_type);
export const famCode = (r: Row): string => String(r.learn_del_fam_code);
export const dateFrom = (r: Row): number | null => num(r.learn_del_fam_date_from);
export const dateTo = (r: Row): number | null => num(r.learn_del_fam_date_to);
/** `SOF:105`, as the reported value. */
export const famLabel = (r: Row): string => `${famType(r)}:${famCode(r)}`;

/** The first FAM row of this type, or null. */
export function firstOfType(f: AimFacts, type: string): Row | null {
  for (const r of famRows(f)) if (r.learn_del_fam_type === type) return r;
  return null;
}
export const hasType = (f: AimFacts, type: string): boolean => firstOfType(f, type) !== null;

/** The first FAM row the test picks out, or null. */
export function firstWhere(f: AimFacts, test: (r: Row) => boolean): Row | null {
  for (const r of famRows(f)) if (test(r)) return r;
  return null;
}

/** The aim has a FAM record with a date from or a date to: the date rules ask nothing of the others. */
export function hasDates(f: AimFacts): boolean {
  for (const r of famRows(f)) if (dateFrom(r) !== null || dateTo(r) !== null) return true;
  return false;
}

/** How many FAM rows of this type. */
export function countOfType(f: AimFacts, type: string): number {
  let n = 0;
  for (const r of famRows(f)) if (r.learn_del_fam_type === type) n += 1;
  return n;
}

/** The first Source of funding row whose code is not `code` (the rules "the SOF must be …"), or null. */
export const sofOtherThan = (f: AimFacts, code: string): Row | null =>
  firstWhere(f, (r) => r.learn_del_fam_type === 'SOF' && r.learn_del_fam_code !== code);

/** DD35: the source of funding is a combined authority (SOF 110–120; the 2025/26 catalogue's DD35). */
const COMBINED_AUTHORITY_SOF: ReadonlySet<string> = new Set(['110', '111', '112', '113', '114', '115', '116', '117', '118', '119', '120']);
export function isCombinedAuthority(f: AimFacts): boolean {
  for (const r of famRows(f)) {
    const code = r.learn_del_fam_code;
    if (r.learn_del_fam_type === 'SOF' && typeof code === 'string' && COMBINED_AUTHORITY_SOF.has(code)) return true;
  }
  return false;
}

/**
 * DD07, the aim is an apprenticeship: in the agency's 2020/21 code frameworks and standards
 * (`isApprenticeship` in programmes.ts); standards only in the 2025/26 catalogue (frameworks closed).
 */
export const isApprenticeshipFrom2025 = (f: AimFacts): boolean => num(f.aim.prog_type) === 25;

export const fundModelIn = (f: AimFacts, models: readonly number[]): boolean => {
  const fm = num(f.aim.fund_model);
  return fm !== null && models.includes(fm);
};

/** The years of a definition taken from the agency's 2020/21 code and used for the years before it too. */
export const TO_2024_25: Years = { from: null, to: 2024 };
/**
 * Where the 2025/26 catalogue's change is to name the Adult Skills Fund (FM38) and tailored
 * learning (FM11), funding models that started in 2024/25, its definition is used from 2024/25
 * and the agency's 2020/21 one before (which, not knowing FM38, would reject an FFI on it).
 */
export const TO_2023_24: Years = { from: null, to: 2023 };
export const SINCE_2024_25: Years = { from: 2024, to: null };
