-- ULN quality of the learners who must have a ULN, per collection year and provider (null = all
-- providers) (shared/domain/measures.md, "ULN quality"; seed document
-- shared/seeds/001_23e9cd4c3c3e8997.txt: "All learners undertaking a Progression Pathway or QCF
-- provision must have a unique learner number"). A learner must have one when any of their aims
-- in the year's return carries A46 81 (Progression Pathways; legacy A46a/A46b, loaded as FAM type
-- 'A46') or planned credits (A59 > 0, QCF provision). Their ULNs are classified as in
-- marts.uln_quality (intermediate.int_learners_uln_checked): the temporary ULN 9999999999 and an
-- invalid ULN (ULN_04 check digit, or none) are counted apart, as breaches of the requirement.
with learners as (
    select * from intermediate.int_learners_uln_checked
),

deliveries as (
    select * from staging.stg_ilr__learning_deliveries
),

fams as (
    select * from staging.stg_ilr__learning_delivery_fams
),

pathway_learners as (
    select distinct ukprn, collection_year, learn_ref_number, 'progression_pathway' as reason,
    from fams
    where learn_del_fam_type = 'A46' and learn_del_fam_code_normalised = '81'
),

qcf_learners as (
    select distinct ukprn, collection_year, learn_ref_number, 'qcf' as reason,
    from deliveries
    where a59_planned_credits > 0
),

required as (
    select
        ukprn,
        collection_year,
        learn_ref_number,
        bool_or(reason = 'progression_pathway') as is_progression_pathway,
        bool_or(reason = 'qcf') as is_qcf,
    from (select * from pathway_learners union all select * from qcf_learners)
    group by ukprn, collection_year, learn_ref_number
),

classified as (
    select
        required.*,
        learners.uln_status,
    from required
    inner join learners using (ukprn, collection_year, learn_ref_number)
),

final as (
    select
        collection_year,
        ukprn,
        count(*) as learners_requiring_uln,
        count(*) filter (where is_progression_pathway) as progression_pathway_learners,
        count(*) filter (where is_qcf) as qcf_learners,
        count(*) filter (where uln_status = 'valid') as valid_uln,
        count(*) filter (where uln_status = 'temporary') as temporary_uln,
        count(*) filter (where uln_status = 'invalid') as invalid_uln,
    from classified
    group by grouping sets ((collection_year, ukprn), (collection_year))
)

select * from final
