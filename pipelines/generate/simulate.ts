// Simulates learners' whole journeys (start, progress, withdrawal, achievement) once; each
// collection year's return is then a view of them as they stood at that year's end (return-view.ts).
// So a continuing learner carries into the next return, and the ILR rules about leavers, transfers
// and breaks have something real to find.
import { daysToIso, firstDayOf, isoToDays, lastDayOf } from '../ilr/dates.ts';
import { TEMPORARY_ULN, withCheckDigit } from '../ilr/uln.ts';
import type { Amendment } from './amendments.ts';
import { chooseAims, chooseLegacyAims, transferPlan, type AimCatalogue, type AimPlan } from './aim-plans.ts';
import { qcfUnitLearner } from './qcf-credit.ts';
import { isoOf } from './day-cache.ts';
import type { Provider } from './providers.ts';
import { Random, logistic, logit } from './random.ts';

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
  /** A restart after a break in learning: carries the LearningDeliveryFAM RES. */
  isRestart: boolean;
  /** Legacy A46a/A46b national learning aim monitoring codes (81, 86, 34). */
  a46Codes: number[];
  /** Legacy A10 funding stream (21 16–18, 22 adult, 45 Train to Gain); null in XML years. */
  fundingStream: number | null;
  /** QCF aims: planned credits (A59) and credits achieved by the end (A60). */
  creditsPlanned: number | null;
  creditsAchieved: number | null;
  /** The provider stops returning the aim after this collection year (an overdue aim). */
  lastReturnedYear: number | null;
  /** A change the provider makes to the aim between one year's returns (amendments.ts). */
  amendment: Amendment | null;
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
  /** A new learner reference from `fromYear` on, the old one returned as PrevLearnRefNumber. */
  refChange: { fromYear: number; learnRefNumber: string } | null;
}

export interface Destination {
  outType: string;
  outCode: number;
  /** Legacy L39 code for the same destination. */
  l39: number;
  /** Days after the last aim ended that the destination started and was collected. */
  startAfter: number;
  collectedAfter: number;
  /** Days after its start that the destination ended (a job or course left); null while it lasts. */
  endAfter: number | null;
}

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

export type Era = 'xml' | 'legacy';

function makeUln(rng: Random): string {
  for (;;) {
    const uln = withCheckDigit(`${rng.int(1, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`);
    if (uln) return uln;
  }
}

/** Outcome odds near the published national rates (ilr-reference.md §4). */
// Retention before the QAR's exclusions: early withdrawals (qualifying period), transfers and breaks
// leave the cohort, which lifts the published retention a point or two above these.
const BASE_RETENTION = { et: 0.905, apprenticeship: 0.63 };
const BASE_PASS = { et: 0.94, apprenticeship: 0.985 };

const WITHDRAW_REASONS: readonly (readonly [number, number])[] = [
  [40, 10], [2, 12], [3, 8], [7, 1.5], [29, 4], [43, 8], [44, 30], [97, 14], [98, 12.5],
  // Transfers to another provider to meet a government strategy (41) or after a merger (47):
  // rare, about 1 withdrawal in 100 (measures.md: excluded as transfer_other_provider).
  [41, 0.7], [47, 0.4],
];

/** The shortest an apprenticeship standard can last, from its start to its actual end (DateOfBirth_47). */
const MINIMUM_STANDARD_DAYS = 365;

/** Breaks in learning the learner comes back from (a restart with the FAM RES), and how soon. */
const RESTART_SHARE = 0.45;
const BOOTCAMP = 32;

/**
 * A Skills Bootcamp (ProgType 32): its programme aim, once completed, carries its achievement date
 * (R_138); its component aim ends as its programme aim ends, break or not, and is not restarted on
 * its own (R_140, R_143). Adds the component aim to the learner's aims and says so, or leaves a
 * programme aim to the caller.
 */
