-- One row per learning aim across every return loaded: the aim as its latest return holds it
-- (latest collection year; staging already keeps only the latest file of each provider and
-- year). An aim is identified across years by (UKPRN, LearnRefNumber, LearnAimRef,
-- LearnStartDate) (shared/domain/measures.md, "Conventions"). Should one return hold the same aim
-- twice, the one with the higher AimSeqNumber is kept (assumption: the later entry).
-- `is_absent_from_later_return`: the provider has returned a later collection year without it.
-- The latest row is found with a grouped max and a semi-join rather than a window ranking: the
-- same result, faster on millions of aims.
with deliveries as (
    select * from staging.stg_ilr__learning_deliveries
),

provider_last_returns as (
    select ukprn, max(collection_year) as last_collection_year
    from deliveries
    group by ukprn
),

return_order as (
    -- Latest collection year first, then the higher AimSeqNumber within one return.
    select
        *,
        cast(collection_year as bigint) * 1000000 + coalesce(aim_seq_number, 0) as return_order,
    from deliveries
),

latest_keys as (
    select
        ukprn,
        learn_ref_number,
        learn_aim_ref,
        learn_start_date,
        max(return_order) as return_order,
    from return_order
    group by ukprn, learn_ref_number, learn_aim_ref, learn_start_date
),

unpacked as (
    select return_order.* exclude (return_order)
    from return_order
    semi join latest_keys
        on latest_keys.ukprn = return_order.ukprn
        and latest_keys.learn_ref_number is not distinct from return_order.learn_ref_number
        and latest_keys.learn_aim_ref is not distinct from return_order.learn_aim_ref
        and latest_keys.learn_start_date is not distinct from return_order.learn_start_date
        and latest_keys.return_order = return_order.return_order
),

final as (
    select
        unpacked.*,
        provider_last_returns.last_collection_year,
        unpacked.collection_year < provider_last_returns.last_collection_year as is_absent_from_later_return,
    from unpacked
    inner join provider_last_returns using (ukprn)
)

select * from final
