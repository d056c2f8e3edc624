// Simulates learners' whole journeys (start, progress, withdrawal, achievement) once, then each
// collection year's return is a view of those journeys as they stood at that year's end. So a
// continuing learner carries into the next return, and the ILR rules about leavers, transfers and
// breaks have something real to find.
import { daysToIso, firstDayOf, isoToDays, lastDayOf } from '../ilr/dates.ts';
import type { LearningAim } from '../ilr/reference.ts';
import { withCheckDigit } from '../ilr/uln.ts';
import { Random, logistic, logit } from './random.ts';

export type ProviderKind = 'general_fe_college' | 'training_provider' | 'offender_learning';

export interface Provider {
  ukprn: number;
  name: string;
  kind: ProviderKind;
  /** Shift on the log-odds of staying and of passing: the provider's own quality. */
  effect: number;
  learnersPerYear: number;
}

export interface SimAim {
  learnAimRef: string;
  aimType: 1 | 3 | 4 | 5;
  aimSeqNumber: number;
  fundModel: number;
  progType: number | null;
  stdCode: number | null;
  startDay: number;
  planEndDay: number;
  /** When learning ended (withdrawal, completion, or the start of a break); null if never within the horizon. */
  endDay: number | null;
  finalCompStatus: 2 | 3 | 6;
  withdrawReason: number | null;
  finalOutcome: 1 | 3;
  /** Apprenticeship standards: the end-point assessment result date. */
  achDay: number | null;
  ldmCodes: string[];
  /** The provider stops returning the aim after this collection year (an overdue aim). */
  lastReturnedYear: number | null;
}

export interface SimLearner {
  learnRefNumber: string;
  uln: string;
  dateOfBirth: string;
  sex: 'F' | 'M';
  ethnicity: number;
  llddHealthProb: 1 | 2 | 9;
  llddCat: number | null;
  postcode: string;
  aims: SimAim[];
}

export interface Cohort {
  provider: Provider;
  learners: SimLearner[];
}

const NAME_PLACES = [
  'Northbrook', 'Riverside', 'Eastfield', 'Westmoor', 'Kingsway', 'Ashworth', 'Calderbank',
  'Fenland', 'Marsh Lane', 'Thamesmead', 'Pennine', 'Severn Vale', 'Wolds', 'Tyneside', 'Mersey',
  'Chiltern', 'Solent', 'Wealden', 'Peak District', 'Humber', 'Cotswold', 'Medway', 'Trent',
  'Exe Valley', 'Lakeland', 'Avon', 'Wirral', 'Dales', 'Fylde', 'Broadland',
];
const NAME_SUFFIX: Record<ProviderKind, readonly string[]> = {
  general_fe_college: ['College', 'College of Further Education', 'Technical College'],
  training_provider: ['Training Ltd', 'Skills Academy', 'Apprenticeships Ltd'],
  offender_learning: ['Offender Learning Service', 'Justice Education'],
};
const POSTCODE_DISTRICTS = [
  'B12', 'LS6', 'M14', 'NE4', 'L8', 'S2', 'BS5', 'NG7', 'LE3', 'CV1', 'PL4', 'HU3', 'SO14',
  'NR2', 'EX4', 'YO10', 'DE1', 'BD7', 'WV1', 'ST4', 'E13', 'N17', 'SE15', 'W12',
];

// Ethnicity codes 31–47, 98, 99 with a mix near the FE population (ilr-reference.md §1a.5).
const ETHNICITY_MIX: readonly (readonly [number, number])[] = [
  [31, 70], [32, 1], [33, 0.5], [34, 5], [35, 1], [36, 0.6], [37, 1], [38, 1], [39, 2.5],
  [40, 3], [41, 1.2], [42, 0.5], [43, 1.5], [44, 3.5], [45, 1], [46, 0.8], [47, 0.5], [98, 1.5],
  [99, 3],
];

export const APPRENTICESHIP_STANDARDS = [18, 25, 91, 136, 171, 237, 294, 336];

