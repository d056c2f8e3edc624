-- One row per leaver, provider and check-in point, for leavers with DPOutcome records
-- (shared/domain/measures.md, "Progression at the check-in points"; seed document
-- shared/seeds/000_37cdc9fc6fedb81e.txt: a placed learner is contacted on day one, at the end of
-- weeks one and two, the end of the first month, 12 weeks, six months and a year).
--   * leaver: every one of the learner's aims at the provider has ended (latest record of each);
--     left_on = the latest LearnActEndDate; leave_year = its funding year;
--   * check-in day = left_on + days_after_leaving (7, 14, 30, 84, 182, 365);
--   * in work or learning at a check-in: an EMP or EDU outcome with OutStartDate on or before the
--     check-in day (assumption: an outcome begun before leaving, a job held while studying, counts);
--   * sustained: such an outcome with no OutEndDate or one after the check-in day (an outcome
--     ending on the check-in day is not sustained at it).
-- An outcome returned in several years' returns is taken from the latest one (its end date may
-- have been added). Legacy L39 has no dates: legacy years have no check-ins.
with deliveries as (
    select * from intermediate.int_learning_deliveries_latest_return
),

dp_outcomes as (
    select * from staging.stg_ilr__dp_outcomes
),

check_ins as (
    select unnest([7, 14, 30, 84, 182, 365]) as days_after_leaving
),

leavers as (
    select
        ukprn,
        learn_ref_number,
        max(learn_act_end_date) as left_on,
    from deliveries
    group by ukprn, learn_ref_number
    having count(*) = count(learn_act_end_date)
),

latest_outcomes as (
    select
        ukprn,
        learn_ref_number,
        out_type,
        out_code,
        out_start_date,
        arg_max(out_end_date, collection_year) as out_end_date,
    from dp_outcomes
    group by ukprn, learn_ref_number, out_type, out_code, out_start_date
),

leavers_with_outcomes as (
    select leavers.*
    from leavers
    semi join latest_outcomes using (ukprn, learn_ref_number)
),

at_check_ins as (
    select
        leavers_with_outcomes.ukprn,
        leavers_with_outcomes.learn_ref_number,
        cast(funding_year(leavers_with_outcomes.left_on) as integer) as leave_year,
        check_ins.days_after_leaving,
        leavers_with_outcomes.left_on + cast(check_ins.days_after_leaving as integer) as check_in_date,
    from leavers_with_outcomes
    cross join check_ins
),

final as (
    select
        at_check_ins.ukprn,
        at_check_ins.learn_ref_number,
        at_check_ins.leave_year,
        at_check_ins.days_after_leaving,
        coalesce(bool_or(latest_outcomes.out_start_date <= at_check_ins.check_in_date), false) as is_in_work_or_learning,
        coalesce(bool_or(
            latest_outcomes.out_start_date <= at_check_ins.check_in_date
            and (latest_outcomes.out_end_date is null or latest_outcomes.out_end_date > at_check_ins.check_in_date)
        ), false) as is_sustained,
    from at_check_ins
    left join latest_outcomes
        on latest_outcomes.ukprn = at_check_ins.ukprn
        and latest_outcomes.learn_ref_number = at_check_ins.learn_ref_number
        and latest_outcomes.out_type in ('EMP', 'EDU')
    group by all
)

select * from final
