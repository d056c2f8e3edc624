-- One row per learning aim per provider and collection year, from the latest return only.
-- Legacy CSV aims load into the same raw table (A09 → learn_aim_ref, A05 → aim_seq_number,
-- A27/A28/A31 → start, planned and actual end dates, A15 → prog_type, A34 → comp_status with
-- legacy 4 = transferred kept as read, A35 → outcome, A40 → ach_date; measures.md, "Conventions").
-- Legacy returns carry no AimType or FundModel; they carry A10 funding stream and A59/A60 credits.
-- materialized: view (a thin step: the models that read it compute it within their own query)
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
        latest_batches.source_format,
        latest_batches.source_format = 'legacy_csv' as is_legacy,
        deliveries.learn_ref_number,
        upper(trim(deliveries.learn_aim_ref)) as learn_aim_ref,
        deliveries.aim_type,
        deliveries.aim_seq_number,
        deliveries.learn_start_date,
        deliveries.learn_plan_end_date,
        deliveries.learn_act_end_date,
        deliveries.ach_date,
        deliveries.fund_model,
        deliveries.a10_funding_stream,
        deliveries.prog_type,
        deliveries.std_code,
        deliveries.fwork_code,
        deliveries.pway_code,
        deliveries.comp_status,
        deliveries.withdraw_reason,
        deliveries.outcome,
        deliveries.a50_reason_ended,
        deliveries.a59_planned_credits,
        deliveries.a60_credits_achieved,
    from deliveries
    inner join latest_batches using (batch_id)
)

select * from final
