// The rules on the Learner entity and the records nested in it, one file per field.
import type { Rule } from '../../rule.ts';
import { rules as accom } from './accom.ts';
import { rules as alsCost } from './als-cost.ts';
import { rules as dateOfBirth } from './date-of-birth.ts';
import { rules as engGrade } from './eng-grade.ts';
import { rules as ethnicity } from './ethnicity.ts';
import { rules as learnFamType } from './learn-fam-type.ts';
import { rules as llddCat } from './lldd-cat.ts';
import { rules as llddHealthProb } from './lldd-health-prob.ts';
import { rules as mathGrade } from './math-grade.ts';
import { rules as planEepHours } from './plan-eep-hours.ts';
import { rules as planLearnHours } from './plan-learn-hours.ts';
import { rules as primaryLldd } from './primary-lldd.ts';
import { rules as priorAttain } from './prior-attain.ts';
import { rules as provSpecLearnMonOccur } from './prov-spec-learn-mon-occur.ts';
import { rules as r } from './r.ts';
import { rules as sex } from './sex.ts';
import { rules as uln } from './uln.ts';

export const LEARNER_RULES: readonly Rule[] = [
  ...uln,
  ...dateOfBirth,
  ...learnFamType,
  ...ethnicity,
  ...sex,
  ...llddHealthProb,
  ...llddCat,
  ...primaryLldd,
  ...priorAttain,
  ...mathGrade,
  ...engGrade,
  ...planLearnHours,
  ...planEepHours,
  ...alsCost,
  ...accom,
  ...provSpecLearnMonOccur,
  ...r,
];
