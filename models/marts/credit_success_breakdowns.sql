-- Credit success rate by learner group, per hybrid end year and provider (null = all providers)
-- (shared/domain/measures.md, "Credit success rate" and "Priority groups and Progression
-- Pathways"). Same cohort, cap and assumptions as marts.credit_success_rates (non-excluded leavers
-- whose aim carries A59 > 0; credits achieved capped at A59). breakdown is:
--   * 'priority_group': the aim's priority group (ref.priority_groups: offenders in the community,
--     in custody, Progression Pathways …); an aim in no group is in none of these rows;
--   * 'pathway_type': Progression Pathway aims by the pathway type of their learning aim;
--   * 'credit_ratio_band': each learner's credits achieved ÷ planned over their credit aims in the
--     year, in bands none, 1-24%, 25-49%, 50-74%, 75-99%, 100% (the distribution; the rate of a
--     band is that of its learners' credits).
with aims as (
    select * from marts.fct_qar_aims
),

group_aims as (
    select * from intermediate.int_learning_deliveries_priority_groups
),

credit_aims as (
    select
        hybrid_end_year,
        ukprn,
        learn_ref_number,
        learn_aim_ref,
        learn_start_date,
        a59_planned_credits as credits_planned,
        least(coalesce(a60_credits_achieved, 0), a59_planned_credits) as credits_achieved,
    from aims
    where is_leaver
        and exclusion_reason is null
        and a59_planned_credits > 0
),

by_priority_group as (
    select distinct
        credit_aims.*,
        'priority_group' as breakdown,
        group_aims.priority_group as breakdown_value,
    from credit_aims
    inner join group_aims using (ukprn, learn_ref_number, learn_aim_ref, learn_start_date)
),

by_pathway_type as (
    select distinct
        credit_aims.*,
        'pathway_type' as breakdown,
        group_aims.aim_pathway_type as breakdown_value,
    from credit_aims
    inner join group_aims using (ukprn, learn_ref_number, learn_aim_ref, learn_start_date)
    where group_aims.by_pathway_type
),

learner_ratios as (
    select
        hybrid_end_year,
        ukprn,
        learn_ref_number,
        sum(credits_achieved) / sum(credits_planned) as credit_ratio,
    from credit_aims
    group by hybrid_end_year, ukprn, learn_ref_number
),

by_credit_ratio as (
    select
        credit_aims.*,
        'credit_ratio_band' as breakdown,
        case
            when learner_ratios.credit_ratio = 0 then 'none'
            when learner_ratios.credit_ratio < 0.25 then '1-24%'
            when learner_ratios.credit_ratio < 0.5 then '25-49%'
            when learner_ratios.credit_ratio < 0.75 then '50-74%'
            when learner_ratios.credit_ratio < 1 then '75-99%'
            else '100%'
        end as breakdown_value,
    from credit_aims
    inner join learner_ratios using (hybrid_end_year, ukprn, learn_ref_number)
),

long as (
    select * from by_priority_group
    union all
    select * from by_pathway_type
    union all
    select * from by_credit_ratio
),

final as (
    select
        hybrid_end_year,
        ukprn,
        breakdown,
        breakdown_value,
        count(distinct cast(ukprn as varchar) || ':' || learn_ref_number) as learners,
        count(*) as aims,
        cast(sum(credits_planned) as bigint) as credits_planned,
        cast(sum(credits_achieved) as bigint) as credits_achieved,
        sum(credits_achieved) / sum(credits_planned) as credit_success_rate,
    from long
    group by grouping sets ((hybrid_end_year, ukprn, breakdown, breakdown_value), (hybrid_end_year, breakdown, breakdown_value))
)

select * from final
