// DateOfBirth: the learner's date of birth, and the ages it gives on the days the rules name
// (2025/26 catalogue; the agency's Rules/Learner/DateOfBirth in its 2020/21 code, and its tests).
// Ages are whole years as the agency counts them (YearsBetween: a 29 February birthday is passed on
// 28 February). Where the agency reports a rule once for the learner (it stops at the first aim
// that breaks it) ours is a learner rule naming that aim; where it reports every aim, an aim rule.
// Definitions that changed are declared per year range: the agency's 2020/21 code up to 2024/25,
// the 2025/26 catalogue from 2025/26 (the funding models 37, 38 and 11 it adds).
import { addYears, daysToIso, isoToDays, yearsBetween } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, BOTH, EVERY_YEAR, aimRule, learnerRule, num, type AimFacts, type LearnerFacts, type Rule, type Years } from '../../rule.ts';
import { hasFamType, isApprenticeship } from '../learning-delivery/programmes.ts';
import { ageOn, augustThirtyFirst, firstAugust, hasLearnerFamType, hasTemporaryUln, julyThirtyFirst } from './learner-facts.ts';

/** Up to 2024/25, as the agency's 2020/21 code decides. */
const TO_2024_25: Years = { from: null, to: 2024 };
const day = (iso: string): number => isoToDays(iso) as number;
const fm = ({ aim }: AimFacts): number => num(aim.fund_model) ?? -1;
const isOlass = ({ fams }: AimFacts): boolean => fams.has('LDM:034');
const dobOf = ({ learner }: LearnerFacts): string => daysToIso(num(learner.date_of_birth) as number);
const FIX_MISSING = 'Add the learner’s date of birth in your MIS: it is needed for this funding, and for the age-based checks on it.';
const FIX_AGE = 'Check the date of birth against the learner’s documents; if it is right, the funding or monitoring on the aim is wrong for a learner of this age: correct the aim.';

/** A learner rule that names the first aim it holds for (the agency reports these once per learner). */
const onFirstAim =
  (holds: (a: AimFacts, facts: LearnerFacts, year: number) => boolean, say: (a: AimFacts, facts: LearnerFacts) => string) =>
  (facts: LearnerFacts, ctx: { collectionYear: number }) => {
    const a = facts.aims.find((x) => holds(x, facts, ctx.collectionYear));
    return a ? { message: say(a, facts), aimIndex: a.index } : null;
  };

const dateOfBirth01 = (years: Years, fundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'DateOfBirth_01',
    years,
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The Date of birth must be returned',
    fix: FIX_MISSING,
    test: onFirstAim(
      (a, { learner }) => num(learner.date_of_birth) === null && fundModels.includes(fm(a)) && !isOlass(a),
      (a) => `The learner has no date of birth, which an aim funded by FundModel ${fm(a)} needs.`,
    ),
  });

const dateOfBirth02 = (years: Years, fundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'DateOfBirth_02',
    years,
    severity: 'warning',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The Date of birth should be returned',
    fix: FIX_MISSING,
    test: onFirstAim(
      (a, { learner }) => num(learner.date_of_birth) === null && fundModels.includes(fm(a)) && !hasFamType(a, 'ADL'),
      (a) => `The learner has no date of birth; it should be returned for community, tailored and non-funded learning (FundModel ${fm(a)}).`,
    ),
  });

const dateOfBirth25 = (years: Years, holds: (a: AimFacts) => boolean): Rule =>
  learnerRule({
    id: 'DateOfBirth_25',
    years,
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 19',
    fix: 'Check the date of birth; a learner under 19 on 31 August is funded by 16-19 funding (FundModel 25), not adult funding: correct the funding model if the date is right.',
    test: onFirstAim(
      (a, { learner }, year) => holds(a) && !isOlass(a) && (ageOn(learner, augustThirtyFirst(year)) ?? 99) < 19,
      (a, f) => `Born ${dobOf(f)}, the learner is under 19 on 31 August of the teaching year, too young for adult funding (FundModel ${fm(a)}).`,
    ),
  });

