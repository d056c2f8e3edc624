// TYPEYR: type of instance year (2025/26 catalogue; the agency's Rules/HE/TYPEYR). Codes as the
// agency's ILR_TypeYr lookup lists them: 1 contained within 1 August – 31 July, 2 not contained,
// 3 commencing, 4 mid-way, 5 finishing a year of instance that runs across reporting periods.
import { daysToIso, fundingYear } from '../../../ilr/dates.ts';
import { num, type AimRule } from '../../rule.ts';
import { day, heCodeList, heRule, startOf } from './he-facts.ts';

const AUGUST_2009 = day('2009-08-01');
const yearOf = (days: number): number => fundingYear(daysToIso(days));

export const rules: readonly AimRule[] = [
  heCodeList({ id: 'TYPEYR_01', field: 'TYPEYR', column: 'typeyr', codes: [1, 2, 3, 4, 5], message: 'The Type of instance year is not a valid code', inWords: 'type of instance year (TYPEYR)' }),
  // The agency's TYPEYR_02Rule: the start and the actual end in the same teaching year (1 August –
  // 31 July), the year of instance completed (FUNDCOMP 1), and TYPEYR not 1. No actual end: nothing.
  heRule({
    id: 'TYPEYR_02',
    field: 'TYPEYR',
    reads: ['typeyr', 'fundcomp', 'learn_start_date', 'learn_act_end_date'],
    message: 'The Type of instance year is not valid for this Completion of year of instance',
    fix: 'A year of instance that started and ended in the same teaching year and was completed (FUNDCOMP 1) is contained within the year: set the type of instance year to 1.',
    test: (he, f) => {
      const start = startOf(f);
      const end = num(f.aim.learn_act_end_date);
      if (end === null || start < AUGUST_2009 || num(he.fundcomp) !== 1 || num(he.typeyr) === 1) return null;
      return yearOf(start) === yearOf(end)
        ? `The aim started and ended in the same teaching year and its year of instance was completed (FUNDCOMP 1), but TYPEYR is ${num(he.typeyr) ?? 'missing'}, not 1.`
        : null;
    },
  }),
];
