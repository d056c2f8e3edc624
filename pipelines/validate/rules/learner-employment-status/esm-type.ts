// ESMType: the employment status monitoring on each employment status (2025/26 catalogue; the
// agency's Rules/EmploymentStatus/ESMType and its tests). Monitoring rows carry their status's
// DateEmpStatApp as their parent key (pipelines/ilr/entities.ts), which ties them to it. Types:
// SEI self employed, EII employment intensity, LOU/LOE length of unemployment/employment, BSI
// benefits, PEI previous education, SEM small employer, OET other employment type (from 2021/22).
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, SINCE_2021_22, learnerRule, num, rowsOf, type ChildRows, type Finding, type LearnerFacts, type Rule, type Years } from '../../rule.ts';
import { isApprenticeship } from '../learning-delivery/programmes.ts';
import { monitoringOf, statuses } from '../learner/learner-facts.ts';

const day = (iso: string): number => isoToDays(iso) as number;
const empStat = (s: Row): number | null => num(s.emp_stat);
const employed = (s: Row): boolean => empStat(s) === 10;
const notEmployed = (s: Row): boolean => empStat(s) === 11 || empStat(s) === 12;
/** The monitoring type, upper case: the agency compares types without regard to case. */
const typeOf = (r: Row): string => String(r.esm_type).toUpperCase();
const hasType = (m: readonly Row[], type: string, codes?: readonly number[]): boolean =>
  m.some((r) => typeOf(r) === type && (codes === undefined || codes.includes(num(r.esm_code) ?? -1)));
const when = (s: Row): string => daysToIso(num(s.date_emp_stat_app) as number);

/** A rule on each employment status and its monitoring: the first status it holds for is reported. */
const onStatus = (spec: {
  id: string;
  years?: Years;
  message: string;
  fix: string;
  holds: (status: Row, monitoring: readonly Row[], facts: LearnerFacts) => boolean;
  say: (status: Row) => string;
}): Rule =>
  learnerRule({
    id: spec.id,
    ...(spec.years ? { years: spec.years } : {}),
    entity: 'LearnerEmploymentStatus',
    field: 'ESMType',
    reads: ['esm_type'],
    message: spec.message,
    fix: spec.fix,
    test: (facts): Finding | null => {
      if (rowsOf(facts.rows, 'employment_status_monitoring').length === 0) return null;
      for (const s of statuses(facts.rows)) {
        if (spec.holds(s, monitoringOf(facts.rows, s), facts)) return { message: spec.say(s), value: String(empStat(s)) };
      }
      return null;
    },
  });

/**
 * A rule that asks a status for monitoring it lacks (ESMType_02, _08, _09): run on every status,
 * with or without monitoring; the first status it holds for is reported.
 */
const needsMonitoring = (spec: {
  id: string;
  years?: Years;
  message: string;
  fix: string;
  /** The learner's statuses are looked at (a learner left out returns null); given what holds is to be. */
  scope: (facts: LearnerFacts) => ((status: Row) => boolean) | null;
  type: string;
  say: (status: Row) => string;
}): Rule =>
  learnerRule({
    id: spec.id,
    ...(spec.years ? { years: spec.years } : {}),
    entity: 'LearnerEmploymentStatus',
    field: 'ESMType',
    reads: ['esm_type'],
    message: spec.message,
    fix: spec.fix,
    test: (facts): Finding | null => {
      if (statuses(facts.rows).length === 0) return null;
      const inScope = spec.scope(facts);
      if (inScope === null) return null;
      for (const s of statuses(facts.rows)) {
        if (inScope(s) && !hasType(monitoringOf(facts.rows, s), spec.type)) return { message: spec.say(s), value: String(empStat(s)) };
      }
      return null;
    },
  });
const AUGUST_2012 = day('2012-08-01');
const AUGUST_2013 = day('2013-08-01');
const dated = (s: Row): number => num(s.date_emp_stat_app) ?? -Infinity;
/** ESMType_08: a learner with a 16-19 (FM25, FM82) aim is left out; from 2025/26 one with a Skills Bootcamp (FM37) aim too. */
const lou = (years: Years, fundModels: readonly number[]): Rule =>
  needsMonitoring({
    id: 'ESMType_08',
    years,
    message: 'The Length of unemployment has not been returned',
    fix: 'Add the length of unemployment (LOU) to the status that says the learner is not employed and looking for work.',
    type: 'LOU',
    scope: ({ aims }) =>
      aims.some(({ aim }) => fundModels.includes(num(aim.fund_model) ?? -1)) ? null : (s) => dated(s) >= AUGUST_2012 && empStat(s) === 11,
    say: (s) => `The employment status from ${when(s)} is not employed and looking for work (11) but has no length of unemployment (LOU).`,
  });

