-- ULN quality per collection year and provider (null = all providers) (DESIGN.md,
-- "marts.uln_quality"; shared/domain/measures.md, "ULN quality"). Counts are learners:
-- shared_uln is the learners whose ULN another learner reference at the same provider also
-- carries (so the national row is the sum of the providers'); shared_uln_values counts the ULNs.
with learners as (
    select * from intermediate.int_learners_uln_checked
),

final as (
    select
        collection_year,
        ukprn,
        count(*) as learners,
        count(*) filter (where uln_status = 'valid') as valid_uln,
        count(*) filter (where uln_status = 'temporary') as temporary_uln,
        count(*) filter (where uln_status = 'invalid') as invalid_uln,
        count(*) filter (where is_shared_uln) as shared_uln,
        count(distinct case when is_shared_uln then cast(ukprn as varchar) || ':' || cast(uln as varchar) end) as shared_uln_values,
    from learners
    group by grouping sets ((collection_year, ukprn), (collection_year))
)

select * from final
