-- Learners with a recorded destination per year of leaving, provider (null = all providers) and
-- destination group (DESIGN.md, "marts.destinations"; shared/domain/measures.md, "Destinations
-- and progression"). destination_group 'all' counts each learner with any recorded destination
-- once; a learner with outcomes in two groups counts once in each, so the groups may sum to more
-- than 'all'. share_of_learners = learners ÷ the 'all' row of the same year and provider.
with destinations as (
    select * from intermediate.int_learners_destinations
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
