-- Which aims the QAR considers, and which of them have left (shared/domain/measures.md, "Leaver").
-- materialized: view (a thin step: the models that read it compute it within their own query)
with aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

families as (
    select
        *,
        -- Two families, never mixed (measures.md, "Qualification success / achievement rates"):
        -- apprenticeships count the programme aim only (ZPROG001, AimType 1); education and
        -- training every aim outside a programme (AimType 4 and 5) and, in legacy returns (which
        -- carry no AimType), every aim whose A15 programme type is 99 or empty. Component aims
        -- (AimType 3) count in neither.
        -- Assumption: a legacy aim with another A15 programme type is an apprenticeship component
        -- and counts in neither family (legacy returns had no ZPROG001 programme aim).
        case
            when learn_aim_ref = 'ZPROG001' and aim_type = 1 then 'apprenticeship'
            when not is_legacy and aim_type in (4, 5) then 'education_and_training'
            when is_legacy and coalesce(prog_type, 99) = 99 then 'education_and_training'
        end as qar_family,
    from aims
),

overdue as (
    select
        *,
        -- Overdue: still continuing (1) or on a break (6) in its latest return, but the provider
        -- has returned a later collection year without it — a withdrawal without achievement.
        comp_status in (1, 6) and is_absent_from_later_return as is_overdue,
    from families
    where qar_family is not null
),

final as (
    select
        *,
        -- CompStatus 2 or 3 (legacy A34 2, 3 or 4 = transferred) with an actual end date; a
        -- standard (ProgType 25) with an AchDate; or overdue. CompStatus 6 is not a leaver
        -- unless overdue.
        coalesce(
            (comp_status in (2, 3) and learn_act_end_date is not null)
            or (is_legacy and comp_status = 4 and learn_act_end_date is not null)
            or (prog_type = 25 and ach_date is not null)
            or is_overdue,
            false
        ) as is_leaver,
    from overdue
)

select * from final
