-- National achievement, retention and pass rates by year, QAR family and breakdown (all
-- providers), for the ministers' progress report. Volumes are withheld below 5 and otherwise
-- rounded to the nearest 10; rates are computed on the unrounded counts, withheld when their base
-- is below 5 (shared/domain/measures.md, "Disclosure control"). `headline` is a sentence a
-- minister's office can lift as it stands.
with rates as (
    select * from marts.qar_rates where ukprn is null
),

-- Only cohorts of a year whose returns were loaded: without that year's return nobody can be
-- known to have left, continued or achieved (a gap in the years loaded, such as 2011/12–2017/18
-- between the legacy CSV and the XML returns, or the year after the latest one, has no figures).
returned_years as (
    select distinct collection_year from staging.stg_ilr__latest_batches
),

closed as (
    select *
    from rates
    where leavers > 0
        and hybrid_end_year in (select collection_year from returned_years)
),

previous as (
    select
        hybrid_end_year + 1 as hybrid_end_year,
        qar_family,
        breakdown,
        breakdown_value,
        disclose_share(achievement_rate, achievers, leavers) as previous_achievement_rate,
    from closed
),

controlled as (
    select
        closed.hybrid_end_year,
        year_label(closed.hybrid_end_year) as year_label,
        closed.qar_family,
        case closed.qar_family
            when 'apprenticeship' then 'apprenticeships'
            else 'education and training aims'
        end as qar_family_label,
        closed.breakdown,
        closed.breakdown_value,
        round_volume(closed.leavers) as leavers_rounded,
        round_volume(closed.completers) as completers_rounded,
        round_volume(closed.achievers) as achievers_rounded,
        disclose_share(closed.achievement_rate, closed.achievers, closed.leavers) as achievement_rate,
        disclose_share(closed.retention_rate, closed.completers, closed.leavers) as retention_rate,
        disclose_share(closed.pass_rate, closed.achievers, closed.completers) as pass_rate,
        disclose_share(closed.timely_achievement_rate, closed.timely_achievers, closed.timely_leavers) as timely_achievement_rate,
        previous.previous_achievement_rate,
    from closed
    left join previous using (hybrid_end_year, qar_family, breakdown, breakdown_value)
),

final as (
    select
        *,
        achievement_rate - previous_achievement_rate as change_from_previous_year,
        case
            when achievement_rate is null then null
            else 'In ' || year_label || ', ' || pct1(achievement_rate) || ' of the ' || num0(leavers_rounded) || ' '
                || qar_family_label || ' that ended were achieved'
                || case
                    when previous_achievement_rate is null then '.'
                    when abs(achievement_rate - previous_achievement_rate) < 0.0005 then ', the same as the year before.'
                    when achievement_rate > previous_achievement_rate then ', up '
                        || printf('%.1f', 100 * (achievement_rate - previous_achievement_rate)) || ' percentage points on the year before.'
                    else ', down '
                        || printf('%.1f', 100 * (previous_achievement_rate - achievement_rate)) || ' percentage points on the year before.'
                end
        end as headline,
    from controlled
)

select * from final
