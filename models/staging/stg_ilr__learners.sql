-- One row per learner per provider and collection year, from the latest return only. Legacy CSV
-- learners load into the same raw table (L03 → learn_ref_number, L45 → uln, L11 → date_of_birth,
-- L12 → ethnicity, L13 → sex, L14 → lldd_health_prob, L39 → l39_destination; measures.md,
-- "Conventions"), so XML and legacy share one shape here.
-- materialized: view (a thin step: the models that read it compute it within their own query)
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
        latest_batches.source_format,
        learners.learn_ref_number,
        nullif(trim(learners.prev_learn_ref_number), '') as prev_learn_ref_number,
        learners.prev_ukprn,
        learners.uln,
        learners.date_of_birth,
        learners.ethnicity,
        upper(trim(learners.sex)) as sex,
        learners.lldd_health_prob,
        learners.postcode as postcode_district,
        nullif(trim(learners.l39_destination), '') as l39_destination,
    from learners
    inner join latest_batches using (batch_id)
)

select * from final
