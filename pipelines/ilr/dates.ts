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

/** Year, month (1–12) and day of a day number: the inverse of isoToDays (Hinnant's civil-from-days). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

const daysFromCivil = (y: number, m: number, d: number): number =>
  isoToDays(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) as number;

/**
 * The same day N months later (or earlier, N < 0) as the agency's validation service counts it
 * (.NET DateTime.AddMonths): a day the target month does not have becomes its last day, so
 * 31 January + 1 month = 28 (or 29) February, never 3 March.
 */
export function addMonths(days: number, months: number): number {
  const { y, m, d } = civilFromDays(days);
  const index = y * 12 + (m - 1) + months;
  const [ty, tm] = [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
  const last = tm === 2 && isLeap(ty) ? 29 : (DAYS_IN_MONTH[tm - 1] as number);
  return daysFromCivil(ty, tm, Math.min(d, last));
}

/** N years later as the agency counts it (.NET AddYears): 29 February + 10 years = 28 February. */
export const addYears = (days: number, years: number): number => addMonths(days, years * 12);

/**
 * Whole years from `start` to `end`, as the agency's DateTimeQueryService.YearsBetween: the
 * difference of the calendar years, less one when `end` falls before `start` moved on that many
 * years. So 29 February 2016 to 28 February 2026 is 10 years.
 */
export function yearsBetween(start: number, end: number): number {
  const years = civilFromDays(end).y - civilFromDays(start).y;
  return end < addYears(start, years) ? years - 1 : years;
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
