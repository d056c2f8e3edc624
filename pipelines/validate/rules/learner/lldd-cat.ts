// LLDDCat: the category of each LLDD and health problem record (2025/26 catalogue; the agency's
// Rules/Learner/LLDDCat). Categories 1–3 were valid to 31 July 2015 and 15 (Asperger's) to
// 31 July 2025 (shared/domain/ilr-reference.md §1a.5); LLDDCat_02 holds the learner's earliest
// start (DD06) to those dates.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import { learnerRule, num, rowsOf, type Rule } from '../../rule.ts';
import { earliestStart } from './learner-facts.ts';
import { range } from './code-list.ts';

const CATEGORIES = new Set([...range(1, 17), ...range(93, 99)]);
const VALID_TO = new Map<number, number>([
  [1, isoToDays('2015-07-31') as number],
  [2, isoToDays('2015-07-31') as number],
  [3, isoToDays('2015-07-31') as number],
  [15, isoToDays('2025-07-31') as number],
]);

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'LLDDCat_01',
    field: 'LLDDCat',
    reads: ['lldd_cat'],
    message: 'The LLDD and health problem category is not a valid code',
    fix: 'Choose the learner’s LLDD and health problem category from the ILR specification’s list (4–17, 93–99) in your MIS.',
    test: ({ rows }) => {
      const bad = rowsOf(rows, 'llddandhealthproblem').find((r) => num(r.lldd_cat) !== null && !CATEGORIES.has(num(r.lldd_cat) as number));
      return bad ? { message: `LLDD category ${num(bad.lldd_cat)} is not a valid code.`, value: String(num(bad.lldd_cat)) } : null;
    },
  }),
  learnerRule({
    id: 'LLDDCat_02',
    field: 'LLDDCat',
    reads: ['lldd_cat'],
    message: 'The LLDD and health problem category is not valid for this start date',
    fix: 'The category was withdrawn before the learner started: record the learner’s difficulty, disability or health problem under one of the current categories.',
    test: ({ rows, aims }) => {
      const first = earliestStart(aims);
      if (first === null) return null;
      for (const r of rowsOf(rows, 'llddandhealthproblem')) {
        const to = VALID_TO.get(num(r.lldd_cat) ?? -1);
        if (to !== undefined && first > to)
          return { message: `LLDD category ${num(r.lldd_cat)} was valid to ${daysToIso(to)}; the learner first started ${daysToIso(first)}.`, value: String(num(r.lldd_cat)) };
      }
      return null;
    },
  }),
];
