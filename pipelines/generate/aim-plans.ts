// Which aims a learner takes: education-and-training aims, apprenticeship programmes with their
// components, and in the legacy years QCF, Progression Pathway, Train to Gain and OLASS aims.
import { isoToDays } from '../ilr/dates.ts';
import type { LearningAim } from '../ilr/reference.ts';
import type { Provider } from './providers.ts';
import type { QcfCredit } from './qcf-credit.ts';
import type { Random } from './random.ts';

export const APPRENTICESHIP_STANDARDS = [18, 25, 91, 136, 171, 237, 294, 336];

export interface AimPlan {
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

/** The seed's aims grouped once, so choosing aims per learner does not rescan the table. */
export interface AimCatalogue {
  programme: LearningAim;
  functionalSkills: readonly LearningAim[];
  /** Key Skills aims (legacy years; Functional Skills where a user's seed has none). */
  keySkills: readonly LearningAim[];
  /** Aims an education-and-training learner takes today (no QCF, no NVQ). */
  modern: readonly LearningAim[];
  certificates: readonly LearningAim[];
  /** Aims of the 2007/08–2010/11 era: QCF units and qualifications, NVQs and the rest. */
  legacy: readonly LearningAim[];
  qcf: readonly LearningAim[];
  nvq: readonly LearningAim[];
  /** Short basic-skills aims offender-learning providers teach. */
  basicSkills: readonly LearningAim[];
  /** QCF rules of combination and units, for the legacy learners who take units (qcf-credit.ts). */
  credit?: QcfCredit;
}

export function catalogue(seedAims: readonly LearningAim[]): AimCatalogue {
  // QCF units are taken only through qcf-credit.ts, never drawn as aims of their own.
  const aims = seedAims.filter((a) => a.qualificationType !== 'QCF Unit');
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
    keySkills: of('Key Skills').length > 0 ? of('Key Skills') : of('Functional Skills'),
    modern: nonEmpty(aims.filter((a) => a !== programme && !['QCF', 'NVQ', 'Key Skills'].includes(a.qualificationType)), 'modern'),
    certificates: nonEmpty(of('Certificate'), 'Certificate'),
    legacy: nonEmpty(aims.filter((a) => a !== programme && a.qualificationType !== 'Functional Skills' && a.qualificationType !== 'T Level'), 'legacy'),
    qcf: nonEmpty(of('QCF'), 'QCF'),
    nvq: nonEmpty(of('NVQ'), 'NVQ'),
    basicSkills: nonEmpty(
      aims.filter((a) => ['E', '1'].includes(a.level) && !['Apprenticeship', 'Key Skills'].includes(a.qualificationType)),
      'entry and level 1',
    ),
  };
}

/** The framework codes written (seeds/apprenticeship_frameworks.csv lists each). */
export const APPRENTICESHIP_FRAMEWORKS = [403, 420, 436, 445, 489, 513, 563, 590];
const FRAMEWORKS_CLOSED = isoToDays('2020-08-01') ?? 0;

