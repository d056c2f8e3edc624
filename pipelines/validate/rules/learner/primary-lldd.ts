// PrimaryLLDD: which LLDD and health problem record is the learner's primary one (2025/26
// catalogue; the agency's Rules/Learner/PrimaryLLDD and its tests). The agency asks for a primary
// record only of a learner with LLDDHealthProb 1, and not when every record is category 98 (prefer
// not to say) or 99 (not provided).
import { isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { learnerRule, num, rowsOf, type Rule } from '../../rule.ts';
import { earliestStart } from './learner-facts.ts';

const records = (rows: Parameters<typeof rowsOf>[0]): readonly Row[] => rowsOf(rows, 'llddandhealthproblem');
const notSaid = (r: Row): boolean => num(r.lldd_cat) === 98 || num(r.lldd_cat) === 99;
const isPrimary = (r: Row): boolean => num(r.primary_lldd) === 1;
const AUGUST_2015 = isoToDays('2015-08-01') as number;
const FIX_ONE = 'Mark exactly one of the learner’s LLDD and health problem records as the primary one (PrimaryLLDD 1).';

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'PrimaryLLDD_01',
    field: 'PrimaryLLDD',
    reads: ['lldd_health_prob'],
    message: 'The Primary LLDD and health problem is not recorded on one of the LLDD and health problem records',
    fix: FIX_ONE,
    test: ({ learner, rows, aims }) => {
      const list = records(rows);
      if (num(learner.lldd_health_prob) !== 1 || list.length === 0 || list.every(notSaid) || list.some(isPrimary)) return null;
      const first = earliestStart(aims);
      return first !== null && first >= AUGUST_2015 ? 'None of the learner’s LLDD and health problem records is marked as the primary one (PrimaryLLDD 1).' : null;
    },
  }),
  learnerRule({
    id: 'PrimaryLLDD_02',
    field: 'PrimaryLLDD',
    reads: ['primary_lldd'],
    message: 'The Primary LLDD and health problem is not a valid code',
    fix: 'PrimaryLLDD is 1 on the primary record and left out on the others: correct the value in your MIS.',
    test: ({ rows }) => {
      const bad = records(rows).find((r) => num(r.primary_lldd) !== null && !isPrimary(r));
      return bad ? { message: `PrimaryLLDD ${num(bad.primary_lldd)} is not a valid code (only 1 is).`, value: String(num(bad.primary_lldd)) } : null;
    },
  }),
  learnerRule({
    id: 'PrimaryLLDD_03',
    field: 'PrimaryLLDD',
    reads: ['primary_lldd'],
    message: 'There must only be one Primary LLDD and Health problem record',
    fix: FIX_ONE,
    test: ({ rows }) => {
      const n = records(rows).filter(isPrimary).length;
      return n > 1 ? { message: `${n} LLDD and health problem records are marked as primary; only one may be.`, value: '1' } : null;
    },
  }),
  learnerRule({
    id: 'PrimaryLLDD_04',
    field: 'PrimaryLLDD',
    reads: ['primary_lldd'],
    message: 'The Primary LLDD and health problem is not recorded',
    fix: 'The learner has one LLDD and health problem record: mark it as the primary one (PrimaryLLDD 1).',
    test: ({ learner, rows }) => {
      const list = records(rows);
      const only = list[0];
      return num(learner.lldd_health_prob) === 1 && list.length === 1 && only && !notSaid(only) && num(only.primary_lldd) === null
        ? { message: 'The learner’s only LLDD and health problem record is not marked as the primary one (PrimaryLLDD 1).', value: null }
        : null;
    },
  }),
];
