// Options several commands share, declared once.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_WAREHOUSE } from '../warehouse/open.ts';

export const warehouseOption = () =>
  new Option('--warehouse <file>', 'the DuckDB warehouse file').default(DEFAULT_WAREHOUSE);

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

/** `2018-2025` or `2025` → first and last funding year (first calendar year of each). */
export function yearRange(value: string): { first: number; last: number } {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
  if (!m) throw new InvalidArgumentError('expected a year or a range such as 2018-2025');
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : first;
  if (last < first) throw new InvalidArgumentError('the range must run forwards, e.g. 2018-2025');
  return { first, last };
}
