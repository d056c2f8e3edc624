-- Possible QCF claims per year, provider (null = national) and qualification (DESIGN.md,
-- "marts.possible_claims"; shared/domain/measures.md, "QCF achievement records: possible claims"):
-- learners whose achieved units first met a qualification's rules of combination in the year,
-- without an achieved aim on it. A provider's rows use the units achieved at that provider; the
-- national row (ukprn null) combines every provider's units by ULN, and learners_across_providers
-- counts those whose claim needs units from more than one provider (null on provider rows).
-- qualification_ref 'all': learners with at least one claim, and the number of claims.
with claims as (
    select * from intermediate.int_qcf_possible_claims
),

counted as (
    select
        claim_year as year,
        ukprn,
        coalesce(qualification_ref, 'all') as qualification_ref,
        count(distinct uln) as learners,
        count(*) as claims,
        case when ukprn is null then count(distinct uln) filter (where is_across_providers) end as learners_across_providers,
    from claims
    group by grouping sets ((claim_year, ukprn, qualification_ref), (claim_year, ukprn))
),

final as (
    select
        cast(year as integer) as year,
        ukprn,
        qualification_ref,
        learners,
        claims,
        learners_across_providers,
    from counted
)

select * from final
