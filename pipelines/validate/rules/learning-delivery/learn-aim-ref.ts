// LearnAimRef: the learning aim reference (2025/26 catalogue; the agency's
// Rules/LearningDelivery/LearnAimRef). Only the rules decided by the file itself are here: the
// others look the aim up in LARS (validity categories, levels, categories), which the project
// does not ship beyond seeds/learning_aims.csv (docs/ingestion.md lists them).
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { SINCE_2019_20, SINCE_2021_22, aimRule, num, type AimFacts, type Rule } from '../../rule.ts';
import { aimRef } from './programmes.ts';

/** Traineeship work placements, the supported internship, work experience and the CDF industry placement. */
const WORK_EXPERIENCE = ['Z0007834', 'Z0007835', 'Z0007836', 'Z0007837', 'Z0007838', 'Z0002347', 'ZWRKX001', 'ZWRKX002'];
const BOOTCAMP_EVENTS = ['Z0059747', 'Z0059748', 'Z0059749'];
const HGV_BOOTCAMP_EVENTS = ['Z0060439', 'Z0009541', 'Z0060440', 'Z0060441', 'Z0060442', 'Z0060443'];
const AUGUST_2024 = isoToDays('2024-08-01') as number;

/**
 * A one-day event aim whose start, planned end and actual end differ. An actual end date not yet
 * returned is not compared (CompStatus_09 and CompStatus_03 speak to it).
 */
const datesDiffer = ({ aim }: AimFacts): string | null => {
  const [start, plan, end] = [num(aim.learn_start_date), num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
  if (start === null || plan === null) return null;
  if (start === plan && (end === null || end === start)) return null;
  return `start ${iso(start)}, planned end ${iso(plan)}, actual end ${end === null ? 'not returned' : iso(end)}`;
};
const EVENT_READS = ['learn_aim_ref', 'learn_start_date', 'learn_plan_end_date', 'learn_act_end_date'];

export const rules: readonly Rule[] = [
  aimRule({
    id: 'LearnAimRef_90',
    years: SINCE_2019_20,
    field: 'LearnAimRef',
    reads: ['learn_aim_ref', 'prog_type'],
    message: 'This work experience aim must not be returned for this programme type',
    fix: 'A T Level’s placement is the T Level industry placement (ZWRKX003): replace this work experience aim with it.',
    test: (f) =>
      num(f.aim.prog_type) === 31 && WORK_EXPERIENCE.includes(aimRef(f))
        ? `The work experience aim ${String(f.aim.learn_aim_ref)} is returned in a T Level programme (ProgType 31).`
        : null,
  }),
  aimRule({
    id: 'LearnAimRef_126',
    years: SINCE_2021_22,
    field: 'LearnAimRef',
    reads: EVENT_READS,
    message: 'The Skills Bootcamp event aim must have the same Learning Start Date, Learning Planned End Date and Learning Actual End Date',
    fix: 'A Skills Bootcamp event aim lasts one day: give it the same start, planned end and actual end date.',
    test: (f) => {
      if (!BOOTCAMP_EVENTS.includes(aimRef(f))) return null;
      const differ = datesDiffer(f);
      return differ === null ? null : `The Skills Bootcamp event aim's dates differ: ${differ}.`;
    },
  }),
  aimRule({
    id: 'LearnAimRef_154',
    years: SINCE_2021_22,
    field: 'LearnAimRef',
    reads: [...EVENT_READS, 'prog_type'],
    message: 'The Skills Bootcamp HGV event aim must have the same Learning Start Date, Learning Planned End Date and Learning Actual End Date',
    fix: 'A Skills Bootcamp HGV event aim lasts one day: give it the same start, planned end and actual end date.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      if (start === null || start < AUGUST_2024 || num(f.aim.prog_type) !== 32 || !HGV_BOOTCAMP_EVENTS.includes(aimRef(f))) return null;
      const differ = datesDiffer(f);
      return differ === null ? null : `The Skills Bootcamp HGV event aim's dates differ: ${differ}.`;
    },
  }),
  // The agency's code reads "any other combination" both ways: ZPROG001 on an aim that is not a
  // programme aim, and a programme aim whose reference is not ZPROG001.
  aimRule({
    id: 'LearnAimRef_30',
    field: 'LearnAimRef',
    reads: ['learn_aim_ref', 'aim_type'],
    message: 'The Learning aim reference is not valid for a programme aim',
    fix: 'A programme aim (AimType 1) has the reference ZPROG001, and only a programme aim has it: correct the reference or the aim type.',
    test: (f) => {
      const [isProg, isZprog] = [num(f.aim.aim_type) === 1, aimRef(f) === 'ZPROG001'];
      if (isProg === isZprog) return null;
      return isProg ? `The programme aim (AimType 1) has reference ${String(f.aim.learn_aim_ref)}, not ZPROG001.` : `ZPROG001 on an AimType ${num(f.aim.aim_type)} aim; it is for programme aims only.`;
    },
  }),
];
