// What every generated return shares, whatever its format: its name, when it was prepared, and a
// text stream that respects back-pressure, so a national-size file never sits in memory.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { yearCode } from '../ilr/dates.ts';
import type { ReturnedLearner } from './return-view.ts';

export type ReturnFormat = 'xml' | 'legacy_csv';

/** When the file was prepared: the R14 return in the October after the year closes. */
export interface PreparedAt {
  /** YYYY-MM-DD */
  date: string;
  /** hhmmss */
  time: string;
}

export function preparedAt(year: number, secondsIntoDay: number): PreparedAt {
  const s = Math.max(0, Math.min(86_399, Math.floor(secondsIntoDay)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${year + 1}-10-15`, time: `${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}` };
}

/**
 * The in-year returns a provider may make before its final one (the R14, as at 31 July, prepared as
 * `preparedAt` says): the day each describes and the day it is prepared, as MM-DD of the calendar year
 * the collection year ends in.
 */
export const IN_YEAR_RETURNS = {
  r06: { census: '01-31', prepared: '02-06' },
  r10: { census: '05-31', prepared: '06-05' },
} as const;

/**
 * The first in-year return of a collection year, the R04: as at 30 November, prepared a few days
 * later, as MM-DD of the calendar year the collection year starts in (`ilr generate --in-year-return`).
 */
export const FIRST_IN_YEAR_RETURN = { census: '11-30', prepared: '12-02' } as const;

/** `ILR-<UKPRN>-<YYYY>-<yyyymmdd>-<hhmmss>-<NN>.xml` (validation rule Filename_1; legacy CSV alike). */
export function ilrFileName(ukprn: number, year: number, prepared: PreparedAt, format: ReturnFormat, serial = 1): string {
  const ext = format === 'xml' ? 'xml' : 'csv';
  return `ILR-${ukprn}-${yearCode(year)}-${prepared.date.replaceAll('-', '')}-${prepared.time}-${String(serial).padStart(2, '0')}.${ext}`;
}

export interface ReturnCounts {
  learners: number;
  aims: number;
}

/** One provider's return for one year, written a learner at a time. */
export interface ReturnWriter {
  add(learner: ReturnedLearner): Promise<void>;
  close(): Promise<ReturnCounts>;
}

const FLUSH_AT = 1 << 16;

/**
 * A UTF-8 text file written in order, in chunks of about 64 kB (one stream write per learner would
 * spend more time in the stream than in the generator), waiting whenever the disk falls behind.
 */
export class TextOut {
  private readonly out: WriteStream;
  private pending = '';

  constructor(path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk.length > 0 && !this.out.write(chunk)) await once(this.out, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
