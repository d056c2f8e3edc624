-- QAR exclusions (shared/domain/measures.md, "Exclusions"), checked in this order; an excluded
-- aim keeps its row with the reason and is left out of every count.
--   1. qualifying_period: withdrawn (CompStatus 3), not achieved, and fewer days in learning than
--      the qualifying period: 42 days when planned >= 168; 14 when planned 14–167; 1 below 14.
--      Days are counted inclusively (end − start + 1) — an assumption on the counting convention.
--   2. transfer_same_provider: WithdrawReason 40 and the learner starts another aim at the same
--      provider within 120 days after this aim's actual end date; legacy A34 = 4 (transferred)
--      always. Assumption: "within 120 days" counts a new aim starting on the end date itself up
--      to the end date + 120 days, inclusive; any aim counts as the new aim (any family, any
--      return of the same provider), matched on the learner reference.
--   3. transfer_intervention: WithdrawReason 7.
--   4. break_in_learning: CompStatus 6 that is not overdue (not a leaver yet).
with aims as (
    select * from intermediate.int_learning_deliveries_hybrid_end_year_assigned
),

all_starts as (
    select ukprn, learn_ref_number, learn_aim_ref, learn_start_date
    from intermediate.int_learning_deliveries_latest_return
),

durations as (
    select
        *,
        date_diff('day', learn_start_date, learn_act_end_date) + 1 as days_in_learning,
        date_diff('day', learn_start_date, learn_plan_end_date) + 1 as planned_days,
    from aims
),

transfers as (
    select
        durations.ukprn,
        durations.learn_ref_number,
        durations.learn_aim_ref,
        durations.learn_start_date,
        true as has_new_aim_within_120_days,
    from durations
    inner join all_starts as new_aims
        on new_aims.ukprn = durations.ukprn
        and new_aims.learn_ref_number = durations.learn_ref_number
        and not (new_aims.learn_aim_ref = durations.learn_aim_ref and new_aims.learn_start_date = durations.learn_start_date)
        and new_aims.learn_start_date >= durations.learn_act_end_date
        and new_aims.learn_start_date <= durations.learn_act_end_date + interval 120 day
    where durations.withdraw_reason = 40
        and durations.learn_act_end_date is not null
    group by all
),

final as (
    select
        durations.*,
        coalesce(transfers.has_new_aim_within_120_days, false) as has_new_aim_within_120_days,
        case
            when durations.comp_status = 3
                and coalesce(durations.outcome, 0) <> 1
                and durations.days_in_learning < case
                    when durations.planned_days >= 168 then 42
                    when durations.planned_days >= 14 then 14
                    else 1
                end
                then 'qualifying_period'
            when durations.withdraw_reason = 40 and transfers.has_new_aim_within_120_days
                then 'transfer_same_provider'
            when durations.is_legacy and durations.comp_status = 4
                then 'transfer_same_provider'
            when durations.withdraw_reason = 7
                then 'transfer_intervention'
            when durations.comp_status = 6 and not durations.is_overdue
                then 'break_in_learning'
        end as exclusion_reason,
    from durations
    left join transfers using (ukprn, learn_ref_number, learn_aim_ref, learn_start_date)
)

select * from final
