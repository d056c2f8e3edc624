// Every rule the loader runs, by entity. A rule's name leads to its file:
// rules/<entity>/<field>.ts (LearnStartDate_03 → learning-delivery/learn-start-date.ts), and the
// entity's index.ts lists its fields' files. test/validate/layout.test.ts holds them to it.
import type { Rule } from '../rule.ts';
import { LEARNER_RULES } from './learner/index.ts';
import { LEARNING_DELIVERY_RULES } from './learning-delivery/index.ts';

export const RULES: readonly Rule[] = [...LEARNER_RULES, ...LEARNING_DELIVERY_RULES];
