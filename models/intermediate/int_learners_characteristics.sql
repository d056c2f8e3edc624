-- One row per learner per provider: their characteristics as their latest return records them,
-- decoded into the breakdowns the marts use (shared/domain/measures.md, "Breakdowns").
with learners as (
    select * from staging.stg_ilr__learners
),

latest as (
    select *
    from learners
    qualify row_number() over (partition by ukprn, learn_ref_number order by collection_year desc) = 1
),

final as (
    select
        ukprn,
        learn_ref_number,
        date_of_birth,
        case sex when 'F' then 'female' when 'M' then 'male' else 'unknown' end as sex,
        case lldd_health_prob when 1 then 'yes' when 2 then 'no' else 'unknown' end as lldd,
        -- Ethnicity groups from the ILR codes 31–47, 98, 99 (ilr-reference.md §1a.5).
        case
            when ethnicity between 31 and 34 then 'White'
            when ethnicity between 35 and 38 then 'Mixed or multiple ethnic groups'
            when ethnicity between 39 and 43 then 'Asian or Asian British'
            when ethnicity between 44 and 46 then 'Black, African, Caribbean or Black British'
            when ethnicity in (47, 98) then 'Other ethnic group'
            else 'Unknown'
        end as ethnicity_group,
    from latest
)

select * from final
