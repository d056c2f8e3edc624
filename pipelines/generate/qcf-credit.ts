// QCF units in the legacy years (seed document 003: unit credit tracked by ULN, rules of
// combination, possible claims). Some learners take a qualification's units one by one: most
// register for the qualification as well, some do not (and meet its rules without it: a possible
// claim), some fall a unit short; and some take part of the units at one provider and the rest at
// another under the same ULN — the QCF's credit accumulation and transfer.
// The rules are the seeds the models read (seeds/qcf_qualifications.csv, qcf_rule_groups.csv).
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { daysToIso, firstDayOf, isoToDays } from '../ilr/dates.ts';
import { SEEDS_DIR, type LearningAim } from '../ilr/reference.ts';
import { withCheckDigit } from '../ilr/uln.ts';
import type { AimPlan } from './aim-plans.ts';
import type { Provider } from './providers.ts';
import { Random } from './random.ts';

export interface QcfGroup {
  mandatory: boolean;
  minCredit: number;
  minUnits: number;
  units: LearningAim[];
}

export interface QcfQualification {
  aim: LearningAim;
  levelRank: number;
  minTotalCredit: number;
  minCreditAtOrAboveLevel: number;
  groups: QcfGroup[];
}

/** The rules, and the shared source that gives learners who move between providers one ULN. */
export interface QcfCredit {
  qualifications: QcfQualification[];
  poolSeed: number;
  /** Pool places already taken at a provider (`ukprn:year:slot`): one ULN is one learner there. */
  taken: Set<string>;
}

/** Share of legacy learners at colleges and training providers who take QCF units. */
const UNIT_LEARNER_SHARE = 0.08;
/** Among them, those whose units are spread over two providers (same ULN). */
const TRANSFER_SHARE = 0.35;
/** Learners of one start year who may move between providers: few enough that places are shared. */
const POOL_PLACES = 40;

const levelRank = (level: string): number => (level === 'E' ? 0 : Number(level) || 0);

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];

export function readQcfCredit(aims: readonly LearningAim[], poolSeed: number, dir = SEEDS_DIR): QcfCredit {
  const none: QcfCredit = { qualifications: [], poolSeed, taken: new Set() };
  const qualificationsFile = `${dir}qcf_qualifications.csv`;
  const groupsFile = `${dir}qcf_rule_groups.csv`;
  if (!existsSync(qualificationsFile) || !existsSync(groupsFile)) return none;
  const byRef = new Map(aims.map((a) => [a.learnAimRef, a]));
  const groupRows = readCsv(groupsFile);
  const qualifications: QcfQualification[] = [];
  for (const row of readCsv(qualificationsFile)) {
    const aim = byRef.get(row.qualification_ref ?? '');
    if (!aim) continue;
    const groups = new Map<string, QcfGroup>();
    for (const g of groupRows.filter((r) => r.qualification_ref === aim.learnAimRef)) {
      const unit = byRef.get(g.unit_ref ?? '');
      if (!unit) continue;
      const id = g.group_id ?? '';
      const group = groups.get(id) ?? {
        mandatory: (g.group_type ?? '').trim().toLowerCase() === 'mandatory',
        minCredit: Number(g.group_min_credit) || 0,
        minUnits: Number(g.group_min_units) || 0,
        units: [],
      };
      group.units.push(unit);
      groups.set(id, group);
    }
    qualifications.push({
      aim,
      levelRank: levelRank(aim.level),
      minTotalCredit: Number(row.min_total_credit) || 0,
      minCreditAtOrAboveLevel: Number(row.min_credit_at_or_above_level) || 0,
      groups: [...groups.values()],
    });
  }
  return { qualifications, poolSeed, taken: new Set() };
}

const credit = (units: readonly LearningAim[]): number => units.reduce((sum, u) => sum + (u.creditValue ?? 0), 0);

