-- One row per learner per provider and collection year, from the latest return only.
with learners as (
    select * from raw.learner
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

final as (
    select
        learners.batch_id,
        learners.ukprn,
        learners.collection_year,
        learners.learn_ref_number,
        learners.uln,
        learners.date_of_birth,
        learners.ethnicity,
        learners.sex,
        learners.lldd_health_prob,
        learners.postcode as postcode_district,
    from learners
    inner join latest_batches using (batch_id)
)

select * from final
