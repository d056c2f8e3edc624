-- The partnership managers' league table: one row per year, QAR family and provider with its
-- leavers, rates, the gap to the national achievement rate and the verdict against it,
-- the credit success rate, priority-group learners starting in the year, and the provider's
-- data-quality error rate for the same year. Built from the already
-- disclosure-controlled report tables, so nothing withheld there can reappear here.
with provider_rates as (
    select * from reports.report_provider_rates where breakdown = 'all'
),

data_quality as (
    select * from reports.report_provider_data_quality
),

credit as (
    select * from reports.report_credit_success where not is_national
),

priority as (
    select * from reports.report_priority_groups where not is_national and pathway_type = 'all'
),

priority_wide as (
    select
        start_year,
        ukprn,
        max(learners_shown) filter (where priority_group = 'offenders_in_community') as offenders_in_community_learners,
        max(learners_shown) filter (where priority_group = 'offenders_in_custody') as offenders_in_custody_learners,
        max(learners_shown) filter (where priority_group = 'progression_pathways') as progression_pathways_learners,
        -- The same as numbers (null where withheld or none), so that tables sort them as numbers.
        max(learners) filter (where priority_group = 'offenders_in_community') as offenders_in_community_count,
        max(learners) filter (where priority_group = 'offenders_in_custody') as offenders_in_custody_count,
        max(learners) filter (where priority_group = 'progression_pathways') as progression_pathways_count,
    from priority
    group by start_year, ukprn
),

final as (
    select
        provider_rates.hybrid_end_year,
        provider_rates.year_label,
        provider_rates.ukprn,
        provider_rates.provider_name,
        provider_rates.provider_link,
        provider_rates.qar_family,
        provider_rates.leavers,
        provider_rates.leavers_shown,
        provider_rates.retention_rate,
        provider_rates.pass_rate,
        provider_rates.achievement_rate,
        provider_rates.achievement_rate_lower,
        provider_rates.achievement_rate_upper,
        provider_rates.timely_achievement_rate,
        provider_rates.national_achievement_rate,
        provider_rates.gap_to_national,
        provider_rates.comparison,
        provider_rates.verdict,
        provider_rates.verdict_rank,
        data_quality.error_rate,
        credit.credit_success_rate,
        credit.credit_success_shown,
        coalesce(priority_wide.offenders_in_community_learners, 'none') as offenders_in_community_learners,
        coalesce(priority_wide.offenders_in_custody_learners, 'none') as offenders_in_custody_learners,
        coalesce(priority_wide.progression_pathways_learners, 'none') as progression_pathways_learners,
        priority_wide.offenders_in_community_count,
        priority_wide.offenders_in_custody_count,
        priority_wide.progression_pathways_count,
    from provider_rates
    left join data_quality
        on data_quality.ukprn = provider_rates.ukprn
        and data_quality.collection_year = provider_rates.hybrid_end_year
    left join credit
        on credit.ukprn = provider_rates.ukprn
        and credit.hybrid_end_year = provider_rates.hybrid_end_year
    left join priority_wide
        on priority_wide.ukprn = provider_rates.ukprn
        and priority_wide.start_year = provider_rates.hybrid_end_year
)

select * from final
