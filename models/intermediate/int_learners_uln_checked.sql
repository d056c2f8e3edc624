-- One row per learner read per provider and collection year (latest return) with their ULN
-- classified (shared/domain/measures.md version 2, "ULN quality"; ilr-reference.md §3). Every
-- learner read counts, loaded or quarantined: a learner the loader kept out (an error on the
-- learner, such as ULN_04) is read back from quarantine.records, its ULN from the record as read
-- (`record`: XML {"Learner": {"ULN": …}}, legacy CSV {"rows": [{"L45": …}]}), or from the finding's
-- value for ULN_04 when the copy was not kept. So a learner refused for ULN_04 is an invalid ULN,
-- and invalid_uln agrees with the ULN_04 count of the same return; learners = learners_read of
-- the return. A second record of a reference already loaded (LearnRefNumber_Unique) is a learner
-- read too, so the same reference can appear twice (is_quarantined tells them apart).
--   temporary: 9999999999; valid: passes the DD01 check digit (ULN_04) and is not temporary;
--   invalid: fails it, or is missing. The three are exclusive, so valid + temporary + invalid =
--   learners (assumption: the temporary ULN, which passes DD01, is counted as temporary only).
--   shared: a non-temporary ULN that more than one learner reference carries at the same provider
--   in the same collection year (assumption: within one year's return, not across years).
with learners as (
    select * from staging.stg_ilr__learners
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

quarantine as (
    select * from quarantine.records
),

loaded_learners_read as (
    select batch_id, learn_ref_number, line from raw.learner
),

-- A learner's findings are located 'line N, learner REF[, aim S]', N the line its record starts
-- on (the line raw.learner keeps for a loaded one); the file's own findings and a destination
-- record's are located otherwise.
learner_findings as (
    select
        latest_batches.ukprn,
        latest_batches.collection_year,
        quarantine.batch_id,
        cast(regexp_extract(quarantine.location, '^line (\d+)', 1) as integer) as record_line,
        quarantine.learn_ref_number,
        quarantine.rule_id,
        coalesce(
            try_cast(json_extract_string(try_cast(quarantine.record as json), '$.Learner.ULN') as bigint),
            try_cast(json_extract_string(try_cast(quarantine.record as json), '$.rows[0].L45') as bigint),
            try_cast(json_extract_string(try_cast(quarantine.record as json), '$.row.L45') as bigint),
            case when quarantine.rule_id = 'ULN_04' then try_cast(quarantine.value as bigint) end
        ) as uln,
    from quarantine
    inner join latest_batches using (batch_id)
    where quarantine.severity = 'error' and quarantine.location like 'line %, learner %'
),

records_with_errors as (
    select
        ukprn,
        collection_year,
        batch_id,
        record_line,
        any_value(learn_ref_number) as learn_ref_number,
        max(uln) as uln,
        bool_or(rule_id = 'LearnRefNumber_Unique') as repeats_a_reference,
    from learner_findings
    group by ukprn, collection_year, batch_id, record_line
),

-- Kept out: not the record loaded, and either a second record of a reference (a learner of its
-- own) or of a reference nothing was loaded for (an aim's error on a loaded learner is not).
quarantined_records as (
    select *
    from records_with_errors
    where not exists (
            select 1 from loaded_learners_read as loaded
            where loaded.batch_id = records_with_errors.batch_id and loaded.line = records_with_errors.record_line
        )
        and (
            repeats_a_reference
            or not exists (
                select 1 from loaded_learners_read as loaded
                where loaded.batch_id = records_with_errors.batch_id
                    and loaded.learn_ref_number = records_with_errors.learn_ref_number
            )
        )
),

quarantined_learners as (
    select
        ukprn,
        collection_year,
        any_value(learn_ref_number) as learn_ref_number,
        max(uln) as uln,
        true as is_quarantined,
    from quarantined_records
    -- A legacy learner's rows read apart (same reference, other lines) are one learner.
    group by ukprn, collection_year, batch_id,
        case when repeats_a_reference or learn_ref_number is null then 'line ' || record_line else learn_ref_number end
),

loaded_learners as (
    select
        ukprn,
        collection_year,
        learn_ref_number,
        min(uln) as uln,
        false as is_quarantined,
    from learners
    group by ukprn, collection_year, learn_ref_number
),

one_per_learner as (
    select * from loaded_learners
    union all by name
    select * from quarantined_learners
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
