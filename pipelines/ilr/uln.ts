// ULN check digit, derived item DD01 of the ILR validation rules (shared/domain/ilr-reference.md §3):
// weights 10..2 on digits 1–9, r = sum mod 11; r = 0 is invalid, else the check digit is 10 − r.
// 9999999999 is the temporary ULN and always passes DD01.

export const TEMPORARY_ULN = '9999999999';

export type Dd01 = 'Y' | 'N' | number;

export function dd01(uln: string): Dd01 {
  if (uln === TEMPORARY_ULN) return 'Y';
  if (!/^\d{10}$/.test(uln)) return 'N';
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(uln[i]) * (10 - i);
  const r = sum % 11;
  return r === 0 ? 'N' : 10 - r;
}

/** ULN_04: the ULN fails its checksum. */
export function isUlnChecksumValid(uln: string): boolean {
  const derived = dd01(uln);
  if (derived === 'Y') return true;
  if (derived === 'N') return false;
  return derived % 10 === Number(uln[9]);
}

/** Completes nine digits (first non-zero) into a valid ULN, or null when r = 0 makes none. */
export function withCheckDigit(first9: string): string | null {
  const derived = dd01(`${first9}0`);
  if (derived === 'N' || derived === 'Y') return null;
  return `${first9}${derived % 10}`;
}
