-- Progression at the check-in points per year of leaving, provider (null = all providers) and
-- check-in point (DESIGN.md, "marts.progression_checkins"; shared/domain/measures.md,
-- "Progression at the check-in points"): leavers with DPOutcome records, those in work or
-- learning (an EMP or EDU outcome begun by the check-in day) and those whose outcome is still
-- recorded then (sustained); shares over the leavers with outcome records.
-- A provider's year of leaving whose latest return is not final (an in-year return) is left out,
-- as in marts.qar_rates.
with check_ins as (
    select * from intermediate.int_learners_progression_checkins
),

in_year_returns as (
    select ukprn, collection_year from staging.stg_ilr__latest_batches where not is_final_return
),

counted as (
    select
        leave_year,
        ukprn,
        days_after_leaving,
        count(*) as leavers_with_outcome_records,
        count(*) filter (where is_in_work_or_learning) as in_work_or_learning,
        count(*) filter (where is_sustained) as sustained,
    from check_ins
    anti join in_year_returns
        on in_year_returns.ukprn = check_ins.ukprn and in_year_returns.collection_year = check_ins.leave_year
    group by grouping sets ((leave_year, ukprn, days_after_leaving), (leave_year, days_after_leaving))
),

final as (
    select
        leave_year,
        ukprn,
        days_after_leaving,
        leavers_with_outcome_records,
        in_work_or_learning,
        sustained,
        in_work_or_learning / leavers_with_outcome_records as in_work_or_learning_share,
        sustained / nullif(in_work_or_learning, 0) as sustained_share,
    from counted
)

select * from final
