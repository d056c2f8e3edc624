// The rules on the learner's HE data (LearnerHE), one file per field, with those on its financial
// support records (LearnerHEFinancialSupport, their own folder). Run with the aims' HE rules: see
// ../learning-delivery-he/index.ts.
import type { Rule } from '../../rule.ts';
import { LEARNER_HE_FINANCIAL_SUPPORT_RULES } from '../learner-he-financial-support/index.ts';
import { rules as learnerHe } from './learner-he.ts';
import { rules as ttaccom } from './ttaccom.ts';

export const LEARNER_HE_RULES: readonly Rule[] = [...learnerHe, ...ttaccom, ...LEARNER_HE_FINANCIAL_SUPPORT_RULES];
