-- One row per learner per provider and collection year (latest return) with their ULN classified
-- (shared/domain/measures.md, "ULN quality"; ilr-reference.md §3):
--   temporary: 9999999999; valid: passes the DD01 check digit (ULN_04) and is not temporary;
--   invalid: fails it, or is missing. The three are exclusive, so valid + temporary + invalid =
--   learners (assumption: the temporary ULN, which passes DD01, is counted as temporary only).
--   shared: a non-temporary ULN that more than one learner reference carries at the same provider
--   in the same collection year (assumption: within one year's return, not across years).
with learners as (
    select * from staging.stg_ilr__learners
),

one_per_learner as (
    select
        ukprn,
        collection_year,
        learn_ref_number,
        min(uln) as uln,
    from learners
    group by ukprn, collection_year, learn_ref_number
),

classified as (
    select
        *,
        case
            when uln = 9999999999 then 'temporary'
            when is_uln_checksum_valid(uln) then 'valid'
            else 'invalid'
        end as uln_status,
    from one_per_learner
),

final as (
    select
        *,
        uln_status <> 'temporary' and uln is not null
            and count(*) over (partition by ukprn, collection_year, uln) > 1
            as is_shared_uln,
    from classified
)

select * from final
