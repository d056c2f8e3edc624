-- Priority-group volumes and achievement per funding year of start, for England and each provider
-- (marts.priority_group_volumes; shared/domain/measures.md, "Priority groups and Progression
-- Pathways"): offenders in the community, in custody, Progression Pathways take-up by pathway type,
-- and any group the user adds to ref.priority_groups. One row for every year loaded, place and
-- group total, so a group with no learners reads `none`. Disclosure control ("Disclosure
-- control"): provider counts below 5 withheld, with secondary suppression across one group's
-- pathway types; national volumes rounded to the nearest 10; the achievement rate is withheld
-- when its base (leavers) is below 5.
with volumes as (
    select * from marts.priority_group_volumes
),

groups as (
    select distinct priority_group, priority_group_label from ref.priority_groups
),

providers as (
    select * from marts.dim_providers
),

-- Years with a final return loaded: a year returned only in-year so far has its starts so far
-- only (marts.priority_group_volumes leaves it out, staging's `is_final_return`).
years as (
    select distinct collection_year as start_year from staging.stg_ilr__latest_batches where is_final_return
),

places as (
    select ukprn, provider_name from providers
    union all
    select null as ukprn, 'England' as provider_name
),

cells as (
    select priority_group, 'all' as pathway_type from groups
    union
    select distinct priority_group, pathway_type from volumes
),

grid as (
    select years.start_year, places.ukprn, places.provider_name, cells.priority_group, cells.pathway_type,
    from years
    cross join places
    cross join cells
),

joined as (
    select
        grid.*,
        coalesce(volumes.learners, 0) as raw_learners,
        coalesce(volumes.starts, 0) as raw_starts,
        coalesce(volumes.leavers, 0) as raw_leavers,
        coalesce(volumes.achievers, 0) as raw_achievers,
        volumes.achievement_rate as raw_achievement_rate,
    from grid
    left join volumes
        on volumes.start_year = grid.start_year
        and volumes.ukprn is not distinct from grid.ukprn
        and volumes.priority_group = grid.priority_group
        and volumes.pathway_type = grid.pathway_type
),

-- Secondary suppression among one provider's pathway types of a group (they add up to the
-- group's total): where exactly one has 1–4 learners, the next smallest is withheld too.
ranked as (
    select
        *,
        count(*) filter (where raw_learners between 1 and 4 and pathway_type <> 'all') over pathway_cells as cells_below_5,
        row_number() over (partition by start_year, ukprn, priority_group, pathway_type = 'all', raw_learners >= 5
            order by raw_learners, pathway_type) as rank_in_band,
    from joined
    window pathway_cells as (partition by start_year, ukprn, priority_group)
),

controlled as (
    select
        *,
        ukprn is not null and pathway_type <> 'all' and cells_below_5 = 1 and rank_in_band = 1 and raw_learners >= 5
            as is_secondary,
    from ranked
),

final as (
    select
        controlled.start_year,
        year_label(controlled.start_year) as year_label,
        controlled.ukprn,
        controlled.provider_name,
        controlled.ukprn is null as is_national,
        controlled.priority_group,
        coalesce(groups.priority_group_label, controlled.priority_group) as priority_group_label,
        controlled.pathway_type,
        -- The Progression Pathway types in words (seed document 001, "Progression Pathways").
        case controlled.pathway_type
            when 'all' then 'All'
            when 'to_level_2' then 'Pathway to Level 2'
            when 'pre_apprenticeship' then 'Pre-apprenticeship'
            when '14_19_level_1' then '14–19: Level 1 diplomas and GCSEs'
            when 'independent_living' then 'Independent living and work'
            else replace(controlled.pathway_type, '_', ' ')
        end as pathway_type_label,
        case when controlled.ukprn is null or not is_secondary then disclose_count(raw_learners, controlled.ukprn is null) end as learners,
        case when controlled.ukprn is null or not is_secondary then disclose_count(raw_starts, controlled.ukprn is null) end as starts,
        case when controlled.ukprn is null or not is_secondary then disclose_count(raw_leavers, controlled.ukprn is null) end as leavers,
        case when controlled.ukprn is null or not is_secondary then disclose_count(raw_achievers, controlled.ukprn is null) end as achievers,
        case when not is_secondary then disclose_share(raw_achievement_rate, raw_achievers, raw_leavers) end as achievement_rate,
        case
            when raw_learners = 0 then 'none'
            when raw_learners < 5 then 'low'
            when is_secondary then 'c'
            else num0(case when controlled.ukprn is null then round_volume(raw_learners) else raw_learners end)
        end as learners_shown,
        case
            when controlled.ukprn is null and pathway_type = 'all' and raw_learners >= 5 then 'In ' || year_label(controlled.start_year) || ', '
                || num0(round_volume(raw_learners)) || ' learners in the group ' || coalesce(groups.priority_group_label, controlled.priority_group)
                || ' started ' || num0(round_volume(raw_starts)) || ' learning aims'
                || case
                    when disclose_share(raw_achievement_rate, raw_achievers, raw_leavers) is not null
                        then '; ' || pct1(raw_achievement_rate) || ' of the aims that ended were achieved.'
                    else '.'
                end
        end as headline,
    from controlled
    left join groups using (priority_group)
)

select * from final
