-- Minimum standards for apprenticeships (shared/domain/measures.md version 2, "Accountability
-- thresholds"; DESIGN.md, "marts.minimum_standards"), as published for 2016/17–2018/19 [S]:
--   * a programme — an apprenticeship standard (StdCode) or framework (FworkCode at its level,
--     ProgType) — at a provider is below the minimum standard when its overall achievement rate
--     (achievers ÷ leavers, the QAR apprenticeship family of marts.fct_qar_aims) is below 62%;
--   * a provider is in scope for intervention when more than 40% of its apprenticeship leavers
--     are in programmes below 62%.
-- Computed for every year; `is_threshold_in_force` and `threshold_years` say the years the
-- thresholds were published for. Assumptions: no minimum number of leavers per programme (the
-- rules as the project has them state none); a framework's programme is its FworkCode and
-- ProgType (the pathway is not part of it); a framework with no FworkCode (legacy returns, or a
-- return that left it out) is one programme per ProgType, 'unknown'.
-- Grain: (hybrid_end_year, ukprn, programme_key); programme_key 'all' is the provider's (or
-- England's) total, all its apprenticeship leavers. The provider's share of leavers below the threshold and
-- is_in_scope_for_intervention sit on every row of the provider and year. ukprn null is England:
-- the national rate of each programme (its is_below_threshold compares it with 62%); intervention
-- is a provider's measure, so England's share and scope are null.
-- data_as_at: the latest file preparation date behind the provider's figures (marts.data_as_at).
-- A provider's year whose latest return is not final (an in-year return) is left out, as in
-- marts.qar_rates: its rates are the year so far (marts.in_year_position), not the year's.
with aims as (
    select * from marts.fct_qar_aims
),

in_year_returns as (
    select ukprn, collection_year from staging.stg_ilr__latest_batches where not is_final_return
),

frameworks as (
    select cast(fwork_code as integer) as fwork_code, cast(framework_title as varchar) as title,
    from ref.apprenticeship_frameworks
),

standards as (
    select cast(std_code as integer) as std_code, cast(standard_title as varchar) as title,
    from ref.apprenticeship_standards
),

data_as_at as (
    select ukprn, data_as_at from marts.data_as_at
),

leavers as (
    select
        aims.hybrid_end_year,
        aims.ukprn,
        case
            when aims.prog_type = 25 then 'standard-' || coalesce(cast(aims.std_code as varchar), 'unknown')
            else 'framework-' || coalesce(cast(aims.fwork_code as varchar), 'unknown') || '-' || cast(aims.prog_type as varchar)
        end as programme_key,
        case
            when aims.prog_type = 25 then coalesce(standards.title, 'Standard ' || coalesce(cast(aims.std_code as varchar), 'unknown'))
            else coalesce(frameworks.title, 'Framework ' || coalesce(cast(aims.fwork_code as varchar), 'unknown'))
        end || ' (level ' || aims.qualification_level || ')' as programme_label,
        aims.is_achiever,
    from aims
    left join frameworks on frameworks.fwork_code = aims.fwork_code and aims.prog_type <> 25
    left join standards on standards.std_code = aims.std_code and aims.prog_type = 25
    anti join in_year_returns
        on in_year_returns.ukprn = aims.ukprn and in_year_returns.collection_year = aims.hybrid_end_year
    where aims.qar_family = 'apprenticeship' and aims.is_leaver and aims.exclusion_reason is null
),

programmes as (
    select
        hybrid_end_year,
        ukprn,
        programme_key,
        any_value(programme_label) as programme_label,
        count(*) as leavers,
        count(*) filter (where is_achiever) as achievers,
    from leavers
    group by grouping sets ((hybrid_end_year, ukprn, programme_key), (hybrid_end_year, programme_key))
),

judged as (
    select
        *,
        achievers / leavers as achievement_rate,
        achievers / leavers < 0.62 as is_below_threshold,
    from programmes
),

providers as (
    select
        hybrid_end_year,
        ukprn,
        sum(leavers) as leavers,
        sum(achievers) as achievers,
        sum(leavers) filter (where is_below_threshold) as leavers_below_threshold,
    from judged
    where ukprn is not null
    group by hybrid_end_year, ukprn
),

provider_totals as (
    select
        hybrid_end_year,
        ukprn,
        'all' as programme_key,
        'All apprenticeships' as programme_label,
        leavers,
        achievers,
        achievers / leavers as achievement_rate,
        cast(null as boolean) as is_below_threshold,
    from providers
),

-- England's total: every apprenticeship leaver of the year.
national_totals as (
    select
        hybrid_end_year,
        cast(null as integer) as ukprn,
        'all' as programme_key,
        'All apprenticeships' as programme_label,
        sum(leavers) as leavers,
        sum(achievers) as achievers,
        sum(achievers) / sum(leavers) as achievement_rate,
        cast(null as boolean) as is_below_threshold,
    from judged
    where ukprn is null
    group by hybrid_end_year
),

all_rows as (
    select * from judged
    union all by name
    select * from provider_totals
    union all by name
    select * from national_totals
),

final as (
    select
        all_rows.hybrid_end_year,
        all_rows.ukprn,
        all_rows.programme_key,
        all_rows.programme_label,
        all_rows.leavers,
        all_rows.achievers,
        all_rows.achievement_rate,
        all_rows.is_below_threshold,
        case when providers.ukprn is not null then cast(coalesce(providers.leavers_below_threshold, 0) as bigint) end
            as provider_leavers_below_threshold,
        case when providers.ukprn is not null then coalesce(providers.leavers_below_threshold, 0) / providers.leavers end
            as share_of_leavers_below_threshold,
        case when providers.ukprn is not null then coalesce(providers.leavers_below_threshold, 0) / providers.leavers > 0.40 end
            as is_in_scope_for_intervention,
        0.62 as achievement_rate_threshold,
        0.40 as intervention_share_threshold,
        all_rows.hybrid_end_year between 2016 and 2018 as is_threshold_in_force,
        '2016/17–2018/19' as threshold_years,
        data_as_at.data_as_at,
    from all_rows
    left join providers
        on providers.hybrid_end_year = all_rows.hybrid_end_year
        and providers.ukprn = all_rows.ukprn
    left join data_as_at on data_as_at.ukprn is not distinct from all_rows.ukprn
)

select * from final
