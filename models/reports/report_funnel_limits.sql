-- Control limits for the providers' funnel plot: for each year and QAR family, the national
-- achievement rate p and, for a provider with n leavers, the limits p ± z·sqrt(p(1 − p)/n) with
-- z = 1.96 (95%) and z = 3.09 (99.8%), clamped to [0, 1] (shared/domain/measures.md, "Comparing a
-- provider with the national rate"; the normal approximation to the binomial, as in Spiegelhalter's
-- funnel plots — an **assumption** on the method, since the official one is not published).
-- Drawn at n = 5 (the smallest published base) up to the largest provider, on a geometric grid.
with rates as (
    select * from marts.qar_rates where breakdown = 'all'
),

-- Only cohorts of a year whose final returns were loaded (see report_national_rates).
returned_years as (
    select distinct collection_year from staging.stg_ilr__latest_batches where is_final_return
),

national as (
    select hybrid_end_year, qar_family, achievement_rate as national_achievement_rate,
    from rates
    where ukprn is null
        and leavers >= 5
        and hybrid_end_year in (select collection_year from returned_years)
),

largest as (
    select hybrid_end_year, qar_family, max(leavers) as max_leavers,
    from rates
    where ukprn is not null
    group by hybrid_end_year, qar_family
),

-- 60 points from 5 to 1.1 × the largest provider, evenly spaced on a log scale.
grid as (
    select
        national.hybrid_end_year,
        national.qar_family,
        national.national_achievement_rate,
        5 * pow(greatest(largest.max_leavers * 1.1, 6) / 5, step / 59.0) as funnel_leavers,
    from national
    inner join largest using (hybrid_end_year, qar_family)
    cross join range(0, 60) as steps(step)
),

final as (
    select
        hybrid_end_year,
        year_label(hybrid_end_year) as year_label,
        qar_family,
        funnel_leavers,
        national_achievement_rate,
        greatest(0, national_achievement_rate - 1.96 * sqrt(national_achievement_rate * (1 - national_achievement_rate) / funnel_leavers)) as lower_95,
        least(1, national_achievement_rate + 1.96 * sqrt(national_achievement_rate * (1 - national_achievement_rate) / funnel_leavers)) as upper_95,
        greatest(0, national_achievement_rate - 3.09 * sqrt(national_achievement_rate * (1 - national_achievement_rate) / funnel_leavers)) as lower_998,
        least(1, national_achievement_rate + 3.09 * sqrt(national_achievement_rate * (1 - national_achievement_rate) / funnel_leavers)) as upper_998,
    from grid
)

select * from final
