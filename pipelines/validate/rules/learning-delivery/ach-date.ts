// AchDate: the date the learner achieved the aim (2025/26 catalogue; the agency's Rules/LearningDelivery/AchDate).
import { daysToIso as iso } from '../../../ilr/dates.ts';
import { aimRule, num, type Rule } from '../../rule.ts';
import { CONTEXT, isBootcamp, returns } from './programmes.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'AchDate_03',
    field: 'AchDate',
    reads: ['ach_date', 'learn_start_date', ...CONTEXT],
    message: 'The Achievement date must not be before the Learning start date',
    fix: 'Check the achievement date and the start date: one of them is mistyped.',
    test: (f) => {
      const [ach, start] = [num(f.aim.ach_date), num(f.aim.learn_start_date)];
      return ach !== null && start !== null && ach < start && !isBootcamp(f)
        ? `The achievement date ${iso(ach)} is before the start date ${iso(start)}.`
        : null;
    },
  }),
  aimRule({
    id: 'AchDate_04',
    field: 'LearnActEndDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The Learning actual end date must be returned for this Achievement date',
    fix: 'Enter the date the learner finished (the actual end date) for an aim they have achieved.',
    test: (f) =>
      returns(f, 'ach_date') && !returns(f, 'learn_act_end_date') && !isBootcamp(f)
        ? 'An achievement date is returned, so the actual end date must be returned too.'
        : null,
  }),
  // An achievement date before the start is usually before the end too: AchDate_03 and this both fire.
  aimRule({
    id: 'AchDate_05',
    field: 'AchDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The Achievement date must be after the Learning actual end date',
    fix: 'The achievement date is the day the award was confirmed, on or after the actual end date: correct whichever date is wrong.',
    test: (f) => {
      const [ach, end] = [num(f.aim.ach_date), num(f.aim.learn_act_end_date)];
      return ach !== null && end !== null && ach < end && !isBootcamp(f)
        ? `The achievement date ${iso(ach)} is before the actual end date ${iso(end)}; it must be on or after it.`
        : null;
    },
  }),
  aimRule({
    id: 'AchDate_07',
    field: 'AchDate',
    reads: ['ach_date'],
    message: 'The Achievement date must be before the file preparation date',
    fix: 'An achievement cannot be recorded before it happens: correct the achievement date, or leave it out until the award is confirmed.',
    test: (f, { filePreparedOn }) => {
      const ach = num(f.aim.ach_date);
      return ach !== null && filePreparedOn !== null && ach > filePreparedOn
        ? `The achievement date ${iso(ach)} is after the file preparation date ${iso(filePreparedOn)}.`
        : null;
    },
  }),
];
