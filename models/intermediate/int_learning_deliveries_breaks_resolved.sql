-- Each break in learning (CompStatus 6 in the aim's latest record) resolved as measures.md version
-- 2 says ("Leavers and the hybrid end year", "Breaks in learning and restarts"). One row per break.
-- * restarted: the same learner has another aim with the same LearnAimRef (a programme aim: the
--   same ProgType, StdCode, FworkCode and PwayCode) starting on or after the break's
--   LearnActEndDate and carrying the LearningDeliveryFAM RES → `is_break_restarted`
--   (excluded as break_restarted; the restart counts in its own right).
-- * overdue planned break: not restarted, and the year after the break's year Y =
--   fy(LearnActEndDate) has ended — the provider's latest return for Y+1 was prepared after
--   31 July at the end of Y+1, or the provider has returned a year after Y+1 — whether or not the
--   break is still being returned → `is_overdue_planned_break`: a withdrawal with hybrid end year
--   Y+1. (A restart in Y or Y+1 would have made it restarted; a restart loaded later still does.)
-- * otherwise still on a break (break_in_learning, excluded for now).
-- Assumption: "the same learner" is the learner followed through PrevLearnRefNumber
-- (int_learners_identified); a restart under another reference with only the ULN in common is
-- not found.
with aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

returns as (
    select ukprn, collection_year, file_prepared_on, from staging.stg_ilr__latest_batches
),

provider_last_returns as (
    select ukprn, max(collection_year) as last_collection_year from returns group by ukprn
),

breaks as (
    select * from aims where comp_status = 6 and learn_act_end_date is not null
),

restarts as (
    select * from aims where is_restart
),

restarted as (
    select distinct
        breaks.batch_id,
        breaks.learn_ref_number,
        breaks.aim_seq_number,
    from breaks
    inner join restarts
        on restarts.learner_ukprn = breaks.learner_ukprn
        and restarts.learner_ref = breaks.learner_ref
        and restarts.learn_aim_ref = breaks.learn_aim_ref
        and restarts.learn_start_date >= breaks.learn_act_end_date
    where not (restarts.batch_id = breaks.batch_id
            and restarts.learn_ref_number = breaks.learn_ref_number
            and restarts.aim_seq_number is not distinct from breaks.aim_seq_number)
        and (not breaks.is_programme_aim or (
            restarts.prog_type is not distinct from breaks.prog_type
            and restarts.std_code is not distinct from breaks.std_code
            and restarts.fwork_code is not distinct from breaks.fwork_code
            and restarts.pway_code is not distinct from breaks.pway_code
        ))
),

final as (
    select
        breaks.batch_id,
        breaks.learn_ref_number,
        breaks.aim_seq_number,
        cast(funding_year(breaks.learn_act_end_date) as integer) as break_year,
        restarted.batch_id is not null as is_break_restarted,
        restarted.batch_id is null and coalesce(
            provider_last_returns.last_collection_year > funding_year(breaks.learn_act_end_date) + 1
            or next_year_returns.file_prepared_on > make_date(cast(funding_year(breaks.learn_act_end_date) as integer) + 2, 7, 31),
            false
        ) as is_overdue_planned_break,
    from breaks
    left join restarted
        on restarted.batch_id = breaks.batch_id
        and restarted.learn_ref_number = breaks.learn_ref_number
        and restarted.aim_seq_number is not distinct from breaks.aim_seq_number
    left join provider_last_returns on provider_last_returns.ukprn = breaks.ukprn
    left join returns as next_year_returns
        on next_year_returns.ukprn = breaks.ukprn
        and next_year_returns.collection_year = funding_year(breaks.learn_act_end_date) + 1
)

select * from final