function endsWithProgramme(aims: SimAim[], aim: SimAim, startDay: number): boolean {
  if (aim.aimType === 1) {
    if (aim.finalCompStatus === 2 && aim.endDay !== null) [aim.finalOutcome, aim.achDay] = [1, aim.endDay];
    return false;
  }
  const programme = aims.find((a) => a.aimType === 1 && a.progType === BOOTCAMP && a.startDay === startDay);
  if (!programme) return false;
  aim.endDay = programme.endDay;
  aim.finalCompStatus = programme.finalCompStatus;
  aim.withdrawReason = programme.withdrawReason;
  aim.finalOutcome = programme.finalOutcome;
  aim.achDay = null;
  aim.lastReturnedYear = programme.lastReturnedYear;
  aims.push(aim);
  return true;
}
/** Learners whose reference changes between years (PrevLearnRefNumber): a records clean-up, a new MIS. */
const REFERENCE_CHANGE_SHARE = 0.01;

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
  const isStandard = plan.progType === 25;
  // A completed apprenticeship standard lasted at least a year (DateOfBirth_47; a restart, planned
  // for what was left of it, is exempt).
  const shortest = isStandard && plan.aimType === 1 && plan.plannedDays >= MINIMUM_STANDARD_DAYS ? MINIMUM_STANDARD_DAYS : 1;
  const endDay = Math.max(startDay + shortest, planEndDay + lateness);
  // A standard's end-point assessment, passed or failed, some weeks after the gateway (its AchDate).
  const achDay = isStandard ? endDay + rng.int(20, 120) : null;
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
  const isUnit = plan.aim.qualificationType === 'QCF Unit';
  const creditsPlanned = plan.aim.qualificationType === 'QCF' || isUnit ? plan.aim.creditValue : null;
  const ending = simulateEnding(rng, plan, startDay, planEndDay, effect, horizonDay, creditsPlanned);
  // A QCF unit's credit is awarded whole: all of it when the unit is achieved, none otherwise.
  if (isUnit) ending.creditsAchieved = ending.finalOutcome === 1 ? creditsPlanned : 0;
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
    isRestart: false,
    a46Codes: plan.a46Codes,
    fundingStream: plan.fundingStream,
    creditsPlanned,
    creditsAchieved: ending.creditsAchieved,
    lastReturnedYear: null,
    amendment: null,
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
  // Starts spread over the year after leaving, most within a month (the check-in points of seed
  // document 000: a week, two weeks, a month, 12 weeks, six months, a year); a quarter end.
  const startAfter = rng.weighted([
    [rng.int(0, 7), 30], [rng.int(8, 14), 12], [rng.int(15, 30), 16],
    [rng.int(31, 84), 20], [rng.int(85, 182), 13], [rng.int(183, 365), 9],
  ]);
  const endAfter = rng.chance(0.25) ? rng.int(10, 300) : null;
  return { outType, outCode, l39, startAfter, collectedAfter: startAfter + rng.int(7, 60), endAfter };
}

