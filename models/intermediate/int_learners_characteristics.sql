-- One row per learner per provider: their characteristics as their latest return records them,
-- decoded into the breakdowns the marts use (shared/domain/measures.md, "Breakdowns").
-- Ethnicity groups come from the reference seed ref.ethnicity_groups (seeds/ethnicity_groups.csv,
-- replaceable by the user), keyed by the return's format because legacy L12 codes differ from the
-- modern 31–99 list. Assumption: a code the seed does not list (including every legacy code until
-- the user adds legacy rows) is 'Unknown'.
with learners as (
    select * from staging.stg_ilr__learners
),

ethnicity_groups as (
    select
        cast(source_format as varchar) as source_format,
        cast(ethnicity_code as integer) as ethnicity_code,
        cast(ethnicity_group as varchar) as ethnicity_group,
    from ref.ethnicity_groups
),

latest as (
    select *
    from learners
    qualify row_number() over (partition by ukprn, learn_ref_number order by collection_year desc) = 1
),

final as (
    select
        latest.ukprn,
        latest.learn_ref_number,
        latest.date_of_birth,
        case latest.sex when 'F' then 'female' when 'M' then 'male' else 'unknown' end as sex,
        -- LLDDHealthProb (legacy L14): 1 yes, 2 no, 9 (or missing) unknown.
        case latest.lldd_health_prob when 1 then 'yes' when 2 then 'no' else 'unknown' end as lldd,
        coalesce(ethnicity_groups.ethnicity_group, 'Unknown') as ethnicity_group,
    from latest
    left join ethnicity_groups
        on ethnicity_groups.source_format = latest.source_format
        and ethnicity_groups.ethnicity_code = latest.ethnicity
)

select * from final
