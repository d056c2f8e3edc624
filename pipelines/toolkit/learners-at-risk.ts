// The provider's own list of learners at risk (DESIGN.md, "CLI": `ilr learners`; shared/domain/
// measures.md, "In-year position" and "Targets": learner level). One row per aim in the
// provider's latest return that needs looking at:
//   past planned end   — still continuing (CompStatus 1) after its planned end date;
//   on a break         — CompStatus 6 with no restart recorded (not `break_restarted`);
//   qualifying period  — withdrawn inside the qualifying period (excluded from the QAR);
//   no outcome         — ended (CompStatus 2 or 3, an actual end date) with no Outcome, or
//                        Outcome 8 (learning complete, outcome not yet known).
// "Days past planned end" counts to the latest return's file preparation date, as the in-year
// position does (marts.in_year_position). Personal data: learner references. The list is written
// to the terminal or a file the user names, never to a warehouse table, reports.duckdb or the site.
import { querySql, type SqlResult } from '../cli/commands/sql.ts';
import { StepFailed } from '../cli/step-failed.ts';

export const AT_RISK_STATUSES = ['past planned end', 'on a break, no restart', 'withdrawn inside the qualifying period', 'ended, no outcome recorded'] as const;

const WHAT_TO_DO = {
  past: 'confirm the learner is still in learning; if they have finished or left, return the actual end date, completion status and outcome (a planned end date is not moved to hide a late finish)',
  break: 'contact the learner: return the restart (a new aim with the RES FAM) or the withdrawal; a break with no restart by the end of next year counts as a withdrawal',
  qualifying: 'check the start and end dates: the aim left inside its qualifying period, so it counts in no rate; make sure that is what happened',
  noOutcome: 'return the outcome (1 achieved, 2 partial, 3 no achievement) as soon as it is known: until then the aim counts as not achieved',
} as const;

/** The query behind `ilr learners`: ukprn is a whole number checked by the caller. */
export function learnersAtRiskSql(ukprn: number): string {
  return `
with current_return as (
    select ukprn, collection_year, file_prepared_on
    from staging.stg_ilr__latest_batches
    where ukprn = ${ukprn}
    qualify row_number() over (order by collection_year desc) = 1
),
aims as (
    select aims.*, current_return.file_prepared_on as data_as_at,
        date_diff('day', aims.learn_plan_end_date, current_return.file_prepared_on) as days_past,
    from marts.fct_qar_aims as aims
    inner join current_return
        on current_return.ukprn = aims.ukprn
        and current_return.collection_year = aims.latest_collection_year
),
flagged as (
    select *,
        case
            when comp_status = 1 and not is_leaver and days_past >= 1 then '${AT_RISK_STATUSES[0]}'
            when comp_status = 6 and exclusion_reason is distinct from 'break_restarted' then '${AT_RISK_STATUSES[1]}'
            when exclusion_reason = 'qualifying_period' then '${AT_RISK_STATUSES[2]}'
            when comp_status in (2, 3) and learn_act_end_date is not null and (outcome is null or outcome = 8) then '${AT_RISK_STATUSES[3]}'
        end as status,
    from aims
)
select
    learn_ref_number,
    learn_aim_ref,
    qar_family,
    strftime(learn_start_date, '%Y-%m-%d') as learn_start_date,
    strftime(learn_plan_end_date, '%Y-%m-%d') as learn_plan_end_date,
    strftime(learn_act_end_date, '%Y-%m-%d') as learn_act_end_date,
    comp_status,
    outcome,
    status,
    case when status = '${AT_RISK_STATUSES[0]}' then days_past end as days_past_planned_end,
    case status
        when '${AT_RISK_STATUSES[0]}' then '${WHAT_TO_DO.past}'
        when '${AT_RISK_STATUSES[1]}' then '${WHAT_TO_DO.break}'
        when '${AT_RISK_STATUSES[2]}' then '${WHAT_TO_DO.qualifying}'
        else '${WHAT_TO_DO.noOutcome}'
    end as what_to_do,
    strftime(data_as_at, '%Y-%m-%d') as data_as_at,
from flagged
where status is not null
order by list_position([${AT_RISK_STATUSES.map((st) => `'${st}'`).join(', ')}], status), days_past_planned_end desc nulls last, learn_ref_number, learn_aim_ref, learn_start_date`;
}

/** The provider must have a loaded return and the models must have been built. */
export async function checkReady(warehouse: string, ukprn: number, needs: string): Promise<void> {
  const tables = await querySql(
    warehouse,
    `select count(*) from information_schema.tables where table_schema || '.' || table_name in ('${needs}', 'staging.stg_ilr__latest_batches')`,
  );
  if (Number(tables.rows[0]?.[0]) < 2) throw new StepFailed(`the warehouse ${warehouse} has no models yet: run \`ilr models\` first.`);
  const loaded = await querySql(warehouse, `select count(*) from meta.batches where status = 'loaded' and ukprn = ${ukprn}`);
  if (Number(loaded.rows[0]?.[0]) === 0) throw new StepFailed(`no return of UKPRN ${ukprn} is loaded in ${warehouse}.`);
}

export async function learnersAtRisk(warehouse: string, ukprn: number): Promise<SqlResult> {
  await checkReady(warehouse, ukprn, 'marts.fct_qar_aims');
  return querySql(warehouse, learnersAtRiskSql(ukprn));
}

