-- Credit success rate by priority group, by Progression Pathway type, and the distribution of
-- learners' credits achieved ÷ planned, per year for England and each provider
-- (marts.credit_success_breakdowns; shared/domain/measures.md, "Credit success rate" — the cohort
-- and the cap at A59 are **assumptions**, the official rules were never published).
-- Disclosure control ("Disclosure control"): provider counts below 5 withheld, with secondary
-- suppression within one provider's breakdown (the credit bands add up to the provider's credit
-- learners, published in report_credit_success): where exactly one cell has 1–4 learners, the
-- next smallest is withheld too (`c`); national volumes rounded to the nearest 10; the rate is
-- withheld with fewer than 5 learners or when its credits achieved are withheld.
with breakdowns as (
    select * from marts.credit_success_breakdowns
),

providers as (
    select * from marts.dim_providers
),

groups as (
    select distinct priority_group, priority_group_label from ref.priority_groups
),

ranked as (
    select
        *,
        count(*) filter (where learners between 1 and 4) over cells as cells_below_5,
        row_number() over (partition by hybrid_end_year, ukprn, breakdown, learners >= 5
            order by learners, breakdown_value) as rank_in_band,
    from breakdowns
    window cells as (partition by hybrid_end_year, ukprn, breakdown)
),

controlled as (
    select
        *,
        ukprn is not null and cells_below_5 = 1 and rank_in_band = 1 and learners >= 5 as is_secondary,
    from ranked
),

final as (
    select
        controlled.hybrid_end_year,
        year_label(controlled.hybrid_end_year) as year_label,
        controlled.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        controlled.ukprn is null as is_national,
        controlled.breakdown,
        controlled.breakdown_value,
        case
            when controlled.breakdown = 'priority_group' then coalesce(groups.priority_group_label, controlled.breakdown_value)
            when controlled.breakdown = 'pathway_type' then case controlled.breakdown_value
                when 'to_level_2' then 'Pathway to Level 2'
                when 'pre_apprenticeship' then 'Pre-apprenticeship'
                when '14_19_level_1' then '14–19: Level 1 diplomas and GCSEs'
                when 'independent_living' then 'Independent living and work'
                else replace(controlled.breakdown_value, '_', ' ')
            end
            when controlled.breakdown_value = 'none' then 'No credits achieved'
            else controlled.breakdown_value || ' of planned credits achieved'
        end as breakdown_label,
        -- Bands in order for tables and charts.
        case controlled.breakdown_value
            when 'none' then 1 when '1-24%' then 2 when '25-49%' then 3
            when '50-74%' then 4 when '75-99%' then 5 when '100%' then 6 else 0
        end as band_order,
        case when not is_secondary then disclose_count(controlled.learners, controlled.ukprn is null) end as learners,
        case when not is_secondary then disclose_count(controlled.aims, controlled.ukprn is null) end as aims,
        case when not is_secondary then disclose_count(controlled.credits_planned, controlled.ukprn is null) end as credits_planned,
        case when not is_secondary then disclose_count(controlled.credits_achieved, controlled.ukprn is null) end as credits_achieved,
        case when not is_secondary and controlled.learners >= 5
            then disclose_share(controlled.credit_success_rate, controlled.credits_achieved, controlled.credits_planned) end
            as credit_success_rate,
        case
            when controlled.learners < 5 then 'low'
            when is_secondary then 'c'
            else num0(case when controlled.ukprn is null then round_volume(controlled.learners) else controlled.learners end)
        end as learners_shown,
    from controlled
    left join providers using (ukprn)
    left join groups
        on controlled.breakdown = 'priority_group'
        and groups.priority_group = controlled.breakdown_value
)

select * from final
