// EngGrade: the learner's best GCSE English grade (2025/26 catalogue; the agency's Rules/Learner/EngGrade).
import type { Rule } from '../../rule.ts';
import { ENGLISH, conditionMetNeedsNone, gradeReturned, lowGradeNeedsEdf, validGrade } from './gcse-grade.ts';

export const rules: readonly Rule[] = [
  // The agency's EngGrade_01Rule: a blank grade counts as none.
  gradeReturned(ENGLISH, 'EngGrade_01', 'The GCSE English qualification grade has not been returned'),
  validGrade(ENGLISH, 'EngGrade_02', 'The GCSE English qualification grade is not a valid code'),
  lowGradeNeedsEdf(ENGLISH, 'EngGrade_03', 'The Learner FAM Type of Eligibility for EFA disadvantage funding must be returned'),
  conditionMetNeedsNone(ENGLISH, 'EngGrade_04', "GCSE English qualification grade must be 'NONE'"),
];
