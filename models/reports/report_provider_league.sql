-- The partnership managers' league table: one row per year, QAR family and provider with its
-- leavers, rates, the gap to the national achievement rate and whether that gap is significant,
-- and the provider's data-quality error rate for the same year. Built from the already
-- disclosure-controlled report tables, so nothing withheld there can reappear here.
with provider_rates as (
    select * from reports.report_provider_rates where breakdown = 'all'
),

data_quality as (
    select * from reports.report_provider_data_quality
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
        data_quality.error_rate,
    from provider_rates
    left join data_quality
        on data_quality.ukprn = provider_rates.ukprn
        and data_quality.collection_year = provider_rates.hybrid_end_year
)

select * from final
