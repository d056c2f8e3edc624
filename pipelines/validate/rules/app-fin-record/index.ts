// The rules on the AppFinRecord entity (the apprenticeship financial records of an aim), one file
// per field; the agency files them under Rules/LearningDelivery/AFinType and AFinDate.
import type { Rule } from '../../rule.ts';
import { rules as aFinDate } from './a-fin-date.ts';
import { rules as aFinType } from './a-fin-type.ts';

export const APP_FIN_RECORD_RULES: readonly Rule[] = [...aFinType, ...aFinDate];
