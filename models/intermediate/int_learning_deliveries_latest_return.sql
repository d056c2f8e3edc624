-- One row per learning aim across every return loaded: the aim as its latest record holds it
-- (shared/domain/measures.md version 2, "Identifying an aim across returns"; staging already
-- keeps only the latest file of each provider and year).
-- * The learner is the earliest reference reached through PrevLearnRefNumber / PrevUKPRN
--   (int_learners_identified): `learner_ukprn`, `learner_ref`.
-- * Across years an aim is (learner, LearnAimRef, LearnStartDate); an apprenticeship programme aim
--   (ZPROG001, AimType 1) whose ULN is valid and not temporary is matched on (UKPRN, ULN,
--   ProgType, StdCode or FworkCode + PwayCode, LearnStartDate) instead. Assumption: a programme
--   aim returned one year with a temporary or invalid ULN takes the ULN match of the records of
--   the same learner and programme start that have one, so a ULN put right is not a new aim.
-- * Within one return each AimSeqNumber is an aim of its own. Where a year holds several records
--   of one aim, the records of the next year it is returned in are paired with them in the order
--   measures.md gives: same LearnPlanEndDate and LearnActEndDate, then same LearnPlanEndDate,
--   then same LearnActEndDate, then same AimSeqNumber (then the lowest AimSeqNumbers left — an
--   assumption), best pair first. A record that no later record continues is the latest record
--   of its aim.
-- `is_restart`: the aim carries the LearningDeliveryFAM RES (a restart after a break).
-- `is_absent_from_later_return`: the provider has returned a later collection year without it.
-- Most aims have one record a year; those take the fast path (a grouped max and a join), and only
-- the few with two records in one year are paired.
with deliveries as (
    select * from staging.stg_ilr__learning_deliveries
),

-- A reference is unique within a return (the loader quarantines a second LearnRefNumber).
learners as (
    select batch_id, learn_ref_number, uln, from staging.stg_ilr__learners
),

learner_identities as (
    select * from intermediate.int_learners_identified
),

restart_fams as (
    select distinct batch_id, learn_ref_number, aim_seq_number,
    from staging.stg_ilr__learning_delivery_fams
    where learn_del_fam_type = 'RES'
),

provider_last_returns as (
    select ukprn, max(collection_year) as last_collection_year
    from deliveries
    group by ukprn
),

identified as (
    select
        deliveries.*,
        coalesce(learner_identities.learner_ukprn, deliveries.ukprn) as learner_ukprn,
        coalesce(learner_identities.learner_ref, deliveries.learn_ref_number) as learner_ref,
        deliveries.learn_aim_ref = 'ZPROG001' and coalesce(deliveries.aim_type, 0) = 1 as is_programme_aim,
        restart_fams.batch_id is not null as is_restart,
    from deliveries
    left join learner_identities using (ukprn, learn_ref_number)
    left join restart_fams using (batch_id, learn_ref_number, aim_seq_number)
),

-- An aim's key is (key_ukprn, key_learner, key_aim, LearnStartDate): the learner and LearnAimRef,
-- or for a programme aim with a valid ULN the UKPRN, ULN and programme.
programme_aims as (
    select
        identified.*,
        learners.uln,
        case
            when learners.uln <> 9999999999 and is_uln_checksum_valid(learners.uln)
                then concat_ws('|', 'uln', learners.uln)
        end as uln_key,
        concat_ws('|', 'programme', identified.prog_type, identified.std_code, identified.fwork_code, identified.pway_code) as programme_key,
    from identified
    left join learners using (batch_id, learn_ref_number)
    where identified.is_programme_aim
),

-- A record without a usable ULN takes the match of its learner's records of that start that have one.
uln_matches as (
    select
        learner_ukprn,
        learner_ref,
        learn_start_date,
        max({'uln_key': uln_key, 'programme_key': programme_key}) as matched,
    from programme_aims
    where uln_key is not null
    group by learner_ukprn, learner_ref, learn_start_date
),

programme_matched as (
    select
        programme_aims.*,
        case
            when programme_aims.uln_key is not null
                then {'uln_key': programme_aims.uln_key, 'programme_key': programme_aims.programme_key}
            else uln_matches.matched
        end as matched,
    from programme_aims
    left join uln_matches
        on uln_matches.learner_ukprn = programme_aims.learner_ukprn
        and uln_matches.learner_ref = programme_aims.learner_ref
        and uln_matches.learn_start_date is not distinct from programme_aims.learn_start_date
),

programme_keyed as (
    select
        * exclude (uln_key, programme_key, matched),
        case when matched.uln_key is null then learner_ukprn else ukprn end as key_ukprn,
        coalesce(matched.uln_key, learner_ref) as key_learner,
        case when matched.uln_key is null then learn_aim_ref else matched.programme_key end as key_aim,
    from programme_matched
),

