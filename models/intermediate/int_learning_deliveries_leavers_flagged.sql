-- Which aims the QAR considers, and which of them have left (shared/domain/measures.md, "Leaver").
with aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

families as (
    select
        *,
        -- Two families, never mixed: apprenticeships count the programme aim only (ZPROG001,
        -- AimType 1); education and training every aim outside a programme (AimType 4 and 5).
        -- Component aims (AimType 3) count in neither.
        case
            when learn_aim_ref = 'ZPROG001' and aim_type = 1 then 'apprenticeship'
            when aim_type in (4, 5) then 'education_and_training'
        end as qar_family,
    from aims
),

overdue as (
    select
        *,
        -- Overdue: still continuing (1) or on a break (6) in its latest return, but the provider
        -- has returned a later year without it — a withdrawal without achievement.
        comp_status in (1, 6) and is_absent_from_later_return as is_overdue,
    from families
    where qar_family is not null
),

final as (
    select
        *,
        (comp_status in (2, 3) and learn_act_end_date is not null)
            or (prog_type = 25 and ach_date is not null)
            or is_overdue
            as is_leaver,
    from overdue
)

select * from final
