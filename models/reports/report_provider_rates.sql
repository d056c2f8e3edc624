-- Each provider's overall achievement, retention and pass rates by year and QAR family, beside
-- the national rate, with disclosure control (shared/domain/measures.md, "Disclosure control"):
-- a count below 5 is withheld (`low`), and a rate whose base is below 5 is withheld too.
-- The 95% Wilson score interval on achievers / leavers decides whether the provider is
-- significantly above or below the national rate ("Comparing a provider with the national rate").
with rates as (
    select * from marts.qar_rates where breakdown = 'all'
),

-- Only years whose returns are in: a cohort whose year has not closed is incomplete.
last_year as (
    select max(collection_year) as last_collection_year from meta.batches where status = 'loaded'
),

providers as (
    select * from marts.dim_providers
),

national as (
    select hybrid_end_year, qar_family, achievement_rate as national_achievement_rate,
        retention_rate as national_retention_rate, pass_rate as national_pass_rate,
    from rates
    where ukprn is null
),

with_interval as (
    select
        rates.*,
        -- Wilson score interval, z = 1.96.
        (achievement_rate + 1.96 ^ 2 / (2 * leavers)
            - 1.96 * sqrt(achievement_rate * (1 - achievement_rate) / leavers + 1.96 ^ 2 / (4 * leavers ^ 2)))
            / (1 + 1.96 ^ 2 / leavers) as achievement_rate_lower,
        (achievement_rate + 1.96 ^ 2 / (2 * leavers)
            + 1.96 * sqrt(achievement_rate * (1 - achievement_rate) / leavers + 1.96 ^ 2 / (4 * leavers ^ 2)))
            / (1 + 1.96 ^ 2 / leavers) as achievement_rate_upper,
    from rates
    where ukprn is not null
        and leavers > 0
        and hybrid_end_year <= (select last_collection_year from last_year)
),

final as (
    select
        with_interval.hybrid_end_year,
        with_interval.hybrid_end_year || '/' || lpad(cast((with_interval.hybrid_end_year + 1) % 100 as varchar), 2, '0') as year_label,
        with_interval.ukprn,
        providers.provider_name,
        '/providers/' || with_interval.ukprn as provider_link,
        with_interval.qar_family,
        case when leavers >= 5 then leavers end as leavers,
        case when leavers >= 5 then completers end as completers,
        case when leavers >= 5 and achievers >= 5 then achievers end as achievers,
        case when leavers >= 5 then achievement_rate end as achievement_rate,
        case when leavers >= 5 then retention_rate end as retention_rate,
        case when completers >= 5 then pass_rate end as pass_rate,
        case when leavers >= 5 then achievement_rate_lower end as achievement_rate_lower,
        case when leavers >= 5 then achievement_rate_upper end as achievement_rate_upper,
        national.national_achievement_rate,
        national.national_retention_rate,
        national.national_pass_rate,
        case
            when leavers < 5 then 'low'
            when achievement_rate_lower > national.national_achievement_rate then 'significantly above'
            when achievement_rate_upper < national.national_achievement_rate then 'significantly below'
            else 'not significantly different'
        end as comparison,
        leavers < 5 as is_suppressed,
    from with_interval
    inner join providers using (ukprn)
    left join national using (hybrid_end_year, qar_family)
)

select * from final
