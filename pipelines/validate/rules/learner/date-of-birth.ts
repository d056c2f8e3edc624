// DateOfBirth: the learner's date of birth (2025/26 catalogue; the agency's Rules/Learner/DateOfBirth).
import { daysToIso, isoToDays, yearsBetween } from '../../../ilr/dates.ts';
import { BOTH, learnerRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'DateOfBirth_04',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    formats: BOTH,
    message: 'The learner is 115 or over',
    fix: 'Correct the date of birth: a learner 115 or older at the start of the teaching year is almost always a mistyped year.',
    test: ({ learner }, ctx) => {
      const dob = num(learner.date_of_birth);
      if (dob === null) return null;
      // The agency's YearsBetween (a 29 February birthday is passed on 28 February).
      return yearsBetween(dob, isoToDays(`${ctx.collectionYear}-08-01`) as number) >= 115
        ? `The date of birth ${daysToIso(dob)} makes the learner 115 or older at the start of the teaching year.`
        : null;
    },
  }),
];
