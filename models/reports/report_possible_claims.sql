-- Possible QCF claims per year for England and each provider (marts.possible_claims;
-- shared/domain/measures.md, "QCF achievement records: possible claims"). Aggregates only: the
-- learners and their qualifications are listed by `ilr claims`, never here.
-- Disclosure control ("Disclosure control"): provider rows carry only the provider's totals
-- (qualification_ref 'all': learners with a claim, claims), counts below 5 withheld — no
-- per-qualification split, so no cell can be worked out from the others; national rows also by
-- qualification, volumes rounded to the nearest 10 and withheld below 5.
-- headline: the national sentence "N learners met the rules of a qualification they were not
-- registered for; M of them by combining credit from different providers".
with claims as (
    select * from marts.possible_claims
),

providers as (
    select * from marts.dim_providers
),

learning_aims as (
    select cast(learn_aim_ref as varchar) as qualification_ref, learn_aim_title as qualification_title from ref.learning_aims
),

published as (
    select * from claims
    where ukprn is null or qualification_ref = 'all'
),

final as (
    select
        published.year,
        year_label(published.year) as year_label,
        published.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        published.ukprn is null as is_national,
        published.qualification_ref,
        case when published.qualification_ref = 'all' then 'All qualifications'
             else coalesce(learning_aims.qualification_title, published.qualification_ref) end as qualification_title,
        disclose_count(published.learners, published.ukprn is null) as learners,
        disclose_count(published.claims, published.ukprn is null) as claims,
        -- None combined is a published 0, not a withheld count.
        case when published.learners_across_providers = 0 then 0
             else disclose_count(published.learners_across_providers, published.ukprn is null) end as learners_across_providers,
        case
            when published.learners < 5 then 'low'
            else num0(case when published.ukprn is null then round_volume(published.learners) else published.learners end)
        end as learners_shown,
        case
            when published.ukprn is null and published.qualification_ref = 'all' and published.learners >= 5 then
                'In ' || year_label(published.year) || ', ' || num0(round_volume(published.learners))
                || ' learners met the rules of a qualification they were not registered for; '
                || case when published.learners_across_providers = 0 then 'none'
                        when published.learners_across_providers < 5 then 'fewer than 5'
                        else num0(round_volume(published.learners_across_providers)) end
                || ' of them by combining credit from different providers.'
        end as headline,
    from published
    left join providers using (ukprn)
    left join learning_aims using (qualification_ref)
)

select * from final
