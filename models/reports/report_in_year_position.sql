-- The in-year position as the site shows it (marts.in_year_position; shared/domain/measures.md,
-- "In-year position"): a FORECAST for a year whose returns are not final, labelled with its
-- assumptions on every page. Providers: one row per provider and QAR family (all levels
-- together, so no level's withheld count can be worked out from a total beside it); national
-- ("this year so far"): per family, all levels and each level, volumes rounded to the nearest 10.
-- Disclosure control ("Disclosure control"): a provider's count of 1 to 4 is withheld (null; 0 is
-- shown, as `none`); the
-- rates so far as disclose_share; the best / expected / worst case rates are shown only when
-- leavers so far, achievers so far and the continuing aims are each none or 5 or more (the
-- forecast rates and the counts beside them would otherwise give a withheld count back), and
-- their base (leavers + continuing) is 5 or more.
-- `position_label` says which position it is: "2026/27 so far, as at 2 December 2026" for a year
-- whose latest return is an in-year one (staging's `is_final_return`; for England, any provider's),
-- "2025/26, final return as at 15 October 2026" where the latest year loaded is already final.
with positions as (
    select * from marts.in_year_position
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

finality as (
    select ukprn, collection_year, is_final_return from latest_batches
    union all
    select null as ukprn, collection_year, bool_and(is_final_return) as is_final_return
    from latest_batches
    group by collection_year
),

providers as (
    select * from marts.dim_providers
),

chosen as (
    select
        *,
        ukprn is null as is_national,
        (leavers_so_far = 0 or leavers_so_far >= 5)
            and (achievers_so_far = 0 or achievers_so_far >= 5)
            and (continuing_planned_to_end = 0 or continuing_planned_to_end >= 5)
            and leavers_so_far + continuing_planned_to_end >= 5
            as is_forecast_shown,
    from positions
    where ukprn is null or qualification_level = 'all'
),

final as (
    select
        chosen.collection_year,
        year_label(chosen.collection_year) as year_label,
        chosen.ukprn,
        chosen.is_national,
        coalesce(providers.provider_name, 'All providers') as provider_name,
        chosen.qar_family,
        replace(chosen.qar_family, '_', ' ') as family_label,
        chosen.qualification_level,
        chosen.data_as_at,
        strftime(chosen.data_as_at, '%-d %B %Y') as data_as_at_label,
        coalesce(finality.is_final_return, false) as is_final_return,
        case
            when finality.is_final_return then year_label(chosen.collection_year) || ', final return as at '
            else year_label(chosen.collection_year) || ' so far, as at '
        end || strftime(chosen.data_as_at, '%-d %B %Y') as position_label,
        case when chosen.leavers_so_far = 0 then 0 else disclose_count(chosen.leavers_so_far, chosen.is_national) end as leavers_so_far,
        case when chosen.achievers_so_far = 0 then 0 else disclose_count(chosen.achievers_so_far, chosen.is_national) end as achievers_so_far,
        disclose_share(chosen.achievement_rate_so_far, chosen.achievers_so_far, chosen.leavers_so_far) as achievement_rate_so_far,
        disclose_share(chosen.retention_rate_so_far, chosen.completers_so_far, chosen.leavers_so_far) as retention_rate_so_far,
        case when chosen.continuing_planned_to_end = 0 then 0 else disclose_count(chosen.continuing_planned_to_end, chosen.is_national) end as continuing_planned_to_end,
        case when chosen.is_forecast_shown then chosen.best_case_rate end as best_case_rate,
        case when chosen.is_forecast_shown then chosen.expected_case_rate end as expected_case_rate,
        case when chosen.is_forecast_shown then chosen.worst_case_rate end as worst_case_rate,
        -- The marker a page shows for a withheld forecast: low (base below 5) or c (withheld so that a
        -- count of 1 to 4 beside it cannot be worked out); and for a withheld count (1 to 4): low.
        case
            when chosen.is_forecast_shown then null
            when chosen.leavers_so_far + chosen.continuing_planned_to_end < 5 then 'low'
            else 'c'
        end as forecast_marker,
        'low' as count_marker,
        case when chosen.on_track = 0 then 0 else disclose_count(chosen.on_track, chosen.is_national) end as on_track,
        case when chosen.past_planned_end = 0 then 0 else disclose_count(chosen.past_planned_end, chosen.is_national) end as past_planned_end,
        case when chosen.overdue_30 = 0 then 0 else disclose_count(chosen.overdue_30, chosen.is_national) end as overdue_30,
        case when chosen.overdue_60 = 0 then 0 else disclose_count(chosen.overdue_60, chosen.is_national) end as overdue_60,
        case when chosen.overdue_90 = 0 then 0 else disclose_count(chosen.overdue_90, chosen.is_national) end as overdue_90,
    from chosen
    left join providers using (ukprn)
    left join finality
        on finality.ukprn is not distinct from chosen.ukprn
        and finality.collection_year = chosen.collection_year
)

select * from final
