-- ULN quality per collection year and provider (null = all providers) (DESIGN.md,
-- "marts.uln_quality"; shared/domain/measures.md, "ULN quality"). Counts are learners:
-- shared_uln is the learners whose ULN another learner reference at the same provider also
-- carries (so the national row is the sum of the providers'); shared_uln_values counts the ULNs.
-- Learners are every learner read from the latest return, loaded or quarantined (measures.md
-- version 2: a learner refused for ULN_04 is an invalid ULN). data_as_at: that return's file
-- preparation date (the latest of the providers' returns of the year for the national row).
with learners as (
    select * from intermediate.int_learners_uln_checked
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

data_as_at as (
    select collection_year, ukprn, max(file_prepared_on) as data_as_at,
    from latest_batches
    group by grouping sets ((collection_year, ukprn), (collection_year))
),

counted as (
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
),

final as (
    select
        counted.*,
        data_as_at.data_as_at,
    from counted
    left join data_as_at
        on data_as_at.collection_year = counted.collection_year
        and data_as_at.ukprn is not distinct from counted.ukprn
)

select * from final
