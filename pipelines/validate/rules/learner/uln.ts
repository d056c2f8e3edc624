// The ULN (unique learner number): ULN_04 (the check digit DD01, and a learner with no ULN) and
// the temporary-ULN rules ULN_02, ULN_03, ULN_06 and ULN_07 (funded aims, before and after the
// 60-day leniency window), ULN_09 (offenders in custody), ULN_10 and ULN_11 (Office for Students
// funded aims) and ULN_12 (levy-funded apprenticeships), each reported when it fires, as the
// agency's service does. ULN_05 (the Learner Register) needs the ULN register: not checked. Definitions from the agency's code (SkillsFundingAgency DC-ILR-1819- and
// DC-ILR-2021-ValidationService, Rules/Learner/ULN) and the 2025/26 catalogue.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import { isUlnChecksumValid } from '../../../ilr/uln.ts';
import { hasTemporaryUln } from './learner-facts.ts';
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, BOTH, aimRule, appliesIn, learnerRule, num, type AimFacts, type Rule, type RuleContext, type Years } from '../../rule.ts';

const TEMPORARY = 'the temporary ULN 9999999999';
const obtain = 'obtain their ULN from the Learning Records Service';
const FIX_TEMPORARY =
  "Look the learner up in the Learning Records Service (LRS) and replace 9999999999 with their real ULN; if they have none, register them with the LRS to get one.";
/** 1 January of the teaching year, after which temporary ULNs are no longer accepted on funded learning. */
const firstJanuary = (collectionYear: number): number => isoToDays(`${collectionYear + 1}-01-01`) as number;

/** ULN_02: non-funded, community learning and tailored learning aims (not OfS-funded, SOF 1). */
const ULN_02_FUND_MODELS = [99, 10, 11];
/** ULN_03 (the agency's code; the 2025/26 catalogue says "all learning" in one place, "non-apprenticeship" in another). */
const ULN_03_FUND_MODELS = [25, 35, 36, 70, 81, 82];
/** ULN_06's funded aims: the agency's code to 2024/25 (with ESF, 70); the 2025/26 catalogue (without 70, with 37 and 38). */
const ulnFundModels = (year: number): readonly number[] =>
  appliesIn(AS_IN_2025_26, year) ? [25, 35, 36, 37, 38, 81, 82] : [25, 35, 36, 70, 81, 82];
/** ULN_06: an aim that started this many days or fewer before the file was prepared. */
const LENIENCY_DAYS = 60;
/** ULN_06: aims planned, or lasting, this many days or more. */
const MINIMUM_DAYS = 5;

