-- Credit success rate (CSR) per year for England and for each provider (marts.credit_success_rates;
-- shared/domain/measures.md, "Credit success rate" — the cohort and the cap at A59 are
-- **assumptions**, the official rules were never published). One row for every year with results
-- and every provider, so a provider with no credit-bearing leavers reads `none`.
-- Disclosure control ("Disclosure control"): provider counts below 5 withheld, national volumes
-- rounded to the nearest 10; the rate is withheld when fewer than 5 learners stand behind it.
with credit as (
    select * from marts.credit_success_rates
),

providers as (
    select * from marts.dim_providers
),

years as (
    select distinct hybrid_end_year from reports.report_national_rates
),

places as (
    select ukprn, provider_name from providers
    union all
    select null as ukprn, 'England' as provider_name
),

grid as (
    select years.hybrid_end_year, places.ukprn, places.provider_name,
    from years
    cross join places
),

joined as (
    select
        grid.*,
        coalesce(credit.learners, 0) as raw_learners,
        credit.aims,
        credit.credits_planned,
        credit.credits_achieved,
        credit.credit_success_rate,
        credit.learners_no_credits_achieved,
        credit.learners_some_credits_achieved,
        credit.learners_all_credits_achieved,
    from grid
    left join credit
        on credit.hybrid_end_year = grid.hybrid_end_year
        and credit.ukprn is not distinct from grid.ukprn
),

-- The rate as published: withheld with fewer than 5 learners, and where the credits achieved are a
-- withheld count (the rate times the credits planned would give them back).
disclosed as (
    select
        *,
        case when raw_learners >= 5 then disclose_share(credit_success_rate, credits_achieved, credits_planned) end as shown_rate,
    from joined
),

final as (
    select
        hybrid_end_year,
        year_label(hybrid_end_year) as year_label,
        ukprn,
        provider_name,
        ukprn is null as is_national,
        disclose_count(raw_learners, ukprn is null) as learners,
        disclose_count(aims, ukprn is null) as aims,
        disclose_count(credits_planned, ukprn is null) as credits_planned,
        disclose_count(credits_achieved, ukprn is null) as credits_achieved,
        shown_rate as credit_success_rate,
        disclose_count(learners_no_credits_achieved, ukprn is null) as learners_no_credits_achieved,
        disclose_count(learners_some_credits_achieved, ukprn is null) as learners_some_credits_achieved,
        disclose_count(learners_all_credits_achieved, ukprn is null) as learners_all_credits_achieved,
        case
            when raw_learners = 0 then 'none'
            when shown_rate is null then 'low'
            else pct1(shown_rate) || ' of ' || num0(
                case when ukprn is null then round_volume(credits_planned) else credits_planned end) || ' credits'
        end as credit_success_shown,
        case
            when ukprn is null and shown_rate is not null then 'In ' || year_label(hybrid_end_year) || ', the '
                || num0(round_volume(raw_learners)) || ' learners on credit-bearing aims achieved '
                || pct1(shown_rate) || ' of the ' || num0(round_volume(credits_planned)) || ' credits they were working towards.'
        end as headline,
    from disclosed
)

select * from final
