-- "Data as at" as the pages say it (marts.data_as_at): the date of the latest return behind the
-- figures, nationally (ukprn null) and per provider, with the years loaded — every page that shows
-- QAR states it, because a year's figures move when later returns are loaded (measures.md,
-- "Identifying an aim across returns": the official R14/R04 freeze is not applied).
with data_as_at as (
    select * from marts.data_as_at
),

final as (
    select
        ukprn,
        ukprn is null as is_national,
        data_as_at,
        strftime(data_as_at, '%-d %B %Y') as data_as_at_label,
        year_label(first_collection_year_loaded) as first_year_label,
        year_label(last_collection_year_loaded) as last_year_label,
    from data_as_at
)

select * from final
