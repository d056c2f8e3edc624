// Learner-level rules: ULN_04 (the check digit DD01, and a learner with no ULN), the temporary-ULN
// warnings ULN_02, ULN_03 and ULN_06 — each reported when it fires, as the agency's service does —
// and DateOfBirth_04. Definitions from the agency's code (SkillsFundingAgency DC-ILR-1819- and
// DC-ILR-2021-ValidationService, Rules/Learner/ULN) and the 2025/26 catalogue.
import { daysToIso, isoToDays, yearsBetween } from '../../ilr/dates.ts';
import { isUlnChecksumValid, TEMPORARY_ULN } from '../../ilr/uln.ts';
import type { Row } from '../../ilr/row.ts';
import type { Issue } from '../../ilr/issue.ts';
import { AS_IN_2025_26, appliesIn, num, type FamSet, type RuleContext } from './rule.ts';

export interface LearnerAim {
  aim: Row;
  fams: FamSet;
  seq: number | null;
}

const issue = (ruleId: string, severity: 'error' | 'warning', field: string, value: string | null, message: string): Issue => ({
  ruleId,
  severity,
  scope: 'learner',
  entity: 'Learner',
  field,
  value,
  message,
});

const TEMPORARY = 'the temporary ULN 9999999999';
const obtain = 'obtain their ULN from the Learning Records Service';

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

/** ULN_04: an error when the ULN fails DD01 or, in an XML return, when there is none at all (the agency's ULN_04Rule). */
export function uln04(learner: Row, ctx: RuleContext): Issue[] {
  const uln = learner.uln;
  if (uln === null || uln === undefined) {
    // A legacy CSV's empty L45 meant "no ULN yet", exported as 9999999999 (ilr-reference.md §3): not an error there.
    return ctx.format === 'xml'
      ? [issue('ULN_04', 'error', 'ULN', null, 'The learner has no ULN; every learner needs one (9999999999 only while it is being obtained): check the number with the Learning Records Service.')]
      : [];
  }
  if (typeof uln !== 'bigint') return [];
  const text = uln.toString();
  return isUlnChecksumValid(text)
    ? []
    : [issue('ULN_04', 'error', 'ULN', text, `ULN ${text} does not pass the check-digit calculation (DD01); check the number with the Learning Records Service.`)];
}

/** The temporary-ULN warnings: ULN_02 and ULN_03 once per learner, ULN_06 once per aim it fires on. */
function temporaryUlnRules(aims: readonly LearnerAim[], ctx: RuleContext): Issue[] {
  const found: Issue[] = [];
  const onFm = aims.find(({ aim, fams }) => ULN_02_FUND_MODELS.includes(num(aim.fund_model) ?? -1) && !fams.has('SOF:1'));
  if (onFm) {
    const why = `it is used on a non-funded, community or tailored learning aim (FundModel ${num(onFm.aim.fund_model)})`;
    found.push({ ...issue('ULN_02', 'warning', 'ULN', TEMPORARY_ULN, `The learner has ${TEMPORARY}, which should not be used because ${why}; ${obtain}.`), aimSeqNumber: onFm.seq });
  }
  const prepared = ctx.filePreparedOn;
  if (prepared === null) return found;
  const firstJanuary = isoToDays(`${ctx.collectionYear + 1}-01-01`) as number;
  // ULN_03: a levy-funded apprenticeship (ACT 1) on any aim of the learner excludes them.
  const levy = aims.some(({ fams }) => fams.has('ACT:1'));
  if (prepared < firstJanuary && !levy && aims.some(({ aim }) => ULN_03_FUND_MODELS.includes(num(aim.fund_model) ?? -1))) {
    found.push(issue('ULN_03', 'warning', 'ULN', TEMPORARY_ULN, `The learner has ${TEMPORARY}, which should not be used because the file was prepared before 1 January of the teaching year; ${obtain}.`));
  }
  if (prepared < firstJanuary) return found;
  const funded = ulnFundModels(ctx.collectionYear);
  for (const [aimIndex, { aim, fams, seq }] of aims.entries()) {
    const fm = num(aim.fund_model);
    const start = num(aim.learn_start_date);
    if (start === null || fams.has('LDM:034') || fams.has('ACT:1')) continue;
    // FundModel 99 with an Advanced Learner Loan (ADL 1) counts as funded.
    if (!(funded.includes(fm ?? -1) || (fm === 99 && fams.has('ADL:1')))) continue;
    const [plan, act] = [num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
    const longEnough = (plan !== null && plan - start >= MINIMUM_DAYS) || (act !== null && act - start >= MINIMUM_DAYS);
    // The leniency window: the agency warns while the aim is young and makes it an error (ULN_07) after.
    if (!longEnough || prepared - start > LENIENCY_DAYS) continue;
    found.push({
      ...issue('ULN_06', 'warning', 'ULN', TEMPORARY_ULN,
        `The learner has ${TEMPORARY} on a funded aim that started ${daysToIso(start)}, ${prepared - start} days before the file was prepared; ${obtain} within ${LENIENCY_DAYS} days of the start.`),
      scope: 'aim',
      aimSeqNumber: seq,
      aimIndex,
    });
  }
  return found;
}

export function learnerRules(learner: Row, aims: readonly LearnerAim[], ctx: RuleContext): Issue[] {
  const issues = uln04(learner, ctx);
  if (typeof learner.uln === 'bigint' && learner.uln.toString() === TEMPORARY_ULN && ctx.format === 'xml') {
    issues.push(...temporaryUlnRules(aims, ctx));
  }
  const dob = num(learner.date_of_birth);
  if (dob !== null) {
    const yearStart = isoToDays(`${ctx.collectionYear}-08-01`) as number;
    // The agency's YearsBetween (a 29 February birthday is passed on 28 February).
    if (yearsBetween(dob, yearStart) >= 115) {
      const iso = daysToIso(dob);
      issues.push(issue('DateOfBirth_04', 'error', 'DateOfBirth', iso, `The date of birth ${iso} makes the learner 115 or older at the start of the teaching year.`));
    }
  }
  return issues;
}
