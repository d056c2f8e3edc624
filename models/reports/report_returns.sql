-- The returns behind the figures, for the data-quality page: for every provider and collection
-- year, how many files were loaded, which one the figures use (the latest prepared; DESIGN.md,
-- "a newer return of the same provider and year supersedes the older one") and the preparation
-- dates of those it superseded. Counts of files, not of learners: nothing here needs suppressing.
with batches as (
    select * from meta.batches where status = 'loaded'
),

used as (
    select * from staging.stg_ilr__latest_batches
),

providers as (
    select * from marts.dim_providers
),

per_year as (
    select
        batches.collection_year,
        batches.ukprn,
        count(*) as files_loaded,
        count(*) filter (where used.batch_id is null) as files_superseded,
        string_agg(strftime(batches.file_prepared_on, '%d %b %Y'), ', ' order by batches.file_prepared_on)
            filter (where used.batch_id is null) as superseded_prepared_on,
        max(batches.file_prepared_on) filter (where used.batch_id is not null) as used_prepared_on,
        any_value(batches.format) filter (where used.batch_id is not null) as used_format,
    from batches
    left join used using (batch_id)
    group by batches.collection_year, batches.ukprn
),

final as (
    select
        per_year.collection_year,
        year_label(per_year.collection_year) as year_label,
        per_year.ukprn,
        providers.provider_name,
        per_year.files_loaded,
        per_year.files_superseded,
        strftime(per_year.used_prepared_on, '%d %b %Y') as used_prepared_on,
        case per_year.used_format when 'legacy_csv' then 'legacy CSV' else 'ILR XML' end as used_format,
        coalesce(per_year.superseded_prepared_on, 'none') as superseded_prepared_on,
    from per_year
    inner join providers using (ukprn)
)

select * from final
