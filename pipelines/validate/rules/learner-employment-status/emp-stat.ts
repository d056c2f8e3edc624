// EmpStat: the learner's employment status, and that an applicable one is returned (2025/26
// catalogue; the agency's Rules/EmploymentStatus/EmpStat and its tests). The status that applies on
// a day is the latest dated on or before it. The rules that ask for a status before an aim's start
// (EmpStat_08, _09, _11, _21) ask for one dated before the start day, as the agency's
// EmpStatsNotExistBeforeDate does; EmpStat_22 for one that applies on it.
import { daysToIso, fundingYear, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, SINCE_2021_22, aimRule, learnerRule, num, type AimFacts, type ChildRows, type LearnerFacts, type Rule, type Years } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';
import { ageOn, augustThirtyFirst, statusOn, statuses } from '../learner/learner-facts.ts';

const day = (iso: string): number => isoToDays(iso) as number;
const CODES = new Set([10, 11, 12, 98]);
const fm = ({ aim }: AimFacts): number => num(aim.fund_model) ?? -1;
const isProgramme = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1;
/** No status dated on or before the day. */
const noStatusBy = ({ learnerRows }: AimFacts, on: number): boolean => statuses(learnerRows).every((s) => (num(s.date_emp_stat_app) ?? Infinity) > on);
/** 31 July before the teaching year of a day, as the agency's PreviousYearEnd counts it (a day in August counts from the year before). */
const previousYearEnd = (on: number): number => {
  const iso = daysToIso(on);
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return day(`${m > 8 ? y : y - 1}-07-31`);
};
/** No status dated before the day (the agency's EmpStatsNotExistBeforeDate). */
const noStatusBefore = ({ learnerRows }: AimFacts, on: number): boolean => statuses(learnerRows).every((s) => (num(s.date_emp_stat_app) ?? Infinity) >= on);
/** 19 or over on 31 August of the teaching year the aim started in (the agency's GetAcademicYearOfLearningDate, August31). */
const adultAtStart = ({ learner }: AimFacts, start: number): boolean => (ageOn(learner, augustThirtyFirst(fundingYear(daysToIso(start)))) ?? -1) >= 19;
/**
 * The first aim `applies` picks out on whose start the learner is not in paid employment (no status
 * applies, or one other than 10): its start, the status that applies (null: none) and its index.
 */
const notEmployedAtStart = (
  aims: LearnerFacts['aims'],
  rows: ChildRows,
  applies: (a: AimFacts) => boolean,
): { start: string; value: string | null; aimIndex: number } | null => {
  for (const a of aims) {
    const start = num(a.aim.learn_start_date);
    if (start === null || !applies(a)) continue;
    const s = statusOn(rows, start);
    if (s === null || num(s.emp_stat) !== 10) return { start: daysToIso(start), value: s === null ? null : String(num(s.emp_stat)), aimIndex: a.index };
  }
  return null;
};
const AUGUST_2014 = day('2014-08-01');
const TRAINEESHIP = 24;
const FIX_STATUS = 'Add the learner’s employment status as it was on the day before they started (LearnerEmploymentStatus with DateEmpStatApp on or before the start date).';

const emp15 = (years: Years, excluded: readonly string[]): Rule =>
  aimRule({
    id: 'EmpStat_15',
    years,
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'The Employment status on the start date of an apprenticeship programme must not be unknown',
    fix: 'Record the apprentice’s employment status on the programme’s start date (in paid employment, 10, for nearly every apprentice); 98, not known, is not accepted.',
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || start <= day('2016-07-31') || !isProgramme(a) || !isApprenticeship(a) || excluded.some((f) => a.fams.has(f))) return null;
      const s = statusOn(a.learnerRows, start);
      return s !== null && num(s.emp_stat) === 98
        ? { message: `The employment status that applies on the programme's start (${daysToIso(start)}) is 98, not known.`, value: '98' }
        : null;
    },
  });

