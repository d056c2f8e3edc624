// The rules on the LearningDelivery entity and the records nested in it, one file per field.
import type { Rule } from '../../rule.ts';
import { rules as a34 } from './a34.ts';
import { rules as a35 } from './a35.ts';
import { rules as achDate } from './ach-date.ts';
import { rules as aimType } from './aim-type.ts';
import { rules as compStatus } from './comp-status.ts';
import { rules as fundModel } from './fund-model.ts';
import { rules as learnActEndDate } from './learn-act-end-date.ts';
import { rules as learnPlanEndDate } from './learn-plan-end-date.ts';
import { rules as learnStartDate } from './learn-start-date.ts';
import { rules as outcome } from './outcome.ts';
import { rules as withdrawReason } from './withdraw-reason.ts';

export const LEARNING_DELIVERY_RULES: readonly Rule[] = [
  ...aimType,
  ...fundModel,
  ...compStatus,
  ...outcome,
  ...withdrawReason,
  ...a34,
  ...a35,
  ...learnStartDate,
  ...learnPlanEndDate,
  ...learnActEndDate,
  ...achDate,
];
