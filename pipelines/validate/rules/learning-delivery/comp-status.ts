// CompStatus: whether the learner is continuing, completed, withdrawn or on a break (2025/26
// catalogue; the agency's Rules/LearningDelivery/CompStatus). Where a rule's exclusions changed
// between years it is declared once per definition (the agency's 2018/19 and 2020/21 code, the
// 2025/26 catalogue).
import { isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, XML_ONLY, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { CONTEXT, aimRef, isBootcamp, isFm36OrStandard, isFm36Standard, isStandard, isStandardProgramme, never, returns } from './programmes.ts';

const BOOTCAMP_EVENTS = ['Z0059747', 'Z0059748', 'Z0059749'];

export const COMP_STATUSES = [1, 2, 3, 6] as const;
const AUGUST_2019 = isoToDays('2019-08-01') as number;

/** CompStatus_02 as defined in `years`, not raised on the aims `excluded` names. */
const compStatus02 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'CompStatus_02',
    years,
    field: 'CompStatus',
    reads: ['comp_status', 'learn_act_end_date', ...CONTEXT],
    message: 'The Learning actual end date must not be returned for this Completion status',
    fix: 'If the learner has finished or left, change the completion status to 2 (completed), 3 (withdrawn) or 6 (break); if they are still learning, remove the actual end date.',
    test: (f) =>
      returns(f, 'learn_act_end_date') && num(f.aim.comp_status) === 1 && !excluded(f)
        ? 'An actual end date is returned, so CompStatus must not be 1 (continuing).'
        : null,
  });

const compStatus05 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'CompStatus_05',
    years,
    field: 'Outcome',
    reads: ['comp_status', 'outcome', ...CONTEXT],
    message: 'The Completion status is not valid for this Outcome',
    fix: 'A continuing aim has no outcome yet: remove the outcome, or, if the learner has finished, set the completion status and actual end date.',
    test: (f) =>
      num(f.aim.comp_status) === 1 && returns(f, 'outcome') && !excluded(f)
        ? `The aim is continuing (CompStatus 1) but has Outcome ${num(f.aim.outcome)}; a continuing aim has no outcome yet.`
        : null,
  });

export const rules: readonly Rule[] = [
  codeListRule('CompStatus_01', 'CompStatus', 'comp_status', COMP_STATUSES, 'Completion status', XML_ONLY),
  compStatus02(AS_IN_2018_19, never),
  compStatus02(AS_IN_2020_21, isFm36OrStandard),
  compStatus02(AS_IN_2025_26, isStandardProgramme),
  aimRule({
    id: 'CompStatus_03',
    field: 'CompStatus',
    reads: ['comp_status', 'learn_act_end_date'],
    message: 'The Learning actual end date must be returned for this Completion status',
    fix: 'Enter the date the learner finished or left (the actual end date), or set the completion status back to 1 if they are still learning.',
    test: (f) =>
      !returns(f, 'learn_act_end_date') && num(f.aim.comp_status) !== 1
        ? `CompStatus is ${num(f.aim.comp_status)} but no actual end date is returned; only continuing aims (1) may have none.`
        : null,
  }),
  aimRule({
    id: 'CompStatus_04',
    field: 'Outcome',
    reads: ['comp_status', 'outcome'],
    message: 'The Outcome must be returned for this completion status',
    fix: 'Record the outcome (1 achieved, 2 partial, 3 no achievement, 8 not yet known) for an aim that is no longer continuing.',
    test: (f) =>
      !returns(f, 'outcome') && num(f.aim.comp_status) !== 1
        ? `CompStatus is ${num(f.aim.comp_status)} but no Outcome is returned; only continuing aims (1) may have none.`
        : null,
  }),
  compStatus05(AS_IN_2018_19, never),
  compStatus05(AS_IN_2020_21, isFm36Standard),
  compStatus05(AS_IN_2025_26, (f) => isStandard(f) || isBootcamp(f)),
  aimRule({
    id: 'CompStatus_06',
    field: 'CompStatus',
    reads: ['comp_status', 'outcome'],
    message: 'The Completion status is not valid for this Outcome',
    fix: 'A learner who withdrew or is on a break cannot have achieved: correct the completion status (2 if they completed) or the outcome (3 no achievement).',
    test: (f) => {
      const [comp, outcome] = [num(f.aim.comp_status), num(f.aim.outcome)];
      if (isBootcamp(f) || (comp !== 3 && comp !== 6) || (outcome !== 1 && outcome !== 8)) return null;
      return `CompStatus ${comp} (${comp === 3 ? 'withdrawn' : 'break in learning'}) cannot have Outcome ${outcome} (${outcome === 1 ? 'achieved' : 'complete, outcome not yet known'}).`;
    },
  }),
  // FM36 standard programme aims with an achievement date have completed (CompStatus 2); FM99
  // standards are not in it (the agency's code and the 2025/26 catalogue both say FundModel 36).
  aimRule({
    id: 'CompStatus_07',
    years: SINCE_2019_20,
    field: 'CompStatus',
    reads: ['comp_status', 'ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The completion status has not been returned',
    fix: 'The apprenticeship has an achievement date, so it has completed: set the completion status to 2.',
    test: (f) => {
      const end = num(f.aim.learn_act_end_date);
      return isFm36Standard(f) && num(f.aim.aim_type) === 1 && returns(f, 'ach_date') && end !== null && end >= AUGUST_2019 && num(f.aim.comp_status) !== 2
        ? `The apprenticeship standard programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
        : null;
    },
  }),
  aimRule({
    id: 'CompStatus_08',
    years: SINCE_2021_22,
    field: 'CompStatus',
    reads: ['comp_status', 'ach_date', ...CONTEXT],
    message: 'The completion status has not been returned',
    fix: 'The Skills Bootcamp has an achievement date, so it has completed: set the completion status to 2.',
    test: (f) =>
      isBootcamp(f) && num(f.aim.aim_type) === 1 && returns(f, 'ach_date') && num(f.aim.comp_status) !== 2
        ? `The Skills Bootcamp programme aim has an achievement date, so CompStatus must be 2 (completed), not ${num(f.aim.comp_status)}.`
        : null,
  }),
  aimRule({
    id: 'CompStatus_09',
    years: SINCE_2021_22,
    severity: 'warning',
    field: 'CompStatus',
    reads: ['comp_status', 'learn_aim_ref'],
    message: "The completion status should be' The learner has completed the learning activities leading to the learning aim'",
    fix: 'A Skills Bootcamp event aim lasts a day and is complete when recorded: set its completion status to 2.',
    test: (f) =>
      BOOTCAMP_EVENTS.includes(aimRef(f)) && num(f.aim.comp_status) !== 2
        ? `The Skills Bootcamp event aim ${String(f.aim.learn_aim_ref)} has CompStatus ${num(f.aim.comp_status)}, not 2 (completed).`
        : null,
  }),
];
