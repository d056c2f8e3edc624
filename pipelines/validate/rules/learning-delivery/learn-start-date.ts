// LearnStartDate: the date the learner started the aim (2025/26 catalogue; the agency's
// Rules/LearningDelivery/LearnStartDate). "N years before" is counted as the agency counts it
// (pipelines/ilr/dates.ts: 29 February − 10 years = 28 February).
import { addYears, daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, BOTH, SINCE_2021_22, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { APPRENTICESHIP_PROG_TYPES, isApprenticeship } from './programmes.ts';

const yearStart = (year: number): number => isoToDays(`${year}-08-01`) as number;
const yearEnd = (year: number): number => isoToDays(`${year + 1}-07-31`) as number;
const AUGUST_2022 = isoToDays('2022-08-01') as number;

/** LearnStartDate_03: the start date is after the end of the teaching year, outside the exclusions given. */
const learnStartDate03 = (years: Years, excluded: (aim: AimFacts['aim']) => boolean, not: string) =>
  aimRule({
    id: 'LearnStartDate_03',
    years,
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'fund_model', 'prog_type'],
    formats: BOTH,
    message: 'The Learning start date must not be after the end of the current teaching year',
    fix: 'An aim that starts next teaching year belongs in next year’s return: remove it from this one, or correct a mistyped start date.',
    test: ({ aim }, ctx) => {
      const start = num(aim.learn_start_date);
      if (start === null || excluded(aim)) return null;
      return start > yearEnd(ctx.collectionYear)
        ? `The start date ${iso(start)} is after the end of the teaching year (${iso(yearEnd(ctx.collectionYear))}); ${not}.`
        : null;
    },
  });

export const rules: readonly Rule[] = [
  aimRule({
    id: 'LearnStartDate_02',
    field: 'LearnStartDate',
    reads: ['learn_start_date'],
    formats: BOTH,
    message: 'The Learning start date is more than 10 years before the start of the current teaching year',
    fix: 'Check the start date for a mistyped year; an aim that really started over 10 years ago should have been closed.',
    test: ({ aim }, ctx) => {
      const start = num(aim.learn_start_date);
      const limit = addYears(yearStart(ctx.collectionYear), -10);
      return start !== null && start < limit
        ? `The start date ${iso(start)} is more than 10 years before the start of the teaching year (${iso(limit)}).`
        : null;
    },
  }),
  // 2018/19 and 2020/21 (the agency's code): not traineeships (ProgType 24) or apprenticeships (DD07).
  learnStartDate03(
    { from: null, to: 2024 },
    (aim) => num(aim.prog_type) === 24 || APPRENTICESHIP_PROG_TYPES.includes(num(aim.prog_type) ?? -1),
    'only traineeships and apprenticeships may start later',
  ),
  // 2025/26 catalogue: not apprenticeships (FM36), Skills Bootcamps (FM37) or T Levels (ProgType 31).
  learnStartDate03(
    AS_IN_2025_26,
    (aim) => num(aim.fund_model) === 36 || num(aim.fund_model) === 37 || num(aim.prog_type) === 31,
    'only apprenticeships, Skills Bootcamps and T Levels may start later',
  ),
  aimRule({
    id: 'LearnStartDate_05',
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'learner.date_of_birth'],
    formats: BOTH,
    message: "The Learning start date must not be on or before the learner's Date of birth",
    fix: 'Check the start date and the learner’s date of birth: one of them is mistyped.',
    test: ({ aim, learner }) => {
      const [start, dob] = [num(aim.learn_start_date), num(learner.date_of_birth)];
      return start !== null && dob !== null && start <= dob
        ? `The start date ${iso(start)} is on or before the learner's date of birth ${iso(dob)}.`
        : null;
    },
  }),
  // The agency's code (LearnStartDate_12Rule) lets a start through only when it is before the end
  // of the teaching year plus one year, so the anniversary itself (31 July) already breaks it; the
  // catalogue's "more than one year" is read as the agency reads it.
  aimRule({
    id: 'LearnStartDate_12',
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'prog_type'],
    message: 'The Learning start date must not be more than one year in the future',
    fix: 'Check the start date of the apprenticeship for a mistyped year: it cannot be a year or more after this teaching year ends.',
    test: (f, ctx) => {
      const start = num(f.aim.learn_start_date);
      if (start === null || !isApprenticeship(f)) return null;
      const limit = addYears(yearEnd(ctx.collectionYear), 1);
      return start >= limit ? `The apprenticeship start date ${iso(start)} is on or after ${iso(limit)}, a year after the end of the teaching year.` : null;
    },
  }),
  aimRule({
    id: 'LearnStartDate_21',
    years: SINCE_2021_22,
    field: 'LearnStartDate',
    reads: ['learn_start_date', 'fund_model'],
    message: 'This funding model is not valid for starts before 1 August 2022',
    fix: 'Skills Bootcamp funding (FundModel 37) is for starts from 1 August 2022: check the start date, or record an earlier bootcamp under the funding it had then.',
    test: ({ aim }) => {
      const start = num(aim.learn_start_date);
      return start !== null && start < AUGUST_2022 && num(aim.fund_model) === 37
        ? `The Skills Bootcamp (FundModel 37) aim starts ${iso(start)}, before 1 August 2022.`
        : null;
    },
  }),
];