keyed as (
    select
        *,
        learner_ukprn as key_ukprn,
        learner_ref as key_learner,
        learn_aim_ref as key_aim,
    from identified
    where not is_programme_aim
    union all by name
    select * from programme_keyed
),

aim_groups as (
    select
        key_ukprn,
        key_learner,
        key_aim,
        learn_start_date,
        max(collection_year) as group_last_year,
        count(*) > count(distinct collection_year) as has_two_in_a_year,
    from keyed
    group by key_ukprn, key_learner, key_aim, learn_start_date
),

grouped as (
    select keyed.*, aim_groups.group_last_year, aim_groups.has_two_in_a_year,
    from keyed
    inner join aim_groups
        on aim_groups.key_ukprn is not distinct from keyed.key_ukprn
        and aim_groups.key_learner is not distinct from keyed.key_learner
        and aim_groups.key_aim is not distinct from keyed.key_aim
        and aim_groups.learn_start_date is not distinct from keyed.learn_start_date
),

-- The slow path: the groups with two records of one aim in a year.
paired_records as (
    select *, concat_ws('|', key_ukprn, key_learner, key_aim) as aim_key,
    from grouped
    where has_two_in_a_year
),

next_years as (
    select distinct
        earlier.aim_key,
        earlier.learn_start_date,
        earlier.collection_year,
        min(later.collection_year) over (partition by earlier.aim_key, earlier.learn_start_date, earlier.collection_year) as next_year,
    from paired_records as earlier
    inner join paired_records as later
        on later.aim_key = earlier.aim_key
        and later.learn_start_date is not distinct from earlier.learn_start_date
        and later.collection_year > earlier.collection_year
),

candidate_pairs as (
    select
        earlier.aim_key,
        earlier.learn_start_date,
        earlier.collection_year,
        {'batch_id': earlier.batch_id, 'learn_ref_number': earlier.learn_ref_number, 'aim_seq_number': earlier.aim_seq_number} as earlier_record,
        {'batch_id': later.batch_id, 'learn_ref_number': later.learn_ref_number, 'aim_seq_number': later.aim_seq_number} as later_record,
        case
            when later.learn_plan_end_date is not distinct from earlier.learn_plan_end_date
                and later.learn_act_end_date is not distinct from earlier.learn_act_end_date then 1
            when later.learn_plan_end_date is not distinct from earlier.learn_plan_end_date then 2
            when later.learn_act_end_date is not distinct from earlier.learn_act_end_date then 3
            when later.aim_seq_number is not distinct from earlier.aim_seq_number then 4
            else 5
        end as pairing_order,
        earlier.aim_seq_number as earlier_seq,
        later.aim_seq_number as later_seq,
    from paired_records as earlier
    inner join next_years
        on next_years.aim_key = earlier.aim_key
        and next_years.learn_start_date is not distinct from earlier.learn_start_date
        and next_years.collection_year = earlier.collection_year
    inner join paired_records as later
        on later.aim_key = earlier.aim_key
        and later.learn_start_date is not distinct from earlier.learn_start_date
        and later.collection_year = next_years.next_year
),

pairings as (
    -- Best pair first; a pair is taken when neither record is paired yet. (Each pair is written
    -- as the lists it adds, the shape list_reduce needs its running value to have.)
    select
        list_reduce(
            list(
                {'earlier': [earlier_record], 'later': [later_record]}
                order by pairing_order, earlier_seq, later_seq
            ),
            (taken, pair) -> case
                when list_contains(taken.earlier, pair.earlier[1]) or list_contains(taken.later, pair.later[1]) then taken
                else {'earlier': list_concat(taken.earlier, pair.earlier), 'later': list_concat(taken.later, pair.later)}
            end,
            {'earlier': [], 'later': []}::struct(
                earlier struct(batch_id integer, learn_ref_number varchar, aim_seq_number integer)[],
                later struct(batch_id integer, learn_ref_number varchar, aim_seq_number integer)[]
            )
        ).earlier as continued,
    from candidate_pairs
    group by aim_key, learn_start_date, collection_year
),

continued_records as (
    select
        continued.batch_id,
        continued.learn_ref_number,
        continued.aim_seq_number,
    from (select unnest(continued) as continued from pairings)
),

latest_paired as (
    select paired_records.* exclude (aim_key)
    from paired_records
    anti join continued_records
        on continued_records.batch_id = paired_records.batch_id
        and continued_records.learn_ref_number = paired_records.learn_ref_number
        and continued_records.aim_seq_number is not distinct from paired_records.aim_seq_number
),

latest_records as (
    select * from grouped where not has_two_in_a_year and collection_year = group_last_year
    union all by name
    select * from latest_paired
),

final as (
    select
        latest_records.* exclude (group_last_year, has_two_in_a_year),
        provider_last_returns.last_collection_year,
        latest_records.collection_year < provider_last_returns.last_collection_year as is_absent_from_later_return,
    from latest_records
    inner join provider_last_returns using (ukprn)
)

select * from final
