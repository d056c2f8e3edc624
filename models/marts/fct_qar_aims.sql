-- One row per aim the QAR considers (DESIGN.md, "marts.fct_qar_aims"): its family, hybrid end
-- year, leaver status, exclusion, completion and achievement, timely flags and breakdowns.
-- Timely (shared/domain/measures.md version 2): the cohort is every non-excluded aim planned to
-- end in the year, ended or not (an aim still continuing past its planned end is a timely
-- non-achiever), counted in the year it was planned to end, up to the provider's latest collection
-- year loaded; a timely achiever achieved with LearnActEndDate <= planned end + 90 days.
-- Apprenticeship standards (ProgType 25) and legacy learner-responsive aims (planned end year
-- method: timely was not published) are left out of timely rates.
-- Completers and achievers are counted among non-excluded leavers only ("Counts and rates").
-- Breakdowns: funding_model is the FundModel code; legacy returns have none, so their A10
-- funding stream shows as 'A10 <code>' (assumption: the two code lists are not mapped onto each
-- other). qualification_level and ssa_tier1 come from ref.learning_aims; 'unknown' when the aim
-- is not in the reference.
with aims as (
    select * from intermediate.int_learning_deliveries_qar_exclusions_flagged
),

learners as (
    select * from intermediate.int_learners_characteristics
),

learning_aims as (
    select * from ref.learning_aims
),

with_age as (
    select
        aims.*,
        age_on_31_august(learners.date_of_birth, aims.learn_start_date) as age_at_start,
        learners.sex,
        learners.lldd,
        learners.ethnicity_group,
    from aims
    left join learners using (ukprn, learn_ref_number)
),

final as (
    select
        aims.ukprn,
        aims.learn_ref_number,
        aims.learn_aim_ref,
        aims.learn_start_date,
        aims.learn_plan_end_date,
        aims.learn_act_end_date,
        aims.ach_date,
        aims.aim_type,
        aims.comp_status,
        aims.outcome,
        aims.withdraw_reason,
        aims.collection_year as latest_collection_year,
        aims.source_format,
        aims.prog_type,
        aims.a59_planned_credits,
        aims.a60_credits_achieved,
        aims.qar_family,
        aims.hybrid_end_year,
        aims.planned_end_year,
        aims.is_leaver,
        aims.is_overdue,
        aims.exclusion_reason,
        aims.is_leaver and aims.exclusion_reason is null and aims.comp_status = 2 and not aims.is_overdue as is_completer,
        aims.is_leaver and aims.exclusion_reason is null and aims.outcome = 1 and not aims.is_overdue as is_achiever,
        aims.exclusion_reason is null and coalesce(aims.prog_type, 0) <> 25
            and not (aims.is_legacy and aims.qar_family = 'education_and_training')
            and aims.planned_end_year <= aims.last_collection_year
            as is_timely_cohort,
        aims.exclusion_reason is null and coalesce(aims.prog_type, 0) <> 25
            and not (aims.is_legacy and aims.qar_family = 'education_and_training')
            and aims.planned_end_year <= aims.last_collection_year
            and aims.is_leaver and aims.outcome = 1 and not aims.is_overdue
            and aims.learn_act_end_date <= aims.learn_plan_end_date + interval 90 day
            as is_timely_achiever,
        case
            when aims.age_at_start is null then 'unknown'
            when aims.age_at_start < 16 then 'under 16'
            when aims.age_at_start <= 18 then '16-18'
            when aims.age_at_start <= 23 then '19-23'
            else '24+'
        end as age_band,
        coalesce(aims.sex, 'unknown') as sex,
        coalesce(aims.lldd, 'unknown') as lldd,
        coalesce(aims.ethnicity_group, 'Unknown') as ethnicity_group,
        coalesce(
            cast(aims.fund_model as varchar),
            'A10 ' || cast(aims.a10_funding_stream as varchar),
            'unknown'
        ) as funding_model,
        coalesce(cast(aims.prog_type as varchar), 'none') as programme_type,
        coalesce(cast(learning_aims.qualification_level as varchar), 'unknown') as qualification_level,
        coalesce(learning_aims.ssa_tier1, 'unknown') as ssa_tier1,
    from with_age as aims
    left join learning_aims using (learn_aim_ref)
)

select * from final
