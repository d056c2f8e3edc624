-- The return-to-return audit (issue 17; seed 002: every change to a learner's record is
-- versioned): what changed between a provider's successive returns. LEARNER-LEVEL (personal
-- data): read by `ilr changes`, counted in reports.report_return_changes, never published.
-- Two kinds of comparison, each return against the one before it:
--   same_year   a return against the provider's previous return of the same collection year
--               (order: preparation date, then file name, as stg_ilr__latest_batches orders them);
--               every aim and learner is compared.
--   carry_over  the first return of a year against the provider's final return of the year
--               before: only what should carry over is compared — the aims continuing (CompStatus
--               1) in the final return, against the aims of the new return that started before
--               the new year began (1 August).
-- An aim is (learner reference, LearnAimRef, LearnStartDate) within the provider (measures.md,
-- "Identifying an aim across returns"), the learner followed through PrevLearnRefNumber where it
-- names a reference of the earlier return.
-- change_kind: learner_added, learner_removed, learner_held_back, learner_ref_changed, aim_added,
-- aim_removed, aim_held_back, comp_status_changed, outcome_changed, act_end_date_changed,
-- plan_end_date_changed (old_value → new_value).
-- Held back, not removed: a learner or aim of the earlier return that the later return's file did
-- hold, but that the loader kept out by a validation error (quarantine.records, severity error:
-- DESIGN.md, "quarantine.records"; an error keeps out an aim, or a learner with all their aims).
-- The provider did not delete it: it is listed as learner_held_back / aim_held_back, new_value
-- "held back by validation: <rules>", and never flagged. A learner is held back when an error of
-- the later return names their reference (not at an aim, not on a destination record) and the
-- return loaded no learner of that reference; an aim is held back when an error at one of its
-- aims (location "…, aim N") names it — matched as aims are matched (learner reference, followed
-- through PrevLearnRefNumber; LearnAimRef; LearnStartDate), the aim's reference and start date read
-- from the record as kept (XML, or a legacy CSV row's A09 and A27), else by its AimSeqNumber.
-- flag (the changes a partnership manager must look at, because they move the QAR without new
-- learning):
--   withdrawn_aim_removed        an aim withdrawn (CompStatus 3) in one return, absent from the next;
--   late_achievement             the outcome changed to achieved (1) in a return prepared more than
--                                180 days after the aim's actual end date, while the return before
--                                it, prepared after that end date too, did not show it achieved
--                                (for a final return against the next year's first, only an end
--                                date by 31 July counts: the final return describes the year to then)
--                                (assumption: "long after" = six months — results of summer exams
--                                reach the October return; a change between two returns that the
--                                end date falls between cannot be dated, and is not flagged);
--   plan_end_moved_after_passed  the planned end date changed when the old one had already passed:
--                                it was before the earlier return's preparation date, so the move
--                                surely came after it (a move between the two returns of a date
--                                that passed in between cannot be dated, and is not flagged).
with batches as (
    select * from meta.batches where status = 'loaded'
),

deliveries as (
    select * from raw.learning_delivery
),

quarantined as (
    select * from quarantine.records where severity = 'error'
),

learners as (
    select * from raw.learner
),

ordered_returns as (
    select
        batch_id,
        ukprn,
        collection_year,
        file_prepared_on,
        row_number() over (partition by ukprn, collection_year order by file_prepared_on nulls first, file_name, sha256) as return_number,
        count(*) over (partition by ukprn, collection_year) as returns_in_year,
    from batches
),

-- Each return and the one it is compared with.
pairs as (
    select
        later.ukprn,
        later.collection_year,
        case when earlier.collection_year = later.collection_year then 'same_year' else 'carry_over' end as comparison,
        earlier.batch_id as earlier_batch_id,
        later.batch_id as later_batch_id,
        earlier.file_prepared_on as earlier_prepared_on,
        -- What the earlier return could show: what had happened by the day it was prepared, and for
        -- a final return compared with the next year's, no later than the end of its own year (31
        -- July): an aim continuing then belongs to the next year's return, whatever came after.
        case
            when earlier.collection_year = later.collection_year then earlier.file_prepared_on
            else least(earlier.file_prepared_on, make_date(earlier.collection_year + 1, 7, 31))
        end as earlier_known_to,
        later.file_prepared_on as later_prepared_on,
    from ordered_returns as later
    inner join ordered_returns as earlier
        on earlier.ukprn = later.ukprn
        and (
            (earlier.collection_year = later.collection_year and earlier.return_number = later.return_number - 1)
            or (later.return_number = 1 and earlier.collection_year = later.collection_year - 1
                and earlier.return_number = earlier.returns_in_year)
        )
),

