-- Each provider's targets beside the actual figures (marts.targets_progress), for the provider
-- page and the self-assessment. Disclosure control (shared/domain/measures.md): the actual rate
-- as disclose_share (withheld when its base is below 5 or its numerator is 1 to 4), the base
-- withheld below 5, and the status withheld with them (`low`): "met" against a target of 100%
-- would otherwise give the count back. `is_in_year`: the figure is the year so far, not final.
with progress as (
    select * from marts.targets_progress
),

providers as (
    select * from marts.dim_providers
),

shown as (
    select
        *,
        disclose_share(actual, numerator, base) as actual_shown,
    from progress
),

final as (
    select
        shown.ukprn,
        providers.provider_name,
        shown.year,
        year_label(shown.year) as year_label,
        shown.qar_family,
        replace(shown.qar_family, '_', ' ') as family_label,
        shown.level,
        case shown.programme_by
            when 'ssa_tier1' then shown.programme_key
            when 'qualification_level' then 'Level ' || shown.programme_key
            when 'learn_aim_ref' then 'Aim ' || shown.programme_key
            else 'All provision'
        end as programme_label,
        shown.measure,
        replace(shown.measure, '_', ' ') as measure_label,
        shown.target,
        shown.actual_shown as actual,
        case when shown.base = 0 then 0 else suppress_count(shown.base) end as base,
        case
            when shown.status = 'no_data' then 'no data'
            when shown.actual_shown is null then 'low'
            else replace(shown.status, '_', ' ')
        end as status,
        -- The marker a page shows where there is no actual figure: none (no base) or low (withheld).
        case when shown.status = 'no_data' then 'none' when shown.actual_shown is null then 'low' end as actual_marker,
        shown.is_in_year,
        shown.data_as_at,
        shown.source_line as target_order,
    from shown
    left join providers using (ukprn)
)

select * from final
