-- National achievement, retention and pass rates by year and QAR family (all providers), for the
-- ministers' progress report. Volumes rounded to the nearest 10; rates from unrounded counts
-- (shared/domain/measures.md, "Disclosure control").
with rates as (
    select * from marts.qar_rates where breakdown = 'all' and ukprn is null
),

final as (
    select
        hybrid_end_year,
        hybrid_end_year || '/' || lpad(cast((hybrid_end_year + 1) % 100 as varchar), 2, '0') as year_label,
        qar_family,
        cast(round(leavers, -1) as integer) as leavers_rounded,
        cast(round(achievers, -1) as integer) as achievers_rounded,
        case when leavers >= 5 then achievement_rate end as achievement_rate,
        case when leavers >= 5 then retention_rate end as retention_rate,
        case when completers >= 5 then pass_rate end as pass_rate,
        case when timely_leavers >= 5 then timely_achievement_rate end as timely_achievement_rate,
    from rates
    where leavers > 0
        and hybrid_end_year <= (select max(collection_year) from meta.batches where status = 'loaded')
)

select * from final
