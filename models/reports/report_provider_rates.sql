-- Each provider's leavers, retention, pass and achievement rates by year, QAR family and every
-- breakdown, beside the national rate for the same group and the provider's own overall rate
-- (the equality gaps). Disclosure control (shared/domain/measures.md, "Disclosure control"):
-- counts below 5 are withheld, rates whose base is below 5 too, and where a breakdown has exactly
-- one withheld cell the next smallest is withheld as well (secondary suppression), so no cell can
-- be recovered from the provider's total. Each rate carries its 95% Wilson score interval, and the
-- verdict against the national rate comes from the funnel plot's control limits ("Comparing a
-- provider with the national rate": in line / significantly / well above or below).
with rates as (
    select * from marts.qar_rates
),

providers as (
    select * from marts.dim_providers
),

-- Only cohorts of a year for which the provider's own return was loaded: without it nobody can be
-- known to have left, continued or achieved (a gap in the years loaded, such as 2011/12–2017/18
-- between the legacy CSV and the XML returns, or the year after the latest one, has no figures).
returned_years as (
    select distinct ukprn, collection_year as hybrid_end_year from staging.stg_ilr__latest_batches
),

national as (
    select
        hybrid_end_year,
        qar_family,
        breakdown,
        breakdown_value,
        disclose_share(achievement_rate, achievers, leavers) as national_achievement_rate,
        disclose_share(retention_rate, completers, leavers) as national_retention_rate,
        disclose_share(pass_rate, achievers, completers) as national_pass_rate,
    from rates
    where ukprn is null
),

provider_rates as (
    select rates.*
    from rates
    semi join returned_years using (ukprn, hybrid_end_year)
    where rates.leavers > 0
),

own_average as (
    select
        hybrid_end_year,
        ukprn,
        qar_family,
        disclose_share(achievement_rate, achievers, leavers) as provider_achievement_rate,
    from provider_rates
    where breakdown = 'all'
),

-- Secondary suppression: rank the cells of one breakdown by leavers; where exactly one cell is
-- below 5, the smallest cell of 5 or more is withheld too.
ranked as (
    select
        *,
        count(*) filter (where leavers < 5) over breakdown_cells as cells_below_5,
        row_number() over (partition by hybrid_end_year, ukprn, qar_family, breakdown, leavers >= 5
            order by leavers, breakdown_value) as rank_in_band,
    from provider_rates
    window breakdown_cells as (partition by hybrid_end_year, ukprn, qar_family, breakdown)
),

flagged as (
    select
        *,
        case
            when leavers < 5 then 'primary'
            when breakdown <> 'all' and cells_below_5 = 1 and rank_in_band = 1 then 'secondary'
        end as suppression,
    from ranked
),

-- A rate is shown only with its cell, and only where its numerator is not itself a withheld
-- count: 2 achievers of 40 leavers as 5.0% would give the 2 back ("Disclosure control").
shown as (
    select
        flagged.*,
        suppression is null as is_shown,
        suppression is null and (achievers = 0 or achievers >= 5) as is_achievement_shown,
    from flagged
),

final as (
    select
        shown.hybrid_end_year,
        year_label(shown.hybrid_end_year) as year_label,
        shown.ukprn,
        providers.provider_name,
        '/providers/' || shown.ukprn as provider_link,
        shown.qar_family,
        replace(shown.qar_family, '_', ' ') as qar_family_label,
        shown.breakdown,
        shown.breakdown_value,
        breakdown_label(shown.breakdown) as breakdown_label,
        breakdown_value_label(shown.breakdown, shown.breakdown_value) as breakdown_value_label,
        breakdown_value_order(shown.breakdown, shown.breakdown_value) as breakdown_value_order,
        case when is_shown then leavers end as leavers,
        case when is_shown then suppress_count(completers) end as completers,
        case when is_shown then suppress_count(achievers) end as achievers,
        case when is_shown then disclose_share(retention_rate, completers, leavers) end as retention_rate,
        case when is_shown then disclose_share(pass_rate, achievers, completers) end as pass_rate,
        case when is_achievement_shown then achievement_rate end as achievement_rate,
        -- The interval gives the count back as surely as the rate does: withheld with it.
        case when is_achievement_shown then wilson_lower(achievers, leavers) end as achievement_rate_lower,
        case when is_achievement_shown then wilson_upper(achievers, leavers) end as achievement_rate_upper,
        case when is_shown then suppress_count(timely_leavers) end as timely_leavers,
        case when is_shown then disclose_share(timely_achievement_rate, timely_achievers, timely_leavers) end as timely_achievement_rate,
        national.national_achievement_rate,
        national.national_retention_rate,
        national.national_pass_rate,
        case when is_achievement_shown then achievement_rate - national.national_achievement_rate end as gap_to_national,
        own_average.provider_achievement_rate,
        case when is_achievement_shown then achievement_rate - own_average.provider_achievement_rate end as gap_to_provider_average,
        -- The verdict (measures.md's one rule, the funnel's control limits), withheld with the rate.
        case when is_achievement_shown
            then funnel_verdict(achievement_rate, leavers, national.national_achievement_rate) end as verdict,
        verdict_rank(case when is_achievement_shown
            then funnel_verdict(achievement_rate, leavers, national.national_achievement_rate) end) as verdict_rank,
        case
            when suppression = 'secondary' then 'c'
            when not is_achievement_shown then 'low'
            else coalesce(funnel_verdict(achievement_rate, leavers, national.national_achievement_rate), '–')
        end as comparison,
        coalesce(shown.suppression, 'none') as suppression,
        -- What a reader sees in a table: the figure, `low` where it is withheld (fewer than 5), or
        -- `c` where it is withheld so that another cell cannot be worked out (secondary).
        case when is_shown then num0(leavers) when suppression = 'secondary' then 'c' else 'low' end as leavers_shown,
        case when is_achievement_shown then pct1(achievement_rate) || ' (' || pct1(wilson_lower(achievers, leavers)) || '–'
            || pct1(wilson_upper(achievers, leavers)) || ')' when suppression = 'secondary' then 'c' else 'low' end as achievement_shown,
    from shown
    inner join providers using (ukprn)
    left join national using (hybrid_end_year, qar_family, breakdown, breakdown_value)
    left join own_average using (hybrid_end_year, ukprn, qar_family)
)

select * from final
