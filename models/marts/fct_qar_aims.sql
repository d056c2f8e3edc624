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
-- other). qualification_level and ssa_tier1 (measures.md version 2, "Breakdowns"): education and
-- training from the learning-aim reference ref.learning_aims; apprenticeships from the programme —
-- frameworks' level from ProgType (3 → 2, 2 → 3, 20–23 → 4–7, 10 → 4+; legacy A15 alike) and
-- their SSA from ref.apprenticeship_frameworks (FworkCode), standards' level and SSA from
-- ref.apprenticeship_standards (StdCode). 'unknown' when the code is not in its reference.
-- Age: education and training on 31 August of fy(LearnStartDate); apprenticeships on the
-- programme's LearnStartDate itself [V EES].
with aims as (
    select * from intermediate.int_learning_deliveries_qar_exclusions_flagged
),

learners as (
    select * from intermediate.int_learners_characteristics
),

learning_aims as (
    select * from ref.learning_aims
),

frameworks as (
    select cast(fwork_code as integer) as fwork_code, cast(ssa_tier1 as varchar) as framework_ssa_tier1,
    from ref.apprenticeship_frameworks
),

standards as (
    select
        cast(std_code as integer) as std_code,
        cast(qualification_level as varchar) as standard_level,
        cast(ssa_tier1 as varchar) as standard_ssa_tier1,
    from ref.apprenticeship_standards
),

with_age as (
    select
        aims.*,
        case
            when aims.qar_family = 'apprenticeship' then date_sub('year', learners.date_of_birth, aims.learn_start_date)
            else age_on_31_august(learners.date_of_birth, aims.learn_start_date)
        end as age_at_start,
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
        aims.fwork_code,
        aims.pway_code,
        aims.std_code,
        aims.a59_planned_credits,
        aims.a60_credits_achieved,
        aims.qar_family,
        aims.hybrid_end_year,
        aims.planned_end_year,
        aims.is_leaver,
        aims.is_overdue,
        aims.exclusion_reason,
        -- A restart after a break (LearningDeliveryFAM RES); each AimSeqNumber is an aim of its own.
        aims.is_restart,
        aims.is_legacy,
        aims.aim_seq_number,
        aims.is_leaver and aims.exclusion_reason is null and aims.comp_status = 2 and not aims.is_overdue as is_completer,
        coalesce(aims.is_leaver and aims.exclusion_reason is null and aims.outcome = 1 and not aims.is_overdue, false) as is_achiever,
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
        coalesce(
            case
                when aims.qar_family <> 'apprenticeship' then cast(learning_aims.qualification_level as varchar)
                when aims.prog_type = 25 then standards.standard_level
                when aims.prog_type = 3 then '2'
                when aims.prog_type = 2 then '3'
                when aims.prog_type between 20 and 23 then cast(aims.prog_type - 16 as varchar)
                when aims.prog_type = 10 then '4+'
            end,
            'unknown'
        ) as qualification_level,
        coalesce(
            case
                when aims.qar_family <> 'apprenticeship' then cast(learning_aims.ssa_tier1 as varchar)
                when aims.prog_type = 25 then standards.standard_ssa_tier1
                else frameworks.framework_ssa_tier1
            end,
            'unknown'
        ) as ssa_tier1,
    from with_age as aims
    left join learning_aims using (learn_aim_ref)
    left join frameworks on frameworks.fwork_code = aims.fwork_code and aims.prog_type <> 25
    left join standards on standards.std_code = aims.std_code and aims.prog_type = 25
)

select * from final
