// The changes to a record between one year's returns that a partnership manager must look at, since
// they move the QAR without new learning (issue 17; the flags of int_return_changes.sql): a withdrawn
// aim deleted, an outcome turned to achieved long after the aim ended, a planned end date moved once
// it had passed. Only providers making in-year returns amend their records, so every other provider's
// files stay as they were; the view of each return (return-view.ts) applies them.
import { yearBounds } from './day-cache.ts';
import type { Random } from './random.ts';
import type { SimAim, SimLearner } from './simulate.ts';

export type AmendmentKind = 'withdrawn_aim_removed' | 'late_achievement' | 'plan_end_moved_after_passed';

/** A change the provider makes to one aim, seen in every return of the year as at `fromCensus` or later. */
export interface Amendment {
  kind: AmendmentKind;
  fromCensus: number;
  /** plan_end_moved_after_passed: the planned end date the later returns show. */
  planEndDay: number | null;
}

/** The census and preparation days of one year's returns, in order: the in-year ones, then the final. */
export interface ReturnSchedule {
  year: number;
  /** The first in-year return's census day (the R06: 31 January). */
  firstCensus: number;
  /** The next return's census day (the R10: 31 May), from which deletions and moved dates show. */
  secondCensus: number;
  /** The final return's census (31 July) and preparation days. */
  finalCensus: number;
  finalPrepared: number;
}

/**
 * The first few aims each amendment could happen to always get it, so even a small provider shows
 * each flag in numbers the reports do not withhold (5 or more); then about 1 in 25 of the rest.
 */
const ALWAYS_FIRST = 5;
const AMEND_SHARE = 0.04;
/** late_achievement: the aim ended at least this many days before the final return (the audit's "long after" is 180). */
const LATE_ACHIEVEMENT_DAYS = 200;

/**
 * Chooses, learner by learner, the aims a provider amends between its returns of `schedule.year`:
 * the first few aims each amendment could happen to, so each shows, and a small share of the rest.
 * Only aims outside apprenticeship programmes, so no programme's own rules are broken.
 */
export class Amender {
  private readonly seen = new Map<AmendmentKind, number>();

  constructor(
    private readonly rng: Random,
    private readonly schedule: ReturnSchedule,
  ) {}

  amend(learner: SimLearner): void {
    const s = this.schedule;
    const yearStart = yearBounds(s.year).first;
    for (const aim of learner.aims) {
      if (aim.progType !== null || aim.aimType === 1 || aim.amendment !== null) continue;
      if (aim.lastReturnedYear !== null && aim.lastReturnedYear < s.year) continue;
      const kind = kindFor(aim, s, yearStart);
      if (kind === null || !this.chosen(kind)) continue;
      aim.amendment =
        kind === 'withdrawn_aim_removed'
          ? { kind, fromCensus: s.secondCensus, planEndDay: null }
          : kind === 'late_achievement'
            ? { kind, fromCensus: s.finalCensus, planEndDay: null }
            : // Moved to fit: just after the actual end, or well beyond the year for an aim still going.
              { kind, fromCensus: s.secondCensus, planEndDay: (aim.endDay ?? s.finalCensus + this.rng.int(30, 90)) + this.rng.int(0, 21) };
    }
  }

  private chosen(kind: AmendmentKind): boolean {
    const seen = (this.seen.get(kind) ?? 0) + 1;
    this.seen.set(kind, seen);
    return seen <= ALWAYS_FIRST || this.rng.chance(AMEND_SHARE);
  }
}

/** Which amendment the aim could be given, if any. */
function kindFor(aim: SimAim, s: ReturnSchedule, yearStart: number): AmendmentKind | null {
  const end = aim.endDay;
  // Withdrawn by the first in-year return, so it shows there, then deleted.
  if (aim.finalCompStatus === 3 && end !== null && end >= yearStart && end <= s.firstCensus) return 'withdrawn_aim_removed';
  // Completed and not achieved early in the year; the final return, prepared long after, says achieved.
  if (aim.finalCompStatus === 2 && aim.finalOutcome === 3 && end !== null && end >= yearStart && end <= s.finalPrepared - LATE_ACHIEVEMENT_DAYS) {
    return 'late_achievement';
  }
  // Still in learning at the first in-year return, past its planned end.
  if (aim.startDay <= s.firstCensus && aim.planEndDay < s.firstCensus && (end === null || end > s.firstCensus)) return 'plan_end_moved_after_passed';
  return null;
}
