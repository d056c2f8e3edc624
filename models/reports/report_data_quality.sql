-- Quarantine faults by collection year, provider and rule, with each rule's plain meaning, for the
-- data-quality page: one row for every loaded provider and year and every rule found in any
-- return, so a rule with no faults for a provider reads `none`. Meanings come from
-- ref.validation_rules (seeds/validation_rules.csv: the official 2025/26 error messages, and this
-- project's own words for its schema and file-name checks). Only the rule, its severity and the number of records leave the warehouse:
-- `location`, `field`, `value`, `message` and `record` name learners (a learner reference, a ULN)
-- and are never exported. Fault counts below 5 are withheld (shared/domain/measures.md,
-- "Disclosure control"); the provider's total across rules is published beside them, so where a
-- provider has exactly one withheld rule the next smallest is withheld too.
-- Faults are those of each provider's latest return of the year, the one the models use
-- (staging.stg_ilr__latest_batches): a superseded return's faults are not counted again, so the
-- ULN_04 count agrees with invalid_uln in marts.uln_quality (measures.md, "ULN quality").
with quarantine as (
    select * from quarantine.records
),

batches as (
    select * from staging.stg_ilr__latest_batches
),

providers as (
    select * from marts.dim_providers
),

rule_meanings as (
    select * from ref.validation_rules
),

provider_years as (
    select distinct collection_year, ukprn from batches
),

found as (
    select
        batches.collection_year,
        batches.ukprn,
        quarantine.rule_id,
        quarantine.severity,
        count(*) as records,
    from quarantine
    inner join batches using (batch_id)
    group by all
),

-- Every rule that found something in any return, and always the two ULN rules the
-- self-assessment reads, so a clean return still lists them as `none` (and the table is never
-- empty: Evidence cannot publish an empty table).
rules as (
    select distinct rule_id, severity from found
    union
    select * from (values ('ULN_04', 'error'), ('ULN_TEMPORARY', 'warning')) as always(rule_id, severity)
),

faults as (
    select
        provider_years.collection_year,
        provider_years.ukprn,
        rules.rule_id,
        rules.severity,
        coalesce(found.records, 0) as records,
    from provider_years
    cross join rules
    left join found
        on found.collection_year = provider_years.collection_year
        and found.ukprn = provider_years.ukprn
        and found.rule_id = rules.rule_id
        and found.severity = rules.severity
),

ranked as (
    select
        *,
        count(*) filter (where records between 1 and 4) over provider_year as rules_below_5,
        row_number() over (partition by collection_year, ukprn, records >= 5 order by records, rule_id) as rank_in_band,
    from faults
    window provider_year as (partition by collection_year, ukprn)
),

-- England: each rule's faults across providers, rounded to the nearest 10.
national as (
    select collection_year, rule_id, severity, sum(records) as records,
    from faults
    group by collection_year, rule_id, severity
),

by_provider as (
    select
        ranked.collection_year,
        year_label(ranked.collection_year) as year_label,
        ranked.ukprn,
        providers.provider_name,
        ranked.rule_id,
        ranked.severity,
        coalesce(rule_meanings.meaning, 'See the ILR validation rules 2025/26 for ' || ranked.rule_id || '.') as meaning,
        case
            when records >= 5 and not (rules_below_5 = 1 and rank_in_band = 1) then records
        end as records,
        case
            when records = 0 then 'none'
            when records >= 5 and not (rules_below_5 = 1 and rank_in_band = 1) then num0(records)
            when records >= 5 then 'c'
            else 'low'
        end as records_shown,
    from ranked
    inner join providers using (ukprn)
    left join rule_meanings using (rule_id)
),

england as (
    select
        national.collection_year,
        year_label(national.collection_year) as year_label,
        null as ukprn,
        'England' as provider_name,
        national.rule_id,
        national.severity,
        coalesce(rule_meanings.meaning, 'See the ILR validation rules 2025/26 for ' || national.rule_id || '.') as meaning,
        round_volume(national.records) as records,
        case
            when national.records = 0 then 'none'
            when national.records < 5 then 'low'
            else num0(round_volume(national.records))
        end as records_shown,
    from national
    left join rule_meanings using (rule_id)
),

final as (
    select * from by_provider
    union all
    select * from england
)

select * from final
