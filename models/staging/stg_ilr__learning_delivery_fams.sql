-- One row per monitoring code on a learning aim, from the latest return only: LearningDeliveryFAM
-- in XML (e.g. LDM 034), and legacy A46a/A46b loaded as type 'A46' (measures.md, "Conventions").
-- Codes are compared without leading zeros, so legacy '86', '086' and the seed's '86' all match.
-- materialized: view (a thin step: the models that read it compute it within their own query)
with fams as (
    select * from raw.learning_delivery_fam
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

final as (
    select
        fams.batch_id,
        fams.ukprn,
        fams.collection_year,
        fams.learn_ref_number,
        fams.aim_seq_number,
        upper(trim(fams.learn_del_fam_type)) as learn_del_fam_type,
        trim(fams.learn_del_fam_code) as learn_del_fam_code,
        coalesce(nullif(ltrim(trim(fams.learn_del_fam_code), '0'), ''), '0') as learn_del_fam_code_normalised,
        fams.learn_del_fam_date_from,
        fams.learn_del_fam_date_to,
    from fams
    inner join latest_batches using (batch_id)
    where nullif(trim(fams.learn_del_fam_code), '') is not null
)

select * from final