function makeProvider(rng: Random, index: number, learnersPerProvider: number): Provider {
  const kind: ProviderKind =
    index % 9 === 8 ? 'offender_learning' : index % 3 === 1 ? 'training_provider' : 'general_fe_college';
  const size = kind === 'general_fe_college' ? 1.6 : kind === 'training_provider' ? 0.6 : 0.35;
  const place = NAME_PLACES[index % NAME_PLACES.length] ?? 'Central';
  return {
    ukprn: 10_000_000 + 1_000 + index * 37,
    name: `${place} ${rng.pick(NAME_SUFFIX[kind])}`,
    kind,
    effect: rng.normal(0, 0.45),
    learnersPerYear: Math.max(5, Math.round(learnersPerProvider * size * (0.5 + rng.next()))),
  };
}

export function makeProviders(rng: Random, count: number, learnersPerProvider: number): Provider[] {
  return Array.from({ length: count }, (_, i) => makeProvider(rng.fork(i), i, learnersPerProvider));
}

function makeUln(rng: Random): string {
  for (;;) {
    const uln = withCheckDigit(`${rng.int(1, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`);
    if (uln) return uln;
  }
}

interface AimPlan {
  aim: LearningAim;
  aimType: 1 | 3 | 4 | 5;
  fundModel: number;
  progType: number | null;
  stdCode: number | null;
  plannedDays: number;
}

/** Outcome odds near the published national rates (ilr-reference.md §4). */
const BASE_RETENTION = { et: 0.915, apprenticeship: 0.7 };
const BASE_PASS = { et: 0.932, apprenticeship: 0.985 };

function simulateAim(
  rng: Random,
  plan: AimPlan,
  startDay: number,
  seq: number,
  effect: number,
  horizonDay: number,
): SimAim {
  const family = plan.aimType === 1 || plan.aimType === 3 ? 'apprenticeship' : 'et';
  const planEndDay = startDay + plan.plannedDays - 1;
  const stays = rng.chance(logistic(logit(BASE_RETENTION[family]) + effect));
  const base = {
    learnAimRef: plan.aim.learnAimRef,
    aimType: plan.aimType,
    aimSeqNumber: seq,
    fundModel: plan.fundModel,
    progType: plan.progType,
    stdCode: plan.stdCode,
    startDay,
    planEndDay,
    achDay: null,
    ldmCodes: [],
    lastReturnedYear: null,
  };
  if (!stays) {
    // A break in learning now and then; otherwise a withdrawal, early or late.
    if (rng.chance(0.08)) {
      const endDay = startDay + rng.int(30, Math.max(31, plan.plannedDays - 1));
      return { ...base, endDay, finalCompStatus: 6, withdrawReason: null, finalOutcome: 3 };
    }
    const early = rng.chance(0.2);
    const endDay = early
      ? startDay + rng.int(0, 40)
      : startDay + rng.int(42, Math.max(43, plan.plannedDays - 1));
    const withdrawReason = rng.weighted<number>([
      [40, 10], [2, 12], [3, 8], [7, 1.5], [29, 4], [43, 8], [44, 30], [97, 14], [98, 12.5],
    ]);
    return { ...base, endDay, finalCompStatus: 3, withdrawReason, finalOutcome: 3 };
  }
  const passes = rng.chance(logistic(logit(BASE_PASS[family]) + effect * 0.8));
  // Most finish on time; some run late (past planned end + 90 days: not timely).
  const lateness = rng.chance(0.12) ? rng.int(91, 240) : rng.int(-30, 20);
  const endDay = Math.max(startDay + 1, planEndDay + lateness);
  const isStandard = plan.progType === 25;
  const achDay = isStandard && passes ? endDay + rng.int(20, 120) : null;
  const aim: SimAim = {
    ...base,
    endDay: endDay > horizonDay ? null : endDay,
    finalCompStatus: 2,
    withdrawReason: null,
    finalOutcome: passes ? 1 : 3,
    achDay: achDay !== null && achDay <= horizonDay ? achDay : null,
  };
  return aim;
}

