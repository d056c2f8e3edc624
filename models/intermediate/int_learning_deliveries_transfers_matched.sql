-- The aims withdrawn to transfer to a new aim at the same provider (WithdrawReason 40) for which
-- the same learner starts another aim there within 120 days after the actual end date
-- (shared/domain/measures.md, "Exclusions", rule 2). One row per such aim.
-- Assumption: "within 120 days" counts a new aim starting on the end date itself up to the end
-- date + 120 days, inclusive; any other aim counts as the new aim (any family, any return of the
-- same provider), matched on the learner (the reference followed through PrevLearnRefNumber,
-- int_learners_identified). One row per aim record (batch, LearnRefNumber, AimSeqNumber), so two
-- records of one aim in a return are judged each on its own.
-- The join is on the learner's keys (UKPRN, learner), so it grows with the aims per
-- learner, not with the square of all aims; kept as a table so the join that reads it builds its
-- hash table on these few rows.
with aims as (
    select
        ukprn, learner_ukprn, learner_ref, batch_id, learn_ref_number, aim_seq_number,
        learn_aim_ref, learn_start_date, learn_act_end_date, withdraw_reason,
    from intermediate.int_learning_deliveries_latest_return
),

withdrawn_to_transfer as (
    select * from aims where withdraw_reason = 40 and learn_act_end_date is not null
),

final as (
    select distinct
        old_aims.batch_id,
        old_aims.learn_ref_number,
        old_aims.aim_seq_number,
    from withdrawn_to_transfer as old_aims
    inner join aims as new_aims
        on new_aims.ukprn = old_aims.ukprn
        and new_aims.learner_ukprn = old_aims.learner_ukprn
        and new_aims.learner_ref = old_aims.learner_ref
        and not (new_aims.learn_aim_ref = old_aims.learn_aim_ref and new_aims.learn_start_date = old_aims.learn_start_date)
        and new_aims.learn_start_date >= old_aims.learn_act_end_date
        and new_aims.learn_start_date <= old_aims.learn_act_end_date + interval 120 day
)

select * from final
