-- QAR business rules: an aim belongs to the cohort of its hybrid end year, the latest of
-- fy(LearnPlanEndDate); fy(LearnActEndDate) if present; fy(AchDate) for standards; and, for an
-- overdue aim, the collection year of its latest return (shared/domain/measures.md,
-- "Hybrid end year"). An early leaver therefore counts in its planned end year.
-- An overdue planned break counts in the year after its break's year, Y+1, as measures.md version
-- 2 says ("Breaks in learning and restarts": "a leaver (withdrawal) with hybrid end year Y+1").
-- Legacy learner-responsive aims use the planned end year method of their time instead: their
-- year is fy(A28 planned end), whenever they ended (measures.md version 2, "Counts and rates").
-- materialized: view (a thin step: the models that read it compute it within their own query)
with leavers as (
    select * from intermediate.int_learning_deliveries_leavers_flagged
),

final as (
    select
        *,
        cast(case
            when is_legacy and qar_family = 'education_and_training' then funding_year(learn_plan_end_date)
            when is_overdue_planned_break then break_year + 1
            else greatest(
            funding_year(learn_plan_end_date),
            coalesce(funding_year(learn_act_end_date), funding_year(learn_plan_end_date)),
            case when prog_type = 25 and ach_date is not null then funding_year(ach_date) end,
            case when is_overdue then collection_year end
        ) end as integer) as hybrid_end_year,
        cast(funding_year(learn_plan_end_date) as integer) as planned_end_year,
    from leavers
)

select * from final
