-- One row per possible claim: a learner (by ULN) whose achieved QCF units meet a qualification's
-- rules of combination while they hold no achieved aim on that qualification
-- (shared/domain/measures.md, "QCF achievement records: possible claims"; seed document
-- shared/seeds/003_92e9a5e4da443ad1.txt, "Identifying possible achievement claims").
-- Two scopes:
--   * 'provider': the units the learner achieved at that provider only (ukprn set);
--   * 'national': the units achieved at every provider together (ukprn null) — credit
--     accumulation and transfer; is_across_providers when no single provider's units meet the rules.
-- The rules (seeds/qcf_qualifications.csv, seeds/qcf_rule_groups.csv), all of which must hold:
--   * the credit of the qualification's units achieved >= min_total_credit;
--   * the part of it from units at or above the qualification's level (Entry below 1)
--     >= min_credit_at_or_above_level;
--   * each group: its units' credit >= group_min_credit and their number >= group_min_units;
--     a mandatory group needs every one of its units.
-- A unit counts once per qualification (the seed lists a unit in at most one group of a
-- qualification). claim_year: the first funding year by whose end the units achieved meet the
-- rules. "Holds the qualification": an aim on it with Outcome 1 at any provider, by ULN.
with achievements as (
    select * from intermediate.int_qcf_unit_achievements
),

deliveries as (
    select * from intermediate.int_learning_deliveries_latest_return
),

learners as (
    select * from staging.stg_ilr__learners
),

qualifications as (
    select
        cast(qualification_ref as varchar) as qualification_ref,
        case when cast(qualification_level as varchar) = 'E' then 0
             else try_cast(qualification_level as integer) end as qualification_level_rank,
        cast(min_total_credit as integer) as min_total_credit,
        cast(coalesce(min_credit_at_or_above_level, 0) as integer) as min_credit_at_or_above_level,
    from ref.qcf_qualifications
),

rule_units as (
    select
        cast(qualification_ref as varchar) as qualification_ref,
        cast(group_id as varchar) as group_id,
        lower(trim(cast(group_type as varchar))) as group_type,
        cast(coalesce(group_min_credit, 0) as integer) as group_min_credit,
        cast(coalesce(group_min_units, 0) as integer) as group_min_units,
        upper(trim(cast(unit_ref as varchar))) as unit_ref,
    from ref.qcf_rule_groups
),

rule_groups as (
    select
        qualification_ref,
        group_id,
        any_value(group_type) as group_type,
        any_value(group_min_credit) as group_min_credit,
        any_value(group_min_units) as group_min_units,
        count(*) as group_units,
    from rule_units
    group by qualification_ref, group_id
),

held_qualifications as (
    select distinct
        learners.uln,
        deliveries.learn_aim_ref as qualification_ref,
    from deliveries
    inner join learners
        on learners.batch_id = deliveries.batch_id
        and learners.learn_ref_number = deliveries.learn_ref_number
    where deliveries.outcome = 1
        and learners.uln is not null
),

-- Each provider's own units (scope_ukprn = the provider), and everyone's together (scope_ukprn 0).
scoped_units as (
    select ukprn as scope_ukprn, uln, unit_ref, unit_level_rank, unit_credit, achieved_year,
    from achievements
    union all
    select 0 as scope_ukprn, uln, unit_ref, any_value(unit_level_rank), any_value(unit_credit), min(achieved_year),
    from achievements
    group by uln, unit_ref
),

-- The years at whose end the rules are checked: each year in which the learner achieved a unit.
check_years as (
    select distinct scope_ukprn, uln, achieved_year as as_at_year from scoped_units
),

units_held as (
    select
        check_years.as_at_year,
        scoped_units.*,
    from check_years
    inner join scoped_units
        on scoped_units.scope_ukprn = check_years.scope_ukprn
        and scoped_units.uln = check_years.uln
        and scoped_units.achieved_year <= check_years.as_at_year
),

units_in_rules as (
    select
        units_held.*,
        rule_units.qualification_ref,
        rule_units.group_id,
    from units_held
    inner join rule_units using (unit_ref)
),

