// AchDate: the date the learner achieved the aim (2025/26 catalogue; the agency's Rules/LearningDelivery/AchDate).
import { addMonths, daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2020_21, AS_IN_2025_26, SINCE_2021_22, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { CONTEXT, isBootcamp, isFm36Standard, returns } from './programmes.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
const yearStart = (year: number): number => isoToDays(`${year}-08-01`) as number;
const yearEnd = (year: number): number => isoToDays(`${year + 1}-07-31`) as number;
const JULY_2015 = isoToDays('2015-07-31') as number;
const AUGUST_2019 = isoToDays('2019-08-01') as number;
const AUGUST_2021 = isoToDays('2021-08-01') as number;
const isProgrammeAim = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1;
const isTraineeship = ({ aim }: AimFacts): boolean => num(aim.prog_type) === 24;
/** Trailblazer apprenticeship standards (FundModel 81, ProgType 25). */
const isTrailblazer = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 81 && num(aim.prog_type) === 25;

/** AchDate_08: an achieved programme aim of the kinds `kinds` names without an achievement date. */
const achDate08 = (years: Years, kinds: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'AchDate_08',
    years,
    field: 'AchDate',
    reads: ['ach_date', 'outcome', ...CONTEXT],
    message: 'The Achievement date must be completed for apprenticeship standards and traineeship programmes with a status of achieved',
    fix: 'The programme is recorded as achieved (Outcome 1): enter the date it was achieved.',
    test: (f) =>
      isProgrammeAim(f) && num(f.aim.outcome) === 1 && !returns(f, 'ach_date') && kinds(f)
        ? 'The programme aim is achieved (Outcome 1) but no achievement date is returned.'
        : null,
  });

/** AchDate_09: an achievement date on an aim started after 31 July 2015, outside the aims `allowed` names. */
const achDate09 = (years: Years, allowed: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'AchDate_09',
    years,
    field: 'AchDate',
    reads: ['ach_date', 'learn_start_date', ...CONTEXT],
    message: 'The Achievement date must not be completed for aims that are not apprenticeship standard programme aims',
    fix: 'Only apprenticeship standard programme aims (and Skills Bootcamps) carry an achievement date: remove it from this aim; the Outcome records the achievement.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      return returns(f, 'ach_date') && start !== null && start > JULY_2015 && !allowed(f)
        ? `An achievement date is returned on an aim that started ${iso(start)} and is not an apprenticeship standard programme aim.`
        : null;
    },
  });

/** AchDate_11: an FM36 standard programme aim that ended on or after `from` achieved fewer than 7 days after it ended. */
const achDate11 = (years: Years, from: (collectionYear: number) => number) =>
  aimRule({
    id: 'AchDate_11',
    years,
    field: 'AchDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The Achievement date must be 7 days after the Learning actual end date',
    fix: 'The end-point assessment comes after the learning ends: check the actual end date (the end of on-programme learning) and the achievement date (the day the EPA was passed).',
    test: (f, ctx) => {
      const [ach, end] = [num(f.aim.ach_date), num(f.aim.learn_act_end_date)];
      if (ach === null || end === null || !isProgrammeAim(f) || !isFm36Standard(f) || end < from(ctx.collectionYear)) return null;
      return ach < end + 7 ? `The achievement date ${iso(ach)} is less than 7 days after the actual end date ${iso(end)}.` : null;
    },
  });

