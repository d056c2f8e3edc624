-- One row per learning aim per provider and collection year, from the latest return only.
with deliveries as (
    select * from raw.learning_delivery
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

final as (
    select
        deliveries.batch_id,
        deliveries.ukprn,
        deliveries.collection_year,
        latest_batches.file_prepared_on,
        deliveries.learn_ref_number,
        deliveries.learn_aim_ref,
        deliveries.aim_type,
        deliveries.aim_seq_number,
        deliveries.learn_start_date,
        deliveries.learn_plan_end_date,
        deliveries.learn_act_end_date,
        deliveries.ach_date,
        deliveries.fund_model,
        deliveries.prog_type,
        deliveries.std_code,
        deliveries.comp_status,
        deliveries.withdraw_reason,
        deliveries.outcome,
    from deliveries
    inner join latest_batches using (batch_id)
)

select * from final
