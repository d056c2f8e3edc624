import { describe, expect, it } from 'vitest';
import { dd01, isUlnChecksumValid, withCheckDigit } from '../../pipelines/ilr/uln.ts';

// Worked examples from shared/domain/ilr-reference.md §3 (weights 10..2, r = sum mod 11, 10 − r).
describe('ULN check digit (DD01, rule ULN_04)', () => {
  it.each([
    ['1000000043', true], // 1·10 + 4·2 = 18, r = 7, 10 − 7 = 3 = d10
    ['1000000042', false], // same sum, d10 = 2 ≠ 3
    ['1000000063', false], // 10 + 6·2 = 22, r = 0: invalid whatever d10
    ['1061484016', true], // sum 147, r = 4, check 6
    ['1061485810', true], // sum 175, r = 10, check 0
    ['1004014316', true], // sum 70, r = 4, check 6
    ['1061484935', false], // ESFA's own 2025/26 sample: sum 178, r = 2, check 8 ≠ 5
    ['1234567890', false], // sum 210, r = 1, check 9 ≠ 0
    ['9999999999', true], // temporary ULN always passes DD01
    ['123456789', false], // not ten digits
  ])('%s → %s', (uln, valid) => {
    expect(isUlnChecksumValid(uln)).toBe(valid);
  });

  it('derives N for r = 0 and Y for the temporary ULN', () => {
    expect(dd01('1000000063')).toBe('N');
    expect(dd01('9999999999')).toBe('Y');
    expect(dd01('1000000043')).toBe(3);
  });

  it('completes nine digits into a valid ULN, or none when r = 0', () => {
    expect(withCheckDigit('100000004')).toBe('1000000043');
    expect(withCheckDigit('100000006')).toBeNull();
  });
});
