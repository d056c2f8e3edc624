-- "Data as at": the latest file preparation date behind the figures (DESIGN.md: every mart a page
-- shows carries, or joins to, `data_as_at`; measures.md version 2, "Identifying an aim across
-- returns" — the R04 freeze is not applied, so a year's figures move when later returns load).
-- One row per provider, and England (ukprn null): the latest preparation date of the returns the
-- models use (each provider's latest return of each year), with the collection years they span.
-- Figures drawn from every year's returns (marts.qar_rates, credit_success_rates,
-- priority_group_volumes, destinations, minimum_standards) join it on ukprn (is not distinct
-- from): an aim's latest record, and whether it is overdue, can come from any later return.
-- Figures of one return (marts.uln_quality) carry that return's own date instead.
-- Legacy CSV returns carry no preparation date: a provider with only those has none (null).
with batches as (
    select * from staging.stg_ilr__latest_batches
),

final as (
    select
        ukprn,
        max(file_prepared_on) as data_as_at,
        min(collection_year) as first_collection_year_loaded,
        max(collection_year) as last_collection_year_loaded,
    from batches
    group by grouping sets ((ukprn), ())
)

select * from final