function apprenticeshipPlans(rng: Random, cat: AimCatalogue, startDay: number): AimPlan[] {
  // Frameworks closed to new starts on 31 July 2020; standards thereafter.
  const framework = startDay < FRAMEWORKS_CLOSED && rng.chance(0.55);
  const progType = framework ? rng.weighted([[3, 55], [2, 35], [20, 10]]) : 25;
  const fworkCode = framework ? rng.pick(APPRENTICESHIP_FRAMEWORKS) : null;
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

// Two records of one aim (same learner, LearnAimRef and start date) are rare in real returns: a
// second enrolment on the same qualification the same day is mostly a duplicate a provider's own
// checks remove. Picking a learner's aims independently from a small catalogue made 3.8% of E&T
// aims sit in such pairs (issue 14 measured 1.6% on an earlier catalogue); a repeated pick is now
// kept only this often, about 0.2% of aims, so the rule that counts each record still has cases.
const REPEATED_AIM_KEPT = 0.05;
const isRepeat = (rng: Random, plans: readonly AimPlan[], aim: LearningAim): boolean =>
  plans.some((p) => p.aim === aim) && !rng.chance(REPEATED_AIM_KEPT);

// Provision in neither QAR family (measures.md, "Which aims are in scope"), made at general FE
// colleges so that the scope rules have cases in the demo and the benchmark: T Levels for 16–18
// year olds (a programme aim with ProgType 31 and its technical qualification, two years), Skills
// Bootcamps for adults (ProgType 32 on FundModel 37, about 16 weeks) and community learning
// (FundModel 10, short courses). Shares are the generator's own, of the order colleges report.
const T_LEVEL_SHARE = 0.04;
const BOOTCAMP_SHARE = 0.02;
const COMMUNITY_LEARNING_SHARE = 0.05;
/** Skills Bootcamps funding (FundModel 37) is for starts from 1 August 2022 (LearnStartDate_21). */
const BOOTCAMPS_FROM = isoToDays('2022-08-01') ?? 0;
/** T Levels (ProgType 31) began with starts from 1 August 2020 (ProgType_03: not a programme type before 2019/20; PHours_03). */
const T_LEVELS_FROM = isoToDays('2020-08-01') ?? 0;

function programmeOutsideQar(rng: Random, cat: AimCatalogue, fundModel: number, progType: number, days: [number, number]): AimPlan[] {
  const common = { fundModel, progType, fworkCode: null, pwayCode: null, stdCode: null, a46Codes: [], fundingStream: null };
  const level3 = cat.modern.filter((a) => a.level === '3' && a.qualificationType !== 'A level');
  const component = rng.pick(level3.length > 0 ? level3 : cat.certificates);
  const plannedDays = rng.int(days[0], days[1]);
  if (progType === T_LEVEL) {
    // A T Level: the technical qualification is the 16-19 learner's core aim (R_63, R_126), beside
    // the occupational specialism (R_137).
    return [
      { ...common, aim: cat.programme, aimType: 1, plannedDays },
      { ...common, aim: component, aimType: 5, plannedDays },
      { ...common, aim: OCCUPATIONAL_SPECIALISM, aimType: 3, plannedDays },
    ];
  }
  return [
    { ...common, aim: cat.programme, aimType: 1, plannedDays },
    { ...common, aim: component, aimType: 3, plannedDays },
  ];
}
const T_LEVEL = 31;
/** A T Level's occupational specialism (R_137 asks for a LearnAimRef ZTLOSxxx); the learning-aim seed lists none. */
const OCCUPATIONAL_SPECIALISM: LearningAim = {
  learnAimRef: 'ZTLOS001',
  title: 'T Level occupational specialism',
  level: '3',
  qualificationType: 'T Level',
  ssaTier1: '',
  creditValue: null,
  pathwayType: null,
};

export function chooseAims(rng: Random, provider: Provider, age: number, startDay: number, cat: AimCatalogue): AimPlan[] {
  const adultModel = startDay >= ADULT_SKILLS_FUND_FROM ? 38 : 35;
  const fundModel = age < 19 ? 25 : adultModel;
  if (provider.kind === 'general_fe_college') {
    if (age >= 16 && age <= 18 && startDay >= T_LEVELS_FROM && rng.chance(T_LEVEL_SHARE)) return programmeOutsideQar(rng, cat, 25, 31, [640, 700]);
    if (age >= 19 && startDay >= BOOTCAMPS_FROM && rng.chance(BOOTCAMP_SHARE)) return programmeOutsideQar(rng, cat, 37, 32, [84, 126]);
    if (age >= 19 && rng.chance(COMMUNITY_LEARNING_SHARE)) {
      return [{ ...etPlan(rng, rng.pick(cat.basicSkills), 10, 4, []), plannedDays: rng.int(30, 120) }];
    }
  }
  const apprenticeshipShare = provider.kind === 'training_provider' ? 0.7 : provider.kind === 'general_fe_college' ? 0.12 : 0;
  if (age >= 16 && rng.chance(apprenticeshipShare)) return apprenticeshipPlans(rng, cat, startDay);
  const offender = provider.kind === 'offender_learning';
  const count = offender ? rng.int(1, 2) : rng.weighted([[1, 45], [2, 35], [3, 20]]);
  const plans: AimPlan[] = [];
  for (let i = 0; i < count; i++) {
    const aim = rng.pick(offender ? cat.basicSkills : cat.modern);
    if (isRepeat(rng, plans, aim)) continue;
    // A 16-19 study programme has its core aim (R_63): the learner's first aim.
    plans.push(etPlan(rng, aim, offender ? adultModel : fundModel, fundModel === 25 && !offender && i === 0 ? 5 : 4, []));
  }
  return plans;
}

/**
 * A legacy employer-responsive apprenticeship (A10 45): the framework's programme aim ZPROG001 with
 * its A15 programme type (3 intermediate, 2 advanced), an NVQ and a Key Skills aim as components.
 */
function legacyApprenticeshipPlans(rng: Random, cat: AimCatalogue): AimPlan[] {
  const progType = rng.weighted([[3, 60], [2, 40]]);
  const common = { fundModel: 36, progType, fworkCode: null, pwayCode: null, stdCode: null, a46Codes: [], fundingStream: 45 };
  return [
    { ...common, aim: cat.programme, aimType: 1, plannedDays: rng.int(366, 730) },
    { ...common, aim: rng.pick(cat.nvq), aimType: 3, plannedDays: rng.int(300, 600) },
    { ...common, aim: rng.pick(cat.keySkills), aimType: 3, plannedDays: rng.int(90, 300) },
  ];
}

/**
 * 2007/08–2010/11: QCF and Progression Pathways at colleges (Key Skills among the aims), Train to
 * Gain NVQs and employer-responsive apprenticeships at training providers, OLASS.
 */
export function chooseLegacyAims(rng: Random, provider: Provider, age: number, cat: AimCatalogue): AimPlan[] {
  if (provider.kind === 'training_provider' && age >= 16 && rng.chance(0.3)) return legacyApprenticeshipPlans(rng, cat);
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
    if (isRepeat(rng, plans, aim)) continue;
    const a46 = [...(aim.pathwayType ? [81] : []), ...(offenderCode === null ? [] : [offenderCode])];
    const trainToGain = provider.kind === 'training_provider' && aim.qualificationType === 'NVQ';
    plans.push(etPlan(rng, aim, fundModel, 4, a46, trainToGain ? 45 : fundModel === 25 ? 21 : 22));
  }
  return plans;
}

/** The new aim a learner transfers onto (WithdrawReason 40): a Progression Pathway code goes only where the new aim is one. */
export function transferPlan(rng: Random, plan: AimPlan, next: LearningAim, startDay: number): AimPlan {
  const a46Codes = plan.a46Codes.filter((code) => code !== 81 || next.pathwayType !== null);
  const plannedDays = rng.int(120, 300);
  // A new adult skills start from 1 August 2024 is on the Adult Skills Fund (FundModel_17).
  if (plan.fundModel === 35 && startDay >= ADULT_SKILLS_FUND_FROM) plan = { ...plan, fundModel: 38 };
  // A programme aim transfers onto a new programme (the programme aim again), planned as long as a
  // programme is: an apprenticeship standard for a year or more (DateOfBirth_46, _57).
  if (plan.aimType === 1) return { ...plan, a46Codes, plannedDays: Math.max(plannedDays, plan.plannedDays) };
  return { ...plan, aim: next, a46Codes, plannedDays };
}
