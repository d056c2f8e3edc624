// Every rule the loader runs, by entity. A rule's name leads to its file:
// rules/<entity>/<field>.ts (LearnStartDate_03 → learning-delivery/learn-start-date.ts), and the
// entity's index.ts lists its fields' files. test/validate/layout.test.ts holds them to it.
import type { Rule } from '../rule.ts';
import { APP_FIN_RECORD_RULES } from './app-fin-record/index.ts';
import { LEARNER_RULES } from './learner/index.ts';
import { LEARNER_EMPLOYMENT_STATUS_RULES } from './learner-employment-status/index.ts';
import { LEARNING_DELIVERY_RULES } from './learning-delivery/index.ts';
import { LEARNING_DELIVERY_WORK_PLACEMENT_RULES } from './learning-delivery-work-placement/index.ts';
import { HE_RULES } from './learning-delivery-he/index.ts';

export const RULES: readonly Rule[] = [...LEARNER_RULES, ...LEARNER_EMPLOYMENT_STATUS_RULES, ...APP_FIN_RECORD_RULES, ...LEARNING_DELIVERY_RULES, ...LEARNING_DELIVERY_WORK_PLACEMENT_RULES, ...HE_RULES];