function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A set of units that meets the qualification's rules: every mandatory unit, options until each minimum is reached. */
export function unitsToMeet(rng: Random, q: QcfQualification): LearningAim[] {
  const chosen: LearningAim[] = [];
  const spare: LearningAim[] = [];
  for (const group of q.groups) {
    if (group.mandatory) {
      chosen.push(...group.units);
      continue;
    }
    const order = shuffled(rng, group.units);
    const taken: LearningAim[] = [];
    while (order.length > 0 && (credit(taken) < group.minCredit || taken.length < group.minUnits)) taken.push(order.shift() as LearningAim);
    chosen.push(...taken);
    spare.push(...order);
  }
  // Then the totals: units at or above the qualification's level first.
  const atOrAbove = () => credit(chosen.filter((u) => levelRank(u.level) >= q.levelRank));
  spare.sort((a, b) => levelRank(b.level) - levelRank(a.level));
  while (spare.length > 0 && (credit(chosen) < q.minTotalCredit || atOrAbove() < q.minCreditAtOrAboveLevel)) chosen.push(spare.shift() as LearningAim);
  return chosen;
}

function unitPlan(rng: Random, aim: LearningAim, age: number, a46Codes: number[] = []): AimPlan {
  return {
    aim,
    aimType: 4,
    fundModel: age < 19 ? 25 : 35,
    progType: null,
    fworkCode: null,
    pwayCode: null,
    stdCode: null,
    a46Codes,
    fundingStream: age < 19 ? 21 : 22,
    plannedDays: aim.qualificationType === 'QCF Unit' ? rng.int(60, 280) : rng.int(200, 330),
  };
}

export interface UnitLearner {
  plans: AimPlan[];
  /** For a learner who moves between providers: the ULN and date of birth they carry to each. */
  uln: string | null;
  dateOfBirth: string | null;
}

/** A legacy learner who takes QCF units, or null (most learners). */
export function qcfUnitLearner(rng: Random, provider: Provider, age: number, startYear: number, credit: QcfCredit | undefined): UnitLearner | null {
  if (!credit || credit.qualifications.length === 0 || provider.kind === 'offender_learning') return null;
  if (!rng.chance(UNIT_LEARNER_SHARE)) return null;
  if (rng.chance(TRANSFER_SHARE)) {
    const place = rng.int(0, POOL_PLACES - 1);
    const key = `${provider.ukprn}:${startYear}:${place}`;
    if (!credit.taken.has(key)) {
      credit.taken.add(key);
      // The place decides the learner, the qualification and its units, whichever provider draws it;
      // each provider teaches half of the units (by the parity of its UKPRN), so two providers of
      // different parity drawing one place make up the whole set between them.
      const person = new Random(credit.poolSeed).fork(startYear).fork(place);
      const uln = withTransferUln(person);
      const birthDay = (isoToDays(firstDayOf(startYear)) ?? 0) - person.int(19, 45) * 365.25 - person.int(0, 360);
      const q = person.pick(credit.qualifications);
      const half = unitsToMeet(person, q).filter((_, i) => i % 2 === provider.ukprn % 2);
      return { plans: half.map((u) => unitPlan(rng, u, 19)), uln, dateOfBirth: daysToIso(Math.floor(birthDay)) };
    }
  }
  const q = rng.pick(credit.qualifications);
  const units = unitsToMeet(rng, q);
  // Now and then a unit is never taken: the learner falls short of the rules.
  if (units.length > 1 && rng.chance(0.3)) units.splice(rng.int(0, units.length - 1), 1);
  const plans = units.map((u) => unitPlan(rng, u, age));
  // Most register for the qualification too (a Progression Pathway qualification with A46 81);
  // the others are the learners a possible claims list is for.
  if (rng.chance(0.55)) plans.push(unitPlan(rng, q.aim, age, q.aim.pathwayType ? [81] : []));
  return { plans, uln: null, dateOfBirth: null };
}

function withTransferUln(rng: Random): string {
  for (;;) {
    const uln = withCheckDigit(`${rng.int(1, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`);
    if (uln) return uln;
  }
}
