-- One row per destination and progression outcome (DPOutcome, XML returns to 2023/24), from the
-- latest return only (ilr-reference.md §1a.4).
-- materialized: view (a thin step: the models that read it compute it within their own query)
with outcomes as (
    select * from raw.dpoutcome
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

final as (
    select
        outcomes.batch_id,
        outcomes.ukprn,
        outcomes.collection_year,
        outcomes.learn_ref_number,
        outcomes.uln,
        upper(trim(outcomes.out_type)) as out_type,
        outcomes.out_code,
        outcomes.out_start_date,
        outcomes.out_end_date,
        outcomes.out_coll_date,
    from outcomes
    inner join latest_batches using (batch_id)
)

select * from final
