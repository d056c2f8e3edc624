// The rules on the Learner entity and the records nested in it, one file per field.
import type { Rule } from '../../rule.ts';
import { rules as dateOfBirth } from './date-of-birth.ts';
import { rules as uln } from './uln.ts';

export const LEARNER_RULES: readonly Rule[] = [...uln, ...dateOfBirth];
