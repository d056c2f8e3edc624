// Dates as the ILR counts them (shared/domain/measures.md, "Conventions"). Dates are handled as
// ISO strings (YYYY-MM-DD) or as whole days since 1970-01-01 (how DuckDB stores DATE).

const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/**
 * Whole days since the epoch for an ISO date, or null if it is not a real calendar date. Called
 * for every date of every record, so it counts days by arithmetic (the civil-from-days method of
 * H. Hinnant's "chrono-compatible low-level date algorithms") instead of building Date objects.
 */
export function isoToDays(iso: string): number | null {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(m >= 1 && m <= 12 && d >= 1)) return null; // NaN fails too
  if (d > (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number))) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