/** ULN_07's funded aims: the agency's code to 2024/25; the 2025/26 catalogue's (with 37 and 38). */
const ULN_07_FUND_MODELS = [25, 35, 36, 70, 81, 82];
const ULN_07_FUND_MODELS_2025 = [25, 82, 35, 37, 38, 36, 81, 70];
/** The aim was planned to last, or lasted, 5 days or more. */
const lastedFiveDays = ({ aim }: AimFacts): boolean => {
  const [start, plan, act] = [num(aim.learn_start_date), num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
  if (start === null) return false;
  return (plan !== null && plan - start >= MINIMUM_DAYS) || (act !== null && act - start >= MINIMUM_DAYS);
};
const isOfsFunded = ({ aim, fams }: AimFacts): boolean => num(aim.fund_model) === 99 && fams.has('SOF:1');
/** Days from the aim's start to the file's preparation, from 1 January of the teaching year (null before it). */
const daysSinceStart = ({ aim }: AimFacts, ctx: RuleContext): number | null => {
  const [prepared, start] = [ctx.filePreparedOn, num(aim.learn_start_date)];
  return prepared === null || start === null || prepared < firstJanuary(ctx.collectionYear) ? null : prepared - start;
};

/** ULN_10: an Office for Students funded aim (FM99, SOF 1) of 5 days or more, with the window the year's definition uses. */
function ofsUln10(years: Years, window: 'within' | 'past'): Rule {
  return aimRule({
    id: 'ULN_10',
    years,
    entity: 'Learner',
    severity: 'warning',
    field: 'ULN',
    reads: ['learner.uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: (a, ctx) => {
      if (!hasTemporaryUln(a.learner) || !isOfsFunded(a) || a.fams.has('LDM:034') || !lastedFiveDays(a)) return null;
      const days = daysSinceStart(a, ctx);
      if (days === null || (window === 'within' ? days > LENIENCY_DAYS : days <= LENIENCY_DAYS)) return null;
      return `The learner has ${TEMPORARY} on an Office for Students funded aim that started ${days} days before the file was prepared; ${obtain}.`;
    },
  });
}

/**
 * ULN_11: an Office for Students funded aim past the window, reported at the first such aim. The
 * agency's code (to 2024/25) leaves out a learner with any OLASS aim, and an aim planned or lasting
 * under 5 days; the 2025/26 catalogue leaves out OLASS aims, and counts an aim planned or lasting
 * 5 days or more.
 */
function ofsUln11(years: Years): Rule {
  const asCatalogue = years.from === 2025;
  return learnerRule({
    id: 'ULN_11',
    years,
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number must not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }, ctx) => {
      if (!hasTemporaryUln(learner) || (!asCatalogue && aims.some((a) => a.fams.has('LDM:034')))) return null;
      for (const a of aims) {
        if (!isOfsFunded(a) || (asCatalogue ? a.fams.has('LDM:034') || !lastedFiveDays(a) : isShortCourse(a))) continue;
        const days = daysSinceStart(a, ctx);
        if (days !== null && days > LENIENCY_DAYS)
          return {
            message: `The learner has ${TEMPORARY} on an Office for Students funded aim that started ${days} days before the file was prepared, past the ${LENIENCY_DAYS}-day window.`,
            aimIndex: a.index,
          };
      }
      return null;
    },
  });
}
/** The agency's ULN_11 short course: planned under 5 days, or ended under 5 days after the start. */
const isShortCourse = ({ aim }: AimFacts): boolean => {
  const [start, plan, act] = [num(aim.learn_start_date) ?? 0, num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
  return (plan !== null && plan - start < MINIMUM_DAYS) || (act !== null && act - start < MINIMUM_DAYS);
};

export const rules: readonly Rule[] = [
  // The agency's ULN_04Rule: an error when the ULN fails DD01 or, in an XML return, when there is none at all.
  learnerRule({
    id: 'ULN_04',
    field: 'ULN',
    reads: ['uln'],
    formats: BOTH,
    message: 'The Unique learner number does not pass the checksum calculation',
    fix: 'Check the ULN against the learner’s Learning Records Service record and correct the mistyped digits; use 9999999999 only while the real ULN is being obtained.',
    test: ({ learner }, ctx) => {
      const uln = learner.uln;
      if (uln === null || uln === undefined) {
        // A legacy CSV's empty L45 meant "no ULN yet", exported as 9999999999 (ilr-reference.md §3): not an error there.
        return ctx.format === 'xml'
          ? 'The learner has no ULN; every learner needs one (9999999999 only while it is being obtained): check the number with the Learning Records Service.'
          : null;
      }
      if (typeof uln !== 'bigint') return null;
      const text = uln.toString();
      return isUlnChecksumValid(text)
        ? null
        : `ULN ${text} does not pass the check-digit calculation (DD01); check the number with the Learning Records Service.`;
    },
  }),
  learnerRule({
    id: 'ULN_02',
    severity: 'warning',
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }) => {
      if (!hasTemporaryUln(learner)) return null;
      const on = aims.find(({ aim, fams }) => ULN_02_FUND_MODELS.includes(num(aim.fund_model) ?? -1) && !fams.has('SOF:1'));
      if (!on) return null;
      const why = `it is used on a non-funded, community or tailored learning aim (FundModel ${num(on.aim.fund_model)})`;
      return { message: `The learner has ${TEMPORARY}, which should not be used because ${why}; ${obtain}.`, aimIndex: on.index };
    },
  }),
  learnerRule({
    id: 'ULN_03',
    severity: 'warning',
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (!hasTemporaryUln(learner) || prepared === null || prepared >= firstJanuary(ctx.collectionYear)) return null;
      // A levy-funded apprenticeship (ACT 1) on any aim of the learner excludes them.
      if (aims.some(({ fams }) => fams.has('ACT:1'))) return null;
      return aims.some(({ aim }) => ULN_03_FUND_MODELS.includes(num(aim.fund_model) ?? -1))
        ? `The learner has ${TEMPORARY}, which should not be used because the file was prepared before 1 January of the teaching year; ${obtain}.`
        : null;
    },
  }),
  // Once per aim it fires on: the leniency window, the warning while the aim is young (ULN_07 makes it an error after).
  aimRule({
    id: 'ULN_06',
    entity: 'Learner',
    severity: 'warning',
    field: 'ULN',
    reads: ['learner.uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aim, fams }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (!hasTemporaryUln(learner) || prepared === null || prepared < firstJanuary(ctx.collectionYear)) return null;
      const [fm, start] = [num(aim.fund_model), num(aim.learn_start_date)];
      if (start === null || fams.has('LDM:034') || fams.has('ACT:1')) return null;
      // FundModel 99 with an Advanced Learner Loan (ADL 1) counts as funded.
      if (!(ulnFundModels(ctx.collectionYear).includes(fm ?? -1) || (fm === 99 && fams.has('ADL:1')))) return null;
      const [plan, act] = [num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
      const longEnough = (plan !== null && plan - start >= MINIMUM_DAYS) || (act !== null && act - start >= MINIMUM_DAYS);
      if (!longEnough || prepared - start > LENIENCY_DAYS) return null;
      return `The learner has ${TEMPORARY} on a funded aim that started ${daysToIso(start)}, ${prepared - start} days before the file was prepared; ${obtain} within ${LENIENCY_DAYS} days of the start.`;
    },
  }),
  // The agency's ULN_07Rule: once for the learner, at the first aim past the window; as its code
  // does, it stops looking at the first aim that is an OLASS (LDM 034) or levy-funded (ACT 1) one.
  learnerRule({
    id: 'ULN_07',
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number must not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (!hasTemporaryUln(learner) || prepared === null || prepared < firstJanuary(ctx.collectionYear)) return null;
      const fundModels = ctx.collectionYear >= 2025 ? ULN_07_FUND_MODELS_2025 : ULN_07_FUND_MODELS;
      for (const a of aims) {
        if (a.fams.has('LDM:034') || a.fams.has('ACT:1')) return null;
        const fm = num(a.aim.fund_model) ?? -1;
        const start = num(a.aim.learn_start_date);
        if (start === null || !(fundModels.includes(fm) || (fm === 99 && a.fams.has('ADL:1')))) continue;
        if (lastedFiveDays(a) && prepared - start > LENIENCY_DAYS)
          return {
            message: `The learner has ${TEMPORARY} on a funded aim that started ${daysToIso(start)}, ${prepared - start} days before the file was prepared: past the ${LENIENCY_DAYS}-day window, the real ULN must be returned.`,
            aimIndex: a.index,
          };
      }
      return null;
    },
  }),
  aimRule({
    id: 'ULN_09',
    entity: 'Learner',
    severity: 'warning',
    field: 'ULN',
    reads: ['learner.uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, fams }, ctx) =>
      hasTemporaryUln(learner) && ctx.filePreparedOn !== null && ctx.filePreparedOn >= firstJanuary(ctx.collectionYear) && fams.has('LDM:034')
        ? `The learner has ${TEMPORARY} on an offender-in-custody aim (LDM 034) in a file prepared on or after 1 January; ${obtain}.`
        : null,
  }),
  // ULN_10: the agency's 2018/19 code and the 2025/26 catalogue warn within the window; its 2020/21 code warns past it.
  ofsUln10(AS_IN_2018_19, 'within'),
  ofsUln10(AS_IN_2020_21, 'past'),
  ofsUln10(AS_IN_2025_26, 'within'),
  ofsUln11({ from: null, to: 2024 }),
  ofsUln11(AS_IN_2025_26),
  aimRule({
    id: 'ULN_12',
    entity: 'Learner',
    field: 'ULN',
    reads: ['learner.uln'],
    message: 'This Unique learner number must not be used',
    fix: 'An apprentice funded through the apprenticeship service (ACT 1) must be returned with their real ULN: look it up in the Learning Records Service.',
    test: ({ learner, fams }) =>
      hasTemporaryUln(learner) && fams.has('ACT:1') ? `The learner has ${TEMPORARY} on an apprenticeship funded through the apprenticeship service (ACT 1).` : null,
  }),
];