const dateOfBirth30 = (years: Years, fundModels: readonly number[]): Rule =>
  learnerRule({
    id: 'DateOfBirth_30',
    years,
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is between 19 and 24 and has an Education health plan, and the Funding model and/or Source of funding is not the 16-19 funded',
    fix: 'A learner of 19 to 24 with an Education, health and care plan is funded from 16-19 funding: set the source of funding (SOF) to 107, or correct the plan or the date of birth.',
    test: onFirstAim(
      (a, { learner, rows }, year) => {
        if (!fundModels.includes(fm(a)) || isApprenticeship(a) || isOlass(a) || !hasFamType(a, 'SOF') || a.fams.has('SOF:107')) return false;
        const age = ageOn(learner, augustThirtyFirst(year));
        return age !== null && age >= 19 && age <= 24 && hasLearnerFamType(rows, 'EHC');
      },
      (_a, f) => `Born ${dobOf(f)}, the learner is 19 to 24 on 31 August with an Education, health and care plan (EHC), but the aim's source of funding is not 16-19 (SOF 107).`,
    ),
  });

/** DateOfBirth_46/_57: the planned length of an apprenticeship standard; _47/_58: its actual length once complete. */
const plannedTooShort = (id: string, fundModels: readonly number[], from: number, to: number, minimum: number, wholeDays: boolean, years = EVERY_YEAR): Rule =>
  aimRule({
    id,
    years,
    entity: 'Learner',
    field: 'DateOfBirth',
    reads: ['learner.date_of_birth', 'learn_start_date', 'learn_plan_end_date'],
    message: 'The planned duration of the programme does not reach the required minimum duration for an apprenticeship standard',
    fix: `Check the planned end date: an apprenticeship standard must be planned to last at least ${minimum} days. If the dates are right, the programme cannot be funded as an apprenticeship.`,
    test: (a) => {
      const [start, plan] = [num(a.aim.learn_start_date), num(a.aim.learn_plan_end_date)];
      if (start === null || plan === null || start < from || start > to || !fundModels.includes(fm(a))) return null;
      if (num(a.aim.prog_type) !== 25 || num(a.aim.aim_type) !== 1 || hasFamType(a, 'RES')) return null;
      const age = ageOn(a.learner, start);
      // The agency counts DateOfBirth_46 in whole days, both ends included (WholeDaysBetween).
      const length = wholeDays ? Math.abs(plan - start) + 1 : plan - start;
      return age !== null && age >= 16 && length < minimum
        ? `The apprenticeship standard is planned to last ${length} days (${daysToIso(start)} to ${daysToIso(plan)}), less than the ${minimum} days required.`
        : null;
    },
  });

const actualTooShort = (id: string, fundModels: readonly number[], from: number, to: number, minimum: number, years = EVERY_YEAR): Rule =>
  learnerRule({
    id,
    years,
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message:
      id === 'DateOfBirth_47'
        ? 'The planned duration of the programme does not reach the required minimum duration for an apprenticeship standard'
        : 'The actual duration of the programme does not reach the required minimum duration for an apprenticeship standard',
    fix: `Check the actual end date and completion status: a completed apprenticeship standard must have lasted at least ${minimum} days.`,
    test: onFirstAim(
      (a) => {
        const [start, end] = [num(a.aim.learn_start_date), num(a.aim.learn_act_end_date)];
        if (start === null || end === null || start < from || start > to || !fundModels.includes(fm(a))) return false;
        if (num(a.aim.prog_type) !== 25 || num(a.aim.aim_type) !== 1 || num(a.aim.comp_status) !== 2 || hasFamType(a, 'RES')) return false;
        // The agency's DateOfBirth_47 also asks that the learner was 16 or over at the start.
        const age = ageOn(a.learner, start);
        return (id !== 'DateOfBirth_47' || (age !== null && age >= 16)) && end - start < minimum;
      },
      (a) => `The completed apprenticeship standard lasted ${num(a.aim.learn_act_end_date)! - num(a.aim.learn_start_date)!} days, less than the ${minimum} days required.`,
    ),
  });

