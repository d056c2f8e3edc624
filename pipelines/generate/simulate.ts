// Simulates learners' whole journeys (start, progress, withdrawal, achievement) once, then each
// collection year's return is a view of those journeys as they stood at that year's end. So a
// continuing learner carries into the next return, and the ILR rules about leavers, transfers and
// breaks have something real to find.
import { daysToIso, firstDayOf, isoToDays, lastDayOf } from '../ilr/dates.ts';
import type { LearningAim } from '../ilr/reference.ts';
import { TEMPORARY_ULN, withCheckDigit } from '../ilr/uln.ts';
import { isoOf, yearBounds } from './day-cache.ts';
import { Random, logistic, logit } from './random.ts';

export type ProviderKind = 'general_fe_college' | 'training_provider' | 'offender_learning';

export interface Provider {
  ukprn: number;
  name: string;
  kind: ProviderKind;
  /** Offender-learning providers teach in prisons (custody) or on probation (community). */
  offenderSetting: 'custody' | 'community' | null;
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
  /** Apprenticeship frameworks (ProgType 2, 3, 20–23): framework and pathway codes. */
  fworkCode: number | null;
  pwayCode: number | null;
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
  /** Legacy A46a/A46b national learning aim monitoring codes (81, 86, 34). */
  a46Codes: number[];
  /** Legacy A10 funding stream (21 16–18, 22 adult, 45 Train to Gain); null in XML years. */
  fundingStream: number | null;
  /** QCF aims: planned credits (A59) and credits achieved by the end (A60). */
  creditsPlanned: number | null;
  creditsAchieved: number | null;
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
  /** Prior attainment code (PriorAttain / PriorLevel). */
  priorAttain: number;
  /** Employment status before the first start, for adults and apprentices. */
  employment: { empStat: number; esm: { type: string; code: number } | null } | null;
  /** Where the learner went after leaving (DPOutcome; legacy L39), if the provider found out. */
  destination: Destination | null;
  aims: SimAim[];
}

