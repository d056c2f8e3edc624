// What the Learner rules ask of a learner's record, as the agency's service derives it: ages on
// the days of the teaching year it names (its AcademicYearDataService), the earliest start of the
// learner's aims (DD06), the employment status that applies on a day and its monitoring, and the
// learner's FAMs.
import { isoToDays, yearsBetween } from '../../../ilr/dates.ts';
import { TEMPORARY_ULN } from '../../../ilr/uln.ts';
import type { Row } from '../../../ilr/row.ts';
import { num, rowsOf, type AimFacts, type ChildRows } from '../../rule.ts';

/** A day of the year, worked out once per year (the rules ask for it on every learner). */
const dayOfYear = (monthDay: string, offset: number): ((year: number) => number) => {
  const known = new Map<number, number>();
  return (year) => {
    let d = known.get(year);
    if (d === undefined) known.set(year, (d = isoToDays(`${year + offset}-${monthDay}`) as number));
    return d;
  };
};
/** 1 August, 31 August and 31 July of the teaching year that starts in `year`. */
export const firstAugust = dayOfYear('08-01', 0);
export const augustThirtyFirst = dayOfYear('08-31', 0);
export const julyThirtyFirst = dayOfYear('07-31', 1);

/** Whole years old on `on` (the agency's YearsBetween), or null without a date of birth. */
export const ageOn = (learner: Row, on: number): number | null => {
  const dob = num(learner.date_of_birth);
  return dob === null ? null : yearsBetween(dob, on);
};

/** The earliest start of the learner's aims (the agency's DD06), or null without aims. */
export const earliestStart = (aims: readonly AimFacts[]): number | null => {
  let first: number | null = null;
  for (const { aim } of aims) {
    const start = num(aim.learn_start_date);
    if (start !== null && (first === null || start < first)) first = start;
  }
  return first;
};

export const hasLearnerFamType = (rows: ChildRows, type: string): boolean =>
  rowsOf(rows, 'learner_fam').some((r) => r.learn_fam_type === type);
/** The learner has this FAM (type and code), looked for without building a set. */
export const hasLearnerFam = (rows: ChildRows, type: string, code: number): boolean =>
  rowsOf(rows, 'learner_fam').some((r) => r.learn_fam_type === type && num(r.learn_fam_code) === code);

/** The learner has the temporary ULN 9999999999 (the warehouse keeps a ULN as a number). */
export const hasTemporaryUln = (learner: Row): boolean => typeof learner.uln === 'bigint' && learner.uln.toString() === TEMPORARY_ULN;

/** The employment statuses of the learner. */
export const statuses = (rows: ChildRows): readonly Row[] => rowsOf(rows, 'learner_employment_status');

/** The employment status that applies on a day: the latest one dated on or before it (the agency's LearnerEmploymentStatusForDate). */
export const statusOn = (rows: ChildRows, on: number): Row | null => {
  let found: Row | null = null;
  let foundDate = -Infinity;
  for (const s of statuses(rows)) {
    const d = num(s.date_emp_stat_app);
    if (d !== null && d <= on && d > foundDate) [found, foundDate] = [s, d];
  }
  return found;
};

/** The monitoring of one employment status (EmploymentStatusMonitoring rows carry its DateEmpStatApp as their parent key). */
export const monitoringOf = (rows: ChildRows, status: Row): Row[] =>
  rowsOf(rows, 'employment_status_monitoring').filter((m) => m.date_emp_stat_app === status.date_emp_stat_app);
