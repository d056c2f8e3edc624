-- Learners with a recorded destination per year of leaving, provider (null = all providers) and
-- destination group (DESIGN.md, "marts.destinations"; shared/domain/measures.md, "Destinations
-- and progression"). destination_group 'all' counts each learner with any recorded destination
-- once; a learner with outcomes in two groups counts once in each, so the groups may sum to more
-- than 'all'. share_of_learners = learners ÷ the 'all' row of the same year and provider.
-- A provider's year of leaving whose latest return is not final (an in-year return) is left out,
-- as in marts.qar_rates: the year's leavers are not all known yet.
with destinations as (
    select * from intermediate.int_learners_destinations
),

in_year_returns as (
    select ukprn, collection_year from staging.stg_ilr__latest_batches where not is_final_return
),

long as (
    select ukprn, learn_ref_number, leave_year, destination_group from destinations
    union all
    select ukprn, learn_ref_number, leave_year, 'all' as destination_group from destinations
),

counted as (
    select
        leave_year,
        ukprn,
        destination_group,
        count(distinct cast(ukprn as varchar) || ':' || learn_ref_number) as learners,
    from long
    anti join in_year_returns
        on in_year_returns.ukprn = long.ukprn and in_year_returns.collection_year = long.leave_year
    group by grouping sets ((leave_year, ukprn, destination_group), (leave_year, destination_group))
),

final as (
    select
        leave_year,
        ukprn,
        destination_group,
        learners,
        learners / max(learners) filter (where destination_group = 'all')
            over (partition by leave_year, ukprn) as share_of_learners,
    from counted
)

select * from final
