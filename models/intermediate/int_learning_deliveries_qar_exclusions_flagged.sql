-- QAR exclusions (shared/domain/measures.md, "Exclusions"), checked in this order; an excluded
-- aim keeps its row with the reason and is left out of every count.
--   1. qualifying_period: withdrawn (CompStatus 3), not achieved, and fewer days in learning than
--      the qualifying period: 42 days when planned >= 168; 14 when planned 14–167; 1 below 14.
--      Days are counted inclusively (end − start + 1) — an assumption on the counting convention.
--   2. transfer_same_provider: WithdrawReason 40 and the learner starts another aim at the same
--      provider within 120 days after this aim's actual end date; legacy A34 = 4 (transferred)
--      always. The match is int_learning_deliveries_transfers_matched (its assumptions there).
--   3. transfer_intervention: WithdrawReason 7.
--   4. transfer_other_provider: WithdrawReason 41 (to meet a government strategy) and 47 (a merger).
--   5. break_in_learning: CompStatus 6 that is not overdue (not a leaver yet).
-- materialized: view (a thin step: the models that read it compute it within their own query)
with aims as (
    select * from intermediate.int_learning_deliveries_hybrid_end_year_assigned
),

transfers as (
    select *, true as has_new_aim_within_120_days,
    from intermediate.int_learning_deliveries_transfers_matched
),

durations as (
    select
        *,
        date_diff('day', learn_start_date, learn_act_end_date) + 1 as days_in_learning,
        date_diff('day', learn_start_date, learn_plan_end_date) + 1 as planned_days,
    from aims
),

flagged as (
    select
        durations.*,
        coalesce(transfers.has_new_aim_within_120_days, false) as has_new_aim_within_120_days,
    from durations
    left join transfers using (ukprn, learn_ref_number, learn_aim_ref, learn_start_date)
),

final as (
    select
        durations.*,
        case
            when durations.comp_status = 3
                and coalesce(durations.outcome, 0) <> 1
                and durations.days_in_learning < case
                    when durations.planned_days >= 168 then 42
                    when durations.planned_days >= 14 then 14
                    else 1
                end
                then 'qualifying_period'
            when durations.has_new_aim_within_120_days
                then 'transfer_same_provider'
            when durations.is_legacy and durations.comp_status = 4
                then 'transfer_same_provider'
            when durations.withdraw_reason = 7
                then 'transfer_intervention'
            when durations.withdraw_reason in (41, 47)
                then 'transfer_other_provider'
            when durations.comp_status = 6 and not durations.is_overdue
                then 'break_in_learning'
        end as exclusion_reason,
    from flagged as durations
)

select * from final
