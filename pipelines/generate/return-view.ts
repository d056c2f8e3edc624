// Each collection year's return is a view of the simulated journeys as they stood on 31 July (or on
// an in-year return's census day: 31 January for the R06, 31 May for the R10): an aim still in
// learning is continuing, an ended one shows how it ended, a standard awaiting its end-point
// assessment shows Outcome 8 until a later return records the result. The provider's amendments
// between returns (amendments.ts) show from their day on.
import { isoOf, yearBounds } from './day-cache.ts';
import type { SimAim, SimLearner } from './simulate.ts';

/** An aim as the provider returns it in one collection year's file (status at the year's end). */
export interface ReturnedAim {
  aim: SimAim;
  /** Dates as the file writes them (text, so a fault can be injected into them). */
  learnStartDate: string;
  learnPlanEndDate: string;
  compStatus: 1 | 2 | 3 | 6;
  learnActEndDate: string | null;
  withdrawReason: number | null;
  outcome: 1 | 3 | 8 | null;
  achDate: string | null;
}

/** A learner as one collection year's return shows them: the fields a fault may be injected into, and their aims. */
export interface ReturnedLearner {
  learner: SimLearner;
  learnRefNumber: string;
  /** The reference the learner had before, once it has changed (PrevLearnRefNumber). */
  prevLearnRefNumber: string | null;
  uln: string;
  dateOfBirth: string;
  /** null: the element is left out. */
  sex: string | null;
  aims: ReturnedAim[];
  /** The destination, in the return of the year the learner's last aim ended. */
  destination: { outType: string; outCode: number; outStartDate: string; outEndDate: string | null; outCollDate: string } | null;
  /** Legacy L39: the destination code once the learner has left, 95 (continuing) before. */
  l39: number;
  /** `ilr generate --errors`: a fault in an element the view does not hold, made to the learner's XML as written (inject-errors.ts). */
  xmlEdit?: (xml: string) => string;
}

/**
 * The learner as returned in `collectionYear`, or null when none of their aims is in that return.
 * `censusDay` is the day the return describes: 31 July for the year's final return (the default),
 * earlier for a return made during the year.
 */
export function learnerAsReturned(
  learner: SimLearner,
  collectionYear: number,
  preparedDay: number,
  censusDay = yearBounds(collectionYear).last,
): ReturnedLearner | null {
  const aims: ReturnedAim[] = [];
  for (const aim of learner.aims) {
    const returned = aimAsReturned(aim, collectionYear, censusDay);
    if (returned) aims.push(returned);
  }
  if (aims.length === 0) return null;
  withProgrammeAims(learner, aims, collectionYear, censusDay);
  withComponentAims(learner, aims, collectionYear, censusDay);
  const census = censusDay;
  // The day the learner's last aim ended, if every aim has ended by the census.
  let lastEnd: number | null = -Infinity;
  for (const a of learner.aims) {
    if (a.endDay === null || a.endDay > census) {
      lastEnd = null;
      break;
    }
    lastEnd = Math.max(lastEnd, a.endDay);
  }
  const leftThisYear = lastEnd !== null && lastEnd >= yearBounds(collectionYear).first;
  const d = learner.destination;
  // A destination is returned once it has started by the time the return is prepared, and its end
  // date once it has ended by then.
  const startDay = lastEnd === null || d === null ? null : lastEnd + d.startAfter;
  const endDay = startDay === null || d === null || d.endAfter === null ? null : startDay + d.endAfter;
  const destination =
    leftThisYear && d !== null && lastEnd !== null && startDay !== null && startDay <= preparedDay
      ? {
          outType: d.outType,
          outCode: d.outCode,
          outStartDate: isoOf(startDay),
          outEndDate: endDay !== null && endDay <= preparedDay ? isoOf(endDay) : null,
          outCollDate: isoOf(Math.min(lastEnd + d.collectedAfter, preparedDay)),
        }
      : null;
  const renamed = learner.refChange !== null && collectionYear >= learner.refChange.fromYear;
  return {
    learner,
    learnRefNumber: renamed && learner.refChange ? learner.refChange.learnRefNumber : learner.learnRefNumber,
    prevLearnRefNumber: renamed ? learner.learnRefNumber : null,
    uln: learner.uln,
    dateOfBirth: learner.dateOfBirth,
    sex: learner.sex,
    aims,
    destination,
    l39: lastEnd === null ? 95 : d?.l39 ?? 98,
  };
}

/**
 * A component aim (AimType 3) is returned with its programme aim, the one of the same ProgType and
 * StdCode (R_30): a programme that ended in an earlier year is returned again while a component of
 * it still is. Adds the latest such programme aim where none is returned yet, in sequence order.
 */
function withProgrammeAims(learner: SimLearner, aims: ReturnedAim[], collectionYear: number, census: number): void {
  let added = false;
  for (let i = 0, n = aims.length; i < n; i++) {
    const c = aims[i]?.aim;
    // (A T Level's core aim, AimType 5 with its ProgType, likewise: R_125.)
    if (c === undefined || (c.aimType !== 3 && !(c.aimType === 5 && c.progType !== null))) continue;
    const sameProgramme = (a: SimAim) => a.aimType === 1 && a.progType === c.progType && a.stdCode === c.stdCode;
    if (aims.some((r) => sameProgramme(r.aim))) continue;
    let programme: SimAim | null = null;
    for (const a of learner.aims) if (sameProgramme(a) && a.startDay <= census) programme = a;
    const returned = programme && aimAsReturned(programme, collectionYear, census, true);
    if (returned) {
      aims.push(returned);
      added = true;
    }
  }
  if (added) aims.sort((x, y) => x.aim.aimSeqNumber - y.aim.aimSeqNumber);
}

