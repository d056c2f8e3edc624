-- Each provider's data quality per collection year, from its latest loaded return: records read,
-- records the loader quarantined as errors or flagged as warnings, and the error rate (error
-- records ÷ learners and aims read). Counts below 5 are withheld (shared/domain/measures.md,
-- "Disclosure control"); the rate's base is the records read.
with batches as (
    select * from meta.batches where status = 'loaded'
),

quarantine as (
    select * from quarantine.records
),

providers as (
    select * from marts.dim_providers
),

-- The latest return per provider and year is the one the models use.
latest as (
    select *
    from batches
    qualify row_number() over (partition by ukprn, collection_year order by file_prepared_on desc, batch_id desc) = 1
),

counted as (
    select
        latest.collection_year,
        latest.ukprn,
        latest.learners_read + latest.aims_read as records_read,
        latest.learners_read,
        count(quarantine.batch_id) filter (where quarantine.severity = 'error') as error_records,
        count(quarantine.batch_id) filter (where quarantine.severity = 'warning') as warning_records,
    from latest
    left join quarantine using (batch_id)
    group by all
),

final as (
    select
        counted.collection_year,
        year_label(counted.collection_year) as year_label,
        counted.ukprn,
        providers.provider_name,
        suppress_count(counted.records_read) as records_read,
        suppress_count(counted.learners_read) as learners_read,
        suppress_count(counted.error_records) as error_records,
        suppress_count(counted.warning_records) as warning_records,
        disclose_share(counted.error_records / nullif(counted.records_read, 0), counted.error_records, counted.records_read) as error_rate,
        disclose_share(counted.warning_records / nullif(counted.records_read, 0), counted.warning_records, counted.records_read) as warning_rate,
        case when counted.error_records = 0 then 'none' else coalesce(num0(suppress_count(counted.error_records)), 'low') end as errors_shown,
        case when counted.warning_records = 0 then 'none' else coalesce(num0(suppress_count(counted.warning_records)), 'low') end as warnings_shown,
    from counted
    inner join providers using (ukprn)
)

select * from final
