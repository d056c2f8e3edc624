// The rules on the work placements nested in an aim (LearningDeliveryWorkPlacement), one file per field.
import type { Rule } from '../../rule.ts';
import { rules as workPlaceEmpId } from './work-place-emp-id.ts';
import { rules as workPlaceEndDate } from './work-place-end-date.ts';
import { rules as workPlaceMode } from './work-place-mode.ts';
import { rules as workPlaceStartDate } from './work-place-start-date.ts';
import { rules as workPlacement } from './work-placement.ts';

export const LEARNING_DELIVERY_WORK_PLACEMENT_RULES: readonly Rule[] = [
  ...workPlacement,
  ...workPlaceStartDate,
  ...workPlaceEndDate,
  ...workPlaceMode,
  ...workPlaceEmpId,
];
