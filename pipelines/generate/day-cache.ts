// Day numbers ↔ ISO dates for the generator's hot loop: the same few thousand days are formatted
// millions of times, so each is formatted once. Funding-year bounds likewise.
import { daysToIso, firstDayOf, isoToDays, lastDayOf } from '../ilr/dates.ts';

const isoByDay = new Map<number, string>();

export function isoOf(day: number): string {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = daysToIso(day);
    isoByDay.set(day, iso);
  }
  return iso;
}

const bounds = new Map<number, { first: number; last: number }>();

/** First and last day (1 August, 31 July) of a funding year, as day numbers. */
export function yearBounds(year: number): { first: number; last: number } {
  let b = bounds.get(year);
  if (b === undefined) {
    b = { first: isoToDays(firstDayOf(year)) ?? 0, last: isoToDays(lastDayOf(year)) ?? 0 };
    bounds.set(year, b);
  }
  return b;
}
