// The file preparation date decides which of a provider's returns for a year is the latest, so a
// return whose date is wrong would silently outrank (or never outrank) the others. It is checked
// before anything is loaded, and a file whose date cannot be trusted is refused with the reason.
import { isoToDays, yearLabel } from '../ilr/dates.ts';
import { FileFault } from './xml/read-ilr-xml.ts';

/** Today as YYYY-MM-DD (the machine's clock, UTC); ILR_TODAY=YYYY-MM-DD sets it for tests. */
export const today = (): string => process.env.ILR_TODAY ?? new Date().toISOString().slice(0, 10);

/**
 * The ISO date a return was prepared on, or null when the file does not say (a legacy CSV whose
 * name carries no date). Refused: a date that cannot be read (not YYYY-MM-DD, or no such day), a
 * date after today (the agency's Header_2), and one outside the collection year's window — from
 * 1 January of its first calendar year (providers prepare test returns before August) to
 * 31 December after it closes (the last return, R14, is made in October).
 */
export function checkPreparedOn(text: string | null, collectionYear: number, now: string = today()): string | null {
  if (text === null || text.trim() === '') return null;
  // xs:date may carry a time zone (2026-10-15Z, 2026-10-15+01:00): the day is what counts.
  const date = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text.trim())?.[1] ?? null;
  if (date === null || isoToDays(date) === null) {
    throw new FileFault(
      `The file preparation date "${text}" is not a date the ILR allows (YYYY-MM-DD, a real day), so this return cannot be ranked against the provider's other returns; correct it and send the file again.`,
    );
  }
  if (date > now) {
    throw new FileFault(`The file preparation date ${date} is after today (${now}) (Header_2); correct it and send the file again.`);
  }
  const first = `${collectionYear}-01-01`;
  const last = `${collectionYear + 1}-12-31`;
  if (date < first || date > last) {
    throw new FileFault(
      `The file preparation date ${date} is outside the window of a ${yearLabel(collectionYear)} return (${first} to ${last}), so it cannot be ranked against the provider's other returns; correct it and send the file again.`,
    );
  }
  return date;
}
