-- The return each provider's figures come from: for every (UKPRN, collection year) the latest
-- loaded file: latest preparation date, then latest file name (ILR-…-yyyymmdd-hhmmss-NN: the later
-- time and serial number win), never the order the files were loaded in (measures.md version 2,
-- "Identifying an aim across returns"); the file's SHA-256 settles two files of one name.
-- Older returns stay in raw.* for audit
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
            order by file_prepared_on desc nulls last, file_name desc, sha256 desc
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
