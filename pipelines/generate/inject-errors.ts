// `ilr generate --errors RATE`: faults the loader must catch, each injected into a learner that
// would otherwise be clean and recorded exactly, so a test can check the loader finds every one and
// nothing else. A share RATE of each XML return's learners is given one fault, its kind drawn
// uniformly among all the kinds (injections/*.ts); a kind that does not fit the learner it fell
// on (no withdrawn aim, say) waits for the next learner it fits.
//
// Each fault is made to break its own rule only where it can be: a date moved for
// LearnPlanEndDate_02 leaves the start and actual end alone, an unparseable date goes into
// DateOfBirth (optional, so its loss breaks no other rule), a withdrawn aim gains Outcome 1 rather
// than an achieved aim losing its completion (which would also need a WithdrawReason). Where the
// rules' own definitions make one fault break several rules (an achievement date before the start
// is before the actual end too), the others are recorded with it (`alsoBreaks`, `alsoWarns`).
import { AIM_DATE_INJECTIONS } from './injections/aim-dates.ts';
import { AIM_STATUS_INJECTIONS } from './injections/aim-status.ts';
import { DELIVERY_FAM_INJECTIONS } from './injections/delivery-fams.ts';
import type { Injection } from './injections/fault.ts';
import { LEARNER_INJECTIONS } from './injections/learner.ts';
import { RECORD_INJECTIONS } from './injections/records.ts';
import type { Random } from './random.ts';
import type { ReturnedLearner } from './return-view.ts';

const INJECTIONS: readonly Injection[] = [...LEARNER_INJECTIONS, ...AIM_DATE_INJECTIONS, ...AIM_STATUS_INJECTIONS, ...DELIVERY_FAM_INJECTIONS, ...RECORD_INJECTIONS];

/** The loader's rule ids (pipelines/validate), one kind of fault each. */
export const INJECTED_RULES: readonly string[] = INJECTIONS.map((i) => i.rule);

export type InjectedRule = string;

export interface InjectedFault {
  file: string;
  /** The rule the fault is made to break. */
  ruleId: InjectedRule;
  learnRefNumber: string;
  aimSeqNumber: number | null;
  field: string;
  value: string | null;
  /** Other errors the same fault breaks, by those rules' definitions. */
  alsoBreaks: readonly string[];
  /** Warnings the fault raises. */
  alsoWarns: readonly string[];
}

/** The return the faults go into. */
export interface InjectionTarget {
  file: string;
  collectionYear: number;
  /** Days since 1970-01-01. */
  preparedDay: number;
}

/**
 * Injects faults into one file's learners. At most one fault per learner, and that learner's
 * destination record is left out, so the fault is the only thing wrong with them.
 */
export class ErrorInjector {
  private readonly pending: Injection[] = [];
  /** The learner written last was given a fault: LearnRefNumber_Unique does not copy its reference. */
  private lastFaulted = false;

  constructor(
    private readonly rng: Random,
    private readonly rate: number,
    private readonly target: InjectionTarget,
    private readonly onFault: (fault: InjectedFault) => void,
  ) {}

  apply(view: ReturnedLearner, previousRef: string | null): ReturnedLearner {
    if (this.rng.next() < this.rate) {
      const drawn = INJECTIONS[Math.floor(this.rng.next() * INJECTIONS.length)];
      if (drawn) this.pending.push(drawn);
    }
    const ctx = { rng: this.rng, previousRef: this.lastFaulted ? null : previousRef, collectionYear: this.target.collectionYear, preparedDay: this.target.preparedDay };
    this.lastFaulted = false;
    for (const [i, injection] of this.pending.entries()) {
      const injected = injection.inject(view, ctx);
      if (injected === null) continue;
      this.pending.splice(i, 1);
      this.lastFaulted = true;
      this.onFault({
        file: this.target.file,
        ruleId: injection.rule,
        ...injected.place,
        alsoBreaks: injected.alsoBreaks ?? [],
        alsoWarns: injected.alsoWarns ?? [],
      });
      return { ...injected.view, destination: null };
    }
    return view;
  }
}