group_totals as (
    select
        candidates.scope_ukprn,
        candidates.uln,
        candidates.as_at_year,
        candidates.qualification_ref,
        rule_groups.group_id,
        rule_groups.group_type,
        rule_groups.group_min_credit,
        rule_groups.group_min_units,
        rule_groups.group_units,
        coalesce(sum(units_in_rules.unit_credit), 0) as group_credit,
        count(units_in_rules.unit_ref) as units_achieved,
    from (select distinct scope_ukprn, uln, as_at_year, qualification_ref from units_in_rules) as candidates
    inner join rule_groups using (qualification_ref)
    left join units_in_rules
        on units_in_rules.scope_ukprn = candidates.scope_ukprn
        and units_in_rules.uln = candidates.uln
        and units_in_rules.as_at_year = candidates.as_at_year
        and units_in_rules.qualification_ref = candidates.qualification_ref
        and units_in_rules.group_id = rule_groups.group_id
    group by all
),

groups_unmet as (
    select distinct scope_ukprn, uln, as_at_year, qualification_ref
    from group_totals
    where group_credit < group_min_credit
        or units_achieved < group_min_units
        or (group_type = 'mandatory' and units_achieved < group_units)
),

qualification_totals as (
    select
        units_in_rules.scope_ukprn,
        units_in_rules.uln,
        units_in_rules.as_at_year,
        units_in_rules.qualification_ref,
        sum(units_in_rules.unit_credit) as credit,
        coalesce(sum(units_in_rules.unit_credit) filter (
            where units_in_rules.unit_level_rank >= qualifications.qualification_level_rank), 0) as credit_at_or_above_level,
        any_value(qualifications.min_total_credit) as min_total_credit,
        any_value(qualifications.min_credit_at_or_above_level) as min_credit_at_or_above_level,
    from units_in_rules
    inner join qualifications using (qualification_ref)
    group by all
),

rules_met as (
    select qualification_totals.*
    from qualification_totals
    anti join groups_unmet using (scope_ukprn, uln, as_at_year, qualification_ref)
    where credit >= min_total_credit
        and credit_at_or_above_level >= min_credit_at_or_above_level
),

first_met as (
    select
        scope_ukprn,
        uln,
        qualification_ref,
        min(as_at_year) as claim_year,
        arg_min(credit, as_at_year) as credit,
    from rules_met
    group by scope_ukprn, uln, qualification_ref
),

claims as (
    select first_met.*
    from first_met
    anti join held_qualifications using (uln, qualification_ref)
),

-- The providers whose units a national claim draws on (units of the qualification achieved by the claim year).
contributing as (
    select
        claims.uln,
        claims.qualification_ref,
        list(distinct achievements.ukprn order by achievements.ukprn) as contributing_ukprns,
    from claims
    inner join rule_units using (qualification_ref)
    inner join achievements
        on achievements.uln = claims.uln
        and achievements.unit_ref = rule_units.unit_ref
        and achievements.achieved_year <= claims.claim_year
    where claims.scope_ukprn = 0
    group by claims.uln, claims.qualification_ref
),

learner_refs as (
    select ukprn, uln, min(learn_ref_number) as learn_ref_number from achievements group by ukprn, uln
),

final as (
    select
        case when claims.scope_ukprn = 0 then 'national' else 'provider' end as scope,
        nullif(claims.scope_ukprn, 0) as ukprn,
        claims.uln,
        learner_refs.learn_ref_number,
        claims.qualification_ref,
        claims.claim_year,
        cast(claims.credit as integer) as credit,
        contributing.contributing_ukprns,
        claims.scope_ukprn = 0 and not exists (
            select 1 from claims as own
            where own.scope_ukprn <> 0
                and own.uln = claims.uln
                and own.qualification_ref = claims.qualification_ref
        ) as is_across_providers,
    from claims
    left join learner_refs
        on learner_refs.ukprn = claims.scope_ukprn
        and learner_refs.uln = claims.uln
    left join contributing
        on claims.scope_ukprn = 0
        and contributing.uln = claims.uln
        and contributing.qualification_ref = claims.qualification_ref
)

select * from final
