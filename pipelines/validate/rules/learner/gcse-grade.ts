// The GCSE grade rules, alike for maths (MathGrade) and English (EngGrade): a valid grade
// (Appendix Q, the agency's GCSEGrade lookup, or NONE), the disadvantage-funding monitoring a low
// grade calls for (EDF), and NONE for a learner who met or is exempt from the condition of funding
// (MCF / ECF 2, 3, 4). Definitions from the agency's Rules/Learner/MathGrade and EngGrade.
import type { Row } from '../../../ilr/row.ts';
import { learnerRule, num, type LearnerRule } from '../../rule.ts';
import { hasLearnerFam } from './learner-facts.ts';

const GRADES = new Set(
  ['A', 'A*', 'A*A', 'A*A*', 'AA', 'AB', 'B', 'BB', 'BC', 'C', 'CC', 'CD', 'D', 'DD', 'DE', 'E', 'EE', 'EF', 'F', 'FF', 'FG', 'G', 'GG', 'N', 'U'].concat(
    ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  ),
);
/** Grade D or below, or 3 or below (the agency's Level1AndLowerGrades). */
const LOW = new Set(['D', 'DD', 'DE', 'E', 'EE', 'EF', 'F', 'FF', 'FG', 'G', 'GG', 'N', 'U', '3', '2', '1']);
const isNone = (grade: string | null): boolean => grade !== null && grade.toUpperCase() === 'NONE';

interface Subject {
  field: 'MathGrade' | 'EngGrade';
  column: 'math_grade' | 'eng_grade';
  name: string;
  /** The EDF code the low grade calls for (1 maths, 2 English). */
  edf: number;
  /** The condition-of-funding FAM type (MCF maths, ECF English). */
  condition: string;
}

export const MATHS: Subject = { field: 'MathGrade', column: 'math_grade', name: 'maths', edf: 1, condition: 'MCF' };
export const ENGLISH: Subject = { field: 'EngGrade', column: 'eng_grade', name: 'English', edf: 2, condition: 'ECF' };

const gradeOf = (s: Subject, learner: Row): string | null => {
  const v = learner[s.column];
  return typeof v === 'string' && v !== '' ? v : null;
};

/** MathGrade_01 / EngGrade_01: no grade (or a blank one) for a learner with a 16-19 (FM25) aim; reported at the first. */
export const gradeReturned = (s: Subject, id: string, message: string): LearnerRule =>
  learnerRule({
    id,
    field: s.field,
    reads: [s.column],
    message,
    fix: `Record the learner’s best GCSE ${s.name} grade (NONE if they have none): every 16-19 funded learner returns it.`,
    test: ({ learner, aims }) => {
      const g = learner[s.column];
      if (typeof g === 'string' && g.trim() !== '') return null;
      const a = aims.find(({ aim }) => num(aim.fund_model) === 25);
      return a ? { message: `No GCSE ${s.name} grade is returned for a 16-19 funded learner.`, aimIndex: a.index } : null;
    },
  });

export const validGrade = (s: Subject, id: string, message: string): LearnerRule =>
  learnerRule({
    id,
    field: s.field,
    reads: [s.column],
    message,
    fix: `Record the learner’s best GCSE ${s.name} grade as the ILR specification’s Appendix Q lists it (A*–U, 9–1, or NONE).`,
    test: ({ learner }) => {
      const g = gradeOf(s, learner);
      return g === null || isNone(g) || GRADES.has(g) ? null : `${s.field} ${g} is not a GCSE grade Appendix Q lists.`;
    },
  });

export const lowGradeNeedsEdf = (s: Subject, id: string, message: string): LearnerRule =>
  learnerRule({
    id,
    field: s.field,
    reads: [s.column],
    message,
    fix: `Add the learner FAM EDF ${s.edf} (eligible for disadvantage funding for GCSE ${s.name}): a grade of D / 3 or below calls for it.`,
    test: ({ learner, rows }) => {
      const g = gradeOf(s, learner);
      return g !== null && LOW.has(g) && !hasLearnerFam(rows, 'EDF', s.edf)
        ? `GCSE ${s.name} grade ${g} is D / 3 or below, but the learner has no EDF ${s.edf} monitoring.`
        : null;
    },
  });

export const conditionMetNeedsNone = (s: Subject, id: string, message: string): LearnerRule =>
  learnerRule({
    id,
    field: s.field,
    reads: [s.column],
    message,
    fix: `The learner met, or is exempt from, the ${s.name} condition of funding (${s.condition} 2, 3 or 4): record the ${s.name} grade as NONE, or correct the ${s.condition} code.`,
    test: ({ learner, rows }) => {
      const met = hasLearnerFam(rows, s.condition, 2) || hasLearnerFam(rows, s.condition, 3) || hasLearnerFam(rows, s.condition, 4);
      // The agency compares to NONE with no grade returned too: an empty grade is not NONE.
      return met && !isNone(gradeOf(s, learner))
        ? `The learner has ${s.condition} 2, 3 or 4, so the ${s.name} grade must be NONE, not ${gradeOf(s, learner) ?? 'left out'}.`
        : null;
    },
  });
