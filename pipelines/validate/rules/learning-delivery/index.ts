// The rules on the LearningDelivery entity and the records nested in it, one file per field.
import type { Rule } from '../../rule.ts';
import { rules as a34 } from './a34.ts';
import { rules as a35 } from './a35.ts';
import { rules as achDate } from './ach-date.ts';
import { rules as aimType } from './aim-type.ts';
import { rules as compStatus } from './comp-status.ts';
import { rules as conRefNumber } from './con-ref-number.ts';
import { rules as fundModel } from './fund-model.ts';
import { rules as learnActEndDate } from './learn-act-end-date.ts';
import { rules as learnDelFamDateFrom } from './learn-del-fam-date-from.ts';
import { rules as learnDelFamDateTo } from './learn-del-fam-date-to.ts';
import { rules as learnDelFamType } from './learn-del-fam-type.ts';
import { rules as learnPlanEndDate } from './learn-plan-end-date.ts';
import { rules as learnStartDate } from './learn-start-date.ts';
import { rules as outcome } from './outcome.ts';
import { rules as withdrawReason } from './withdraw-reason.ts';
import { rules as addHours } from './add-hours.ts';
import { rules as aimSeqNumber } from './aim-seq-number.ts';
import { rules as learnAimRef } from './learn-aim-ref.ts';
import { rules as origLearnStartDate } from './orig-learn-start-date.ts';
import { rules as otherFundAdj } from './other-fund-adj.ts';
import { rules as otjActHours } from './otj-act-hours.ts';
import { rules as outGrade } from './out-grade.ts';
import { rules as pHours } from './p-hours.ts';
import { rules as partnerUkprn } from './partner-ukprn.ts';
import { rules as priorLearnFundAdj } from './prior-learn-fund-adj.ts';
import { rules as progType } from './prog-type.ts';
import { rules as provSpecDelMonOccur } from './prov-spec-del-mon-occur.ts';
import { rules as r } from './r.ts';
import { rules as stdCode } from './std-code.ts';
import { rules as swSupAimId } from './sw-sup-aim-id.ts';
import { rules as tlout } from './tlout.ts';

export const LEARNING_DELIVERY_RULES: readonly Rule[] = [
  ...aimSeqNumber,
  ...learnAimRef,
  ...progType,
  ...stdCode,
  ...partnerUkprn,
  ...conRefNumber,
  ...swSupAimId,
  ...origLearnStartDate,
  ...pHours,
  ...otjActHours,
  ...addHours,
  ...priorLearnFundAdj,
  ...otherFundAdj,
  ...outGrade,
  ...tlout,
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
  ...learnDelFamType,
  ...learnDelFamDateFrom,
  ...learnDelFamDateTo,
  ...provSpecDelMonOccur,
  ...r,
];