-- One record per aim and return (should a return hold one aim twice, the higher AimSeqNumber).
aims as (
    select
        batch_id,
        collection_year,
        learn_ref_number,
        aim_seq_number,
        upper(trim(learn_aim_ref)) as learn_aim_ref,
        learn_start_date,
        learn_plan_end_date,
        learn_act_end_date,
        comp_status,
        outcome,
    from deliveries
    qualify row_number() over (
        partition by batch_id, learn_ref_number, upper(trim(learn_aim_ref)), learn_start_date
        order by aim_seq_number desc nulls last
    ) = 1
),

earlier_aims as (
    select pairs.*, aims.* exclude (batch_id, collection_year)
    from pairs
    inner join aims on aims.batch_id = pairs.earlier_batch_id
    where pairs.comparison = 'same_year' or aims.comp_status = 1
),

-- A learner whose reference changed (PrevLearnRefNumber naming a reference of the earlier
-- return, at the same provider) is matched on the earlier reference (measures.md, "Identifying an
-- aim across returns"), and the change of reference is itself listed.
later_learner_keys as (
    select
        pairs.later_batch_id,
        later.learn_ref_number,
        coalesce(earlier.learn_ref_number, later.learn_ref_number) as match_ref,
    from pairs
    inner join learners as later on later.batch_id = pairs.later_batch_id
    left join learners as earlier
        on earlier.batch_id = pairs.earlier_batch_id
        and earlier.learn_ref_number = later.prev_learn_ref_number
        and later.prev_learn_ref_number <> later.learn_ref_number
        and coalesce(later.prev_ukprn, later.ukprn) = later.ukprn
    qualify row_number() over (partition by pairs.later_batch_id, later.learn_ref_number order by earlier.learn_ref_number) = 1
),

later_aims as (
    select pairs.*, aims.* exclude (batch_id, collection_year), coalesce(keys.match_ref, aims.learn_ref_number) as match_ref,
    from pairs
    inner join aims on aims.batch_id = pairs.later_batch_id
    left join later_learner_keys as keys
        on keys.later_batch_id = pairs.later_batch_id
        and keys.learn_ref_number = aims.learn_ref_number
    where pairs.comparison = 'same_year'
        or aims.learn_start_date < make_date(cast(pairs.collection_year as integer), 8, 1)
),

-- The learners of the later return's file that validation kept out (with all their aims).
held_back_learners as (
    select
        pairs.later_batch_id,
        quarantined.learn_ref_number,
        string_agg(distinct quarantined.rule_id, ', ' order by quarantined.rule_id) as rules,
    from pairs
    inner join quarantined on quarantined.batch_id = pairs.later_batch_id
    where quarantined.learn_ref_number is not null
        and quarantined.location not like '%destination record%'
        and quarantined.location not like '%, aim %'
        and not exists (
            select 1 from learners
            where learners.batch_id = pairs.later_batch_id and learners.learn_ref_number = quarantined.learn_ref_number
        )
    group by all
),

-- The aims validation kept out of a learner the later return loaded, as the record kept says them.
quarantined_aims as (
    select
        keys.later_batch_id,
        keys.match_ref,
        quarantined.aim_seq_number,
        quarantined.rule_id,
        case when json_valid(quarantined.record) then upper(trim(coalesce(
            json_extract_string(quarantined.record, '$.LearningDelivery.LearnAimRef'),
            json_extract_string(quarantined.record, '$.row.A09')
        ))) end as learn_aim_ref,
        case when json_valid(quarantined.record) then coalesce(
            try_cast(json_extract_string(quarantined.record, '$.LearningDelivery.LearnStartDate') as date),
            cast(try_strptime(json_extract_string(quarantined.record, '$.row.A27'), ['%Y-%m-%d', '%d/%m/%Y', '%d%m%Y']) as date)
        ) end as learn_start_date,
    from later_learner_keys as keys
    inner join quarantined
        on quarantined.batch_id = keys.later_batch_id
        and quarantined.learn_ref_number = keys.learn_ref_number
        and quarantined.location like '%, aim %'
),

-- Each aim of the earlier return that the later one held back, and why.
held_back_aims as (
    select
        earlier.later_batch_id,
        earlier.learn_ref_number,
        earlier.learn_aim_ref,
        earlier.learn_start_date,
        'held back by validation: '
            || coalesce(any_value(learner.rules), string_agg(distinct aim.rule_id, ', ' order by aim.rule_id)) as reason,
    from earlier_aims as earlier
    left join held_back_learners as learner
        on learner.later_batch_id = earlier.later_batch_id
        and learner.learn_ref_number = earlier.learn_ref_number
    left join quarantined_aims as aim
        on aim.later_batch_id = earlier.later_batch_id
        and aim.match_ref = earlier.learn_ref_number
        and (
            (aim.learn_aim_ref = earlier.learn_aim_ref and aim.learn_start_date = earlier.learn_start_date)
            or ((aim.learn_aim_ref is null or aim.learn_start_date is null) and aim.aim_seq_number = earlier.aim_seq_number)
        )
    where learner.learn_ref_number is not null or aim.match_ref is not null
    group by earlier.later_batch_id, earlier.learn_ref_number, earlier.learn_aim_ref, earlier.learn_start_date
),

compared as (
    select
        coalesce(earlier.later_batch_id, later.later_batch_id) as later_batch_id,
        -- The learner's reference as the later return has it (the earlier one where the aim is gone).
        coalesce(later.learn_ref_number, earlier.learn_ref_number) as learn_ref_number,
        coalesce(earlier.learn_aim_ref, later.learn_aim_ref) as learn_aim_ref,
        coalesce(earlier.learn_start_date, later.learn_start_date) as learn_start_date,
        earlier.learn_ref_number is not null as in_earlier,
        later.learn_ref_number is not null as in_later,
        earlier.comp_status as earlier_comp_status,
        later.comp_status as later_comp_status,
        earlier.outcome as earlier_outcome,
        later.outcome as later_outcome,
        earlier.learn_act_end_date as earlier_act_end_date,
        later.learn_act_end_date as later_act_end_date,
        earlier.learn_plan_end_date as earlier_plan_end_date,
        later.learn_plan_end_date as later_plan_end_date,
        held_back.reason as held_back_reason,
    from earlier_aims as earlier
    full outer join later_aims as later
        on later.later_batch_id = earlier.later_batch_id
        and later.match_ref = earlier.learn_ref_number
        and later.learn_aim_ref is not distinct from earlier.learn_aim_ref
        and later.learn_start_date is not distinct from earlier.learn_start_date
    left join held_back_aims as held_back
        on held_back.later_batch_id = earlier.later_batch_id
        and held_back.learn_ref_number = earlier.learn_ref_number
        and held_back.learn_aim_ref is not distinct from earlier.learn_aim_ref
        and held_back.learn_start_date is not distinct from earlier.learn_start_date
),

aim_changes as (
    select
        compared.later_batch_id,
        compared.learn_ref_number,
        compared.learn_aim_ref,
        compared.learn_start_date,
        unnest([
            case when in_later and not in_earlier then {
                'kind': 'aim_added', 'old': null, 'new': 'CompStatus ' || coalesce(cast(later_comp_status as varchar), 'none'), 'flag': null
            } end,
            case when in_earlier and not in_later and held_back_reason is null then {
                'kind': 'aim_removed', 'old': 'CompStatus ' || coalesce(cast(earlier_comp_status as varchar), 'none'), 'new': null,
                'flag': case when earlier_comp_status = 3 then 'withdrawn_aim_removed' end
            } end,
            -- Kept out by validation, not deleted by the provider: never flagged.
            case when in_earlier and not in_later and held_back_reason is not null then {
                'kind': 'aim_held_back', 'old': 'CompStatus ' || coalesce(cast(earlier_comp_status as varchar), 'none'), 'new': held_back_reason,
                'flag': null
            } end,
            case when in_earlier and in_later and earlier_comp_status is distinct from later_comp_status then {
                'kind': 'comp_status_changed', 'old': cast(earlier_comp_status as varchar), 'new': cast(later_comp_status as varchar), 'flag': null
            } end,
            case when in_earlier and in_later and earlier_outcome is distinct from later_outcome then {
                'kind': 'outcome_changed', 'old': cast(earlier_outcome as varchar), 'new': cast(later_outcome as varchar),
                'flag': case
                    when later_outcome = 1 and earlier_outcome is distinct from 1
                        and date_diff('day', later_act_end_date, pairs.later_prepared_on) > 180
                        and pairs.earlier_known_to > later_act_end_date
                        then 'late_achievement'
                end
            } end,
            case when in_earlier and in_later and earlier_act_end_date is distinct from later_act_end_date then {
                'kind': 'act_end_date_changed', 'old': cast(earlier_act_end_date as varchar), 'new': cast(later_act_end_date as varchar), 'flag': null
            } end,
            case when in_earlier and in_later and earlier_plan_end_date is distinct from later_plan_end_date then {
                'kind': 'plan_end_date_changed', 'old': cast(earlier_plan_end_date as varchar), 'new': cast(later_plan_end_date as varchar),
                'flag': case when earlier_plan_end_date < pairs.earlier_prepared_on then 'plan_end_moved_after_passed' end
            } end
        ]) as change,
    from compared
    inner join pairs using (later_batch_id)
),

-- The learners compared: every learner record of a same-year pair's two returns (raw.learner, so
-- a learner with no aims counts too); for a carry-over, the learners with an aim compared.
earlier_learners as (
    select pairs.later_batch_id, learners.learn_ref_number as match_ref,
    from pairs
    inner join learners on learners.batch_id = pairs.earlier_batch_id
    where pairs.comparison = 'same_year'
    union
    select distinct later_batch_id, learn_ref_number as match_ref
    from earlier_aims
    where comparison = 'carry_over'
),

