-- The in-year position (DESIGN.md, "marts.in_year_position"; shared/domain/measures.md version 2,
-- "In-year position"): for each provider's latest collection year loaded, per QAR family and
-- qualification level (and 'all' levels), the leavers so far and their rates, the aims planned to
-- end in the year that are still continuing, a best, expected and worst case achievement rate,
-- and the continuing aims past their planned end date by 30, 60 and 90 days or more.
--   leavers so far    = non-excluded leavers whose hybrid end year is the collection year;
--   continuing        = aims in the latest return, CompStatus 1, not leavers, not excluded, whose
--                       planned end date falls in the collection year;
--   best case         = (achievers + continuing) / (leavers + continuing)  (every one achieves);
--   worst case        = achievers / (leavers + continuing)                 (none achieves);
--   expected case     = (achievers + continuing × r) / (leavers + continuing), r = the provider's
--                       achievement rate in the previous year for the same family and level, or
--                       the national rate there when the provider had fewer than 5 leavers (null
--                       when neither exists; then the 'all' row has no expected case either).
--   overdue_N         = continuing aims (CompStatus 1, any planned end year) in the latest return
--                       whose planned end date is N days or more before the return's preparation
--                       date (the "data as at"); cumulative: overdue_30 includes overdue_60 and 90.
--   on_track / past_planned_end = continuing aims (any planned end year) whose planned end date
--                       is on or after / before the as-at date: learner-level progress (measures.md,
--                       "Targets": each learner's aims against their planned end dates), counted.
-- Assumptions: the reference date for "past planned end" is the latest return's file preparation
-- date (the ILR has no other "as at"); days past = as-at date − LearnPlanEndDate. Aims continuing
-- past a planned end in an earlier year count as overdue but not in `continuing_planned_to_end`
-- (measures.md counts only the aims planned to end in the year).
-- ukprn null = national ("this year so far"): the sum over providers whose latest year it is.
with aims as (
    select * from marts.fct_qar_aims
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

rates as (
    select * from marts.qar_rates where breakdown = 'qualification_level'
),

-- Each provider's latest collection year and the preparation date of its return for it.
current_returns as (
    select ukprn, collection_year, file_prepared_on as data_as_at
    from latest_batches
    qualify row_number() over (partition by ukprn order by collection_year desc) = 1
),

current_aims as (
    select
        current_returns.collection_year,
        current_returns.data_as_at,
        aims.*,
        aims.latest_collection_year = current_returns.collection_year
            and aims.comp_status = 1
            and not aims.is_leaver
            and aims.exclusion_reason is null
            as is_continuing,
    from aims
    inner join current_returns using (ukprn)
),

counted as (
    select
        collection_year,
        ukprn,
        qar_family,
        qualification_level,
        max(data_as_at) as data_as_at,
        count(*) filter (where is_leaver and exclusion_reason is null and hybrid_end_year = collection_year) as leavers_so_far,
        count(*) filter (where is_completer and hybrid_end_year = collection_year) as completers_so_far,
        count(*) filter (where is_achiever and hybrid_end_year = collection_year) as achievers_so_far,
        count(*) filter (where is_continuing and planned_end_year = collection_year) as continuing_planned_to_end,
        count(*) filter (where is_continuing and date_diff('day', learn_plan_end_date, data_as_at) <= 0) as on_track,
        count(*) filter (where is_continuing and date_diff('day', learn_plan_end_date, data_as_at) >= 1) as past_planned_end,
        count(*) filter (where is_continuing and date_diff('day', learn_plan_end_date, data_as_at) >= 30) as overdue_30,
        count(*) filter (where is_continuing and date_diff('day', learn_plan_end_date, data_as_at) >= 60) as overdue_60,
        count(*) filter (where is_continuing and date_diff('day', learn_plan_end_date, data_as_at) >= 90) as overdue_90,
    from current_aims
    where hybrid_end_year = collection_year or is_continuing
    group by all
),

-- The rate each continuing aim is expected to achieve at: the provider's own in the previous year
-- where it had 5 or more leavers in that family and level, the national rate otherwise.
with_expectation as (
    select
        counted.*,
        case when own.leavers >= 5 then own.achievement_rate else national.achievement_rate end as previous_year_rate,
        case
            when own.leavers >= 5 then 'provider'
            when national.achievement_rate is not null then 'national'
        end as expected_rate_basis,
    from counted
    left join rates as own
        on own.ukprn = counted.ukprn
        and own.hybrid_end_year = counted.collection_year - 1
        and own.qar_family = counted.qar_family
        and own.breakdown_value = counted.qualification_level
    left join rates as national
        on national.ukprn is null
        and national.hybrid_end_year = counted.collection_year - 1
        and national.qar_family = counted.qar_family
        and national.breakdown_value = counted.qualification_level
),

by_level as (
    select
        *,
        achievers_so_far + continuing_planned_to_end * previous_year_rate as expected_achievers,
    from with_expectation
),

-- Each provider's family total ('all' levels), and England's sums of each level and of the total,
-- in one pass over the levels: counts add up; the expected achievers add up only where every level
-- has an expectation (sum() of a null is not skipped here).
rolled_up as (
    select
        collection_year,
        ukprn,
        qar_family,
        case when grouping(qualification_level) = 0 then qualification_level else 'all' end as qualification_level,
        max(data_as_at) as data_as_at,
        sum(leavers_so_far) as leavers_so_far,
        sum(completers_so_far) as completers_so_far,
        sum(achievers_so_far) as achievers_so_far,
        sum(continuing_planned_to_end) as continuing_planned_to_end,
        sum(on_track) as on_track,
        sum(past_planned_end) as past_planned_end,
        sum(overdue_30) as overdue_30,
        sum(overdue_60) as overdue_60,
        sum(overdue_90) as overdue_90,
        cast(null as double) as previous_year_rate,
        cast(null as varchar) as expected_rate_basis,
        case when bool_and(expected_achievers is not null or continuing_planned_to_end = 0)
            then sum(coalesce(expected_achievers, achievers_so_far)) end as expected_achievers,
    from by_level
    group by grouping sets (
        (collection_year, ukprn, qar_family),
        (collection_year, qar_family, qualification_level),
        (collection_year, qar_family)
    )
),

final as (
    select
        collection_year,
        ukprn,
        qar_family,
        qualification_level,
        data_as_at,
        leavers_so_far,
        completers_so_far,
        achievers_so_far,
        completers_so_far / nullif(leavers_so_far, 0) as retention_rate_so_far,
        achievers_so_far / nullif(completers_so_far, 0) as pass_rate_so_far,
        achievers_so_far / nullif(leavers_so_far, 0) as achievement_rate_so_far,
        continuing_planned_to_end,
        previous_year_rate,
        expected_rate_basis,
        expected_achievers,
        (achievers_so_far + continuing_planned_to_end) / nullif(leavers_so_far + continuing_planned_to_end, 0) as best_case_rate,
        expected_achievers / nullif(leavers_so_far + continuing_planned_to_end, 0) as expected_case_rate,
        achievers_so_far / nullif(leavers_so_far + continuing_planned_to_end, 0) as worst_case_rate,
        on_track,
        past_planned_end,
        overdue_30,
        overdue_60,
        overdue_90,
    from (
        select * from by_level
        union all by name
        select * from rolled_up
    )
)

select * from final