/** EmpStat_08: adult, Skills Bootcamp and non-funded aims of learners 19 or over, not apprenticeships or community learning. */
const emp08 = (years: Years, fundModels: readonly number[], excluded: (a: AimFacts) => boolean): Rule =>
  aimRule({
    id: 'EmpStat_08',
    years,
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies prior to the Learning start date',
    fix: FIX_STATUS,
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || start < AUGUST_2014 || !fundModels.includes(fm(a)) || !noStatusBefore(a, start)) return null;
      if (isApprenticeship(a) || (fm(a) === 99 && a.fams.has('SOF:108')) || excluded(a) || !adultAtStart(a, start)) return null;
      return `No employment status is dated before the aim's start (${daysToIso(start)}) of a learner 19 or over.`;
    },
  });

/** EmpStat_12: the status on an apprenticeship programme's start is not in paid employment (or none applies); reported once. */
const emp12 = (years: Years, ldm: readonly string[]): Rule =>
  learnerRule({
    id: 'EmpStat_12',
    years,
    severity: 'warning',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['emp_stat'],
    message: 'The Employment status on the start date of an apprenticeship programme should be employed',
    fix: 'An apprentice is employed: record the employment status that applies on the programme’s start as in paid employment (10), dated on or before the start.',
    test: ({ aims, rows }) => {
      const found = notEmployedAtStart(aims, rows, (a) => isProgramme(a) && isApprenticeship(a) && !ldm.some((f) => a.fams.has(f)));
      return found && { message: `The employment status on the programme's start (${found.start}) is ${found.value ?? 'not returned'}, not in paid employment (10).`, value: found.value, aimIndex: found.aimIndex };
    },
  });

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'EmpStat_05',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['emp_stat'],
    message: 'The Employment status is not a valid code',
    fix: 'Record the employment status as 10 (in paid employment), 11 (not employed, looking for work), 12 (not employed, not looking) or 98 (not known).',
    test: ({ rows }) => {
      const bad = statuses(rows).find((s) => num(s.emp_stat) !== null && !CODES.has(num(s.emp_stat) as number));
      return bad ? { message: `Employment status ${num(bad.emp_stat)} is not a valid code.`, value: String(num(bad.emp_stat)) } : null;
    },
  }),
  // The agency's EmpStat_01Rule: adult and non-funded aims of 2012/13–2013/14 (not apprenticeships,
  // traineeships, OLASS or community learning) of learners more than 6,939 days old on the 31 July
  // before the start's teaching year.
  aimRule({
    id: 'EmpStat_01',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies prior to this Learning start date',
    fix: FIX_STATUS,
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      const dob = num(a.learner.date_of_birth);
      if (start === null || dob === null || start < day('2012-08-01') || start > day('2014-07-31') || ![35, 81, 99].includes(fm(a))) return null;
      if (a.fams.has('LDM:034') || (fm(a) === 99 && a.fams.has('SOF:108')) || isApprenticeship(a) || num(a.aim.prog_type) === 24) return null;
      return previousYearEnd(start) - dob > 6939 && noStatusBy(a, start)
        ? `No employment status applies on or before the aim's start (${daysToIso(start)}).`
        : null;
    },
  }),
  // The agency's EmpStat_02Rule: apprenticeship and traineeship programmes started by 31 July 2014.
  aimRule({
    id: 'EmpStat_02',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies prior to this Learning start date',
    fix: FIX_STATUS,
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || start > day('2014-07-31') || !isProgramme(a) || !(isApprenticeship(a) || num(a.aim.prog_type) === 24)) return null;
      return noStatusBy(a, start) ? `No employment status applies on or before the programme's start (${daysToIso(start)}).` : null;
    },
  }),
  emp15({ from: null, to: 2024 }, []),
  // The 2025/26 catalogue leaves out LDM 353 and 355.
  emp15(AS_IN_2025_26, ['LDM:353', 'LDM:355']),
  // The agency's EmpStat_20Rule: reported once, at the first low-wage (LDM 363) aim whose start finds the learner not in paid employment.
  learnerRule({
    id: 'EmpStat_20',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['emp_stat'],
    message: 'The learner must be in paid employment for this Learning Delivery Monitoring code to be used.',
    fix: 'The low-wage monitoring (LDM 363) is for learners in paid employment: correct the employment status on the aim’s start date, or remove the monitoring.',
    test: ({ aims, rows }) => {
      const found = notEmployedAtStart(aims, rows, (a) => a.fams.has('LDM:363'));
      return found && { message: `The aim is monitored as low wages (LDM 363), but the learner is not in paid employment on its start (${found.start}).`, value: found.value, aimIndex: found.aimIndex };
    },
  }),
  // The agency's 2020/21 EmpStat_08Rule also leaves out traineeships and offender learning (LDM 034);
  // the 2025/26 catalogue adds Skills Bootcamps (FM37) and names neither.
  emp08({ from: null, to: 2024 }, [35, 81, 99], (a) => num(a.aim.prog_type) === TRAINEESHIP || a.fams.has('LDM:034')),
  emp08(AS_IN_2025_26, [35, 37, 81, 99], () => false),
  // The agency's EmpStat_09Rule: apprenticeship and traineeship programmes started after 31 July 2014.
  // The 2025/26 catalogue's summary says the same; its detailed description repeats EmpStat_08's.
  aimRule({
    id: 'EmpStat_09',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies prior to the Learning start date',
    fix: FIX_STATUS,
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || start < AUGUST_2014 || !isProgramme(a) || !(isApprenticeship(a) || num(a.aim.prog_type) === TRAINEESHIP)) return null;
      return noStatusBefore(a, start) ? `No employment status is dated before the programme's start (${daysToIso(start)}).` : null;
    },
  }),
  // The agency's EmpStat_11Rule: 16-19 aims (not traineeships) of a learner planned fewer than 540 hours in all.
  aimRule({
    id: 'EmpStat_11',
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date', 'learner.plan_learn_hours', 'learner.plan_eep_hours'],
    message: 'An Employment status record has not been returned that applies prior to the Learning start date',
    fix: 'A 16-19 learner planned fewer than 540 hours is asked for their employment status: add it, dated before the start (or check the planned hours).',
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || start < AUGUST_2014 || (fm(a) !== 25 && fm(a) !== 82) || num(a.aim.prog_type) === TRAINEESHIP) return null;
      const hours = (num(a.learner.plan_learn_hours) ?? 0) + (num(a.learner.plan_eep_hours) ?? 0);
      return hours < 540 && noStatusBefore(a, start)
        ? `The learner is planned ${hours} hours (fewer than 540) and no employment status is dated before the aim's start (${daysToIso(start)}).`
        : null;
    },
  }),
  emp12({ from: null, to: 2024 }, ['LDM:353', 'LDM:354', 'LDM:355']),
  // The 2025/26 catalogue leaves out LDM 353 and 355 (not 354).
  emp12(AS_IN_2025_26, ['LDM:353', 'LDM:355']),
  // Not in the agency's 2020/21 code (Adult Skills Fund, FM38, is from 2024/25): from the 2025/26 catalogue.
  aimRule({
    id: 'EmpStat_21',
    years: SINCE_2021_22,
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies prior to the Learning start date',
    fix: FIX_STATUS,
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || fm(a) !== 38 || !noStatusBefore(a, start) || !adultAtStart(a, start)) return null;
      return `No employment status is dated before the Adult Skills Fund aim's start (${daysToIso(start)}) of a learner 19 or over.`;
    },
  }),
  // Not in the agency's 2020/21 code (Tailored Learning, FM11, is from 2024/25). The catalogue's
  // condition ("no record where DateEmpStatApp is not on or before the start") is read as its
  // message words it: no status that applies on the start day, i.e. none dated on or before it.
  aimRule({
    id: 'EmpStat_22',
    years: SINCE_2021_22,
    entity: 'LearnerEmploymentStatus',
    field: 'EmpStat',
    reads: ['learn_start_date'],
    message: 'An Employment status record has not been returned that applies to the learning aim start date',
    fix: 'Add the learner’s employment status as it was on the aim’s start date (LearnerEmploymentStatus with DateEmpStatApp on or before the start date).',
    test: (a) => {
      const start = num(a.aim.learn_start_date);
      if (start === null || fm(a) !== 11 || !noStatusBy(a, start)) return null;
      return `No employment status applies on the Tailored Learning aim's start (${daysToIso(start)}).`;
    },
  }),
];