later_learners as (
    select keys.later_batch_id, keys.learn_ref_number, keys.match_ref,
    from later_learner_keys as keys
    inner join pairs using (later_batch_id)
    where pairs.comparison = 'same_year'
    union
    select distinct later_batch_id, learn_ref_number, match_ref
    from later_aims
    where comparison = 'carry_over'
),

learner_changes as (
    select
        coalesce(earlier.later_batch_id, later.later_batch_id) as later_batch_id,
        coalesce(later.learn_ref_number, earlier.match_ref) as learn_ref_number,
        cast(null as varchar) as learn_aim_ref,
        cast(null as date) as learn_start_date,
        case
            when earlier.match_ref is null then 'learner_added'
            when later.learn_ref_number is null and held_back.rules is not null then 'learner_held_back'
            when later.learn_ref_number is null then 'learner_removed'
            else 'learner_ref_changed'
        end as change_kind,
        case when later.learn_ref_number is not null and earlier.match_ref is not null then earlier.match_ref end as old_value,
        case
            when later.learn_ref_number is not null and earlier.match_ref is not null then later.learn_ref_number
            when later.learn_ref_number is null and held_back.rules is not null then 'held back by validation: ' || held_back.rules
        end as new_value,
        cast(null as varchar) as flag,
    from earlier_learners as earlier
    full outer join later_learners as later
        on later.later_batch_id = earlier.later_batch_id
        and later.match_ref = earlier.match_ref
    left join held_back_learners as held_back
        on held_back.later_batch_id = earlier.later_batch_id
        and held_back.learn_ref_number = earlier.match_ref
    where earlier.match_ref is null
        or later.learn_ref_number is null
        or later.learn_ref_number <> earlier.match_ref
),

changes as (
    select
        later_batch_id,
        learn_ref_number,
        learn_aim_ref,
        learn_start_date,
        change.kind as change_kind,
        change.old as old_value,
        change.new as new_value,
        change.flag as flag,
    from aim_changes
    where change is not null
    union all by name
    select * from learner_changes
),

final as (
    select
        pairs.ukprn,
        pairs.collection_year,
        pairs.comparison,
        pairs.earlier_batch_id,
        pairs.later_batch_id,
        pairs.earlier_prepared_on,
        pairs.later_prepared_on,
        changes.learn_ref_number,
        changes.learn_aim_ref,
        changes.learn_start_date,
        changes.change_kind,
        changes.old_value,
        changes.new_value,
        changes.flag,
    from changes
    inner join pairs using (later_batch_id)
)

select * from final
