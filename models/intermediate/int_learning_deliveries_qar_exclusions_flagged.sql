-- QAR exclusions (shared/domain/measures.md, "Exclusions"), checked in this order; an excluded
-- aim keeps its row with the reason and is left out of every count.
--   1. qualifying_period: withdrawn (CompStatus 3), not achieved, not a restart (no RES FAM:
--      restarts are never excluded on it, measures.md version 2), and fewer days in learning than
--      the qualifying period: 42 days when planned >= 168; 14 when planned 14–167; 1 below 14.
--      Days are counted inclusively (end − start + 1) — an assumption on the counting convention.
--   2. transfer_same_provider: WithdrawReason 40 and the learner starts another aim at the same
--      provider within 120 days after this aim's actual end date; legacy A34 = 4 (transferred)
--      always. The match is int_learning_deliveries_transfers_matched (its assumptions there).
--   3. transfer_intervention: WithdrawReason 7.
--   4. transfer_other_provider: WithdrawReason 41 (to meet a government strategy) and 47 (a merger).
--   5. break_restarted: a break whose learner restarted the aim (int_learning_deliveries_breaks_resolved);
--      break_in_learning: CompStatus 6 that is neither restarted nor an overdue planned break.
--   6. Legacy learner-responsive aims only (measures.md version 2): under_16 — age below 16 on
--      31 August of the funding year of start; key_or_functional_skills — the learning-aim
--      reference (ref.learning_aims) gives the qualification type Key Skills or Functional Skills.
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
    left join transfers using (batch_id, learn_ref_number, aim_seq_number)
),

legacy_learners as (
    select ukprn, learn_ref_number, date_of_birth from intermediate.int_learners_characteristics
),

skills_aims as (
    select distinct upper(trim(learn_aim_ref)) as learn_aim_ref
    from ref.learning_aims
    where qualification_type in ('Key Skills', 'Functional Skills')
),

legacy_flagged as (
    select
        flagged.*,
        coalesce(
            flagged.is_legacy and flagged.qar_family = 'education_and_training'
            and age_on_31_august(legacy_learners.date_of_birth, flagged.learn_start_date) < 16,
            false
        ) as is_legacy_under_16,
        flagged.is_legacy and flagged.qar_family = 'education_and_training'
            and flagged.learn_aim_ref in (select learn_aim_ref from skills_aims) as is_legacy_key_or_functional_skills,
    from flagged
    left join legacy_learners using (ukprn, learn_ref_number)
),

final as (
    select
        durations.*,
        case
            when durations.comp_status = 3
                and coalesce(durations.outcome, 0) <> 1
                and not durations.is_restart
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
            when durations.is_break_restarted
                then 'break_restarted'
            when durations.comp_status = 6 and not durations.is_overdue
                then 'break_in_learning'
            when durations.is_legacy_under_16
                then 'under_16'
            when durations.is_legacy_key_or_functional_skills
                then 'key_or_functional_skills'
        end as exclusion_reason,
    from legacy_flagged as durations
)

select * from final
