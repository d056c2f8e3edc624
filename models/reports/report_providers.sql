-- The providers the site has pages for: UKPRN, name and type, and the years loaded.
-- No learner-level data; one row per provider.
with providers as (
    select * from marts.dim_providers
),

final as (
    select
        ukprn,
        provider_name,
        provider_type,
        first_collection_year,
        last_collection_year,
        year_label(first_collection_year) || ' to ' || year_label(last_collection_year) as years_loaded,
        '/providers/' || ukprn as provider_link,
        '/self-assessment/' || ukprn as self_assessment_link,
    from providers
)

select * from final
