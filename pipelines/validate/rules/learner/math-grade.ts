// MathGrade: the learner's best GCSE maths grade (2025/26 catalogue; the agency's Rules/Learner/MathGrade).
import type { Rule } from '../../rule.ts';
import { MATHS, conditionMetNeedsNone, gradeReturned, lowGradeNeedsEdf, validGrade } from './gcse-grade.ts';

export const rules: readonly Rule[] = [
  // The agency's MathGrade_01Rule: a blank grade counts as none.
  gradeReturned(MATHS, 'MathGrade_01', 'The GCSE maths qualification grade has not been returned'),
  validGrade(MATHS, 'MathGrade_02', 'The GCSE maths qualification grade is not a valid code'),
  lowGradeNeedsEdf(MATHS, 'MathGrade_03', 'The Learner FAM Type of Eligibility for EFA disadvantage funding must be returned'),
  conditionMetNeedsNone(MATHS, 'MathGrade_04', "GCSE maths qualification grade must be 'NONE'"),
];
