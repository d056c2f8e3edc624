-- Which aims the QAR considers, and which of them have left (shared/domain/measures.md, "Leaver").
-- materialized: view (a thin step: the models that read it compute it within their own query)
with aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

-- The two monitoring codes that move an aim out of scope: an Advanced Learner Loan (ADL) brings
-- an unfunded aim (FundModel 99) in; the Flexible Learning Fund (LDM 360) takes an aim out.
aim_fams as (
    select
        batch_id,
        learn_ref_number,
        aim_seq_number,
        bool_or(learn_del_fam_type = 'ADL') as has_loan,
        bool_or(learn_del_fam_type = 'LDM' and learn_del_fam_code_normalised = '360') as is_flexible_learning_fund,
    from staging.stg_ilr__learning_delivery_fams
    where learn_del_fam_type in ('ADL', 'LDM')
    group by all
),

excluded_aims as (
    select distinct upper(trim(learn_aim_ref)) as learn_aim_ref from ref.qar_excluded_aims
),

families as (
    select
        aims.*,
        -- Two families, never mixed (measures.md version 2, "Which aims are in scope"):
        -- apprenticeships count the programme aim only (ZPROG001, AimType 1) of an apprenticeship
        -- programme: frameworks (ProgType 2, 3, 10, 20–23) and standards (25) — not T Levels (30,
        -- 31), traineeships (24), Skills Bootcamps (32) or ProgType 33. Education and training
        -- counts aims outside a programme (AimType 4 and 5) funded by 16–19 (FundModel 25), adult
        -- skills (35), the Adult Skills Fund (38), or unfunded (99) with an Advanced Learner Loan;
        -- never work placements and other aims in ref.qar_excluded_aims, Flexible Learning Fund
        -- aims (LDM 360) or aims of a T Level programme. Component aims (AimType 3) count in
        -- neither. Legacy returns (no AimType), by the method of their time: learner responsive
        -- (A10 21, 22) aims not in a programme (A15 99 or empty) are education and training;
        -- employer responsive (A10 45, 46) programme aims ZPROG001 of a framework (A15 2, 3, 10)
        -- are apprenticeships. Other funding streams (10, 70, 80–82, 99), Train to Gain (A10 45,
        -- A15 99) and frameworks' component aims count in neither. Assumption: a legacy aim with
        -- no A10 is taken as learner responsive (every legacy return should carry A10).
        case
            when aims.is_legacy then case
                when aims.learn_aim_ref = 'ZPROG001' and aims.a10_funding_stream in (45, 46) and aims.prog_type in (2, 3, 10)
                    then 'apprenticeship'
                when coalesce(aims.a10_funding_stream, 21) in (21, 22) and coalesce(aims.prog_type, 99) = 99
                    and aims.learn_aim_ref <> 'ZPROG001'
                    then 'education_and_training'
            end
            when aims.learn_aim_ref = 'ZPROG001' and aims.aim_type = 1 then
                case when aims.prog_type in (2, 3, 10, 20, 21, 22, 23, 25) then 'apprenticeship' end
            when not aims.is_legacy and aims.aim_type in (4, 5)
                and (aims.fund_model in (25, 35, 38) or (aims.fund_model = 99 and coalesce(aim_fams.has_loan, false)))
                and not coalesce(aim_fams.is_flexible_learning_fund, false)
                and coalesce(aims.prog_type, 0) not in (30, 31)
                and upper(aims.learn_aim_ref) not in (select learn_aim_ref from excluded_aims)
                then 'education_and_training'
        end as qar_family,
    from aims
    left join aim_fams
        on aim_fams.batch_id = aims.batch_id
        and aim_fams.learn_ref_number = aims.learn_ref_number
        and aim_fams.aim_seq_number is not distinct from aims.aim_seq_number
),

-- Each break in learning resolved: restarted, an overdue planned break, or still on a break.
breaks as (
    select * from intermediate.int_learning_deliveries_breaks_resolved
),

overdue as (
    select
        families.*,
        breaks.break_year,
        coalesce(breaks.is_break_restarted, false) as is_break_restarted,
        coalesce(breaks.is_overdue_planned_break, false) as is_overdue_planned_break,
        -- Overdue (measures.md version 2, "Leaver"), a withdrawal without achievement: an overdue
        -- continuing aim (CompStatus 1 in its latest record, and the provider has returned a
        -- later collection year without it) or an overdue planned break (breaks_resolved).
        coalesce(families.comp_status = 1 and families.is_absent_from_later_return, false)
            or coalesce(breaks.is_overdue_planned_break, false) as is_overdue,
    from families
    left join breaks
        on breaks.batch_id = families.batch_id
        and breaks.learn_ref_number = families.learn_ref_number
        and breaks.aim_seq_number is not distinct from families.aim_seq_number
    where families.qar_family is not null
),

legacy_last_returns as (
    select ukprn, max(collection_year) as last_legacy_year,
    from staging.stg_ilr__latest_batches
    where source_format = 'legacy_csv'
    group by ukprn
),

final as (
    select
        *,
        -- CompStatus 2 or 3 (legacy A34 2, 3 or 4 = transferred) with an actual end date; a
        -- standard (ProgType 25) with an AchDate; or overdue. CompStatus 6 is not a leaver
        -- unless overdue. Legacy learner-responsive aims (planned end year method): every aim
        -- planned to end in a year up to the provider's latest legacy return loaded is in that
        -- year's cohort, ended or not (assumption: one planned to end later is in no cohort, for
        -- no legacy return of its year is loaded). A break (A34 6) follows the break rules.
        case when is_legacy and qar_family = 'education_and_training' and coalesce(comp_status, 0) <> 6 then
            coalesce(funding_year(learn_plan_end_date) <= last_legacy_year, false)
        else coalesce(
            (comp_status in (2, 3) and learn_act_end_date is not null)
            or (is_legacy and comp_status = 4 and learn_act_end_date is not null)
            or (prog_type = 25 and ach_date is not null)
            or is_overdue,
            false
        ) end as is_leaver,
    from overdue
    left join legacy_last_returns using (ukprn)
)

select * from final