/** The last Friday in June of the academic year (1 September to 31 August) a day falls in, as the agency finds it. */
const lastFridayInJuneOf = (on: number): number => {
  const iso = daysToIso(on);
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const julyFirst = day(`${m > 8 ? y + 1 : y}-07-01`);
  // Day 0 (1970-01-01) was a Thursday: the weekday of a day number, Sunday 0 … Saturday 6.
  const weekday = (((julyFirst + 4) % 7) + 7) % 7;
  return julyFirst - (((weekday + 1) % 7) + 1);
};
/** The agency's DD04: the earliest start of the programme aims of the same ProgType, FworkCode and PwayCode. */
const programmeStart = (a: AimFacts, aims: readonly AimFacts[]): number | null => {
  let first: number | null = null;
  for (const { aim } of aims) {
    if (num(aim.aim_type) !== 1 || num(aim.prog_type) !== num(a.aim.prog_type)) continue;
    if (num(aim.fwork_code) !== num(a.aim.fwork_code) || num(aim.pway_code) !== num(a.aim.pway_code)) continue;
    const start = num(aim.learn_start_date);
    if (start !== null && (first === null || start < first)) first = start;
  }
  return first;
};

/** DateOfBirth_37/_40: apprenticeship standards of adult skills (FM35, 81) started 2014/15 or 2015/16 by learners of 19 or over. */
const oldStandard = (a: AimFacts): boolean =>
  (fm(a) === 35 || fm(a) === 81) && num(a.aim.prog_type) === 25 && num(a.aim.aim_type) === 1 && !hasFamType(a, 'RES');

