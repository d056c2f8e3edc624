// The rules on the LearnerEmploymentStatus entity and the EmploymentStatusMonitoring nested in it,
// one file per field (the agency's Rules/EmploymentStatus).
import type { Rule } from '../../rule.ts';
import { rules as dateEmpStatApp } from './date-emp-stat-app.ts';
import { rules as empId } from './emp-id.ts';
import { rules as empStat } from './emp-stat.ts';
import { rules as esmType } from './esm-type.ts';

export const LEARNER_EMPLOYMENT_STATUS_RULES: readonly Rule[] = [...empStat, ...dateEmpStatApp, ...empId, ...esmType];
