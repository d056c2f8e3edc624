-- Learners' recorded destinations per year of leaving, for England and each provider
-- (marts.destinations; shared/domain/measures.md, "Destinations and progression"): one row for
-- every year loaded, place and destination group (those in ref.dp_outcome_types and any the data
-- holds), so a group nobody went to reads `none`. Counts below 5 withheld, national counts
-- rounded to the nearest 10; shares of the learners with any destination ("Disclosure control").
with destinations as (
    select * from marts.destinations
),

providers as (
    select * from marts.dim_providers
),

-- Years with a final return loaded: a year returned only in-year so far is not a year of leavers
-- yet (marts.destinations leaves it out, staging's `is_final_return`).
years as (
    select distinct collection_year as leave_year from staging.stg_ilr__latest_batches where is_final_return
),

destination_groups as (
    select distinct destination_group from ref.dp_outcome_types
    union
    select distinct destination_group from destinations
    union
    select 'all' as destination_group
),

places as (
    select ukprn, provider_name from providers
    union all
    select null as ukprn, 'England' as provider_name
),

grid as (
    select years.leave_year, places.ukprn, places.provider_name, destination_groups.destination_group,
    from years
    cross join places
    cross join destination_groups
),

joined as (
    select
        grid.*,
        coalesce(destinations.learners, 0) as raw_learners,
        destinations.share_of_learners,
        max(coalesce(destinations.learners, 0)) filter (where grid.destination_group = 'all')
            over (partition by grid.leave_year, grid.ukprn) as raw_learners_with_destination,
    from grid
    left join destinations
        on destinations.leave_year = grid.leave_year
        and destinations.ukprn is not distinct from grid.ukprn
        and destinations.destination_group = grid.destination_group
),

final as (
    select
        leave_year,
        year_label(leave_year) as year_label,
        ukprn,
        provider_name,
        ukprn is null as is_national,
        destination_group,
        replace(destination_group, '_', ' ') as destination_label,
        disclose_count(raw_learners, ukprn is null) as learners,
        -- The base of the share: the learners with any destination recorded.
        disclose_count(raw_learners_with_destination, ukprn is null) as learners_with_destination,
        disclose_share(share_of_learners, raw_learners, raw_learners_with_destination) as share_of_learners,
        case
            when raw_learners = 0 then 'none'
            when raw_learners < 5 then 'low'
            else num0(case when ukprn is null then round_volume(raw_learners) else raw_learners end)
        end as learners_shown,
    from joined
)

select * from final
