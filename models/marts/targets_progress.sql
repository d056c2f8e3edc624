-- Each target in ref.targets beside the actual figure (DESIGN.md, "marts.targets_progress";
-- shared/domain/measures.md, "Targets and progress against them"). The actual figure is counted
-- from marts.fct_qar_aims as marts.qar_rates counts it, over the target's provider, QAR family and
-- programme (all the provider's aims, or those of one sector subject area tier 1, qualification
-- level or learning-aim reference):
--   achievement rate = achievers / leavers, retention = completers / leavers,
--   pass = achievers / completers (leavers of the hybrid end year);
--   timely achievement = timely achievers / timely cohort (aims planned to end in the year).
-- status: `no_data` when the base is 0 (no leavers, completers or timely cohort yet); `met` when
-- the actual figure is at or above the target; `within_2_points` when it is below by 2 percentage
-- points or less; `missed` otherwise (measures.md: met / within 2 points / missed).
-- `is_in_year`: the year is the provider's latest collection year loaded (or later), so the figure
-- is the year so far, not final (see marts.in_year_position).
with targets as (
    select * from ref.targets
),

aims as (
    select * from marts.fct_qar_aims
),

latest_batches as (
    select * from staging.stg_ilr__latest_batches
),

provider_latest as (
    select ukprn, max(collection_year) as latest_collection_year, max(file_prepared_on) as data_as_at
    from latest_batches
    group by ukprn
),

matched as (
    select
        targets.*,
        aims.hybrid_end_year,
        aims.planned_end_year,
        aims.is_leaver and aims.exclusion_reason is null as is_counted_leaver,
        aims.is_completer,
        aims.is_achiever,
        aims.is_timely_cohort,
        aims.is_timely_achiever,
    from targets
    left join aims
        on aims.ukprn = targets.ukprn
        and aims.qar_family = targets.qar_family
        and (
            targets.level = 'provider'
            or (targets.programme_by = 'ssa_tier1' and lower(aims.ssa_tier1) = lower(targets.programme_key))
            or (targets.programme_by = 'qualification_level' and aims.qualification_level = targets.programme_key)
            or (targets.programme_by = 'learn_aim_ref' and aims.learn_aim_ref = targets.programme_key)
        )
        and (aims.hybrid_end_year = targets.year or aims.planned_end_year = targets.year)
),

counted as (
    select
        ukprn, year, qar_family, level, programme_by, programme_key, measure, target, source_file, source_line,
        count(*) filter (where is_counted_leaver and hybrid_end_year = year) as leavers,
        count(*) filter (where is_completer and hybrid_end_year = year) as completers,
        count(*) filter (where is_achiever and hybrid_end_year = year) as achievers,
        count(*) filter (where is_timely_cohort and planned_end_year = year) as timely_leavers,
        count(*) filter (where is_timely_achiever and planned_end_year = year) as timely_achievers,
    from matched
    group by all
),

measured as (
    select
        counted.*,
        case measure
            when 'achievement_rate' then achievers
            when 'retention_rate' then completers
            when 'pass_rate' then achievers
            when 'timely_achievement_rate' then timely_achievers
        end as numerator,
        case measure
            when 'achievement_rate' then leavers
            when 'retention_rate' then leavers
            when 'pass_rate' then completers
            when 'timely_achievement_rate' then timely_leavers
        end as base,
    from counted
),

final as (
    select
        measured.ukprn,
        measured.year,
        measured.qar_family,
        measured.level,
        measured.programme_by,
        measured.programme_key,
        measured.measure,
        measured.target,
        measured.numerator / nullif(measured.base, 0) as actual,
        measured.numerator,
        measured.base,
        -- A small tolerance, so 39/50 against 80% is "within 2 points" despite binary fractions.
        case
            when coalesce(measured.base, 0) = 0 then 'no_data'
            when measured.numerator / measured.base >= measured.target - 1e-9 then 'met'
            when measured.numerator / measured.base >= measured.target - 0.02 - 1e-9 then 'within_2_points'
            else 'missed'
        end as status,
        measured.year >= provider_latest.latest_collection_year as is_in_year,
        provider_latest.data_as_at,
        measured.source_file,
        measured.source_line,
    from measured
    left join provider_latest using (ukprn)
)

select * from final
