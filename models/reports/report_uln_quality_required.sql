-- ULNs of the learners who must have one (Progression Pathway, A46 81, or QCF provision, A59 > 0)
-- per collection year for England and each provider (marts.uln_quality_required;
-- shared/domain/measures.md, "ULN quality"; seed document 001). learners = those who must have a
-- ULN; the temporary (9999999999) and invalid ULNs among them are counted apart.
-- Disclosure control ("Disclosure control"): provider counts below 5 withheld, national volumes
-- rounded to the nearest 10, shares withheld with their numerator. The valid ULNs are not
-- published as a count: learners − temporary − invalid would give back a withheld one.
with required as (
    select * from marts.uln_quality_required
),

providers as (
    select * from marts.dim_providers
),

final as (
    select
        required.collection_year,
        year_label(required.collection_year) as year_label,
        required.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        required.ukprn is null as is_national,
        -- Every withheld figure here is a count below 5, or a share of one: the page's marker.
        'low' as withheld_marker,
        disclose_count(required.learners_requiring_uln, required.ukprn is null) as learners,
        disclose_count(required.temporary_uln, required.ukprn is null) as temporary_uln,
        disclose_count(required.invalid_uln, required.ukprn is null) as invalid_uln,
        disclose_share(required.temporary_uln / required.learners_requiring_uln, required.temporary_uln, required.learners_requiring_uln)
            as temporary_uln_share,
        disclose_share(required.invalid_uln / required.learners_requiring_uln, required.invalid_uln, required.learners_requiring_uln)
            as invalid_uln_share,
    from required
    left join providers using (ukprn)
)

select * from final
