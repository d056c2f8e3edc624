-- Credit success rate per hybrid end year and provider (null = all providers) (DESIGN.md,
-- "marts.credit_success_rates"; shared/domain/measures.md, "Credit success rate"):
--   CSR = Σ min(A60, A59) ÷ Σ A59 over the non-excluded leavers whose aim carries A59 > 0.
-- The official CSR rules were never published, so two choices here are assumptions:
--   * the cohort: the QAR leavers of the hybrid end year, with the QAR exclusions (transfers
--     A34 = 4, qualifying period, …), of either family;
--   * the cap: credits achieved count at most the planned credits of the same aim (A60 above A59
--     counts as A59); a missing A60 counts as 0.
-- credits_achieved is the capped sum the rate uses; credits_achieved_uncapped is Σ A60 as returned.
-- The distribution of each learner's credits achieved ÷ planned (over their aims in the year) is
-- given as counts of learners with none, some, and all of their planned credits achieved.
with aims as (
    select * from marts.fct_qar_aims
),

credit_aims as (
    select
        hybrid_end_year,
        ukprn,
        learn_ref_number,
        a59_planned_credits as credits_planned,
        least(coalesce(a60_credits_achieved, 0), a59_planned_credits) as credits_achieved,
        coalesce(a60_credits_achieved, 0) as credits_achieved_uncapped,
    from aims
    where is_leaver
        and exclusion_reason is null
        and a59_planned_credits > 0
),

per_learner as (
    select
        hybrid_end_year,
        ukprn,
        learn_ref_number,
        count(*) as aims,
        sum(credits_planned) as credits_planned,
        sum(credits_achieved) as credits_achieved,
        sum(credits_achieved_uncapped) as credits_achieved_uncapped,
    from credit_aims
    group by hybrid_end_year, ukprn, learn_ref_number
),

final as (
    select
        hybrid_end_year,
        ukprn,
        count(*) as learners,
        cast(sum(aims) as bigint) as aims,
        cast(sum(credits_planned) as bigint) as credits_planned,
        cast(sum(credits_achieved) as bigint) as credits_achieved,
        sum(credits_achieved) / sum(credits_planned) as credit_success_rate,
        cast(sum(credits_achieved_uncapped) as bigint) as credits_achieved_uncapped,
        count(*) filter (where credits_achieved = 0) as learners_no_credits_achieved,
        count(*) filter (where credits_achieved > 0 and credits_achieved < credits_planned) as learners_some_credits_achieved,
        count(*) filter (where credits_achieved = credits_planned) as learners_all_credits_achieved,
    from per_learner
    group by grouping sets ((hybrid_end_year, ukprn), (hybrid_end_year))
)

select * from final