/** ESMType_11: the monitoring codes withdrawn, with the last day they applied (the agency's ESMType lookup). */
const VALID_TO = new Map<string, number>([
  ['EII:1', day('2013-07-31')],
  ['EII:2', day('2018-07-31')],
  ['EII:3', day('2018-07-31')],
  ['EII:4', day('2018-07-31')],
]);
const ONCE_ONLY = ['SEI', 'EII', 'LOU', 'LOE', 'BSI', 'PEI', 'SEM'];
const duplicated = (m: readonly Row[], keyOf: (r: Row) => string | null): string | null => {
  const seen = new Set<string>();
  for (const r of m) {
    const key = keyOf(r);
    if (key === null) continue;
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
};
const anyAim = (facts: LearnerFacts, test: (a: LearnerFacts['aims'][number]) => boolean): boolean => facts.aims.some(test);
const allMonitoring = (rows: ChildRows): Row[] => statuses(rows).flatMap((s) => monitoringOf(rows, s));

export const rules: readonly Rule[] = [
  onStatus({
    id: 'ESMType_05',
    message: "The learner's Employment status is 'in paid employment' and the Length of unemployment has been returned",
    fix: 'Remove the length of unemployment (LOU) from the status that says the learner is in paid employment, or correct the status.',
    holds: (s, m) => employed(s) && hasType(m, 'LOU'),
    say: (s) => `The employment status from ${when(s)} is in paid employment (10) but has a length of unemployment (LOU).`,
  }),
  onStatus({
    id: 'ESMType_07',
    message: "The learner is self employed and the Employment status is not 'in paid employment'",
    fix: 'A self-employed learner (SEI) is in paid employment: set the employment status to 10, or remove the SEI monitoring.',
    holds: (s, m) => !employed(s) && hasType(m, 'SEI', [1]),
    say: (s) => `The employment status from ${when(s)} is ${empStat(s)}, not in paid employment, but says the learner is self employed (SEI).`,
  }),
  onStatus({
    id: 'ESMType_10',
    message: 'The Length of employment has been returned',
    fix: 'Remove the length of employment (LOE) from the status that says the learner is not in paid employment, or correct the status.',
    holds: (s, m) => notEmployed(s) && hasType(m, 'LOE'),
    say: (s) => `The employment status from ${when(s)} is ${empStat(s)}, not in paid employment, but has a length of employment (LOE).`,
  }),
  onStatus({
    id: 'ESMType_11',
    message: 'The Length of employment has been returned',
    fix: 'The monitoring code was withdrawn before the date the status applies from: use one of the current codes (employment intensity EII 5–8).',
    holds: (s, m) => m.some((r) => (num(s.date_emp_stat_app) ?? -Infinity) > (VALID_TO.get(`${typeOf(r)}:${String(r.esm_code)}`) ?? Infinity)),
    say: (s) => `The employment status from ${when(s)} has a monitoring code withdrawn before that date.`,
  }),
  onStatus({
    id: 'ESMType_12',
    message: 'The Employment intensity indicator or Self employed indicator has been returned',
    fix: 'Remove the employment intensity (EII) or self-employed (SEI) monitoring from the status that says the learner is not in paid employment.',
    holds: (s, m) => (num(s.date_emp_stat_app) ?? -Infinity) >= day('2013-08-01') && notEmployed(s) && (hasType(m, 'EII') || hasType(m, 'SEI')),
    say: (s) => `The employment status from ${when(s)} is ${empStat(s)}, not in paid employment, but has employment intensity or self-employed monitoring.`,
  }),
  onStatus({
    id: 'ESMType_15',
    message: 'There must not be more than one record with an ESM type of SEI, EII, LOU, LOE, BSI, PEI, or SEM',
    fix: 'Keep one monitoring record of each type on the employment status: remove the duplicate.',
    holds: (_s, m) => duplicated(m, (r) => (ONCE_ONLY.includes(typeOf(r)) ? typeOf(r) : null)) !== null,
    say: (s) => `The employment status from ${when(s)} has the same monitoring type more than once.`,
  }),
  // The agency's ESMType_16Rule: a learner with any apprenticeship standard aim.
  onStatus({
    id: 'ESMType_16',
    message: "The Small employer indicator has been returned and the Learner's Employment status is 'Not in paid employment'",
    fix: 'Remove the small employer indicator (SEM 1) from the status that says the apprentice is not in paid employment, or correct the status.',
    holds: (s, m, facts) => notEmployed(s) && hasType(m, 'SEM', [1]) && anyAim(facts, ({ aim }) => num(aim.prog_type) === 25),
    say: (s) => `The employment status from ${when(s)} is ${empStat(s)}, not in paid employment, but has the small employer indicator (SEM 1).`,
  }),
  // The agency's ESMType_17Rule: a sector-based work academy aim (LDM 375) and a benefit indicator other than 1, 4 or 5.
  learnerRule({
    id: 'ESMType_17',
    entity: 'LearnerEmploymentStatus',
    field: 'ESMType',
    reads: ['esm_type'],
    message: 'The learner must be receiving work related benefits for this Learning Delivery Monitoring code to be used',
    fix: 'Sector-based work academy pre-employment training (LDM 375) is for learners on JSA, Universal Credit or ESA: record the benefit (BSI 1, 4 or 5), or remove the monitoring.',
    test: ({ rows, aims }) => {
      if (!aims.some(({ fams }) => fams.has('LDM:375'))) return null;
      const other = allMonitoring(rows).find((r) => typeOf(r) === 'BSI' && ![1, 4, 5].includes(num(r.esm_code) ?? -1));
      return other ? { message: `The learner is on sector-based work academy training (LDM 375) with benefit indicator BSI ${num(other.esm_code)}, not JSA, Universal Credit or ESA.`, value: 'BSI' } : null;
    },
  }),
  onStatus({
    id: 'ESMType_18',
    years: SINCE_2021_22,
    message: "The redundancy indicator has been returned and the Learner's Employment status is 'In paid employment'",
    fix: 'Remove the redundancy indicator (OET 1) from the status that says the learner is in paid employment, or correct the status.',
    holds: (s, m) => employed(s) && hasType(m, 'OET', [1]),
    say: (s) => `The employment status from ${when(s)} is in paid employment (10) but says the learner was made redundant (OET 1).`,
  }),
  onStatus({
    id: 'ESMType_19',
    years: SINCE_2021_22,
    message: "The 'Small or Medium Employer' indicator has been returned but the Learner's Employment status is 'Not in paid employment'",
    fix: 'The small or medium employer indicator (OET 2) belongs on a status in paid employment (10): correct the status or remove the indicator.',
    holds: (s, m) => !employed(s) && hasType(m, 'OET', [2]),
    say: (s) => `The employment status from ${when(s)} is ${empStat(s) ?? 'not returned'}, not in paid employment, but has the small or medium employer indicator (OET 2).`,
  }),
  onStatus({
    id: 'ESMType_20',
    years: SINCE_2021_22,
    message: 'There must not be more than one of the same OET codes recorded on the employment status',
    fix: 'Keep one record of each other employment type (OET) code on the employment status: remove the duplicate.',
    holds: (_s, m) => duplicated(m, (r) => (typeOf(r) === 'OET' ? String(r.esm_code) : null)) !== null,
    say: (s) => `The employment status from ${when(s)} has the same other employment type (OET) code more than once.`,
  }),
  // The agency's ESMType_02Rule: every status in paid employment from 1 August 2012.
  needsMonitoring({
    id: 'ESMType_02',
    message: "The learner's Employment status is 'in paid employment' and the Employment intensity indicator has not been returned",
    fix: 'Add the employment intensity indicator (EII: the hours a week the learner works) to the status that says the learner is in paid employment.',
    type: 'EII',
    scope: () => (s) => dated(s) >= AUGUST_2012 && employed(s),
    say: (s) => `The employment status from ${when(s)} is in paid employment (10) but has no employment intensity indicator (EII).`,
  }),
  // The agency's ESMType_08Rule leaves out a learner with any FM25 or FM82 aim; the 2025/26 catalogue adds FM37.
  lou({ from: null, to: 2024 }, [25, 82]),
  lou(AS_IN_2025_26, [25, 82, 37]),
  // The agency's ESMType_09Rule: each status in paid employment dated from 1 August 2013 up to the
  // latest start of the learner's apprenticeship programme aims started from that day.
  needsMonitoring({
    id: 'ESMType_09',
    message: 'The Length of employment has not been returned',
    fix: 'Add the length of employment (LOE: how long the apprentice has worked for the employer) to the status that says they are in paid employment.',
    type: 'LOE',
    scope: ({ aims }) => {
      let latest = -Infinity;
      for (const a of aims) {
        const start = num(a.aim.learn_start_date) ?? -Infinity;
        if (start >= AUGUST_2013 && start > latest && num(a.aim.aim_type) === 1 && isApprenticeship(a)) latest = start;
      }
      return latest === -Infinity ? null : (s) => dated(s) >= AUGUST_2013 && dated(s) <= latest && employed(s);
    },
    say: (s) => `The apprentice's employment status from ${when(s)} is in paid employment (10) but has no length of employment (LOE).`,
  }),
];
