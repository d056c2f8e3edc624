-- One row per learning aim across every return loaded: the aim as its latest return holds it
-- (latest collection year). An aim is identified across years by (UKPRN, LearnRefNumber,
-- LearnAimRef, LearnStartDate) (shared/domain/measures.md, "Conventions").
-- `is_absent_from_later_return`: the provider has returned a later collection year without it.
with deliveries as (
    select * from staging.stg_ilr__learning_deliveries
),

provider_last_returns as (
    select ukprn, max(collection_year) as last_collection_year
    from deliveries
    group by ukprn
),

ranked as (
    select
        *,
        row_number() over (
            partition by ukprn, learn_ref_number, learn_aim_ref, learn_start_date
            order by collection_year desc, file_prepared_on desc nulls last
        ) as return_rank,
    from deliveries
),

final as (
    select
        ranked.* exclude (return_rank),
        provider_last_returns.last_collection_year,
        ranked.collection_year < provider_last_returns.last_collection_year as is_absent_from_later_return,
    from ranked
    inner join provider_last_returns using (ukprn)
    where ranked.return_rank = 1
)

select * from final
