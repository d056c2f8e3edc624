-- One row per learning aim per priority group it is monitored for (shared/domain/measures.md,
-- "Priority groups and Progression Pathways"). The reference ref.priority_groups
-- (seeds/priority_groups.csv, extendable by the user) maps monitoring codes to groups: legacy
-- A46a/A46b (type 'A46': 86 offenders in the community, 34 offenders in custody, 81 Progression
-- Pathways) and modern LearningDeliveryFAM (e.g. LDM 034 offenders in custody). Codes match
-- without leading zeros. Every aim of the latest return counts as a start, whatever its family;
-- the QAR leaver and achiever flags are joined on in the mart.
-- The pathway type comes from the learning-aim reference (ref.learning_aims.pathway_type).
with aims as (
    select * from intermediate.int_learning_deliveries_latest_return
),

fams as (
    select * from staging.stg_ilr__learning_delivery_fams
),

priority_groups as (
    select
        upper(trim(cast(learn_del_fam_type as varchar))) as learn_del_fam_type,
        coalesce(nullif(ltrim(trim(cast(learn_del_fam_code as varchar)), '0'), ''), '0') as learn_del_fam_code_normalised,
        cast(priority_group as varchar) as priority_group,
        coalesce(try_cast(by_pathway_type as boolean), false) as by_pathway_type,
    from ref.priority_groups
),

learning_aims as (
    select learn_aim_ref, cast(pathway_type as varchar) as pathway_type from ref.learning_aims
),

aims_in_groups as (
    select distinct
        aims.ukprn,
        aims.learn_ref_number,
        aims.learn_aim_ref,
        aims.learn_start_date,
        priority_groups.priority_group,
        priority_groups.by_pathway_type,
    from aims
    inner join fams
        on fams.batch_id = aims.batch_id
        and fams.learn_ref_number = aims.learn_ref_number
        and fams.aim_seq_number = aims.aim_seq_number
    inner join priority_groups
        on priority_groups.learn_del_fam_type = fams.learn_del_fam_type
        and priority_groups.learn_del_fam_code_normalised = fams.learn_del_fam_code_normalised
),

final as (
    select
        aims_in_groups.ukprn,
        aims_in_groups.learn_ref_number,
        aims_in_groups.learn_aim_ref,
        aims_in_groups.learn_start_date,
        cast(funding_year(aims_in_groups.learn_start_date) as integer) as start_year,
        aims_in_groups.priority_group,
        aims_in_groups.by_pathway_type,
        coalesce(learning_aims.pathway_type, 'unknown') as aim_pathway_type,
    from aims_in_groups
    left join learning_aims
        on learning_aims.learn_aim_ref = aims_in_groups.learn_aim_ref
)

select * from final
