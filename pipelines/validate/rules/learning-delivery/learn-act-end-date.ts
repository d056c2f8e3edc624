// LearnActEndDate: the date the learner finished or left the aim (2025/26 catalogue; the agency's
// Rules/LearningDelivery/LearnActEndDate).
import { daysToIso as iso } from '../../../ilr/dates.ts';
import { BOTH, aimRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'LearnActEndDate_01',
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date', 'learn_start_date'],
    formats: BOTH,
    message: 'The Learning actual end date must be after the Learning start date',
    fix: 'Check the actual end date and the start date: one of them is mistyped.',
    test: ({ aim }) => {
      const [start, act] = [num(aim.learn_start_date), num(aim.learn_act_end_date)];
      return start !== null && act !== null && act < start ? `The actual end date ${iso(act)} is before the start date ${iso(start)}.` : null;
    },
  }),
  aimRule({
    id: 'LearnActEndDate_04',
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date'],
    message: 'The Learning actual end date must be before the file preparation date',
    fix: 'An aim cannot end after the file was made: correct the actual end date, or leave it out (and the aim continuing) until the learner finishes.',
    test: ({ aim }, ctx) => {
      const act = num(aim.learn_act_end_date);
      return act !== null && ctx.filePreparedOn !== null && act > ctx.filePreparedOn
        ? `The actual end date ${iso(act)} is after the file preparation date ${iso(ctx.filePreparedOn)}.`
        : null;
    },
  }),
];
