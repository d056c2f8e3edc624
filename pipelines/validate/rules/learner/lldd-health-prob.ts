// LLDDHealthProb: whether the learner considers they have a learning difficulty, disability or
// health problem (1 yes, 2 no, 9 no information), and the LLDDandHealthProblem records that go with
// it (2025/26 catalogue; the agency's Rules/Learner/LLDDHealthProb and its tests).
import { learnerRule, num, rowsOf, type Rule } from '../../rule.ts';
import { ageOn, earliestStart } from './learner-facts.ts';
import { learnerCodeList } from './code-list.ts';

const records = 'llddandhealthproblem';
const FIX_ADD = 'Add the learner’s LLDD and health problem record(s), with their category, or correct LLDDHealthProb if the learner does not consider they have one.';

export const rules: readonly Rule[] = [
  learnerCodeList({
    id: 'LLDDHealthProb_01',
    field: 'LLDDHealthProb',
    column: 'lldd_health_prob',
    codes: [1, 2, 9],
    message: 'The LLDD and health problem is not a valid code',
    inWords: 'learning difficulty, disability or health problem (LLDDHealthProb)',
  }),
  learnerRule({
    id: 'LLDDHealthProb_04',
    field: 'LLDDHealthProb',
    reads: ['lldd_health_prob'],
    message:
      'The LLDD and Health Problem record has been returned and the learner does not consider himself or herself to have a learning difficulty and/or disability or health problem',
    fix: 'Remove the LLDD and health problem records, or set LLDDHealthProb to 1 if the learner does consider they have a learning difficulty, disability or health problem.',
    test: ({ learner, rows }) =>
      num(learner.lldd_health_prob) === 2 && rowsOf(rows, records).length > 0
        ? 'The learner does not consider they have a learning difficulty, disability or health problem (LLDDHealthProb 2), but LLDD and health problem records are returned.'
        : null,
  }),
  // The agency's LLDDHealthProb_06Rule: not for a learner with any community learning aim (FM10, or FM99 with SOF 108), nor one 25 or over at their first start (DD06).
  learnerRule({
    id: 'LLDDHealthProb_06',
    field: 'LLDDHealthProb',
    reads: ['lldd_health_prob'],
    message:
      'The LLDD and Health Problem record has not been returned and the learner does consider himself or herself to have a learning difficulty and/or disability or health problem',
    fix: FIX_ADD,
    test: ({ learner, rows, aims }) => {
      if (num(learner.lldd_health_prob) !== 1 || rowsOf(rows, records).length > 0) return null;
      if (aims.some(({ aim, fams }) => num(aim.fund_model) === 10 || (num(aim.fund_model) === 99 && fams.has('SOF:108')))) return null;
      const first = earliestStart(aims);
      const age = first === null ? null : ageOn(learner, first);
      if (age !== null && age >= 25) return null;
      return 'The learner considers they have a learning difficulty, disability or health problem (LLDDHealthProb 1), but no LLDD and health problem record is returned.';
    },
  }),
  // The agency's LLDDHealthProb_07Rule: every aim community learning (FM10, or FM99 with only SOF 108 monitoring) and more than 10 planned hours.
  learnerRule({
    id: 'LLDDHealthProb_07',
    field: 'LLDDHealthProb',
    reads: ['lldd_health_prob'],
    message:
      'The LLDD and Health Problem record has not been returned and the learner does consider himself or herself to have a learning difficulty and/or disability or health problem',
    fix: FIX_ADD,
    test: ({ learner, rows, aims }) => {
      if ((num(learner.plan_learn_hours) ?? -1) <= 10 || num(learner.lldd_health_prob) !== 1 || rowsOf(rows, records).length > 0) return null;
      if (aims.length === 0 || aims.some(({ aim }) => num(aim.fund_model) !== 10 && num(aim.fund_model) !== 99)) return null;
      const first = earliestStart(aims);
      // Without a date of birth the agency counts the learner as over 25 (DateTime.MaxValue): excluded.
      const age = first === null ? null : ageOn(learner, first);
      if (age === null || age >= 25) return null;
      // An FM99 aim with any monitoring other than SOF 108 is not community learning.
      if (aims.some(({ aim, fams }) => num(aim.fund_model) === 99 && [...fams].some((f) => f !== 'SOF:108'))) return null;
      return `The learner considers they have a learning difficulty, disability or health problem (LLDDHealthProb 1) and plans ${num(learner.plan_learn_hours)} hours of community learning, but no LLDD and health problem record is returned.`;
    },
  }),
];
