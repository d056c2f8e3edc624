-- Progression at the check-in points per year of leaving for England and each provider
-- (marts.progression_checkins; shared/domain/measures.md, "Progression at the check-in points").
-- Leavers with DPOutcome records, the share in work or learning at each point and the share of
-- those still in it (sustained). Legacy years (L39, no dates) have no rows.
-- Disclosure control ("Disclosure control"): provider counts below 5 withheld, national volumes
-- rounded to the nearest 10; a share is withheld when its base is below 5 or its numerator is a
-- withheld count (disclose_share), computed on the unrounded counts.
with check_ins as (
    select * from marts.progression_checkins
),

providers as (
    select * from marts.dim_providers
),

final as (
    select
        check_ins.leave_year,
        year_label(check_ins.leave_year) as year_label,
        check_ins.ukprn,
        coalesce(providers.provider_name, 'England') as provider_name,
        check_ins.ukprn is null as is_national,
        check_ins.days_after_leaving,
        -- The check-in points of seed document 000 (a placed learner's check-ins), in words.
        case check_ins.days_after_leaving
            when 7 then 'End of week one (7 days)'
            when 14 then 'End of week two (14 days)'
            when 30 then 'End of first month (30 days)'
            when 84 then '12 weeks (84 days)'
            when 182 then 'Six months (182 days)'
            when 365 then 'One year (365 days)'
        end as check_in_label,
        -- Every withheld figure here is a count below 5, or a share of one: the page's marker.
        'low' as withheld_marker,
        disclose_count(check_ins.leavers_with_outcome_records, check_ins.ukprn is null) as leavers_with_outcome_records,
        disclose_count(check_ins.in_work_or_learning, check_ins.ukprn is null) as in_work_or_learning,
        disclose_count(check_ins.sustained, check_ins.ukprn is null) as sustained,
        disclose_share(check_ins.in_work_or_learning_share, check_ins.in_work_or_learning, check_ins.leavers_with_outcome_records)
            as in_work_or_learning_share,
        disclose_share(check_ins.sustained_share, check_ins.sustained, check_ins.in_work_or_learning) as sustained_share,
    from check_ins
    left join providers using (ukprn)
)

select * from final