export const rules: readonly Rule[] = [
  aimRule({
    id: 'AchDate_03',
    field: 'AchDate',
    reads: ['ach_date', 'learn_start_date', ...CONTEXT],
    message: 'The Achievement date must not be before the Learning start date',
    fix: 'Check the achievement date and the start date: one of them is mistyped.',
    test: (f) => {
      const [ach, start] = [num(f.aim.ach_date), num(f.aim.learn_start_date)];
      return ach !== null && start !== null && ach < start && !isBootcamp(f)
        ? `The achievement date ${iso(ach)} is before the start date ${iso(start)}.`
        : null;
    },
  }),
  aimRule({
    id: 'AchDate_04',
    field: 'LearnActEndDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The Learning actual end date must be returned for this Achievement date',
    fix: 'Enter the date the learner finished (the actual end date) for an aim they have achieved.',
    test: (f) =>
      returns(f, 'ach_date') && !returns(f, 'learn_act_end_date') && !isBootcamp(f)
        ? 'An achievement date is returned, so the actual end date must be returned too.'
        : null,
  }),
  // An achievement date before the start is usually before the end too: AchDate_03 and this both fire.
  aimRule({
    id: 'AchDate_05',
    field: 'AchDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: 'The Achievement date must be after the Learning actual end date',
    fix: 'The achievement date is the day the award was confirmed, on or after the actual end date: correct whichever date is wrong.',
    test: (f) => {
      const [ach, end] = [num(f.aim.ach_date), num(f.aim.learn_act_end_date)];
      return ach !== null && end !== null && ach < end && !isBootcamp(f)
        ? `The achievement date ${iso(ach)} is before the actual end date ${iso(end)}; it must be on or after it.`
        : null;
    },
  }),
  aimRule({
    id: 'AchDate_07',
    field: 'AchDate',
    reads: ['ach_date'],
    message: 'The Achievement date must be before the file preparation date',
    fix: 'An achievement cannot be recorded before it happens: correct the achievement date, or leave it out until the award is confirmed.',
    test: (f, { filePreparedOn }) => {
      const ach = num(f.aim.ach_date);
      return ach !== null && filePreparedOn !== null && ach > filePreparedOn
        ? `The achievement date ${iso(ach)} is after the file preparation date ${iso(filePreparedOn)}.`
        : null;
    },
  }),
  aimRule({
    id: 'AchDate_02',
    field: 'AchDate',
    reads: ['ach_date'],
    message: 'The Achievement date should not be after the current teaching year end date',
    fix: 'An achievement after this teaching year belongs in next year’s return: check the achievement date for a mistyped year.',
    test: ({ aim }, ctx) => {
      const ach = num(aim.ach_date);
      const end = yearEnd(ctx.collectionYear);
      return ach !== null && ach > end ? `The achievement date ${iso(ach)} is after the end of the teaching year (${iso(end)}).` : null;
    },
  }),
  // The agency's 2018/19 and 2020/21 code: trailblazer standards and traineeships; the 2025/26
  // catalogue: trailblazer standards only.
  achDate08(TO_2024_25, (f) => isTrailblazer(f) || isTraineeship(f)),
  achDate08(AS_IN_2025_26, isTrailblazer),
  // The agency's 2018/19 and 2020/21 code leaves out traineeship and standard (FM36, FM81)
  // programme aims; the 2025/26 catalogue standard programme aims and Skills Bootcamps.
  achDate09({ from: null, to: 2020 }, (f) => isProgrammeAim(f) && (isTraineeship(f) || isTrailblazer(f) || isFm36Standard(f))),
  // Skills Bootcamps began in 2021/22, after the agency's 2020/21 code: their programme aims carry an
  // achievement date (CompStatus_08, AchDate_13), as the 2025/26 catalogue's exclusion says.
  achDate09({ from: 2021, to: 2024 }, (f) => (isProgrammeAim(f) && (isTraineeship(f) || isTrailblazer(f) || isFm36Standard(f))) || isBootcamp(f)),
  achDate09(AS_IN_2025_26, (f) => (isProgrammeAim(f) && (isTrailblazer(f) || isFm36Standard(f))) || isBootcamp(f)),
  // The agency's 2020/21 code (the rule is new there) counts aims that ended in the current
  // teaching year; the 2025/26 catalogue those that ended on or after 1 August 2019.
  achDate11(AS_IN_2020_21, yearStart),
  achDate11(AS_IN_2025_26, () => AUGUST_2019),
  aimRule({
    id: 'AchDate_13',
    years: SINCE_2021_22,
    field: 'AchDate',
    reads: ['ach_date', 'learn_act_end_date', ...CONTEXT],
    message: "The Achievement date can't be later than six months after the Learning actual end date for Skills Bootcamp programmes",
    fix: 'A Skills Bootcamp outcome must be confirmed within six months of the end: check the achievement date and the actual end date.',
    test: ({ aim }) => {
      const [ach, end] = [num(aim.ach_date), num(aim.learn_act_end_date)];
      if (ach === null || end === null || num(aim.aim_type) !== 1 || num(aim.prog_type) !== 32) return null;
      const limit = addMonths(end, 6);
      return ach > limit ? `The achievement date ${iso(ach)} is more than six months after the actual end date ${iso(end)} (the latest allowed is ${iso(limit)}).` : null;
    },
  }),
  // The catalogue's condition ends "LearnActEndDate is not returned", which contradicts its own
  // "ended on or after 1 August 2021"; its summary and message say the achievement date: read so.
  aimRule({
    id: 'AchDate_12',
    years: SINCE_2021_22,
    field: 'AchDate',
    reads: ['ach_date', 'comp_status', 'learn_act_end_date', ...CONTEXT],
    message: 'The Achievement date must be returned',
    fix: 'The apprenticeship is recorded as completed (CompStatus 2): enter the date the end-point assessment was passed, or set the completion status back to 1 until it is.',
    test: (f) => {
      const end = num(f.aim.learn_act_end_date);
      return isProgrammeAim(f) && isFm36Standard(f) && end !== null && end >= AUGUST_2021 && num(f.aim.comp_status) === 2 && !returns(f, 'ach_date')
        ? 'The apprenticeship standard programme aim is completed (CompStatus 2) but no achievement date is returned.'
        : null;
    },
  }),
];