function ageOn(dateOfBirth: string, day: number): number {
  const dob = new Date(`${dateOfBirth}T00:00:00Z`);
  const at = new Date(day * 86_400_000);
  let age = at.getUTCFullYear() - dob.getUTCFullYear();
  if (
    at.getUTCMonth() < dob.getUTCMonth() ||
    (at.getUTCMonth() === dob.getUTCMonth() && at.getUTCDate() < dob.getUTCDate())
  ) {
    age -= 1;
  }
  return age;
}

function chooseAims(rng: Random, provider: Provider, age: number, aims: readonly LearningAim[]): AimPlan[] {
  const byType = (type: string) => aims.filter((a) => a.qualificationType === type);
  const etAims = aims.filter((a) => a.learnAimRef !== 'ZPROG001' && a.qualificationType !== 'QCF');
  const fundModel = age < 19 ? 25 : 35;
  const apprenticeshipShare = provider.kind === 'training_provider' ? 0.7 : provider.kind === 'general_fe_college' ? 0.12 : 0;
  if (age >= 16 && rng.chance(apprenticeshipShare)) {
    const programme = aims.find((a) => a.learnAimRef === 'ZPROG001');
    if (!programme) throw new Error('learning_aims.csv has no ZPROG001 programme aim');
    const plannedDays = rng.int(366, 730);
    const stdCode = rng.pick(APPRENTICESHIP_STANDARDS);
    const components = [rng.pick(byType('Functional Skills')), rng.pick(byType('Functional Skills'))];
    return [
      { aim: programme, aimType: 1, fundModel: 36, progType: 25, stdCode, plannedDays },
      ...components.map((aim) => ({
        aim,
        aimType: 3 as const,
        fundModel: 36,
        progType: 25,
        stdCode,
        plannedDays: rng.int(90, 300),
      })),
    ];
  }
  const count = provider.kind === 'offender_learning' ? rng.int(1, 2) : rng.weighted([[1, 45], [2, 35], [3, 20]]);
  const plans: AimPlan[] = [];
  for (let i = 0; i < count; i++) {
    const aim = rng.pick(etAims);
    const long = aim.qualificationType === 'Diploma' || aim.qualificationType === 'A level';
    plans.push({
      aim,
      aimType: fundModel === 25 && i === 0 && long ? 5 : 4,
      fundModel,
      progType: null,
      stdCode: null,
      plannedDays: long ? rng.int(270, 640) : rng.weighted([[rng.int(5, 13), 3], [rng.int(14, 167), 35], [rng.int(168, 330), 62]]),
    });
  }
  return plans;
}

/**
 * All learners a provider starts between `firstYear - 1` (so the first return has continuing
 * learners) and `lastYear`, with every aim's journey simulated up to the end of `lastYear`.
 */
