-- One row per provider with a loaded return: UKPRN, name and type where the provider reference
-- (ref.providers, user-maintained) knows them, and the years loaded.
with batches as (
    select * from meta.batches where status = 'loaded'
),

providers as (
    select * from ref.providers
),

loaded as (
    select
        ukprn,
        min(collection_year) as first_collection_year,
        max(collection_year) as last_collection_year,
    from batches
    group by ukprn
),

final as (
    select
        loaded.ukprn,
        coalesce(providers.provider_name, 'Provider ' || loaded.ukprn) as provider_name,
        coalesce(providers.provider_type, 'unknown') as provider_type,
        loaded.first_collection_year,
        loaded.last_collection_year,
    from loaded
    left join providers using (ukprn)
)

select * from final
