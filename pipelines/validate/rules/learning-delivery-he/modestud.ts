// MODESTUD: mode of study (2025/26 catalogue; the agency's Rules/HE/MODESTUD). Codes as the
// agency's ILR_ModeStud lookup lists them: 1 full-time and sandwich, 2 sandwich year out, 3 part-time,
// 99 not in HESES population.
import { num, type AimRule } from '../../rule.ts';
import { day, heCodeList, heRule, startOf } from './he-facts.ts';

const AUGUST_2009 = day('2009-08-01');

export const rules: readonly AimRule[] = [
  heCodeList({ id: 'MODESTUD_01', field: 'MODESTUD', column: 'modestud', codes: [1, 2, 3, 99], message: 'The Mode of study is not a valid code', inWords: 'mode of study (MODESTUD)' }),
  heRule({
    id: 'MODESTUD_03',
    field: 'MODESTUD',
    reads: ['modestud', 'specfee'],
    message: 'The Mode of study is not valid for this Special fee indicator',
    fix: 'The final year of a full-time course lasting less than 24 weeks (SPECFEE 4 or 5) is part-time study: set the mode of study to 3 (part-time), or correct the special fee indicator.',
    test: (he, f) => {
      const specfee = num(he.specfee);
      return startOf(f) >= AUGUST_2009 && (specfee === 4 || specfee === 5) && num(he.modestud) !== 3
        ? `Special fee indicator ${specfee} needs mode of study 3 (part-time); the mode is ${num(he.modestud) ?? 'missing'}.`
        : null;
    },
  }),
];