/** The share of learners returned with the temporary ULN 9999999999 (ilr-reference.md §3): in the XML years, of offenders in custody. */
const TEMPORARY_ULN_SHARE = { xml: 0.05, legacy: 0.25 };

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
      // Colleges' school-link pupils of 14 and 15 in the legacy years (left out of the success rates).
      // Offender learners are adults: 20 or over at the start is 19 or over on the 31 August before it,
      // as adult funding asks (DateOfBirth_25; only offenders in custody are exempt).
      const age = offender
        ? rng.int(20, 58)
        : era === 'legacy' && provider.kind === 'general_fe_college' && rng.chance(0.03)
          ? rng.int(14, 15)
          : rng.weighted([[16, 30], [17, 10], [18, 6], [rng.int(19, 23), 20], [rng.int(24, 64), 34]]);
      // Legacy years: the age drawn is the age on 31 August before the start (the success rates'
      // rule), so a 16-year-old starting in the spring is not taken for a school-age pupil.
      const birthDay = (era === 'legacy' ? yearStart + 30 : startDay) - age * 365.25 - rng.int(0, 360);
      const dateOfBirth = daysToIso(Math.floor(birthDay));
      const lldd = rng.weighted<1 | 2 | 9>([[1, 17], [2, 78], [9, 5]]);
      const exactAge = ageOn(dateOfBirth, startDay);
      // Funding follows the age on 31 August of the teaching year the aim starts in (DateOfBirth_25:
      // adult funding from 19 on that day), and apprenticeships wait for the school leaving date
      // (DateOfBirth_48): an age of 16 on that 31 August is past it.
      const fundingAge = ageOn(dateOfBirth, isoToDays(`${startYear}-08-31`) ?? startDay);
      // Legacy years: a few learners take QCF units, some of them at two providers under one ULN.
      const unitLearner = era === 'legacy' ? qcfUnitLearner(rng, provider, exactAge, startYear, cat.credit) : null;
      const plans = unitLearner && unitLearner.plans.length > 0
        ? unitLearner.plans
        : era === 'legacy' ? chooseLegacyAims(rng, provider, exactAge, cat) : chooseAims(rng, provider, fundingAge, startDay, cat);
      const apprentice = plans.some((p) => p.aimType === 1 && p.progType !== null && p.progType <= 25);
      // Programme learners (apprenticeships, T Levels, bootcamps) and community learners (FundModel 10,
      // where ULN_02 asks for a real ULN) are returned with one. In the XML years a funded aim that
      // started more than 60 days before a return prepared after 1 January must carry the real ULN
      // (ULN_07), which leaves the temporary ULN to offenders in custody (LDM 034, exempt; ULN_09 only warns).
      const mayBeTemporary = era === 'legacy' ? !plans.some((p) => p.aimType === 1 || p.fundModel === 10) : provider.offenderSetting === 'custody';
      const temporaryUln = mayBeTemporary && rng.chance(TEMPORARY_ULN_SHARE[era] * (era === 'legacy' ? Math.max(0, 2010 - startYear) / 3 : 1));
      const learner: SimLearner = {
        learnRefNumber: `${era === 'legacy' ? 'P' : 'L'}${String(serial).padStart(7, '0')}`,
        uln: unitLearner?.uln ?? (temporaryUln ? TEMPORARY_ULN : makeUln(rng)),
        dateOfBirth: unitLearner?.dateOfBirth ?? dateOfBirth,
        sex: rng.chance(offender ? 0.08 : 0.52) ? 'F' : 'M',
        ethnicity: rng.weighted(ETHNICITY_MIX),
        llddHealthProb: lldd,
        llddCat: lldd === 1 ? rng.pick([4, 5, 6, 8, 9, 10, 12, 14, 17]) : null,
        postcode: rng.pick(POSTCODE_DISTRICTS),
        priorAttain: rng.weighted(exactAge < 19 ? PRIOR_ATTAIN_YOUNG : PRIOR_ATTAIN_ADULT),
        employment: employmentOf(rng, apprentice, exactAge),
        destination: destinationOf(rng),
        aims: [],
        refChange: null,
      };
      // Learners with a learning difficulty or disability achieve a little less often: a real gap to find.
      const effect = provider.effect + (lldd === 1 ? -0.25 : 0) + rng.normal(0, 0.3);
      let seq = 0;
      for (const plan of plans) {
        seq += 1;
        const aim = simulateAim(rng, plan, startDay, seq, effect, horizonDay);
        if (plan.progType === BOOTCAMP && endsWithProgramme(learner.aims, aim, startDay)) continue;
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
            const transfer = simulateAim(rng, transferPlan(rng, plan, next, newStart), newStart, seq, effect, horizonDay);
            if (plan.progType === BOOTCAMP) endsWithProgramme(learner.aims, transfer, newStart);
            transfer.ldmCodes.push(...aim.ldmCodes);
            learner.aims.push(transfer);
          }
        }
        // A break the learner comes back from: the same aim restarted (FAM RES) some weeks or
        // months later, for the planned days that were left (XML years only, as breaks are).
        if (aim.finalCompStatus === 6 && aim.endDay !== null && rng.chance(RESTART_SHARE)) {
          const restartDay = aim.endDay + rng.int(14, 240);
          const daysLeft = Math.max(60, aim.planEndDay - aim.endDay);
          if (restartDay <= horizonDay) {
            seq += 1;
            const restart = simulateAim(rng, { ...plan, plannedDays: daysLeft }, restartDay, seq, effect, horizonDay);
            restart.isRestart = true;
            if (plan.progType === BOOTCAMP) endsWithProgramme(learner.aims, restart, restartDay);
            restart.ldmCodes.push(...aim.ldmCodes);
            learner.aims.push(restart);
          }
        }
        // A break that is never resumed, and an aim the provider forgets: both become overdue.
        else if (aim.finalCompStatus === 6 && rng.chance(0.5) && aim.endDay !== null) {
          aim.lastReturnedYear = Math.min(lastYear - 1, yearOf(aim.endDay));
        }
        if (aim.endDay === null && rng.chance(0.02)) aim.lastReturnedYear = lastYear - 1;
      }
      // Now and then a learner's reference changes from one year to the next (XML years).
      const firstYearOf = yearOf(startDay);
      if (era === 'xml' && firstYearOf < lastYear && rng.chance(REFERENCE_CHANGE_SHARE)) {
        learner.refChange = { fromYear: firstYearOf + 1, learnRefNumber: `R${String(serial).padStart(7, '0')}` };
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
