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
        -- The type in words (providers.csv codes it): general_fe_college → General FE college.
        case provider_type
            when 'general_fe_college' then 'General FE college'
            when 'training_provider' then 'Training provider'
            when 'offender_learning' then 'Offender learning service'
            when 'sixth_form_college' then 'Sixth form college'
            when 'employer' then 'Employer'
            else coalesce(upper(left(replace(provider_type, '_', ' '), 1)) || substr(replace(provider_type, '_', ' '), 2), 'Not known')
        end as provider_type_label,
        first_collection_year,
        last_collection_year,
        year_label(first_collection_year) || ' to ' || year_label(last_collection_year) as years_loaded,
        '/providers/' || ukprn as provider_link,
        '/self-assessment/' || ukprn as self_assessment_link,
    from providers
)

select * from final