export const rules: readonly Rule[] = [
  dateOfBirth01(TO_2024_25, [25, 35, 36, 70, 81, 82]),
  dateOfBirth01(AS_IN_2025_26, [25, 82, 35, 36, 37, 38, 81]),
  dateOfBirth02(TO_2024_25, [10, 99]),
  dateOfBirth02(AS_IN_2025_26, [10, 99, 11]),
  learnerRule({
    id: 'DateOfBirth_04',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    formats: BOTH,
    message: 'The learner is 115 or over',
    fix: 'Correct the date of birth: a learner 115 or older at the start of the teaching year is almost always a mistyped year.',
    test: ({ learner }, ctx) => {
      const dob = num(learner.date_of_birth);
      if (dob === null) return null;
      // The agency's YearsBetween (a 29 February birthday is passed on 28 February).
      return yearsBetween(dob, isoToDays(`${ctx.collectionYear}-08-01`) as number) >= 115
        ? `The date of birth ${daysToIso(dob)} makes the learner 115 or older at the start of the teaching year.`
        : null;
    },
  }),
  learnerRule({
    id: 'DateOfBirth_05',
    severity: 'warning',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 4',
    fix: 'Check the date of birth: a learner under 4 at the start of community or non-funded learning is almost always a mistyped year.',
    test: onFirstAim(
      (a, { learner }) => (fm(a) === 10 || fm(a) === 99) && (ageOn(learner, num(a.aim.learn_start_date) ?? 0) ?? 99) < 4,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 4 at the start of the aim.`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_06',
    severity: 'warning',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 13',
    fix: 'Check the date of birth: a 16-19 funded learner under 13 on 31 August is almost always a mistyped year.',
    test: onFirstAim(
      (a, { learner }, year) => (fm(a) === 25 || fm(a) === 82) && (ageOn(learner, augustThirtyFirst(year)) ?? 99) < 13,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 13 on 31 August of the teaching year, on 16-19 funded learning.`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_07',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is 25 or over so the Source of funding must not be 16-19 funding',
    fix: 'A learner of 25 or over on 31 August cannot be funded from 16-19 funding: change the source of funding (SOF 107) or correct the date of birth.',
    test: onFirstAim(
      (a, { learner }, year) => (fm(a) === 25 || fm(a) === 82) && a.fams.has('SOF:107') && (ageOn(learner, augustThirtyFirst(year)) ?? -1) >= 25,
      (_a, f) => `Born ${dobOf(f)}, the learner is 25 or over on 31 August, but the aim is funded from 16-19 funding (SOF 107).`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_12',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 19 and the Community Learning provision is PCDL or NLDC',
    fix: 'Community learning for a learner under 19 at the start cannot be PCDL or NLDC (ASL 1 or 2): correct the community learning type or the date of birth.',
    test: onFirstAim(
      (a, { learner }) => fm(a) === 10 && (a.fams.has('ASL:1') || a.fams.has('ASL:2')) && (ageOn(learner, num(a.aim.learn_start_date) ?? 0) ?? 99) < 19,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 19 at the start of community learning recorded as PCDL or NLDC (ASL 1 or 2).`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_13',
    severity: 'warning',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is OfS funded and should not be under 16 years old',
    fix: 'Check the date of birth: an Office for Students funded learner (SOF 1) is expected to be 16 or over by 31 July.',
    test: onFirstAim(
      (a, { learner }, year) => fm(a) === 99 && a.fams.has('SOF:1') && (ageOn(learner, julyThirtyFirst(year)) ?? 99) < 16,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 16 on 31 July of the teaching year, on Office for Students funded learning.`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_14',
    severity: 'warning',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 18',
    fix: 'Check the date of birth: an offender in custody (LDM 034) is expected to be 18 or over at the start of learning.',
    test: onFirstAim(
      (a, { learner }) => (fm(a) === 35 || fm(a) === 81) && isOlass(a) && (ageOn(learner, num(a.aim.learn_start_date) ?? 0) ?? 99) < 18,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 18 at the start of learning recorded as an offender in custody (LDM 034).`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_20',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 19 and the Source of funding is not 16-19 funding',
    fix: 'A 16-19 funded learner under 19 on 31 August must have the source of funding 16-19 (SOF 107): correct the SOF code or the date of birth.',
    test: onFirstAim(
      // The agency leaves out traineeships (ProgType 24).
      (a, { learner }, year) =>
        (fm(a) === 25 || fm(a) === 82) && num(a.aim.prog_type) !== 24 && hasFamType(a, 'SOF') && !a.fams.has('SOF:107') && (ageOn(learner, augustThirtyFirst(year)) ?? 99) < 19,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 19 on 31 August, but the 16-19 funded aim's source of funding is not 16-19 (SOF 107).`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_23',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The Date of birth has not been returned',
    fix: FIX_MISSING,
    test: onFirstAim(
      (a, { learner }) => num(learner.date_of_birth) === null && fm(a) === 99 && hasFamType(a, 'ADL') && !isOlass(a),
      () => 'The learner has no date of birth, which an aim financed by an Advanced Learner Loan (ADL) needs.',
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_24',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The Unique learner number has been returned and the Date of birth has not been returned',
    fix: FIX_MISSING,
    test: ({ learner }) =>
      typeof learner.uln === 'bigint' && !hasTemporaryUln(learner) && num(learner.date_of_birth) === null
        ? `The learner has a ULN (${learner.uln.toString()}) but no date of birth; a learner with a ULN needs one.`
        : null,
  }),
  dateOfBirth25(TO_2024_25, (a) => fm(a) === 35 && !isApprenticeship(a) && !a.fams.has('LDM:376')),
  dateOfBirth25(AS_IN_2025_26, (a) => (fm(a) === 35 && !isApprenticeship(a)) || fm(a) === 37 || fm(a) === 38),
  learnerRule({
    id: 'DateOfBirth_26',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is under 19 and financed by an Advanced Learner Loan',
    fix: 'An Advanced Learner Loan (ADL) is for learners of 19 or over at the start: correct the date of birth, or the loan monitoring on the aim.',
    test: onFirstAim(
      (a, { learner }) => fm(a) === 99 && hasFamType(a, 'ADL') && (ageOn(learner, num(a.aim.learn_start_date) ?? 0) ?? 99) < 19,
      (_a, f) => `Born ${dobOf(f)}, the learner is under 19 at the start of an aim financed by an Advanced Learner Loan.`,
    ),
  }),
  learnerRule({
    id: 'DateOfBirth_27',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: "The learner's Date of birth is on or after the start of the current teaching year",
    fix: 'Correct the date of birth: it is on or after 1 August of the teaching year being returned, so the year is almost certainly mistyped.',
    test: ({ learner }, ctx) => {
      const dob = num(learner.date_of_birth);
      return dob !== null && dob >= firstAugust(ctx.collectionYear)
        ? `The date of birth ${daysToIso(dob)} is on or after 1 August ${ctx.collectionYear}, the start of the teaching year.`
        : null;
    },
  }),
  dateOfBirth30(TO_2024_25, [25, 35, 81, 82]),
  dateOfBirth30(AS_IN_2025_26, [25, 82, 35, 38, 81]),
  aimRule({
    id: 'DateOfBirth_34',
    entity: 'Learner',
    field: 'DateOfBirth',
    reads: ['learner.date_of_birth'],
    message: 'The learner is recorded as a High Needs Student but there is no Education health care plan recorded',
    fix: 'A 16-19 funded high needs student (HNS) of 19 to 24 must have an Education, health and care plan: add the EHC learner FAM, or correct the HNS monitoring.',
    test: (a, ctx) => {
      if (fm(a) !== 25) return null;
      const age = ageOn(a.learner, augustThirtyFirst(ctx.collectionYear));
      if (age === null || age < 19 || age > 24) return null;
      return hasLearnerFamType(a.learnerRows, 'HNS') && !hasLearnerFamType(a.learnerRows, 'EHC')
        ? `The learner is ${age} on 31 August and a high needs student (HNS) on 16-19 funding, but has no Education, health and care plan (EHC).`
        : null;
    },
  }),
  aimRule({
    id: 'DateOfBirth_37',
    entity: 'Learner',
    field: 'DateOfBirth',
    reads: ['learner.date_of_birth', 'learn_start_date', 'learn_plan_end_date'],
    message: 'The learner is 19 or over and the planned duration of the programme does not reach the required minimum duration of an apprenticeship',
    fix: 'Check the planned end date: an apprenticeship standard for a learner of 19 or over must be planned to last at least 365 days.',
    test: (a) => {
      const [start, plan] = [num(a.aim.learn_start_date), num(a.aim.learn_plan_end_date)];
      if (start === null || plan === null || start < day('2014-08-01') || start >= day('2016-08-01') || !oldStandard(a)) return null;
      return (ageOn(a.learner, start) ?? -1) >= 19 && plan - start < 365
        ? `The apprenticeship standard is planned to last ${plan - start} days, less than 365, for a learner of 19 or over.`
        : null;
    },
  }),
  aimRule({
    id: 'DateOfBirth_40',
    entity: 'Learner',
    field: 'DateOfBirth',
    reads: ['learner.date_of_birth', 'learn_start_date', 'learn_act_end_date'],
    message: 'The learner is 19 or over and the actual duration of the programme does not reach the required minimum duration of an apprenticeship',
    fix: 'Check the actual end date: an achieved apprenticeship standard for a learner of 19 or over must have lasted at least 365 days.',
    test: (a) => {
      const [start, end] = [num(a.aim.learn_start_date), num(a.aim.learn_act_end_date)];
      if (start === null || end === null || start > day('2016-07-31') || !oldStandard(a) || num(a.aim.outcome) !== 1) return null;
      // The agency counts whole days, both ends included (WholeDaysBetween).
      const length = Math.abs(end - start) + 1;
      return (ageOn(a.learner, start) ?? -1) >= 19 && length < 365
        ? `The achieved apprenticeship standard lasted ${length} days, counting both ends, less than 365, for a learner of 19 or over.`
        : null;
    },
  }),
  // The agency's DateOfBirth_48Rule: an apprenticeship whose programme (DD04) started, from 1 August
  // 2016, on or before the last Friday in June of the academic year in which the learner turns 16.
  // Reported at the first such aim (the agency reports each).
  learnerRule({
    id: 'DateOfBirth_48',
    field: 'DateOfBirth',
    reads: ['date_of_birth'],
    message: 'The learner is not over the school leaving age',
    fix: 'A learner can start an apprenticeship only after the last Friday in June of the school year they turn 16: check the date of birth and the programme’s start date.',
    test: (facts) => {
      const dob = num(facts.learner.date_of_birth);
      if (dob === null || !facts.aims.some(isApprenticeship)) return null;
      const leaving = lastFridayInJuneOf(addYears(dob, 16));
      for (const a of facts.aims) {
        if (!isApprenticeship(a)) continue;
        const start = programmeStart(a, facts.aims);
        if (start !== null && start >= day('2016-08-01') && start <= leaving)
          return { message: `Born ${daysToIso(dob)}, the learner could start an apprenticeship only after ${daysToIso(leaving)}; the programme started ${daysToIso(start)}.`, aimIndex: a.index };
      }
      return null;
    },
  }),
  plannedTooShort('DateOfBirth_46', [36, 81], day('2016-08-01'), day('2025-07-31'), 365, true),
  actualTooShort('DateOfBirth_47', [36, 81], day('2016-08-01'), day('2025-07-31'), 365),
  // New in the 2025/26 catalogue.
  plannedTooShort('DateOfBirth_57', [36], day('2025-08-01'), Infinity, 242, false, AS_IN_2025_26),
  actualTooShort('DateOfBirth_58', [36], day('2025-08-01'), Infinity, 242, AS_IN_2025_26),
];
