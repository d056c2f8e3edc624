// Dates as the ILR counts them (shared/domain/measures.md, "Conventions"). Dates are handled as
// ISO strings (YYYY-MM-DD) or as whole days since 1970-01-01 (how DuckDB stores DATE).

const MS_PER_DAY = 86_400_000;

/** Whole days since the epoch for an ISO date, or null if it is not a real calendar date. */
export function isoToDays(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / MS_PER_DAY;
}

export function daysToIso(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Funding year of a date: 1 August – 31 July, labelled by its first calendar year. */
export function fundingYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 8 ? year : year - 1;
}

/** `2025` → `2025/26`. */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** `2025` → `2526`, as the ILR header and file names write a collection year. */
export function yearCode(year: number): string {
  return `${String(year % 100).padStart(2, '0')}${String((year + 1) % 100).padStart(2, '0')}`;
}

/** `2526` → `2025`; null when the four digits are not two consecutive years. */
export function yearFromCode(code: string): number | null {
  if (!/^\d{4}$/.test(code)) return null;
  const first = Number(code.slice(0, 2));
  const second = Number(code.slice(2));
  if ((first + 1) % 100 !== second) return null;
  return first >= 90 ? 1900 + first : 2000 + first;
}

export const firstDayOf = (year: number): string => `${year}-08-01`;
export const lastDayOf = (year: number): string => `${year + 1}-07-31`;
