// OutGrade: the grade the learner achieved (2025/26 catalogue; the agency's Rules/LearningDelivery/OutGrade).
// OutGrade_01 (a grade of Appendix Q) and OutGrade_07 (grades by qualification type) need the
// Appendix Q list and LARS, and are not here.
import { aimRule, num, type AimFacts, type Rule } from '../../rule.ts';

/** The grades of no achievement (fail, unclassified, no award …): compared as written, as the agency does in OutGrade_06. */
const FAIL_GRADES = ['FL', 'U', 'N', 'X', 'Y'];
const gradeOf = ({ aim }: AimFacts): string | null => (typeof aim.out_grade === 'string' && aim.out_grade.trim() !== '' ? aim.out_grade : null);

export const rules: readonly Rule[] = [
  aimRule({
    id: 'OutGrade_04',
    field: 'OutGrade',
    reads: ['out_grade', 'outcome'],
    message: 'The Outcome grade must not be returned for this Outcome',
    fix: 'Record the grade only once the outcome is known: remove the grade, or record the outcome.',
    test: (f) => {
      const outcome = num(f.aim.outcome);
      return gradeOf(f) !== null && (outcome === null || outcome === 8) ? `A grade (${gradeOf(f)}) is returned but the outcome is ${outcome === null ? 'not returned' : '8 (not yet known)'}.` : null;
    },
  }),
  aimRule({
    id: 'OutGrade_05',
    field: 'OutGrade',
    reads: ['out_grade', 'outcome'],
    message: 'The Outcome grade is not valid for this Outcome',
    fix: 'A fail grade (FL, U, N, X, Y) is not an achievement: correct the outcome (3, no achievement) or the grade.',
    test: (f) => {
      const grade = gradeOf(f);
      return grade !== null && num(f.aim.outcome) === 1 && FAIL_GRADES.includes(grade.toUpperCase()) ? `Outcome 1 (achieved) with the fail grade ${grade}.` : null;
    },
  }),
  aimRule({
    id: 'OutGrade_06',
    field: 'OutGrade',
    reads: ['out_grade', 'outcome'],
    message: 'The Outcome grade is not valid for this Outcome',
    fix: 'An aim not achieved (Outcome 3) has a fail grade (FL, U, N, X, Y) or none: correct the grade, or the outcome if the learner did achieve.',
    test: (f) => {
      const grade = typeof f.aim.out_grade === 'string' ? f.aim.out_grade : null;
      return grade !== null && num(f.aim.outcome) === 3 && !FAIL_GRADES.includes(grade) ? `Outcome 3 (no achievement) with the pass grade ${grade}.` : null;
    },
  }),
];
