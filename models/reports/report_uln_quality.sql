-- ULN quality per collection year for England and each provider (marts.uln_quality;
-- shared/domain/measures.md, "ULN quality"): learners, and the share with a valid, temporary
-- (9999999999), invalid (ULN_04 check digit) or shared ULN. Counts below 5 withheld, national
-- counts rounded to the nearest 10; shares computed on the unrounded counts ("Disclosure control").
with uln as (
    select * from marts.uln_quality
),

providers as (
    select * from marts.dim_providers
),

final as (
    select
        uln.collection_year,
        year_label(uln.collection_year) as year_label,
        uln.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        uln.ukprn is null as is_national,
        disclose_count(uln.learners, uln.ukprn is null) as learners,
        disclose_count(uln.valid_uln, uln.ukprn is null) as valid_uln,
        disclose_count(uln.temporary_uln, uln.ukprn is null) as temporary_uln,
        disclose_count(uln.invalid_uln, uln.ukprn is null) as invalid_uln,
        disclose_count(uln.shared_uln, uln.ukprn is null) as shared_uln,
        disclose_share(uln.valid_uln / nullif(uln.learners, 0), uln.valid_uln, uln.learners) as valid_uln_share,
        disclose_share(uln.temporary_uln / nullif(uln.learners, 0), uln.temporary_uln, uln.learners) as temporary_uln_share,
        disclose_share(uln.invalid_uln / nullif(uln.learners, 0), uln.invalid_uln, uln.learners) as invalid_uln_share,
        disclose_share(uln.shared_uln / nullif(uln.learners, 0), uln.shared_uln, uln.learners) as shared_uln_share,
    from uln
    left join providers using (ukprn)
)

select * from final
