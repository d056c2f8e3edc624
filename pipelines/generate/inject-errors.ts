// `ilr generate --errors RATE`: faults the loader must catch, each injected into a learner that
// would otherwise be clean and recorded exactly, so a test can check the loader finds every one and
// nothing else. Each fault is made to break its own rule only: a date moved for LearnPlanEndDate_02
// leaves the start and actual end alone, an unparseable date goes into DateOfBirth (optional, so
// its loss breaks no other rule), a withdrawn aim gains Outcome 1 rather than an achieved aim
// losing its completion (which would also need a WithdrawReason).
import { daysToIso, isoToDays } from '../ilr/dates.ts';
import { TEMPORARY_ULN, isUlnChecksumValid } from '../ilr/uln.ts';
import type { Random } from './random.ts';
import type { ReturnedAim, ReturnedLearner } from './return-view.ts';

/** The loader's rule ids, one issue per injected fault (pipelines/validate). */
export const INJECTED_RULES = [
  'ULN_04',
  'Schema_Type',
  'FD_Sex_MA',
  'LearnRefNumber_Unique',
  'LearnPlanEndDate_02',
  'LearnActEndDate_01',
  'CompStatus_06',
] as const;

export type InjectedRule = (typeof INJECTED_RULES)[number];

export interface InjectedFault {
  file: string;
  ruleId: InjectedRule;
  learnRefNumber: string;
  aimSeqNumber: number | null;
  field: string;
  value: string | null;
}

const daysBefore = (iso: string, days: number): string => daysToIso((isoToDays(iso) ?? 0) - days);

/** An apprenticeship standard's programme aim: its planned and actual length have rules of their own (DateOfBirth_46, _47, _57, _58). */
const isStandardProgramme = (aim: ReturnedAim): boolean => aim.aim.aimType === 1 && aim.aim.progType === 25;

type Injection = (view: ReturnedLearner, rng: Random, previousRef: string | null) => { view: ReturnedLearner; fault: Omit<InjectedFault, 'file' | 'ruleId'> } | null;

function onAim(
  view: ReturnedLearner,
  applies: (aim: ReturnedAim) => boolean,
  change: (aim: ReturnedAim) => { aim: ReturnedAim; field: string; value: string | null },
) {
  const index = view.aims.findIndex(applies);
  const target = view.aims[index];
  if (target === undefined) return null;
  const changed = change(target);
  const aims = view.aims.map((a, i) => (i === index ? changed.aim : a));
  return {
    view: { ...view, aims },
    // The aim's number as the file writes it (write-xml.ts numbers the returned aims 1, 2, 3 …).
    fault: { learnRefNumber: view.learnRefNumber, aimSeqNumber: index + 1, field: changed.field, value: changed.value },
  };
}

const INJECTIONS: Record<InjectedRule, Injection> = {
  // A wrong check digit (DD01): any other last digit fails the checksum.
  ULN_04: (view, rng) => {
    if (view.uln === TEMPORARY_ULN) return null;
    const last = Number(view.uln[9]);
    const uln = `${view.uln.slice(0, 9)}${(last + rng.int(1, 9)) % 10}`;
    if (uln === TEMPORARY_ULN || isUlnChecksumValid(uln)) return null;
    return { view: { ...view, uln }, fault: { learnRefNumber: view.learnRefNumber, aimSeqNumber: null, field: 'ULN', value: uln } };
  },
  // A UK-style date where the schema wants YYYY-MM-DD.
  Schema_Type: (view) => {
    const [y, m, d] = view.dateOfBirth.split('-');
    const value = `${d}/${m}/${y}`;
    return { view: { ...view, dateOfBirth: value }, fault: { learnRefNumber: view.learnRefNumber, aimSeqNumber: null, field: 'DateOfBirth', value } };
  },
  // Sex is mandatory on every Learner (the schema's check, reported as FD_Sex_MA).
  FD_Sex_MA: (view) => ({
    view: { ...view, sex: null },
    fault: { learnRefNumber: view.learnRefNumber, aimSeqNumber: null, field: 'Sex', value: null },
  }),
  // The previous learner's reference again.
  LearnRefNumber_Unique: (view, _rng, previousRef) =>
    previousRef === null || previousRef === view.learnRefNumber
      ? null
      : {
          view: { ...view, learnRefNumber: previousRef },
          fault: { learnRefNumber: previousRef, aimSeqNumber: null, field: 'LearnRefNumber', value: previousRef },
        },
  LearnPlanEndDate_02: (view, rng) =>
    onAim(view, (aim) => !isStandardProgramme(aim), (aim) => {
      const value = daysBefore(aim.learnStartDate, rng.int(1, 60));
      return { aim: { ...aim, learnPlanEndDate: value }, field: 'LearnPlanEndDate', value };
    }),
  // Only on aims with no AchDate, so AchDate's own check against the start is not touched.
  LearnActEndDate_01: (view, rng) =>
    onAim(view, (aim) => aim.learnActEndDate !== null && aim.achDate === null && !isStandardProgramme(aim), (aim) => {
      const value = daysBefore(aim.learnStartDate, rng.int(1, 60));
      return { aim: { ...aim, learnActEndDate: value }, field: 'LearnActEndDate', value };
    }),
  // Not on a Skills Bootcamp (FundModel 37, ProgType 32): the catalogue's CompStatus_06 leaves them out.
  CompStatus_06: (view) =>
    onAim(
      view,
      (aim) => aim.compStatus === 3 && aim.outcome === 3 && !(aim.aim.fundModel === 37 && aim.aim.progType === 32),
      (aim) => ({ aim: { ...aim, outcome: 1 }, field: 'Outcome', value: '1' }),
    ),
};

/**
 * Injects faults into one file's learners: each learner draws once, a share `rate` of learners per
 * rule; a fault that does not fit the learner it fell on (no withdrawn aim, say) waits for the next
 * learner it fits. At most one fault per learner, and that learner's destination record is left
 * out, so the fault is the only thing wrong with them.
 */
export class ErrorInjector {
  private readonly pending: InjectedRule[] = [];

  constructor(
    private readonly rng: Random,
    private readonly rate: number,
    private readonly file: string,
    private readonly onFault: (fault: InjectedFault) => void,
  ) {}

  apply(view: ReturnedLearner, previousRef: string | null): ReturnedLearner {
    const u = this.rng.next();
    if (u < this.rate * INJECTED_RULES.length) {
      const rule = INJECTED_RULES[Math.floor(u / this.rate)];
      if (rule) this.pending.push(rule);
    }
    for (const [i, rule] of this.pending.entries()) {
      const injected = INJECTIONS[rule](view, this.rng, previousRef);
      if (injected === null) continue;
      this.pending.splice(i, 1);
      this.onFault({ file: this.file, ruleId: rule, ...injected.fault });
      return { ...injected.view, destination: null };
    }
    return view;
  }
}
