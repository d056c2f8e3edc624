-- Priority-group volumes per funding year of start, provider (null = all providers), group and
-- pathway type (DESIGN.md, "marts.priority_group_volumes"; shared/domain/measures.md, "Priority
-- groups and Progression Pathways"): distinct learners, aim starts (every aim that started,
-- including those that left within the qualifying period), leavers and achievers (QAR rules,
-- non-excluded), achievement rate = achievers ÷ leavers.
-- pathway_type is 'all' on each group's total row; groups the reference marks by_pathway_type
-- (Progression Pathways) also get one row per pathway type of the aim.
-- Assumption: leavers and achievers are those among the aims that started in the year (a start
-- cohort), not the hybrid-end-year cohort of qar_rates.
-- A provider's start year whose latest return is not final (an in-year return) is left out, as in
-- marts.qar_rates: its volumes are the year so far.
with group_aims as (
    select * from intermediate.int_learning_deliveries_priority_groups
),

in_year_returns as (
    select ukprn, collection_year from staging.stg_ilr__latest_batches where not is_final_return
),

qar_aims as (
    select * from marts.fct_qar_aims
),

flagged as (
    select
        group_aims.*,
        coalesce(qar_aims.is_leaver and qar_aims.exclusion_reason is null, false) as is_counted_leaver,
        coalesce(qar_aims.is_achiever, false) as is_achiever,
    from group_aims
    left join qar_aims
        on qar_aims.ukprn = group_aims.ukprn
        and qar_aims.learn_ref_number = group_aims.learn_ref_number
        and qar_aims.learn_aim_ref = group_aims.learn_aim_ref
        and qar_aims.learn_start_date = group_aims.learn_start_date
),

long as (
    select * exclude (aim_pathway_type), 'all' as pathway_type, from flagged
    union all
    select * exclude (aim_pathway_type), aim_pathway_type as pathway_type, from flagged where by_pathway_type
),

counted as (
    select
        start_year,
        ukprn,
        priority_group,
        pathway_type,
        count(distinct cast(ukprn as varchar) || ':' || learn_ref_number) as learners,
        count(*) as starts,
        count(*) filter (where is_counted_leaver) as leavers,
        count(*) filter (where is_achiever) as achievers,
    from long
    anti join in_year_returns
        on in_year_returns.ukprn = long.ukprn and in_year_returns.collection_year = long.start_year
    group by grouping sets (
        (start_year, ukprn, priority_group, pathway_type),
        (start_year, priority_group, pathway_type)
    )
),

final as (
    select
        start_year,
        ukprn,
        priority_group,
        pathway_type,
        learners,
        starts,
        leavers,
        achievers,
        achievers / nullif(leavers, 0) as achievement_rate,
    from counted
)

select * from final
