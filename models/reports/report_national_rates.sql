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
-- And only final returns: a year that every provider has returned only in-year so far (the
-- current year) is the in-year position's (report_in_year_position), not a year of rates.
returned_years as (
    select distinct collection_year from staging.stg_ilr__latest_batches where is_final_return
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
        disclose_share(retention_rate, completers, leavers) as previous_retention_rate,
        disclose_share(pass_rate, achievers, completers) as previous_pass_rate,
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
        breakdown_label(closed.breakdown) as breakdown_label,
        breakdown_value_label(closed.breakdown, closed.breakdown_value) as breakdown_value_label,
        breakdown_value_order(closed.breakdown, closed.breakdown_value) as breakdown_value_order,
        round_volume(closed.leavers) as leavers_rounded,
        round_volume(closed.completers) as completers_rounded,
        round_volume(closed.achievers) as achievers_rounded,
        disclose_share(closed.achievement_rate, closed.achievers, closed.leavers) as achievement_rate,
        disclose_share(closed.retention_rate, closed.completers, closed.leavers) as retention_rate,
        disclose_share(closed.pass_rate, closed.achievers, closed.completers) as pass_rate,
        disclose_share(closed.timely_achievement_rate, closed.timely_achievers, closed.timely_leavers) as timely_achievement_rate,
        previous.previous_achievement_rate,
        previous.previous_retention_rate,
        previous.previous_pass_rate,
    from closed
    left join previous using (hybrid_end_year, qar_family, breakdown, breakdown_value)
),

-- What moved the achievement rate: achievement = retention × pass, so the change is put down to
-- whichever of the two moved further (in percentage points). The family whose overall rate moved
-- most in a year is that year's largest change, the sentence /national leads with.
explained as (
    select
        *,
        achievement_rate - previous_achievement_rate as change_from_previous_year,
        case
            when breakdown = 'all' and achievement_rate is not null and previous_achievement_rate is not null
                and retention_rate is not null and pass_rate is not null
                and previous_retention_rate is not null and previous_pass_rate is not null
                and abs(achievement_rate - previous_achievement_rate) >= 0.0005
            then 'The largest change in ' || year_label || ': the achievement rate for '
                || qar_family_label || ' ' || case when achievement_rate > previous_achievement_rate then 'rose' else 'fell' end
                || ' ' || printf('%.1f', 100 * abs(achievement_rate - previous_achievement_rate)) || ' percentage points, '
                || case
                    when abs(pass_rate - previous_pass_rate) >= abs(retention_rate - previous_retention_rate)
                        then 'driven by the pass rate (' || signed_points(pass_rate - previous_pass_rate)
                            || ' points; retention ' || signed_points(retention_rate - previous_retention_rate) || ').'
                    else 'driven by retention (' || signed_points(retention_rate - previous_retention_rate)
                        || ' points; pass rate ' || signed_points(pass_rate - previous_pass_rate) || ').'
                end
        end as change_explained,
    from controlled
),

final as (
    select
        *,
        change_explained is not null and row_number() over (
            partition by hybrid_end_year, breakdown, (change_explained is not null)
            order by abs(change_from_previous_year) desc, qar_family
        ) = 1 as is_largest_change,
        -- A sentence for each family's overall figure only: a group's rate quoted of a volume
        -- rounded to 10 ("35.7% of the 10") reads as a count it is not.
        case
            when achievement_rate is null or breakdown <> 'all' then null
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
    from explained
)

select * from final
