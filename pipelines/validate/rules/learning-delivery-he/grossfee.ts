// GROSSFEE: gross tuition fee (2025/26 catalogue; the agency's Rules/HE/GROSSFEE). GROSSFEE_03's
// ceiling is £30,000 in the agency's 2018/19 and 2020/21 code (used to 2024/25) and £9,535 in the
// 2025/26 catalogue.
import { AS_IN_2025_26, num, type AimRule, type Years } from '../../rule.ts';
import { heRule } from './he-facts.ts';

const ceiling = (years: Years, max: number): AimRule =>
  heRule({
    id: 'GROSSFEE_03',
    years,
    severity: 'warning',
    field: 'GROSSFEE',
    reads: ['grossfee'],
    message: 'The Gross tuition fee must not be greater than £9535',
    fix: `Check the gross tuition fee: more than £${max.toLocaleString('en-GB')} for the year is above the ceiling. Correct it if it was keyed wrongly.`,
    test: (he) => {
      const fee = num(he.grossfee);
      return fee !== null && fee > max ? `The gross tuition fee £${fee} is more than £${max}.` : null;
    },
  });

export const rules: readonly AimRule[] = [
  heRule({
    id: 'GROSSFEE_01',
    field: 'GROSSFEE',
    reads: ['grossfee', 'netfee'],
    message: 'The Gross tuition fee must be returned for this learning aim',
    fix: 'The net tuition fee is recorded, so record the gross tuition fee (before any waiver or discount) in the aim’s HE data too.',
    test: (he) => (num(he.netfee) !== null && num(he.grossfee) === null ? `The net tuition fee (£${num(he.netfee)}) is returned and the gross tuition fee is not.` : null),
  }),
  heRule({
    id: 'GROSSFEE_02',
    field: 'GROSSFEE',
    reads: ['grossfee', 'netfee'],
    message: 'The Gross tuition fee must be equal to or greater than the Net tuition fee',
    fix: 'The gross tuition fee is the fee before any waiver or discount, so it cannot be less than the net fee: correct one of them.',
    test: (he) => {
      const gross = num(he.grossfee);
      const net = num(he.netfee);
      return gross !== null && net !== null && gross < net ? `The gross tuition fee £${gross} is less than the net tuition fee £${net}.` : null;
    },
  }),
  ceiling({ from: null, to: 2024 }, 30_000),
  ceiling(AS_IN_2025_26, 9535),
];