export interface Destination {
  outType: string;
  outCode: number;
  /** Legacy L39 code for the same destination. */
  l39: number;
  /** Days after the last aim ended that the destination started and was collected. */
  startAfter: number;
  collectedAfter: number;
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

export type Era = 'xml' | 'legacy';

function makeProvider(rng: Random, index: number, learnersPerProvider: number): Provider {
  const kind: ProviderKind =
    index % 9 === 8 ? 'offender_learning' : index % 3 === 1 ? 'training_provider' : 'general_fe_college';
  const size = kind === 'general_fe_college' ? 1.6 : kind === 'training_provider' ? 0.6 : 0.35;
  const place = NAME_PLACES[index % NAME_PLACES.length] ?? 'Central';
  return {
    ukprn: 10_000_000 + 1_000 + index * 37,
    name: `${place} ${rng.pick(NAME_SUFFIX[kind])}`,
    kind,
    offenderSetting: kind === 'offender_learning' ? (index % 18 === 8 ? 'custody' : 'community') : null,
    effect: rng.normal(0, 0.45),
    // Sizes spread over a wide range, as real providers do (a few large colleges, many small).
    learnersPerYear: Math.max(5, Math.round(learnersPerProvider * size * Math.exp(rng.normal(0, 0.45)))),
  };
}

export function makeProviders(rng: Random, count: number, learnersPerProvider: number): Provider[] {
  const providers = Array.from({ length: count }, (_, i) => makeProvider(rng.fork(i), i, learnersPerProvider));
  // Centre the providers' effects on their learners, so the spread between providers is real but
  // the national rate stays near the published one whichever providers the seed happened to draw.
  const learners = providers.reduce((n, p) => n + p.learnersPerYear, 0);
  const mean = providers.reduce((sum, p) => sum + p.effect * p.learnersPerYear, 0) / learners;
  return providers.map((p) => ({ ...p, effect: p.effect - mean }));
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
  fworkCode: number | null;
  pwayCode: number | null;
  stdCode: number | null;
  plannedDays: number;
  a46Codes: number[];
  fundingStream: number | null;
}

/** Outcome odds near the published national rates (ilr-reference.md §4). */
// Retention before the QAR's exclusions: early withdrawals (qualifying period), transfers and breaks
// leave the cohort, which lifts the published retention a point or two above these.
const BASE_RETENTION = { et: 0.905, apprenticeship: 0.63 };
const BASE_PASS = { et: 0.94, apprenticeship: 0.985 };

const WITHDRAW_REASONS: readonly (readonly [number, number])[] = [
  [40, 10], [2, 12], [3, 8], [7, 1.5], [29, 4], [43, 8], [44, 30], [97, 14], [98, 12.5],
];

interface Ending {
  endDay: number | null;
  finalCompStatus: 2 | 3 | 6;
  withdrawReason: number | null;
  finalOutcome: 1 | 3;
  achDay: number | null;
  creditsAchieved: number | null;
}

/** How the aim ends: withdrawn (early or late), a break, or completed (achieved or not, on time or late). */
function simulateEnding(rng: Random, plan: AimPlan, startDay: number, planEndDay: number, effect: number, horizonDay: number, creditsPlanned: number | null): Ending {
  const family = plan.aimType === 1 || plan.aimType === 3 ? 'apprenticeship' : 'et';
  const stays = rng.chance(logistic(logit(BASE_RETENTION[family]) + effect));
  if (!stays) {
    // Leavers without finishing bank some of their credits on the way.
    const creditsAchieved = creditsPlanned === null ? null : Math.floor(creditsPlanned * rng.next() * 0.6);
    // A break in learning now and then (XML years: legacy A34 had no agreed break); otherwise a
    // withdrawal, early or late.
    if (rng.chance(0.08) && plan.fundingStream === null) {
      const endDay = startDay + rng.int(30, Math.max(31, plan.plannedDays - 1));
      return { endDay, finalCompStatus: 6, withdrawReason: null, finalOutcome: 3, achDay: null, creditsAchieved };
    }
    const early = rng.chance(0.2);
    const endDay = early
      ? startDay + rng.int(0, 40)
      : startDay + rng.int(42, Math.max(43, plan.plannedDays - 1));
    const withdrawReason = rng.weighted(WITHDRAW_REASONS);
    return { endDay, finalCompStatus: 3, withdrawReason, finalOutcome: 3, achDay: null, creditsAchieved };
  }
  const passes = rng.chance(logistic(logit(BASE_PASS[family]) + effect * 0.8));
  // Most finish on time; some run late (past planned end + 90 days: not timely).
  const lateness = rng.chance(0.12) ? rng.int(91, 240) : rng.int(-30, 20);
  const endDay = Math.max(startDay + 1, planEndDay + lateness);
  const isStandard = plan.progType === 25;
  const achDay = isStandard && passes ? endDay + rng.int(20, 120) : null;
  // Credits achieved: all of them on a pass (now and then more than planned, as real returns show),
  // part of them otherwise.
  const creditsAchieved =
    creditsPlanned === null
      ? null
      : passes
        ? creditsPlanned + (rng.chance(0.08) ? rng.int(1, 6) : 0)
        : Math.floor(creditsPlanned * (0.3 + rng.next() * 0.6));
  return {
    endDay: endDay > horizonDay ? null : endDay,
    finalCompStatus: 2,
    withdrawReason: null,
    finalOutcome: passes ? 1 : 3,
    achDay: achDay !== null && achDay <= horizonDay ? achDay : null,
    creditsAchieved,
  };
}

function simulateAim(
  rng: Random,
  plan: AimPlan,
  startDay: number,
  seq: number,
  effect: number,
  horizonDay: number,
): SimAim {
  const planEndDay = startDay + plan.plannedDays - 1;
  const creditsPlanned = plan.aim.qualificationType === 'QCF' ? plan.aim.creditValue : null;
  const ending = simulateEnding(rng, plan, startDay, planEndDay, effect, horizonDay, creditsPlanned);
  // One literal with every field, so every aim has the same shape (the writers read millions).
  return {
    learnAimRef: plan.aim.learnAimRef,
    aimType: plan.aimType,
    aimSeqNumber: seq,
    fundModel: plan.fundModel,
    progType: plan.progType,
    fworkCode: plan.fworkCode,
    pwayCode: plan.pwayCode,
    stdCode: plan.stdCode,
    startDay,
    planEndDay,
    endDay: ending.endDay,
    finalCompStatus: ending.finalCompStatus,
    withdrawReason: ending.withdrawReason,
    finalOutcome: ending.finalOutcome,
    achDay: ending.achDay,
    ldmCodes: [],
    a46Codes: plan.a46Codes,
    fundingStream: plan.fundingStream,
    creditsPlanned,
    creditsAchieved: ending.creditsAchieved,
    lastReturnedYear: null,
  };
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

/** The seed's aims grouped once, so choosing aims per learner does not rescan the table. */
export interface AimCatalogue {
  programme: LearningAim;
  functionalSkills: readonly LearningAim[];
  /** Aims an education-and-training learner takes today (no QCF, no NVQ). */
  modern: readonly LearningAim[];
  certificates: readonly LearningAim[];
  /** Aims of the 2007/08–2010/11 era: QCF units and qualifications, NVQs and the rest. */
  legacy: readonly LearningAim[];
  qcf: readonly LearningAim[];
  nvq: readonly LearningAim[];
  /** Short basic-skills aims offender-learning providers teach. */
  basicSkills: readonly LearningAim[];
}

export function catalogue(aims: readonly LearningAim[]): AimCatalogue {
  const programme = aims.find((a) => a.learnAimRef === 'ZPROG001');
  if (!programme) throw new Error('learning_aims.csv has no ZPROG001 programme aim');
  const of = (...types: string[]) => aims.filter((a) => types.includes(a.qualificationType));
  const nonEmpty = (list: LearningAim[], what: string) => {
    if (list.length === 0) throw new Error(`learning_aims.csv has no ${what} aims`);
    return list;
  };
  return {
    programme,
    functionalSkills: nonEmpty(of('Functional Skills'), 'Functional Skills'),
    modern: nonEmpty(aims.filter((a) => a !== programme && !['QCF', 'NVQ'].includes(a.qualificationType)), 'modern'),
    certificates: nonEmpty(of('Certificate'), 'Certificate'),
    legacy: nonEmpty(aims.filter((a) => a !== programme && a.qualificationType !== 'Functional Skills' && a.qualificationType !== 'T Level'), 'legacy'),
    qcf: nonEmpty(of('QCF'), 'QCF'),
    nvq: nonEmpty(of('NVQ'), 'NVQ'),
    basicSkills: nonEmpty(aims.filter((a) => ['E', '1'].includes(a.level) && a.qualificationType !== 'Apprenticeship'), 'entry and level 1'),
  };
}

const FRAMEWORKS = [403, 420, 436, 445, 489, 513, 563, 590];
const FRAMEWORKS_CLOSED = isoToDays('2020-08-01') ?? 0;

function apprenticeshipPlans(rng: Random, cat: AimCatalogue, startDay: number): AimPlan[] {
  // Frameworks closed to new starts on 31 July 2020; standards thereafter.
  const framework = startDay < FRAMEWORKS_CLOSED && rng.chance(0.55);
  const progType = framework ? rng.weighted([[3, 55], [2, 35], [20, 10]]) : 25;
  const fworkCode = framework ? rng.pick(FRAMEWORKS) : null;
  const pwayCode = framework ? rng.int(1, 3) : null;
  const stdCode = framework ? null : rng.pick(APPRENTICESHIP_STANDARDS);
  const common = { fundModel: 36, progType, fworkCode, pwayCode, stdCode, a46Codes: [], fundingStream: null };
  const components = [rng.pick(cat.functionalSkills), rng.pick(cat.functionalSkills)];
  return [
    { ...common, aim: cat.programme, aimType: 1, plannedDays: rng.int(366, 730) },
    ...components.map((aim) => ({ ...common, aim, aimType: 3 as const, plannedDays: rng.int(90, 300) })),
  ];
}

function etPlan(
  rng: Random,
  aim: LearningAim,
  fundModel: number,
  aimType: 4 | 5,
  a46Codes: number[],
  fundingStream: number | null = null,
): AimPlan {
  const long = aim.qualificationType === 'Diploma' || aim.qualificationType === 'A level';
  return {
    aim,
    aimType,
    fundModel,
    progType: null,
    fworkCode: null,
    pwayCode: null,
    stdCode: null,
    a46Codes,
    fundingStream,
    plannedDays: long ? rng.int(270, 640) : rng.weighted([[rng.int(5, 13), 3], [rng.int(14, 167), 35], [rng.int(168, 330), 62]]),
  };
}

// Adult skills (FM35) took no new starts from 1 August 2024; the Adult Skills Fund (FM38) took over.
const ADULT_SKILLS_FUND_FROM = isoToDays('2024-08-01') ?? 0;

function chooseAims(rng: Random, provider: Provider, age: number, startDay: number, cat: AimCatalogue): AimPlan[] {
  const adultModel = startDay >= ADULT_SKILLS_FUND_FROM ? 38 : 35;
  const fundModel = age < 19 ? 25 : adultModel;
  const apprenticeshipShare = provider.kind === 'training_provider' ? 0.7 : provider.kind === 'general_fe_college' ? 0.12 : 0;
  if (age >= 16 && rng.chance(apprenticeshipShare)) return apprenticeshipPlans(rng, cat, startDay);
  const offender = provider.kind === 'offender_learning';
  const count = offender ? rng.int(1, 2) : rng.weighted([[1, 45], [2, 35], [3, 20]]);
  const plans: AimPlan[] = [];
  for (let i = 0; i < count; i++) {
    const aim = rng.pick(offender ? cat.basicSkills : cat.modern);
    const long = aim.qualificationType === 'Diploma' || aim.qualificationType === 'A level';
    plans.push(etPlan(rng, aim, offender ? adultModel : fundModel, fundModel === 25 && i === 0 && long ? 5 : 4, []));
  }
  return plans;
}

/** 2007/08–2010/11: QCF and Progression Pathways at colleges, Train to Gain NVQs at training providers, OLASS. */
function chooseLegacyAims(rng: Random, provider: Provider, age: number, cat: AimCatalogue): AimPlan[] {
  const fundModel = age < 19 ? 25 : 35;
  const offenderCode =
    provider.offenderSetting === 'custody' ? 34 : provider.offenderSetting === 'community' || (age >= 19 && rng.chance(0.02)) ? 86 : null;
  const count = provider.kind === 'offender_learning' ? rng.int(1, 2) : rng.weighted([[1, 45], [2, 35], [3, 20]]);
  const plans: AimPlan[] = [];
  for (let i = 0; i < count; i++) {
    const aim =
      provider.kind === 'offender_learning'
        ? rng.pick(cat.basicSkills)
        : provider.kind === 'training_provider' && age >= 19
          ? rng.pick(rng.chance(0.7) ? cat.nvq : cat.qcf)
          : rng.pick(rng.chance(0.35) ? cat.qcf : cat.legacy);
    const a46 = [...(aim.pathwayType ? [81] : []), ...(offenderCode === null ? [] : [offenderCode])];
    const trainToGain = provider.kind === 'training_provider' && aim.qualificationType === 'NVQ';
    plans.push(etPlan(rng, aim, fundModel, 4, a46, trainToGain ? 45 : fundModel === 25 ? 21 : 22));
  }
  return plans;
}

const PRIOR_ATTAIN_YOUNG: readonly (readonly [number, number])[] = [[2, 45], [1, 25], [9, 8], [7, 7], [3, 8], [99, 4], [98, 3]];
const PRIOR_ATTAIN_ADULT: readonly (readonly [number, number])[] = [[2, 30], [3, 20], [1, 15], [10, 5], [11, 3], [9, 5], [7, 6], [99, 9], [98, 5], [97, 2]];

function employmentOf(rng: Random, apprentice: boolean, age: number): SimLearner['employment'] {
  if (apprentice) return { empStat: 10, esm: rng.chance(0.3) ? { type: 'EII', code: rng.pick([5, 6, 7, 8]) } : null };
  if (age < 19) return null;
  const empStat = rng.weighted([[10, 45], [11, 30], [12, 15], [98, 10]]);
  return { empStat, esm: empStat === 11 ? { type: 'LOU', code: rng.pick([1, 2, 3, 4]) } : null };
}

// Destinations (DPOutcome OutType/OutCode, ilr-reference.md §1a.4) with the legacy L39 code used for
// the same place. The official L39 list is not public: these L39 codes are illustrative only.
const DESTINATIONS: readonly (readonly [readonly [string, number, number], number])[] = [
  [['EDU', 4, 11], 18], [['EDU', 5, 11], 8], [['EDU', 6, 12], 9], [['EDU', 2, 10], 6],
  [['EMP', 1, 1], 24], [['EMP', 2, 2], 7], [['EMP', 4, 3], 2], [['GAP', 1, 13], 1],
  [['VOL', 1, 14], 1], [['NPE', 1, 20], 9], [['NPE', 2, 21], 3], [['OTH', 3, 98], 8], [['OTH', 4, 99], 4],
];

function destinationOf(rng: Random): Destination | null {
  if (rng.chance(0.15)) return null;
  const [outType, outCode, l39] = rng.weighted(DESTINATIONS);
  return { outType, outCode, l39, startAfter: rng.int(1, 40), collectedAfter: rng.int(14, 60) };
}

/** The new aim a learner transfers onto (WithdrawReason 40): a Progression Pathway code goes only where the new aim is one. */
function transferPlan(rng: Random, plan: AimPlan, next: LearningAim): AimPlan {
  const a46Codes = plan.a46Codes.filter((code) => code !== 81 || next.pathwayType !== null);
  return { ...plan, aim: next, a46Codes, plannedDays: rng.int(120, 300) };
}

/** The share of learners returned with the temporary ULN 9999999999 (ilr-reference.md §3). */
const TEMPORARY_ULN_SHARE = { xml: 0.006, legacy: 0.25 };

/**
 * All learners a provider starts between `firstYear - 1` (so the first return has continuing
 * learners) and `lastYear`, one at a time, each aim's journey simulated up to the end of `lastYear`.
 * A generator, so a provider of any size never sits in memory.
 */
export function* simulateProvider(
  rng: Random,
  provider: Provider,
  firstYear: number,
  lastYear: number,
  cat: AimCatalogue,
  era: Era = 'xml',
): Generator<SimLearner> {
  const horizonDay = isoToDays(lastDayOf(lastYear)) ?? 0;
  let serial = 0;
  for (let startYear = firstYear - 1; startYear <= lastYear; startYear++) {
    const yearStart = isoToDays(firstDayOf(startYear)) ?? 0;
    const count = Math.round(provider.learnersPerYear * (0.9 + rng.next() * 0.2));
    for (let n = 0; n < count; n++) {
      serial += 1;
      // Most start in September; the rest through the year.
      const startDay = yearStart + (rng.chance(0.55) ? rng.int(31, 50) : rng.int(0, 330));
      const offender = provider.kind === 'offender_learning';
      const age = offender
        ? rng.int(19, 58)
        : rng.weighted([[16, 30], [17, 10], [18, 6], [rng.int(19, 23), 20], [rng.int(24, 64), 34]]);
      const birthDay = startDay - age * 365.25 - rng.int(0, 360);
      const dateOfBirth = daysToIso(Math.floor(birthDay));
      const lldd = rng.weighted<1 | 2 | 9>([[1, 17], [2, 78], [9, 5]]);
      const exactAge = ageOn(dateOfBirth, startDay);
      const plans = era === 'legacy' ? chooseLegacyAims(rng, provider, exactAge, cat) : chooseAims(rng, provider, exactAge, startDay, cat);
      const apprentice = plans.some((p) => p.aimType === 1);
      const temporaryUln = !apprentice && rng.chance(TEMPORARY_ULN_SHARE[era] * (era === 'legacy' ? Math.max(0, 2010 - startYear) / 3 : 1));
      const learner: SimLearner = {
        learnRefNumber: `${era === 'legacy' ? 'P' : 'L'}${String(serial).padStart(7, '0')}`,
        uln: temporaryUln ? TEMPORARY_ULN : makeUln(rng),
        dateOfBirth,
        sex: rng.chance(offender ? 0.08 : 0.52) ? 'F' : 'M',
        ethnicity: rng.weighted(ETHNICITY_MIX),
        llddHealthProb: lldd,
        llddCat: lldd === 1 ? rng.pick([4, 5, 6, 8, 9, 10, 12, 14, 17]) : null,
        postcode: rng.pick(POSTCODE_DISTRICTS),
        priorAttain: rng.weighted(exactAge < 19 ? PRIOR_ATTAIN_YOUNG : PRIOR_ATTAIN_ADULT),
        employment: employmentOf(rng, apprentice, exactAge),
        destination: destinationOf(rng),
        aims: [],
      };
      // Learners with a learning difficulty or disability achieve a little less often: a real gap to find.
      const effect = provider.effect + (lldd === 1 ? -0.25 : 0) + rng.normal(0, 0.3);
      let seq = 0;
      for (const plan of plans) {
        seq += 1;
        const aim = simulateAim(rng, plan, startDay, seq, effect, horizonDay);
        if (provider.offenderSetting === 'custody' && era === 'xml') {
          aim.ldmCodes.push('034');
          // WithdrawReason 28 (OLASS learner withdrawn for reasons outside the provider's control) needs LDM 034.
          if (aim.finalCompStatus === 3 && aim.withdrawReason !== 40 && rng.chance(0.2)) aim.withdrawReason = 28;
        }
        learner.aims.push(aim);
        // A transfer to a new aim at the same provider: mostly a new start within 120 days.
        if (aim.withdrawReason === 40 && aim.endDay !== null && rng.chance(0.75)) {
          seq += 1;
          const next = rng.pick(cat.certificates);
          const newStart = aim.endDay + rng.int(1, 119);
          if (newStart <= horizonDay) {
            const transfer = simulateAim(rng, transferPlan(rng, plan, next), newStart, seq, effect, horizonDay);
            transfer.ldmCodes.push(...aim.ldmCodes);
            learner.aims.push(transfer);
          }
        }
        // A break that is never resumed, and an aim the provider forgets: both become overdue.
        if (aim.finalCompStatus === 6 && rng.chance(0.5) && aim.endDay !== null) {
          aim.lastReturnedYear = Math.min(lastYear - 1, yearOf(aim.endDay));
        }
        if (aim.endDay === null && rng.chance(0.02)) aim.lastReturnedYear = lastYear - 1;
      }
      yield learner;
    }
  }
}

function yearOf(day: number): number {
  const iso = isoOf(day);
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? year : year - 1;
}

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
  uln: string;
  dateOfBirth: string;
  /** null: the element is left out. */
  sex: string | null;
  aims: ReturnedAim[];
  /** The destination, in the return of the year the learner's last aim ended. */
  destination: { outType: string; outCode: number; outStartDate: string; outCollDate: string } | null;
  /** Legacy L39: the destination code once the learner has left, 95 (continuing) before. */
  l39: number;
}

/** The learner as returned in `collectionYear`, or null when none of their aims is in that return. */
export function learnerAsReturned(learner: SimLearner, collectionYear: number, preparedDay: number): ReturnedLearner | null {
  const aims: ReturnedAim[] = [];
  for (const aim of learner.aims) {
    const returned = aimAsReturned(aim, collectionYear);
    if (returned) aims.push(returned);
  }
  if (aims.length === 0) return null;
  const census = yearBounds(collectionYear).last;
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
  const destination =
    leftThisYear && d !== null && lastEnd !== null
      ? {
          outType: d.outType,
          outCode: d.outCode,
          outStartDate: isoOf(Math.min(lastEnd + d.startAfter, preparedDay)),
          outCollDate: isoOf(Math.min(lastEnd + d.collectedAfter, preparedDay)),
        }
      : null;
  return {
    learner,
    learnRefNumber: learner.learnRefNumber,
    uln: learner.uln,
    dateOfBirth: learner.dateOfBirth,
    sex: learner.sex,
    aims,
    destination,
    l39: lastEnd === null ? 95 : d?.l39 ?? 98,
  };
}

export function aimAsReturned(aim: SimAim, collectionYear: number): ReturnedAim | null {
  const first = yearBounds(collectionYear).first;
  const census = yearBounds(collectionYear).last;
  if (aim.startDay > census) return null;
  if (aim.lastReturnedYear !== null && collectionYear > aim.lastReturnedYear) return null;
  const ended = aim.endDay !== null && aim.endDay <= census;
  const lastActivity = Math.max(aim.endDay ?? Infinity, aim.achDay ?? -Infinity);
  if (ended && lastActivity < first) return null;
  const dates = { learnStartDate: isoOf(aim.startDay), learnPlanEndDate: isoOf(aim.planEndDay) };
  if (!ended) {
    return { aim, ...dates, compStatus: 1, learnActEndDate: null, withdrawReason: null, outcome: null, achDate: null };
  }
  const endDate = isoOf(aim.endDay ?? 0);
  if (aim.progType === 25 && aim.aimType === 1 && aim.finalCompStatus === 2) {
    // A standard between gateway and end-point assessment: complete, outcome not yet known.
    const achieved = aim.achDay !== null && aim.achDay <= census;
    return {
      aim,
      ...dates,
      compStatus: 2,
      learnActEndDate: endDate,
      withdrawReason: null,
      outcome: achieved ? 1 : aim.finalOutcome === 3 ? 3 : 8,
      achDate: achieved ? isoOf(aim.achDay ?? 0) : null,
    };
  }
  return {
    aim,
    ...dates,
    compStatus: aim.finalCompStatus,
    learnActEndDate: endDate,
    withdrawReason: aim.withdrawReason,
    outcome: aim.finalOutcome,
    achDate: null,
  };
}
