-- The return-to-return audit counted per provider (intermediate.int_return_changes, whose header
-- says what is compared and what is flagged), for the provider page and /data-quality: one row per
-- return compared with the one before it (the same year's previous return, or last year's final
-- one), with the number of learners and aims added and removed, of those held back by validation
-- (in the later file, but kept out by an error: not a removal, never flagged), of completion
-- status, outcome and date changes, and of each flagged change. Counts only; disclosure control (shared/domain/
-- measures.md): a count of 1 to 4 is withheld (null), 0 is shown; no total of the flags is
-- shown, so a withheld flag count cannot be worked out from it. A return identical to the one
-- before it has no changes and no row.
with changes as (
    select * from intermediate.int_return_changes
),

pairs as (
    select distinct ukprn, collection_year, comparison, earlier_prepared_on, later_prepared_on, later_batch_id
    from changes
),

providers as (
    select * from marts.dim_providers
),

counted as (
    select
        later_batch_id,
        count(*) filter (where change_kind = 'learner_added') as learners_added,
        count(*) filter (where change_kind = 'learner_removed') as learners_removed,
        count(*) filter (where change_kind = 'learner_held_back') as learners_held_back,
        count(*) filter (where change_kind = 'learner_ref_changed') as learner_refs_changed,
        count(*) filter (where change_kind = 'aim_added') as aims_added,
        count(*) filter (where change_kind = 'aim_removed') as aims_removed,
        count(*) filter (where change_kind = 'aim_held_back') as aims_held_back,
        count(*) filter (where change_kind = 'comp_status_changed') as completion_status_changes,
        count(*) filter (where change_kind = 'outcome_changed') as outcome_changes,
        count(*) filter (where change_kind in ('act_end_date_changed', 'plan_end_date_changed')) as end_date_changes,
        count(*) filter (where flag = 'withdrawn_aim_removed') as withdrawn_aims_removed,
        count(*) filter (where flag = 'late_achievement') as late_achievements,
        count(*) filter (where flag = 'plan_end_moved_after_passed') as plan_ends_moved_after_passed,
    from changes
    group by later_batch_id
),

final as (
    select
        pairs.ukprn,
        providers.provider_name,
        pairs.collection_year,
        year_label(pairs.collection_year) as year_label,
        pairs.comparison,
        case pairs.comparison
            when 'same_year' then 'previous return of ' || year_label(pairs.collection_year)
            else 'final return of ' || year_label(pairs.collection_year - 1)
        end as compared_with,
        pairs.earlier_prepared_on,
        pairs.later_prepared_on,
        case when counted.learners_added = 0 then 0 else suppress_count(counted.learners_added) end as learners_added,
        case when counted.learners_removed = 0 then 0 else suppress_count(counted.learners_removed) end as learners_removed,
        case when counted.learner_refs_changed = 0 then 0 else suppress_count(counted.learner_refs_changed) end as learner_refs_changed,
        case when counted.aims_added = 0 then 0 else suppress_count(counted.aims_added) end as aims_added,
        case when counted.aims_removed = 0 then 0 else suppress_count(counted.aims_removed) end as aims_removed,
        case when counted.learners_held_back = 0 then 0 else suppress_count(counted.learners_held_back) end as learners_held_back,
        case when counted.aims_held_back = 0 then 0 else suppress_count(counted.aims_held_back) end as aims_held_back,
        case when counted.completion_status_changes = 0 then 0 else suppress_count(counted.completion_status_changes) end as completion_status_changes,
        case when counted.outcome_changes = 0 then 0 else suppress_count(counted.outcome_changes) end as outcome_changes,
        case when counted.end_date_changes = 0 then 0 else suppress_count(counted.end_date_changes) end as end_date_changes,
        case when counted.withdrawn_aims_removed = 0 then 0 else suppress_count(counted.withdrawn_aims_removed) end as withdrawn_aims_removed,
        case when counted.late_achievements = 0 then 0 else suppress_count(counted.late_achievements) end as late_achievements,
        case when counted.plan_ends_moved_after_passed = 0 then 0 else suppress_count(counted.plan_ends_moved_after_passed) end as plan_ends_moved_after_passed,
    from pairs
    inner join counted using (later_batch_id)
    left join providers using (ukprn)
)

select * from final
