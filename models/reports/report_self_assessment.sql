-- The self-assessment checklist a provider needs for endorsement (seed document 001 on Progression
-- Pathways: show from your own data your capacity, the appropriateness of your Entry-level and
-- Level-1 provision, and your readiness). One line per provider and check, each with the figure,
-- its base, the threshold in words and a status: `met`, `needs attention`, `not met`, `withheld`
-- (the figure stands on fewer than 5 learners) or `not applicable` (the provider has no such
-- provision). The thresholds are the project's own (**assumption**: the endorsement criteria are
-- not published as numbers) and each line states its own:
--  1–2 Entry level / Level 1 education and training: the achievement verdict against national
--      (measures.md's funnel rule), with retention (its own verdict) and timely achievement beside it;
--  3   trend: the overall education and training achievement rate over the last three years loaded;
--  4   Progression Pathways aims recorded with A46 81 (the guidance asks for the code on every one);
--  5   Progression Pathway and QCF learners with a valid, non-temporary ULN (the guidance requires one),
--      in the latest year with such learners;
--  6   credit success rate against national;
--  7   progression: leavers with a recorded destination in work or learning, against national;
--  8   data quality: records quarantined as errors;
--  9   minimum standards: apprenticeship leavers in standards or frameworks below 62%.
-- Every figure comes from a disclosure-controlled report table, or is withheld here by the same
-- rules (a share is shown only where neither it nor its complement gives back a count of 1 to 4).
with provider_rates as (
    select * from reports.report_provider_rates
),

providers as (
    select * from marts.dim_providers
),

-- 1–2: Entry level and Level 1, education and training, in the provider's latest year with leavers.
level_rows as (
    select provider_rates.*
    from provider_rates
    where qar_family = 'education_and_training'
        and breakdown = 'qualification_level'
        and breakdown_value in ('E', '1')
    qualify hybrid_end_year = max(hybrid_end_year) over (partition by ukprn)
),

levels as (
    select
        providers.ukprn,
        level.value as breakdown_value,
        level.check_order,
        level.label,
    from providers
    cross join (values ('E', 1, 'Entry level'), ('1', 2, 'Level 1')) as level(value, check_order, label)
),

level_checks as (
    select
        levels.ukprn,
        levels.check_order,
        levels.label || ' education and training' || coalesce(' (' || level_rows.year_label || ')', '') as check_name,
        case
            when level_rows.ukprn is null then 'no ' || lower(levels.label) || ' leavers in the years loaded'
            when level_rows.verdict is null then 'achievement ' || level_rows.comparison || ' of '
                || coalesce(num0(level_rows.leavers), level_rows.leavers_shown) || ' leavers'
            else 'achievement ' || pct1(level_rows.achievement_rate) || ' of ' || num0(level_rows.leavers)
                || ' leavers (national ' || pct1(level_rows.national_achievement_rate) || ')'
                || coalesce('; retention ' || pct1(level_rows.retention_rate) || ', '
                    || funnel_verdict(level_rows.retention_rate, level_rows.leavers, level_rows.national_retention_rate), '')
                || coalesce('; timely ' || pct1(level_rows.timely_achievement_rate), '')
        end as figure,
        'met: achievement in line with or above national · needs attention: significantly below · not met: well below' as threshold,
        case
            when level_rows.ukprn is null then 'not applicable'
            when level_rows.verdict is null then 'withheld'
            when level_rows.verdict = 'well below national' then 'not met'
            when level_rows.verdict = 'significantly below national' then 'needs attention'
            else 'met'
        end as status,
    from levels
    left join level_rows using (ukprn, breakdown_value)
),

-- 3: trend — the overall E&T achievement rate in the latest year against two years before.
overall as (
    select * from provider_rates
    where qar_family = 'education_and_training' and breakdown = 'all'
),

trend as (
    select
        latest.ukprn,
        latest.year_label as latest_label,
        earlier.year_label as earlier_label,
        latest.achievement_rate as latest_rate,
        earlier.achievement_rate as earlier_rate,
    from overall as latest
    inner join overall as earlier
        on earlier.ukprn = latest.ukprn
        and earlier.hybrid_end_year = latest.hybrid_end_year - 2
    qualify latest.hybrid_end_year = max(latest.hybrid_end_year) over (partition by latest.ukprn)
),

trend_checks as (
    select
        providers.ukprn,
        3 as check_order,
        'Achievement trend over three years, education and training' as check_name,
        case
            when trend.ukprn is null then 'fewer than three consecutive years of leavers loaded'
            when trend.latest_rate is null or trend.earlier_rate is null then 'withheld (fewer than 5 leavers or achievers in a year)'
            else pct1(trend.earlier_rate) || ' in ' || trend.earlier_label || ' → ' || pct1(trend.latest_rate) || ' in '
                || trend.latest_label || ' (' || signed_points(trend.latest_rate - trend.earlier_rate) || ' points)'
        end as figure,
        'met: not down by more than 2 points · needs attention: down 2 to 5 points · not met: down more than 5' as threshold,
        case
            when trend.ukprn is null then 'not applicable'
            when trend.latest_rate is null or trend.earlier_rate is null then 'withheld'
            when trend.latest_rate - trend.earlier_rate >= -0.02 then 'met'
            when trend.latest_rate - trend.earlier_rate >= -0.05 then 'needs attention'
            else 'not met'
        end as status,
    from providers
    left join trend using (ukprn)
),

-- 4: Progression Pathways aims (the learning-aim reference gives a pathway type) recorded with A46 81.
aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

pathway_aim_refs as (
    select learn_aim_ref from ref.learning_aims where pathway_type is not null and cast(pathway_type as varchar) <> ''
),

coded as (
    select distinct ukprn, learn_ref_number, learn_aim_ref, learn_start_date
    from intermediate.int_learning_deliveries_priority_groups
    where priority_group = 'progression_pathways'
),

pathway_aims as (
    select
        aims.ukprn,
        count(*) as pathway_aims,
        count(coded.ukprn) as coded_aims,
    from aims
    inner join pathway_aim_refs using (learn_aim_ref)
    left join coded
        on coded.ukprn = aims.ukprn
        and coded.learn_ref_number = aims.learn_ref_number
        and coded.learn_aim_ref = aims.learn_aim_ref
        and coded.learn_start_date = aims.learn_start_date
    group by aims.ukprn
),

pathway_checks as (
    select
        providers.ukprn,
        4 as check_order,
        'Progression Pathways aims recorded with monitoring code A46 81' as check_name,
        case
            when coalesce(pathway_aims.pathway_aims, 0) = 0 then 'no Progression Pathways aims in the returns loaded'
            when pathway_aims.pathway_aims < 5 then 'fewer than 5 Pathway aims (low)'
            when disclose_share(1, pathway_aims.coded_aims, pathway_aims.pathway_aims) is null
                or pathway_aims.pathway_aims - pathway_aims.coded_aims between 1 and 4
                then 'share withheld (it would give back a count below 5) of ' || num0(pathway_aims.pathway_aims) || ' Pathway aims'
            else pct1(pathway_aims.coded_aims / pathway_aims.pathway_aims) || ' of ' || num0(pathway_aims.pathway_aims) || ' Pathway aims'
        end as figure,
        'met: 95% or more · needs attention: 80% to 95% · not met: below 80%' as threshold,
        case
            when coalesce(pathway_aims.pathway_aims, 0) = 0 then 'not applicable'
            when pathway_aims.pathway_aims < 5 then 'withheld'
            when pathway_aims.coded_aims / pathway_aims.pathway_aims >= 0.95 then 'met'
            when pathway_aims.coded_aims / pathway_aims.pathway_aims >= 0.80 then 'needs attention'
            else 'not met'
        end as status,
    from providers
    left join pathway_aims using (ukprn)
),

-- 5: learners on a Progression Pathway (A46 81) or QCF provision (planned credits, A59 > 0) must
-- have a ULN (seed document 001): the temporary or invalid ULNs among them, in the provider's
-- latest collection year with such learners (marts.uln_quality_required, as the provider page shows).
pp_or_qcf_uln as (
    select
        ukprn,
        year_label(collection_year) as year_label,
        learners_requiring_uln as learners,
        temporary_uln + invalid_uln as without_valid_uln,
    from marts.uln_quality_required
    where ukprn is not null and learners_requiring_uln > 0
    qualify collection_year = max(collection_year) over (partition by ukprn)
),

uln_checks as (
    select
        providers.ukprn,
        5 as check_order,
        'Progression Pathway and QCF learners with a valid ULN' || coalesce(' (' || pp_or_qcf_uln.year_label || ')', '') as check_name,
        case
            when coalesce(pp_or_qcf_uln.learners, 0) = 0 then 'no Progression Pathway or QCF learners in the returns loaded'
            when pp_or_qcf_uln.learners < 5 then 'fewer than 5 such learners (low)'
            when pp_or_qcf_uln.without_valid_uln = 0 then 'every one of ' || num0(pp_or_qcf_uln.learners) || ' learners'
            when pp_or_qcf_uln.without_valid_uln < 5 then 'fewer than 5 of ' || num0(pp_or_qcf_uln.learners) || ' learners without one (low)'
            when pp_or_qcf_uln.learners - pp_or_qcf_uln.without_valid_uln between 1 and 4
                then 'most of ' || num0(pp_or_qcf_uln.learners) || ' learners without one'
            else num0(pp_or_qcf_uln.without_valid_uln) || ' of ' || num0(pp_or_qcf_uln.learners) || ' learners without one'
        end as figure,
        'met: every learner has a valid ULN (the guidance requires one) · not met: any temporary or invalid ULN' as threshold,
        case
            when coalesce(pp_or_qcf_uln.learners, 0) = 0 then 'not applicable'
            when pp_or_qcf_uln.learners < 5 then 'withheld'
            when pp_or_qcf_uln.without_valid_uln = 0 then 'met'
            else 'not met'
        end as status,
    from providers
    left join pp_or_qcf_uln using (ukprn)
),

-- 6: credit success rate in the provider's latest year with credit-bearing leavers.
credit as (
    select * from reports.report_credit_success
),

credit_latest as (
    select provider.*, national.credit_success_rate as national_credit_success_rate,
    from credit as provider
    left join credit as national
        on national.is_national
        and national.hybrid_end_year = provider.hybrid_end_year
    where not provider.is_national
        and provider.credit_success_shown is distinct from 'none'
    qualify provider.hybrid_end_year = max(provider.hybrid_end_year) over (partition by provider.ukprn)
),

credit_checks as (
    select
        providers.ukprn,
        6 as check_order,
        'Credit success rate' || coalesce(' (' || credit_latest.year_label || ')', '') as check_name,
        case
            when credit_latest.ukprn is null then 'no credit-bearing aims ended in the years loaded'
            when credit_latest.credit_success_rate is null then 'withheld (' || coalesce(credit_latest.credit_success_shown, 'low') || ')'
            else credit_latest.credit_success_shown || coalesce(' (national ' || pct1(credit_latest.national_credit_success_rate) || ')', '')
        end as figure,
        'met: at or above national · needs attention: up to 5 points below · not met: more than 5 points below' as threshold,
        case
            when credit_latest.ukprn is null then 'not applicable'
            when credit_latest.credit_success_rate is null or credit_latest.national_credit_success_rate is null then 'withheld'
            when credit_latest.credit_success_rate >= credit_latest.national_credit_success_rate then 'met'
            when credit_latest.credit_success_rate >= credit_latest.national_credit_success_rate - 0.05 then 'needs attention'
            else 'not met'
        end as status,
    from providers
    left join credit_latest using (ukprn)
),

-- 7: progression — leavers with a destination in work or learning, of those with one recorded.
destinations as (
    select
        leave_year,
        ukprn,
        max(learners) filter (where destination_group = 'all') as with_destination,
        coalesce(sum(learners) filter (where destination_group in ('employment', 'education')), 0) as in_work_or_learning,
    from marts.destinations
    group by leave_year, ukprn
),

destinations_latest as (
    select provider.*, national.in_work_or_learning / national.with_destination as national_share,
    from destinations as provider
    left join destinations as national
        on national.ukprn is null
        and national.leave_year = provider.leave_year
    where provider.ukprn is not null and provider.with_destination > 0
    qualify provider.leave_year = max(provider.leave_year) over (partition by provider.ukprn)
),

progression_checks as (
    select
        providers.ukprn,
        7 as check_order,
        'Leavers progressing into work or learning' || coalesce(' (left in ' || year_label(destinations_latest.leave_year) || ')', '') as check_name,
        case
            when destinations_latest.ukprn is null then 'no destinations recorded in the years loaded'
            when destinations_latest.with_destination < 5 then 'fewer than 5 leavers with a destination (low)'
            when disclose_share(1, destinations_latest.in_work_or_learning, destinations_latest.with_destination) is null
                or destinations_latest.with_destination - destinations_latest.in_work_or_learning between 1 and 4
                then 'share withheld (it would give back a count below 5) of ' || num0(destinations_latest.with_destination) || ' leavers with a destination'
            else pct1(destinations_latest.in_work_or_learning / destinations_latest.with_destination) || ' of '
                || num0(destinations_latest.with_destination) || ' leavers with a destination'
                || coalesce(' (national ' || pct1(destinations_latest.national_share) || ')', '')
        end as figure,
        'met: at or above national · needs attention: up to 5 points below · not met: more than 5 points below' as threshold,
        case
            when destinations_latest.ukprn is null then 'not applicable'
            when destinations_latest.with_destination < 5 or destinations_latest.national_share is null then 'withheld'
            when destinations_latest.in_work_or_learning / destinations_latest.with_destination >= destinations_latest.national_share then 'met'
            when destinations_latest.in_work_or_learning / destinations_latest.with_destination >= destinations_latest.national_share - 0.05 then 'needs attention'
            else 'not met'
        end as status,
    from providers
    left join destinations_latest using (ukprn)
),

-- 8: data quality in the provider's latest collection year.
data_quality as (
    select *
    from reports.report_provider_data_quality
    qualify row_number() over (partition by ukprn order by collection_year desc) = 1
),

data_quality_checks as (
    select
        providers.ukprn,
        8 as check_order,
        'Records quarantined as errors' || coalesce(' (' || data_quality.year_label || ')', '') as check_name,
        case
            when data_quality.ukprn is null then 'no returns loaded'
            when data_quality.error_rate is null and data_quality.errors_shown = 'low'
                then 'fewer than 5 of ' || num0(data_quality.records_read) || ' records read (low)'
            when data_quality.error_rate is null then 'withheld'
            else printf('%.2f%%', 100 * data_quality.error_rate) || ' of ' || num0(data_quality.records_read) || ' records read'
        end as figure,
        'met: below 1% · needs attention: 1% to 5% · not met: above 5%' as threshold,
        case
            when data_quality.ukprn is null then 'not applicable'
            -- Fewer than 5 errors: met where even 4 would be below 1% of the records read.
            when data_quality.error_rate is null and data_quality.records_read > 400 and data_quality.errors_shown = 'low' then 'met'
            when data_quality.error_rate is null then 'withheld'
            when data_quality.error_rate < 0.01 then 'met'
            when data_quality.error_rate <= 0.05 then 'needs attention'
            else 'not met'
        end as status,
    from providers
    left join data_quality using (ukprn)
),

-- 9: minimum standards — apprenticeship leavers in standards or frameworks below 62%, in the
-- provider's latest year with apprenticeship leavers (thresholds as published for 2016/17–2018/19).
minimum_standards as (
    select *
    from reports.report_minimum_standards
    where not is_national and programme_key = 'all' and leavers_shown <> 'none'
        -- only a year whose return was loaded: later years hold continuing aims, not results
        and (ukprn, hybrid_end_year) in (select (ukprn, collection_year) from staging.stg_ilr__latest_batches)
    qualify hybrid_end_year = max(hybrid_end_year) over (partition by ukprn)
),

minimum_standards_checks as (
    select
        providers.ukprn,
        9 as check_order,
        'Apprenticeship minimum standards' || coalesce(' (' || minimum_standards.year_label || ')', '') as check_name,
        case
            when minimum_standards.ukprn is null then 'no apprenticeship leavers in the years loaded'
            when minimum_standards.leavers is null then 'fewer than 5 apprenticeship leavers (low)'
            when minimum_standards.share_of_leavers_below_threshold is null
                then 'share withheld (it would give back a count below 5) of ' || num0(minimum_standards.leavers) || ' leavers'
            else pct1(minimum_standards.share_of_leavers_below_threshold) || ' of ' || num0(minimum_standards.leavers)
                || ' leavers in programmes below 62%'
        end as figure,
        'met: 40% or fewer of apprenticeship leavers in programmes achieving below 62% · not met: more than 40% (in scope for intervention)' as threshold,
        case
            when minimum_standards.ukprn is null then 'not applicable'
            when minimum_standards.leavers is null then 'withheld'
            when minimum_standards.intervention_status = 'in scope for intervention' then 'not met'
            else 'met'
        end as status,
    from providers
    left join minimum_standards using (ukprn)
),

checks as (
    select * from level_checks
    union all select * from trend_checks
    union all select * from pathway_checks
    union all select * from uln_checks
    union all select * from credit_checks
    union all select * from progression_checks
    union all select * from data_quality_checks
    union all select * from minimum_standards_checks
),

-- The summary line: checks met of the checks that apply (withheld and not applicable left out).
summary as (
    select
        ukprn,
        count(*) filter (where status = 'met') as checks_met,
        count(*) filter (where status in ('met', 'needs attention', 'not met')) as checks_judged,
    from checks
    group by ukprn
),

final as (
    select
        checks.ukprn,
        providers.provider_name,
        '/self-assessment/' || checks.ukprn as self_assessment_link,
        checks.check_order,
        checks.check_name,
        checks.figure,
        checks.threshold,
        checks.status,
        summary.checks_met,
        summary.checks_judged,
        summary.checks_met || ' of ' || summary.checks_judged || ' checks met' as summary,
    from checks
    inner join providers using (ukprn)
    inner join summary using (ukprn)
)

select * from final
