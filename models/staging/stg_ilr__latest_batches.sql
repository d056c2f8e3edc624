-- The return each provider's figures come from: for every (UKPRN, collection year) the latest
-- loaded file (latest preparation date, then latest load). Older returns stay in raw.* for audit
-- (DESIGN.md, "a newer return of the same provider and year supersedes the older one").
-- XML and legacy CSV returns compete alike: `source_format` says which one a row came from.
-- materialized: view (a thin step: the models that read it compute it within their own query)
with batches as (
    select * from meta.batches where status = 'loaded'
),

ranked as (
    select
        batch_id,
        ukprn,
        collection_year,
        file_prepared_on,
        coalesce(format, 'xml') as source_format,
        row_number() over (
            partition by ukprn, collection_year
            order by file_prepared_on desc nulls last, batch_id desc
        ) as return_rank,
    from batches
),

final as (
    select
        batch_id,
        ukprn,
        collection_year,
        file_prepared_on,
        source_format,
    from ranked
    where return_rank = 1
)

select * from final
