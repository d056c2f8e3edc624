// Learner-level rules: the ULN check digit (ULN_04 via DD01), the temporary ULN warnings
// (ULN_02/03/06; at most one per learner), and DateOfBirth_04.
import { isoToDays } from '../../ilr/dates.ts';
import { isUlnChecksumValid, TEMPORARY_ULN } from '../../ilr/uln.ts';
import type { Row } from '../../ingest/parse-fields.ts';
import type { Issue } from '../issue.ts';
import { num, type FamSet, type RuleContext } from './rule.ts';

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

/** Which temporary-ULN rule applies first, if any (2025/26 text, shared/domain/ilr-reference.md §1a.6). */
function temporaryUlnRule(aims: readonly { aim: Row; fams: FamSet }[], ctx: RuleContext): { id: string; why: string } | null {
  const firstJanuary = isoToDays(`${ctx.collectionYear + 1}-01-01`) as number;
  for (const { aim, fams } of aims) {
    const fm = num(aim.fund_model);
    if ((fm === 99 || fm === 10 || fm === 11) && !fams.has('SOF:1')) {
      return { id: 'ULN_02', why: `it is used on a non-funded or community learning aim (FundModel ${fm})` };
    }
  }
  if (ctx.filePreparedOn === null) return null;
  for (const { aim, fams } of aims) {
    const fm = num(aim.fund_model);
    const start = num(aim.learn_start_date);
    const plan = num(aim.learn_plan_end_date);
    if (fams.has('ACT:1')) continue;
    if (ctx.filePreparedOn < firstJanuary && fm !== 36) {
      return { id: 'ULN_03', why: 'the file was prepared before 1 January of the teaching year' };
    }
    const funded = fm !== null && fm !== 99;
    const longer = start !== null && plan !== null && plan - start > 5;
    const old = start !== null && ctx.filePreparedOn - start > 60;
    if (ctx.filePreparedOn >= firstJanuary && funded && longer && old && !fams.has('LDM:034')) {
      return { id: 'ULN_06', why: 'the learner started a funded aim more than 60 days before the file was prepared' };
    }
  }
  return null;
}

export function learnerRules(learner: Row, aims: readonly { aim: Row; fams: FamSet }[], ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const uln = learner.uln;
  if (typeof uln === 'bigint') {
    const text = uln.toString();
    if (!isUlnChecksumValid(text)) {
      issues.push(
        issue('ULN_04', 'error', 'ULN', text, `ULN ${text} does not pass the check-digit calculation (DD01); check the number with the Learning Records Service.`),
      );
    } else if (text === TEMPORARY_ULN && ctx.format === 'xml') {
      const rule = temporaryUlnRule(aims, ctx);
      if (rule) {
        issues.push(issue(rule.id, 'warning', 'ULN', text, `The learner has ${TEMPORARY}, which should not be used because ${rule.why}; obtain their ULN from the Learning Records Service.`));
      }
    }
  }
  const dob = num(learner.date_of_birth);
  if (dob !== null) {
    const yearStart = isoToDays(`${ctx.collectionYear}-08-01`) as number;
    const at115 = new Date(dob * 86_400_000);
    at115.setUTCFullYear(at115.getUTCFullYear() + 115);
    if (at115.getTime() / 86_400_000 <= yearStart) {
      const iso = new Date(dob * 86_400_000).toISOString().slice(0, 10);
      issues.push(issue('DateOfBirth_04', 'error', 'DateOfBirth', iso, `The date of birth ${iso} makes the learner 115 or older at the start of the teaching year.`));
    }
  }
  return issues;
}
