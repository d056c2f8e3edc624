// Outcome: what the learner achieved on the aim (2025/26 catalogue; the agency's
// Rules/LearningDelivery/Outcome). Where a rule's exclusions changed between years it is declared
// once per definition.
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, XML_ONLY, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { CONTEXT, isBootcamp, isFm36OrStandard, isFm36Standard, isStandardProgramme, never, returns } from './programmes.ts';

export const OUTCOMES = [1, 2, 3, 8] as const;

const outcome04 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'Outcome_04',
    years,
    field: 'Outcome',
    reads: ['outcome', 'ach_date', ...CONTEXT],
    message: 'The Achievement date must not be returned for this Outcome',
    fix: 'Only an achieved aim (Outcome 1) has an achievement date: set the outcome to 1 if the learner achieved, otherwise remove the achievement date.',
    test: (f) =>
      returns(f, 'ach_date') && num(f.aim.outcome) !== 1 && !excluded(f)
        ? `An achievement date is returned, so the Outcome must be 1 (achieved), not ${num(f.aim.outcome) ?? 'empty'}.`
        : null,
  });

const outcome09 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'Outcome_09',
    years,
    field: 'CompStatus',
    reads: ['outcome', 'comp_status', ...CONTEXT],
    message: 'The Completion status is not valid for this Outcome',
    fix: 'Outcome 8 (result not yet known) is for learners who completed: set the completion status to 2, or record the outcome the learner actually had.',
    test: (f) =>
      num(f.aim.outcome) === 8 && num(f.aim.comp_status) !== 2 && !excluded(f)
        ? `The Outcome is 8 (complete, outcome not yet known) so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
        : null,
  });

const FIX_END_DATE = 'Enter the date the learner finished or left (the actual end date), or remove the outcome if they are still learning.';

export const rules: readonly Rule[] = [
  codeListRule('Outcome_01', 'Outcome', 'outcome', OUTCOMES, 'Outcome', XML_ONLY),
  outcome04(AS_IN_2018_19, never),
  outcome04({ from: 2019, to: null }, isFm36Standard),
  aimRule({
    id: 'Outcome_05',
    field: 'LearnActEndDate',
    reads: ['outcome', 'learn_act_end_date', ...CONTEXT],
    message: 'The Learning actual end date must be returned for this Outcome',
    fix: FIX_END_DATE,
    test: (f) =>
      num(f.aim.outcome) === 1 && !returns(f, 'learn_act_end_date') && !isBootcamp(f)
        ? 'The Outcome is 1 (achieved) but no actual end date is returned.'
        : null,
  }),
  outcome09(AS_IN_2018_19, never),
  outcome09(AS_IN_2020_21, isFm36OrStandard),
  outcome09(AS_IN_2025_26, (f) => isStandardProgramme(f) || isBootcamp(f)),
  aimRule({
    id: 'Outcome_10',
    years: SINCE_2019_20,
    field: 'CompStatus',
    reads: ['outcome', 'comp_status'],
    message: 'The Completion status is not valid for this Outcome',
    fix: 'A learner with no achievement (Outcome 3) has finished or left: set the completion status and the actual end date, or remove the outcome if they are still learning.',
    test: (f) =>
      num(f.aim.outcome) === 3 && num(f.aim.comp_status) === 1
        ? 'The Outcome is 3 (no achievement) so the aim cannot be continuing (CompStatus 1).'
        : null,
  }),
  // Outcome 1 without an end date breaks Outcome_05 as well: both are reported, as the agency does.
  aimRule({
    id: 'Outcome_11',
    years: SINCE_2021_22,
    field: 'LearnActEndDate',
    reads: ['outcome', 'learn_act_end_date', ...CONTEXT],
    message: 'If an outcome code has been returned an actual end date must be returned',
    fix: FIX_END_DATE,
    test: (f) =>
      returns(f, 'outcome') && !returns(f, 'learn_act_end_date') && !isBootcamp(f)
        ? `An Outcome (${num(f.aim.outcome)}) is returned, so an actual end date must be returned too.`
        : null,
  }),
  // New in the 2025/26 catalogue (version 3).
  aimRule({
    id: 'Outcome_12',
    years: AS_IN_2025_26,
    field: 'Outcome',
    reads: ['outcome', 'learn_act_end_date'],
    message: 'If the Learning Actual End Date has been returned then the Outcome must be returned',
    fix: 'Record the outcome (1 achieved, 2 partial, 3 no achievement, 8 not yet known) for an aim that has ended.',
    test: (f) =>
      returns(f, 'learn_act_end_date') && !returns(f, 'outcome')
        ? 'An actual end date is returned, so an Outcome must be returned too (new in 2025/26).'
        : null,
  }),
];
