-- The self-assessment checklist a provider needs for endorsement: one line per provider and
-- check for the latest closed year, each with the figure behind it, its base, the threshold and a
-- status (green / amber / red; grey where the figure is withheld because its base is below 5).
-- The thresholds are the project's own (**assumption**: the endorsement criteria are not
-- published as numbers) and are stated on each line:
-- - achievement rate: green at or above national; amber below national but not significantly;
--   red significantly below (95% Wilson interval wholly below national);
-- - data-quality error rate: green below 1%, amber 1–5%, red above 5% of records read;
-- - temporary ULNs: green below 1% of learners, amber 1–5%, red above 5%;
-- - priority groups: green when 5 or more learners are recorded in a priority group (monitoring
--   codes returned), amber when fewer than 5, red when none at all.
with league as (
    select * from reports.report_provider_league
),

data_quality as (
    select * from reports.report_provider_data_quality
),

providers as (
    select * from marts.dim_providers
),

uln_quality as (
    select * from reports.report_uln_quality where not is_national
),

priority as (
    select * from reports.report_priority_groups where not is_national and pathway_type = 'all'
),

latest_year as (
    select max(hybrid_end_year) as hybrid_end_year from league
),

latest_league as (
    select * from league where hybrid_end_year = (select hybrid_end_year from latest_year)
),

latest_data_quality as (
    select *
    from data_quality
    qualify row_number() over (partition by ukprn order by collection_year desc) = 1
),

achievement_checks as (
    select
        ukprn,
        case qar_family when 'apprenticeship' then 2 else 1 end as check_order,
        'Achievement rate, ' || replace(qar_family, '_', ' ') || ' (' || year_label || ')' as check_name,
        case
            when achievement_rate is null and leavers is null then 'withheld (fewer than 5 leavers)'
            when achievement_rate is null then 'withheld (fewer than 5 achievers of ' || num0(leavers) || ' leavers)'
            else pct1(achievement_rate) || ' of ' || num0(leavers) || ' leavers; national ' || pct1(national_achievement_rate)
        end as figure,
        'green: at or above national · amber: below, not significantly · red: significantly below' as threshold,
        case
            when achievement_rate is null then 'grey'
            when achievement_rate >= national_achievement_rate then 'green'
            when comparison = 'significantly below' then 'red'
            else 'amber'
        end as status,
    from latest_league
),

data_quality_checks as (
    select
        ukprn,
        3 as check_order,
        'Records quarantined as errors (' || year_label || ')' as check_name,
        case
            when error_rate is null and records_read is not null and errors_shown = 'low'
                then 'fewer than 5 of ' || num0(records_read) || ' records read (low)'
            when error_rate is null then 'withheld'
            else printf('%.2f%%', 100 * error_rate) || ' of ' || num0(records_read) || ' records read'
        end as figure,
        'green: below 1% · amber: 1% to 5% · red: above 5%' as threshold,
        case
            -- Fewer than 5 errors: green where even 4 would be below 1% of the records read.
            when error_rate is null and records_read > 400 and errors_shown = 'low' then 'green'
            when error_rate is null then 'grey'
            when error_rate < 0.01 then 'green'
            when error_rate <= 0.05 then 'amber'
            else 'red'
        end as status,
    from latest_data_quality
),

latest_uln_quality as (
    select *
    from uln_quality
    qualify row_number() over (partition by ukprn order by collection_year desc) = 1
),

uln_checks as (
    select
        ukprn,
        4 as check_order,
        'Learners with the temporary ULN (' || year_label || ')' as check_name,
        case
            when temporary_uln_share is null and learners is not null and temporary_uln is null
                then 'fewer than 5 of ' || num0(learners) || ' learners (low)'
            when temporary_uln_share is null then 'withheld'
            else printf('%.1f%%', 100 * temporary_uln_share) || ' of ' || num0(learners) || ' learners'
        end as figure,
        'green: below 1% · amber: 1% to 5% · red: above 5%' as threshold,
        case
            when temporary_uln_share is null and learners > 400 and temporary_uln is null then 'green'
            when temporary_uln_share is null then 'grey'
            when temporary_uln_share < 0.01 then 'green'
            when temporary_uln_share <= 0.05 then 'amber'
            else 'red'
        end as status,
    from latest_uln_quality
),

-- Learners in any priority group in the latest year of starts: the largest group's figure, as
-- groups may overlap. 'none' / 'low' / a number, as published.
latest_priority as (
    select *
    from priority
    where start_year = (select max(start_year) from priority)
),

priority_checks as (
    select
        ukprn,
        5 as check_order,
        'Learners recorded in a priority group (starts in ' || any_value(year_label) || ')' as check_name,
        case
            when max(learners) is not null then num0(max(learners)) || ' learners in the largest group'
            when bool_or(learners_shown = 'low') then 'fewer than 5 learners (low)'
            else 'none recorded'
        end as figure,
        'green: 5 or more learners · amber: fewer than 5 · red: none recorded' as threshold,
        case
            when max(learners) is not null then 'green'
            when bool_or(learners_shown = 'low') then 'amber'
            else 'red'
        end as status,
    from latest_priority
    group by ukprn
),

checks as (
    select * from achievement_checks
    union all
    select * from data_quality_checks
    union all
    select * from uln_checks
    union all
    select * from priority_checks
),

final as (
    select
        checks.ukprn,
        providers.provider_name,
        checks.check_order,
        checks.check_name,
        checks.figure,
        checks.threshold,
        checks.status,
        case checks.status when 'green' then '🟢' when 'amber' then '🟠' when 'red' then '🔴' else '⚪' end as status_mark,
    from checks
    inner join providers using (ukprn)
)

select * from final
