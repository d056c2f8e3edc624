// NETFEE: net tuition fee (2025/26 catalogue; the agency's Rules/HE/NETFEE). NETFEE_02's ceiling is
// £9,000 in the agency's 2018/19 and 2020/21 code (used to 2024/25) and £9,535 in the 2025/26 catalogue.
import { AS_IN_2025_26, num, type AimRule, type Years } from '../../rule.ts';
import { day, heRule, startOf, text } from './he-facts.ts';

const AUGUST_2012 = day('2012-08-01');

const ceiling = (years: Years, max: number): AimRule =>
  heRule({
    id: 'NETFEE_02',
    years,
    severity: 'warning',
    field: 'NETFEE',
    reads: ['netfee'],
    message: 'The Net tuition fee should not be greater than £9535',
    fix: `Check the net tuition fee: more than £${max.toLocaleString('en-GB')} for the year is above the fee cap. Correct it if it was keyed wrongly.`,
    test: (he) => {
      const fee = num(he.netfee);
      return fee !== null && fee > max ? `The net tuition fee £${fee} is more than £${max}.` : null;
    },
  });

export const rules: readonly AimRule[] = [
  heRule({
    id: 'NETFEE_01',
    field: 'NETFEE',
    reads: ['netfee', 'ssn'],
    message: 'The Net tuition fee must be returned for this learning aim',
    fix: 'A learner with no student support number (SSN) needs the net tuition fee in the aim’s HE data: record NETFEE (or the SSN, if the learner has one).',
    test: (he, f) =>
      startOf(f) >= AUGUST_2012 && text(he, 'ssn') === null && num(he.netfee) === null
        ? 'The aim started on or after 2012-08-01, its HE record has no student support number and no net tuition fee.'
        : null,
  }),
  ceiling({ from: null, to: 2024 }, 9000),
  ceiling(AS_IN_2025_26, 9535),
];
