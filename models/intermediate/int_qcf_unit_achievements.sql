-- One row per QCF unit a learner has achieved at a provider, the learner known by ULN
-- (shared/domain/measures.md, "QCF achievement records: possible claims"; seed document
-- shared/seeds/003_92e9a5e4da443ad1.txt: the learner achievement record tracks unit credit by ULN).
--   * a unit is an aim whose learning-aim reference has qualification_type 'QCF Unit'
--     (seeds/learning_aims.csv, which also gives its level and credit value);
--   * achieved: credits achieved (legacy A60 > 0) or Outcome 1 (legacy A35 1), in the aim's
--     latest record;
--   * matched by ULN only: a learner with the temporary ULN 9999999999, an invalid ULN (DD01) or
--     none has no achievement record (assumption: the LAR was keyed on a valid ULN only);
--   * the credit counted is the unit's credit value from the reference, not A60 (a QCF unit's
--     credit is awarded whole);
--   * achieved_year: the funding year of the aim's actual end date (the collection year when the
--     return gives none). A unit achieved twice counts once, in its first year.
with deliveries as (
    select * from intermediate.int_learning_deliveries_latest_return
),

learners as (
    select * from staging.stg_ilr__learners
),

learning_aims as (
    select
        cast(learn_aim_ref as varchar) as unit_ref,
        cast(qualification_level as varchar) as unit_level,
        cast(credit_value as integer) as unit_credit,
    from ref.learning_aims
    where qualification_type = 'QCF Unit'
),

unit_aims as (
    select
        deliveries.ukprn,
        deliveries.learn_ref_number,
        deliveries.batch_id,
        learning_aims.unit_ref,
        learning_aims.unit_level,
        learning_aims.unit_credit,
        cast(coalesce(funding_year(deliveries.learn_act_end_date), deliveries.collection_year) as integer) as achieved_year,
    from deliveries
    inner join learning_aims
        on learning_aims.unit_ref = deliveries.learn_aim_ref
    where coalesce(deliveries.a60_credits_achieved, 0) > 0
        or deliveries.outcome = 1
),

with_uln as (
    select
        unit_aims.*,
        learners.uln,
    from unit_aims
    inner join learners
        on learners.batch_id = unit_aims.batch_id
        and learners.learn_ref_number = unit_aims.learn_ref_number
    where learners.uln <> 9999999999
        and is_uln_checksum_valid(learners.uln)
),

final as (
    select
        ukprn,
        uln,
        unit_ref,
        any_value(unit_level) as unit_level,
        -- QCF levels in order: Entry below 1, 2, 3 …
        case when any_value(unit_level) = 'E' then 0 else try_cast(any_value(unit_level) as integer) end as unit_level_rank,
        any_value(unit_credit) as unit_credit,
        min(achieved_year) as achieved_year,
        min(learn_ref_number) as learn_ref_number,
    from with_uln
    group by ukprn, uln, unit_ref
)

select * from final
