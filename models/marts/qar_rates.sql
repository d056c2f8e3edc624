-- Achievement rates per hybrid end year, provider (null = national), QAR family and breakdown
-- (DESIGN.md, "marts.qar_rates"; shared/domain/measures.md, "Counts and rates"):
-- retention = completers / leavers; pass = achievers / completers; achievement = achievers / leavers.
-- Timely counts sit on the row of the year the aims were planned to end.
-- The aims are first counted at the finest grain (years, provider, family and every breakdown),
-- so the unpivot into one row per breakdown works on counts, not on millions of aims.
-- A provider's year whose latest return is not final (an in-year return, staging's
-- `is_final_return`) is left out — the provider's rows and its share of England's — so no year
-- still in progress passes for a finished one; marts.in_year_position shows it instead. The
-- leavers' rows go by the hybrid end year, the timely rows by the planned end year.
with aims as (
    select * from marts.fct_qar_aims
),

in_year_returns as (
    select ukprn, collection_year from staging.stg_ilr__latest_batches where not is_final_return
),

counted as (
    select
        hybrid_end_year,
        planned_end_year,
        ukprn,
        qar_family,
        age_band,
        sex,
        lldd,
        ethnicity_group,
        funding_model,
        programme_type,
        qualification_level,
        ssa_tier1,
        count(*) filter (where is_leaver and exclusion_reason is null) as leavers,
        count(*) filter (where is_completer) as completers,
        count(*) filter (where is_achiever) as achievers,
        count(*) filter (where is_timely_cohort) as timely_leavers,
        count(*) filter (where is_timely_achiever) as timely_achievers,
    from aims
    -- Leavers, and the continuing aims of a timely cohort (timely non-achievers).
    where (is_leaver and exclusion_reason is null) or is_timely_cohort
    group by all
),

long as (
    -- Each count once per breakdown it falls in, plus once under 'all'.
    select * from (
        select
            *,
            'all' as breakdown_all,
        from counted
    )
    unpivot (
        breakdown_value for breakdown in (
            breakdown_all as 'all',
            age_band,
            sex,
            lldd,
            ethnicity_group,
            funding_model,
            programme_type,
            qualification_level,
            ssa_tier1
        )
    )
),

overall as (
    select
        hybrid_end_year,
        ukprn,
        qar_family,
        breakdown,
        breakdown_value,
        sum(leavers) as leavers,
        sum(completers) as completers,
        sum(achievers) as achievers,
    from long
    anti join in_year_returns
        on in_year_returns.ukprn = long.ukprn and in_year_returns.collection_year = long.hybrid_end_year
    group by grouping sets (
        (hybrid_end_year, ukprn, qar_family, breakdown, breakdown_value),
        (hybrid_end_year, qar_family, breakdown, breakdown_value)
    )
),

timely as (
    select
        planned_end_year as hybrid_end_year,
        ukprn,
        qar_family,
        breakdown,
        breakdown_value,
        sum(timely_leavers) as timely_leavers,
        sum(timely_achievers) as timely_achievers,
    from long
    anti join in_year_returns
        on in_year_returns.ukprn = long.ukprn and in_year_returns.collection_year = long.planned_end_year
    group by grouping sets (
        (planned_end_year, ukprn, qar_family, breakdown, breakdown_value),
        (planned_end_year, qar_family, breakdown, breakdown_value)
    )
),

joined as (
    select
        coalesce(overall.hybrid_end_year, timely.hybrid_end_year) as hybrid_end_year,
        coalesce(overall.ukprn, timely.ukprn) as ukprn,
        coalesce(overall.qar_family, timely.qar_family) as qar_family,
        coalesce(overall.breakdown, timely.breakdown) as breakdown,
        coalesce(overall.breakdown_value, timely.breakdown_value) as breakdown_value,
        cast(coalesce(overall.leavers, 0) as bigint) as leavers,
        cast(coalesce(overall.completers, 0) as bigint) as completers,
        cast(coalesce(overall.achievers, 0) as bigint) as achievers,
        cast(coalesce(timely.timely_leavers, 0) as bigint) as timely_leavers,
        cast(coalesce(timely.timely_achievers, 0) as bigint) as timely_achievers,
    from overall
    full outer join timely
        on overall.hybrid_end_year = timely.hybrid_end_year
        and overall.ukprn is not distinct from timely.ukprn
        and overall.qar_family = timely.qar_family
        and overall.breakdown = timely.breakdown
        and overall.breakdown_value = timely.breakdown_value
),

final as (
    select
        hybrid_end_year,
        ukprn,
        qar_family,
        breakdown,
        breakdown_value,
        leavers,
        completers,
        achievers,
        completers / nullif(leavers, 0) as retention_rate,
        achievers / nullif(completers, 0) as pass_rate,
        achievers / nullif(leavers, 0) as achievement_rate,
        timely_leavers,
        timely_achievers,
        timely_achievers / nullif(timely_leavers, 0) as timely_achievement_rate,
    from joined
    where leavers > 0 or timely_leavers > 0
)

select * from final
