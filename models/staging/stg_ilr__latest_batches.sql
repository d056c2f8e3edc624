-- The return each provider's figures come from: for every (UKPRN, collection year) the latest
-- loaded file: latest preparation date, then latest file name (ILR-…-yyyymmdd-hhmmss-NN: the later
-- time and serial number win), never the order the files were loaded in (measures.md version 2,
-- "Identifying an aim across returns"); the file's SHA-256 settles two files of one name.
-- Older returns stay in raw.* for audit
-- (DESIGN.md, "a newer return of the same provider and year supersedes the older one").
-- XML and legacy CSV returns compete alike: `source_format` says which one a row came from.
-- `is_final_return`: the return was prepared on or after 1 August after the collection year
-- ended — the year-end returns (R13, R14) are made in September and October, the in-year ones
-- (R01–R12) during the year — so the provider's figures for the year are final. Assumption: a
-- return with no preparation date (a legacy CSV whose name carries none) is final; the legacy
-- years closed long ago. The QAR marts leave out a provider's year that is not final; the
-- in-year position shows it (docs/measures.md, "Final and in-year returns").
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
        coalesce(file_prepared_on >= make_date(collection_year + 1, 8, 1), true) as is_final_return,
    from ranked
    where return_rank = 1
)

select * from final
