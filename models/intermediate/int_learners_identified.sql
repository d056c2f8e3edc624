-- The learner a learner reference belongs to across years (shared/domain/measures.md version 2,
-- "Identifying an aim across returns"): PrevLearnRefNumber (with PrevUKPRN when the learner came
-- from another provider) is followed back to the earliest reference, so a learner whose reference
-- changed is one learner, not a withdrawal plus a new start. One row per (UKPRN, LearnRefNumber)
-- that names a previous reference; every other reference is its own learner (readers
-- coalesce to the reference itself), so this table stays as small as the links are few.
-- Assumptions: the previous reference is followed whether or not a return holding it is loaded;
-- when a reference names different previous references in different years, the latest year's
-- wins; a chain is followed at most 20 steps (a loop of references stops there).
with recursive learners as (
    select * from staging.stg_ilr__learners
),

links as (
    -- One link per reference: to the reference (and provider) it had before.
    select
        ukprn,
        learn_ref_number,
        arg_max(
            {'ukprn': coalesce(prev_ukprn, ukprn), 'learn_ref_number': prev_learn_ref_number},
            collection_year
        ) as previous,
    from learners
    where prev_learn_ref_number is not null
        and not (prev_learn_ref_number = learn_ref_number and coalesce(prev_ukprn, ukprn) = ukprn)
    group by ukprn, learn_ref_number
),

walked as (
    select
        ukprn,
        learn_ref_number,
        previous.ukprn as learner_ukprn,
        previous.learn_ref_number as learner_ref,
        1 as steps,
    from links
    union all
    select
        walked.ukprn,
        walked.learn_ref_number,
        links.previous.ukprn,
        links.previous.learn_ref_number,
        walked.steps + 1,
    from walked
    inner join links
        on links.ukprn = walked.learner_ukprn
        and links.learn_ref_number = walked.learner_ref
    where walked.steps < 20
),

final as (
    -- The earliest reference reached: the last step of the walk.
    select
        ukprn,
        learn_ref_number,
        arg_max(learner_ukprn, steps) as learner_ukprn,
        arg_max(learner_ref, steps) as learner_ref,
    from walked
    group by ukprn, learn_ref_number
)

select * from final
