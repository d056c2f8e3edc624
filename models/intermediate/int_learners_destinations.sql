-- One row per learner, provider, year of leaving and destination group they recorded
-- (shared/domain/measures.md, "Destinations and progression"):
--   * legacy L39 is kept as its raw code and labelled through ref.l39_destinations, a table the
--     user maintains (the official code list is not public); a code it does not list is 'unknown';
--   * modern DPOutcome is grouped by OutType through ref.dp_outcome_types (EDU, EMP, GAP, NPE,
--     OTH, SDE, VOL; ilr-reference.md §1a.4); an OutType it does not list is 'unknown'.
-- Assumption: the year of leaving is the funding year of the latest actual end date among the
-- learner's aims in the same return, or the return's collection year when none has ended.
with learners as (
    select * from staging.stg_ilr__learners
),

dp_outcomes as (
    select * from staging.stg_ilr__dp_outcomes
),

deliveries as (
    select * from staging.stg_ilr__learning_deliveries
),

l39_destinations as (
    select
        coalesce(nullif(ltrim(trim(cast(l39_code as varchar)), '0'), ''), '0') as l39_code_normalised,
        cast(destination_group as varchar) as destination_group,
    from ref.l39_destinations
),

dp_outcome_types as (
    select
        upper(trim(cast(out_type as varchar))) as out_type,
        cast(destination_group as varchar) as destination_group,
    from ref.dp_outcome_types
),

leave_years as (
    select
        batch_id,
        learn_ref_number,
        max(funding_year(learn_act_end_date)) as last_end_year,
    from deliveries
    group by batch_id, learn_ref_number
),

from_l39 as (
    select
        learners.batch_id,
        learners.ukprn,
        learners.collection_year,
        learners.learn_ref_number,
        'L39' as destination_source,
        coalesce(l39_destinations.destination_group, 'unknown') as destination_group,
    from learners
    left join l39_destinations
        on l39_destinations.l39_code_normalised
            = coalesce(nullif(ltrim(learners.l39_destination, '0'), ''), '0')
    where learners.l39_destination is not null
),

from_dp_outcome as (
    select
        dp_outcomes.batch_id,
        dp_outcomes.ukprn,
        dp_outcomes.collection_year,
        dp_outcomes.learn_ref_number,
        'DPOutcome' as destination_source,
        coalesce(dp_outcome_types.destination_group, 'unknown') as destination_group,
    from dp_outcomes
    left join dp_outcome_types using (out_type)
),

recorded as (
    select * from from_l39
    union all
    select * from from_dp_outcome
),

final as (
    select distinct
        recorded.ukprn,
        recorded.learn_ref_number,
        cast(coalesce(leave_years.last_end_year, recorded.collection_year) as integer) as leave_year,
        recorded.destination_source,
        recorded.destination_group,
    from recorded
    left join leave_years using (batch_id, learn_ref_number)
)

select * from final