/**
 * A programme aim is returned with an aim of its programme (R_31, R_126, R_136), a T Level's with
 * its occupational specialism (R_137), and a 16-19 (FundModel 25) learner's aims with their core
 * aim (R_63): where none is returned, the latest such aim, ended in an earlier year, is returned
 * again. Adds them, in sequence order.
 */
function withComponentAims(learner: SimLearner, aims: ReturnedAim[], collectionYear: number, census: number): void {
  if (!aims.some((r) => r.aim.aimType === 1 || r.aim.fundModel === 25)) return;
  const needs: ((a: SimAim) => boolean)[] = [];
  for (const { aim: p } of aims) {
    if (p.aimType !== 1) continue;
    const ofProgramme = (a: SimAim): boolean =>
      (a.aimType === 3 || a.aimType === 5) && a.fundModel === p.fundModel && a.progType === p.progType && a.fworkCode === p.fworkCode && a.pwayCode === p.pwayCode && a.stdCode === p.stdCode;
    needs.push(ofProgramme);
    if (p.progType === 31) needs.push((a) => ofProgramme(a) && a.learnAimRef.startsWith('ZTLOS'));
  }
  if (aims.some((r) => r.aim.fundModel === 25)) needs.push((a) => a.aimType === 5 && a.fundModel === 25);
  let added = false;
  for (const need of needs) {
    if (aims.some((r) => need(r.aim))) continue;
    let latest: SimAim | null = null;
    for (const a of learner.aims) if (need(a) && a.startDay <= census) latest = a;
    const returned = latest && aimAsReturned(latest, collectionYear, census, true);
    if (returned) {
      aims.push(returned);
      added = true;
    }
  }
  if (added) aims.sort((x, y) => x.aim.aimSeqNumber - y.aim.aimSeqNumber);
}

/** `evenIfClosed`: returned although it ended before the year or was last returned in an earlier one (a programme aim, R_30). */
export function aimAsReturned(aim: SimAim, collectionYear: number, census = yearBounds(collectionYear).last, evenIfClosed = false): ReturnedAim | null {
  const first = yearBounds(collectionYear).first;
  if (aim.startDay > census) return null;
  // A change the provider made between returns shows in the returns as at its day or later.
  const amended = aim.amendment !== null && census >= aim.amendment.fromCensus ? aim.amendment : null;
  if (amended?.kind === 'withdrawn_aim_removed') return null;
  if (aim.lastReturnedYear !== null && collectionYear > aim.lastReturnedYear && !evenIfClosed) return null;
  const ended = aim.endDay !== null && aim.endDay <= census;
  const lastActivity = Math.max(aim.endDay ?? Infinity, aim.achDay ?? -Infinity);
  if (ended && lastActivity < first && !evenIfClosed) return null;
  const planEndDay = amended?.kind === 'plan_end_moved_after_passed' && amended.planEndDay !== null ? amended.planEndDay : aim.planEndDay;
  const dates = { learnStartDate: isoOf(aim.startDay), learnPlanEndDate: isoOf(planEndDay) };
  if (!ended) {
    return { aim, ...dates, compStatus: 1, learnActEndDate: null, withdrawReason: null, outcome: null, achDate: null };
  }
  const endDate = isoOf(aim.endDay ?? 0);
  if (aim.progType === 25 && aim.aimType === 1 && aim.finalCompStatus === 2) {
    // A standard between gateway and end-point assessment: learning ended, Outcome 8, and from
    // 2019/20 CompStatus 1 (CompStatus_02 and Outcome_09 leave standards' programme aims out from
    // then; not a leaver yet, measures.md), CompStatus 2 before. Once assessed, passed or failed, it
    // is complete, and from 2019/20 carries the assessment's date as AchDate (AchDate_12; Outcome_04
    // lets a standard carry it with Outcome 3); in 2018/19 only a pass does.
    const assessed = aim.achDay !== null && aim.achDay <= census;
    const since2019 = collectionYear >= 2019;
    return {
      aim,
      ...dates,
      compStatus: assessed || !since2019 ? 2 : 1,
      learnActEndDate: endDate,
      withdrawReason: null,
      outcome: assessed ? aim.finalOutcome : 8,
      achDate: assessed && (since2019 || aim.finalOutcome === 1) ? isoOf(aim.achDay ?? 0) : null,
    };
  }
  return {
    aim,
    ...dates,
    compStatus: aim.finalCompStatus,
    learnActEndDate: endDate,
    withdrawReason: aim.withdrawReason,
    outcome: amended?.kind === 'late_achievement' ? 1 : aim.finalOutcome,
    // A completed Skills Bootcamp's programme aim carries its achievement date (R_138).
    achDate: aim.progType === 32 && aim.aimType === 1 && aim.achDay !== null && aim.achDay <= census ? isoOf(aim.achDay) : null,
  };
}