export function simulateProvider(
  rng: Random,
  provider: Provider,
  firstYear: number,
  lastYear: number,
  aims: readonly LearningAim[],
): SimLearner[] {
  const horizonDay = isoToDays(lastDayOf(lastYear)) ?? 0;
  const learners: SimLearner[] = [];
  let serial = 0;
  for (let startYear = firstYear - 1; startYear <= lastYear; startYear++) {
    const yearStart = isoToDays(firstDayOf(startYear)) ?? 0;
    const count = Math.round(provider.learnersPerYear * (0.9 + rng.next() * 0.2));
    for (let n = 0; n < count; n++) {
      serial += 1;
      // Most start in September; the rest through the year.
      const startDay = yearStart + (rng.chance(0.55) ? rng.int(31, 50) : rng.int(0, 330));
      const age = rng.weighted([[16, 30], [17, 10], [18, 6], [rng.int(19, 23), 20], [rng.int(24, 64), 34]]);
      const birthDay = startDay - age * 365.25 - rng.int(0, 360);
      const dateOfBirth = daysToIso(Math.floor(birthDay));
      const lldd = rng.weighted<1 | 2 | 9>([[1, 17], [2, 78], [9, 5]]);
      const learner: SimLearner = {
        learnRefNumber: `L${String(serial).padStart(7, '0')}`,
        uln: makeUln(rng),
        dateOfBirth,
        sex: rng.chance(0.52) ? 'F' : 'M',
        ethnicity: rng.weighted(ETHNICITY_MIX),
        llddHealthProb: lldd,
        llddCat: lldd === 1 ? rng.pick([4, 5, 6, 8, 9, 10, 12, 14, 17]) : null,
        postcode: rng.pick(POSTCODE_DISTRICTS),
        aims: [],
      };
      // Learners with a learning difficulty or disability achieve a little less often: a real gap to find.
      const effect = provider.effect + (lldd === 1 ? -0.25 : 0) + rng.normal(0, 0.3);
      const plans = chooseAims(rng, provider, ageOn(dateOfBirth, startDay), aims);
      let seq = 0;
      for (const plan of plans) {
        seq += 1;
        const aim = simulateAim(rng, plan, startDay, seq, effect, horizonDay);
        if (provider.kind === 'offender_learning') aim.ldmCodes.push('034');
        learner.aims.push(aim);
        // A transfer to a new aim at the same provider: mostly a new start within 120 days.
        if (aim.withdrawReason === 40 && aim.endDay !== null && rng.chance(0.75)) {
          seq += 1;
          const next = rng.pick(aims.filter((a) => a.qualificationType === 'Certificate'));
          const newStart = aim.endDay + rng.int(1, 119);
          if (newStart <= horizonDay) {
            learner.aims.push(
              simulateAim(rng, { ...plan, aim: next, plannedDays: rng.int(120, 300) }, newStart, seq, effect, horizonDay),
            );
          }
        }
        // A break that is never resumed, and an aim the provider forgets: both become overdue.
        if (aim.finalCompStatus === 6 && rng.chance(0.5) && aim.endDay !== null) {
          aim.lastReturnedYear = Math.min(lastYear - 1, yearOf(aim.endDay));
        }
        if (aim.endDay === null && rng.chance(0.02)) aim.lastReturnedYear = lastYear - 1;
      }
      learners.push(learner);
    }
  }
  return learners;
}

function yearOf(day: number): number {
  const iso = daysToIso(day);
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? year : year - 1;
}

/** An aim as the provider returns it in one collection year's file (status at the year's end). */
export interface ReturnedAim {
  aim: SimAim;
  compStatus: 1 | 2 | 3 | 6;
  learnActEndDate: string | null;
  withdrawReason: number | null;
  outcome: 1 | 3 | 8 | null;
  achDate: string | null;
}

export function aimAsReturned(aim: SimAim, collectionYear: number): ReturnedAim | null {
  const first = isoToDays(firstDayOf(collectionYear)) ?? 0;
  const census = isoToDays(lastDayOf(collectionYear)) ?? 0;
  if (aim.startDay > census) return null;
  if (aim.lastReturnedYear !== null && collectionYear > aim.lastReturnedYear) return null;
  const ended = aim.endDay !== null && aim.endDay <= census;
  const lastActivity = Math.max(aim.endDay ?? Infinity, aim.achDay ?? -Infinity);
  if (ended && lastActivity < first) return null;
  if (!ended) {
    return { aim, compStatus: 1, learnActEndDate: null, withdrawReason: null, outcome: null, achDate: null };
  }
  const endDate = daysToIso(aim.endDay ?? 0);
  if (aim.progType === 25 && aim.aimType === 1 && aim.finalCompStatus === 2) {
    // A standard between gateway and end-point assessment: complete, outcome not yet known.
    const achieved = aim.achDay !== null && aim.achDay <= census;
    return {
      aim,
      compStatus: 2,
      learnActEndDate: endDate,
      withdrawReason: null,
      outcome: achieved ? 1 : aim.finalOutcome === 3 ? 3 : 8,
      achDate: achieved ? daysToIso(aim.achDay ?? 0) : null,
    };
  }
  return {
    aim,
    compStatus: aim.finalCompStatus,
    learnActEndDate: endDate,
    withdrawReason: aim.withdrawReason,
    outcome: aim.finalOutcome,
    achDate: null,
  };
}
