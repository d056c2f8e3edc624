-- Minimum standards for apprenticeships per year, for each provider and England
-- (marts.minimum_standards; shared/domain/measures.md version 2, "Accountability thresholds"):
-- each programme's leavers, achievement rate and whether it is below 62%, and whether more than
-- 40% of the provider's apprenticeship leavers are in programmes below it (in scope for
-- intervention). The thresholds were published for 2016/17–2018/19; other years are shown for
-- comparison and say so (threshold_note).
-- Disclosure control ("Disclosure control"): a provider's count below 5 is withheld (`low`), and
-- where exactly one programme of a provider and year is withheld the next smallest is withheld
-- too (`c`), for the programmes add up to the provider's total shown beside them; England's
-- volumes are rounded to the nearest 10. A rate is withheld when its base is below 5 or its
-- achievers are a withheld count; the verdict against 62% is shown only for 5 leavers or more. The
-- provider's share of leavers below 62% is withheld where a withheld programme is below 62%.
with minimum_standards as (
    select * from marts.minimum_standards
),

years as (
    select distinct hybrid_end_year from reports.report_national_rates
),

national_data_as_at as (
    select data_as_at from marts.data_as_at where ukprn is null
),

-- England's total row for every year the site shows, `none` where no apprenticeship left (so the
-- table is never empty: Evidence cannot publish an empty table).
standards as (
    select * from minimum_standards
    union all by name
    select
        years.hybrid_end_year,
        cast(null as integer) as ukprn,
        'all' as programme_key,
        'All apprenticeships' as programme_label,
        0 as leavers,
        0 as achievers,
        years.hybrid_end_year between 2016 and 2018 as is_threshold_in_force,
        '2016/17–2018/19' as threshold_years,
        (select data_as_at from national_data_as_at) as data_as_at,
    from years
    anti join minimum_standards
        on minimum_standards.hybrid_end_year = years.hybrid_end_year
        and minimum_standards.ukprn is null
        and minimum_standards.programme_key = 'all'
),

providers as (
    select * from marts.dim_providers
),

-- Every programme withheld below 5, and the smallest shown one where it would be the only one.
ranked as (
    select
        *,
        count(*) filter (where programme_key <> 'all' and leavers < 5) over provider_year as programmes_below_5,
        max(leavers) filter (where programme_key = 'all') over provider_year as provider_leavers,
        row_number() over (
            partition by hybrid_end_year, ukprn, programme_key = 'all', leavers >= 5
            order by leavers, programme_key
        ) as rank_in_band,
    from standards
    window provider_year as (partition by hybrid_end_year, ukprn)
),

-- Whether a programme's leavers are withheld (below 5, or withheld beside the only one below 5).
withheld as (
    select
        *,
        ukprn is not null and programme_key <> 'all'
            and (leavers < 5 or (programmes_below_5 = 1 and leavers >= 5 and rank_in_band = 1)) as is_withheld,
    from ranked
),

-- The provider's share of leavers in programmes below 62% is the sum of those programmes' leavers
-- over its total: shown beside the programmes' own counts it would give back a withheld programme
-- below 62% (the share's count less the shown ones), so it is withheld where one is.
shares_checked as (
    select
        *,
        bool_or(is_withheld and coalesce(is_below_threshold, false)) over provider_year as is_share_withheld,
    from withheld
    window provider_year as (partition by hybrid_end_year, ukprn)
),

disclosed as (
    select
        *,
        case
            when ukprn is null then round_volume(leavers)
            when leavers < 5 then null
            when is_withheld then null
            else leavers
        end as leavers_disclosed,
        case
            when leavers = 0 then 'none'
            when ukprn is null and leavers < 5 then 'low'
            when ukprn is null then num0(round_volume(leavers))
            when leavers < 5 then 'low'
            when is_withheld then 'c'
            else num0(leavers)
        end as leavers_shown,
    from shares_checked
),

final as (
    select
        disclosed.hybrid_end_year,
        year_label(disclosed.hybrid_end_year) as year_label,
        disclosed.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        disclosed.ukprn is null as is_national,
        disclosed.programme_key,
        disclosed.programme_label,
        disclosed.leavers_disclosed as leavers,
        disclosed.leavers_shown,
        case when disclosed.leavers_disclosed is not null
            then disclose_share(disclosed.achievement_rate, disclosed.achievers, disclosed.leavers) end as achievement_rate,
        case
            when disclosed.programme_key = 'all' then '–'
            when disclosed.leavers < 5 then 'low'
            when disclosed.is_below_threshold then 'below 62%'
            else '62% or above'
        end as threshold_status,
        -- The provider's share, on its `all` row only (beside its own base, the provider's leavers).
        case when disclosed.programme_key = 'all' and not disclosed.is_share_withheld then disclose_share(
            disclosed.share_of_leavers_below_threshold, disclosed.provider_leavers_below_threshold, disclosed.provider_leavers
        ) end as share_of_leavers_below_threshold,
        case
            when disclosed.ukprn is null then '–'
            when disclosed.is_in_scope_for_intervention then 'in scope for intervention'
            else 'not in scope'
        end as intervention_status,
        disclosed.is_threshold_in_force,
        case
            when disclosed.is_threshold_in_force then 'Minimum standards in force in ' || year_label(disclosed.hybrid_end_year)
            else 'Thresholds as published for ' || disclosed.threshold_years || ', applied to '
                || year_label(disclosed.hybrid_end_year) || ' for comparison'
        end as threshold_note,
        disclosed.data_as_at,
    from disclosed
    left join providers using (ukprn)
    -- Only years whose returns were loaded (England: any provider's final one; a provider: its own,
    -- which the mart keeps only when final): a later year holds continuing aims, not results (as
    -- report_provider_rates), and a year returned only in-year so far is not a year of results.
    where (disclosed.ukprn is null and disclosed.hybrid_end_year in (select collection_year from staging.stg_ilr__latest_batches where is_final_return))
        or (disclosed.ukprn, disclosed.hybrid_end_year) in (select (ukprn, collection_year) from staging.stg_ilr__latest_batches)
)

select * from final
