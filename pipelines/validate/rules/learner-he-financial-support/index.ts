// The rules on the learner's HE financial support records (LearnerHEFinancialSupport), one file per field.
import type { Rule } from '../../rule.ts';
import { rules as fintype } from './fintype.ts';

export const LEARNER_HE_FINANCIAL_SUPPORT_RULES: readonly Rule[] = [...fintype];
