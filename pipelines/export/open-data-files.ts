// Which report tables become open-data files, and how each of their columns reads in the
// explore-education-statistics (EES) layout: filters, then indicators, each described once here
// and written both into the data CSV and its metadata CSV. Only figures: links, labels, headlines
// and the pre-formatted `*_shown` strings stay on the site, and comparisons (gaps to national,
// significance) can be worked out from the files.

export interface OpenDataFilter {
  /** The column in the report table and in the CSV. */
  column: string;
  label: string;
  hint: string;
  /** Another filter of the file whose values group this one's (EES filter_grouping_column). */
  groupedBy?: string;
}

export interface OpenDataIndicator {
  column: string;
  label: string;
  grouping: string;
  /** A whole number, or a fraction in the report table published as a percentage to 1 dp. */
  kind: 'count' | 'percent';
  /** SQL over the report row: where a withheld value is known to be 0 (its published share is 0). */
  zeroWhen?: string;
  /** SQL over the report row: where a withheld rate has no base, so none applies (`z`). */
  noBaseWhen?: string;
  /** What the value is in a row the report marks as holding nobody (`none`). */
  whenNone?: '0' | 'z';
  /** SQL over the report row: the symbol for a value withheld for a reason of its own (`low` where it gives none). */
  withheldAs?: string;
}

export interface OpenDataFile {
  /** The file name, without `.csv`. */
  name: string;
  /** The table in the `reports` schema. */
  table: string;
  yearColumn: string;
  /** Rows for providers as well as England (ukprn null = England); otherwise England only. */
  hasProviders: boolean;
  /** SQL over the report row: 'none' where nobody is in the row's group, 'c' where the whole row is withheld (secondary suppression). */
  rowStatus?: string;
  filters: OpenDataFilter[];
  indicators: OpenDataIndicator[];
}

const count = (column: string, label: string, more: Partial<OpenDataIndicator> = {}): OpenDataIndicator => ({
  column,
  label,
  grouping: 'Volumes',
  kind: 'count',
  ...more,
});
const percent = (column: string, label: string, more: Partial<OpenDataIndicator> = {}): OpenDataIndicator => ({
  column,
  label,
  grouping: 'Rates',
  kind: 'percent',
  ...more,
});

const QAR_FILTERS: OpenDataFilter[] = [
  { column: 'qar_family', label: 'QAR family', hint: 'education_and_training (education and training aims) or apprenticeship' },
  { column: 'breakdown', label: 'Breakdown', hint: 'The learner characteristic the rates are split by; Total for all leavers' },
  { column: 'breakdown_value', label: 'Breakdown value', hint: 'The group within the breakdown', groupedBy: 'breakdown' },
];

export const OPEN_DATA_FILES: OpenDataFile[] = [
  {
    name: 'national_achievement_rates',
    table: 'report_national_rates',
    yearColumn: 'hybrid_end_year',
    hasProviders: false,
    filters: QAR_FILTERS,
    indicators: [
      count('leavers_rounded', 'Leavers (rounded to the nearest 10)'),
      count('completers_rounded', 'Completers (rounded to the nearest 10)', { zeroWhen: 'retention_rate = 0' }),
      count('achievers_rounded', 'Achievers (rounded to the nearest 10)', { zeroWhen: 'achievement_rate = 0' }),
      percent('achievement_rate', 'Achievement rate'),
      percent('retention_rate', 'Retention rate'),
      percent('pass_rate', 'Pass rate', { noBaseWhen: 'retention_rate = 0' }),
      percent('timely_achievement_rate', 'Timely achievement rate'),
    ],
  },
  {
    name: 'provider_achievement_rates',
    table: 'report_provider_rates',
    yearColumn: 'hybrid_end_year',
    hasProviders: true,
    rowStatus: "case when suppression = 'secondary' then 'c' end",
    filters: QAR_FILTERS,
    indicators: [
      count('leavers', 'Leavers'),
      count('completers', 'Completers', { zeroWhen: 'retention_rate = 0' }),
      count('achievers', 'Achievers', { zeroWhen: 'achievement_rate = 0' }),
      percent('achievement_rate', 'Achievement rate'),
      percent('achievement_rate_lower', 'Achievement rate, lower bound of the 95% interval', { grouping: 'Confidence interval' }),
      percent('achievement_rate_upper', 'Achievement rate, upper bound of the 95% interval', { grouping: 'Confidence interval' }),
      percent('retention_rate', 'Retention rate'),
      percent('pass_rate', 'Pass rate', { noBaseWhen: 'retention_rate = 0' }),
      count('timely_leavers', 'Leavers planned to end in the year (timely cohort)'),
      percent('timely_achievement_rate', 'Timely achievement rate'),
    ],
  },
  {
    name: 'credit_success_rates',
    table: 'report_credit_success',
    yearColumn: 'hybrid_end_year',
    hasProviders: true,
    rowStatus: "case when credit_success_shown = 'none' then 'none' end",
    filters: [],
    indicators: [
      count('learners', 'Learners on credit-bearing aims', { whenNone: '0' }),
      count('aims', 'Credit-bearing aims', { whenNone: '0' }),
      count('credits_planned', 'Credits planned', { whenNone: '0' }),
      count('credits_achieved', 'Credits achieved', { whenNone: '0' }),
      percent('credit_success_rate', 'Credit success rate', { whenNone: 'z' }),
      count('learners_no_credits_achieved', 'Learners who achieved no credits', { whenNone: '0' }),
      count('learners_some_credits_achieved', 'Learners who achieved some credits', { whenNone: '0' }),
      count('learners_all_credits_achieved', 'Learners who achieved all their credits', { whenNone: '0' }),
    ],
  },
  {
    name: 'priority_groups',
    table: 'report_priority_groups',
    yearColumn: 'start_year',
    hasProviders: true,
    rowStatus: "case learners_shown when 'none' then 'none' when 'c' then 'c' end",
    filters: [
      { column: 'priority_group', label: 'Priority group', hint: 'Offenders in the community or in custody, Progression Pathways, and any group added to ref.priority_groups' },
      { column: 'pathway_type', label: 'Pathway type', hint: 'Progression Pathway type; Total for the whole group' },
    ],
    indicators: [
      count('learners', 'Learners', { whenNone: '0' }),
      count('starts', 'Learning aims started', { whenNone: '0' }),
      count('leavers', 'Leavers', { whenNone: '0' }),
      count('achievers', 'Achievers', { whenNone: '0', zeroWhen: 'achievement_rate = 0' }),
      percent('achievement_rate', 'Achievement rate', { whenNone: 'z' }),
    ],
  },
  {
    name: 'destinations',
    table: 'report_destinations',
    yearColumn: 'leave_year',
    hasProviders: true,
    rowStatus: "case when learners_shown = 'none' then 'none' end",
    filters: [
      { column: 'destination_group', label: 'Destination', hint: 'The destination recorded for the learner after leaving; Total for any destination' },
    ],
    indicators: [
      count('learners', 'Learners', { whenNone: '0' }),
      count('learners_with_destination', 'Learners with any destination recorded'),
      // Nobody in the group, out of a published number with a destination: a share of 0.
      percent('share_of_learners', 'Share of learners with a destination recorded', {
        grouping: 'Shares',
        zeroWhen: "learners_shown = 'none' and learners_with_destination > 0",
        whenNone: 'z',
      }),
    ],
  },
  {
    name: 'uln_quality',
    table: 'report_uln_quality',
    yearColumn: 'collection_year',
    hasProviders: true,
    filters: [],
    indicators: [
      count('learners', 'Learners'),
      count('valid_uln', 'Learners with a valid ULN', { zeroWhen: 'valid_uln_share = 0' }),
      count('temporary_uln', 'Learners with the temporary ULN (9999999999)', { zeroWhen: 'temporary_uln_share = 0' }),
      count('invalid_uln', 'Learners with an invalid ULN', { zeroWhen: 'invalid_uln_share = 0' }),
      count('shared_uln', 'Learners sharing a ULN with another learner', { zeroWhen: 'shared_uln_share = 0' }),
      percent('valid_uln_share', 'Share with a valid ULN', { grouping: 'Shares' }),
      percent('temporary_uln_share', 'Share with the temporary ULN', { grouping: 'Shares' }),
      percent('invalid_uln_share', 'Share with an invalid ULN', { grouping: 'Shares' }),
      percent('shared_uln_share', 'Share sharing a ULN', { grouping: 'Shares' }),
    ],
  },
  {
    name: 'apprenticeship_minimum_standards',
    table: 'report_minimum_standards',
    yearColumn: 'hybrid_end_year',
    hasProviders: true,
    rowStatus: "case leavers_shown when 'none' then 'none' when 'c' then 'c' end",
    filters: [
      {
        column: 'programme_key',
        label: 'Apprenticeship programme',
        hint: 'standard-<StdCode>, or framework-<FworkCode>-<ProgType> (a framework at its level); Total for all apprenticeships',
      },
    ],
    // The minimum standard is an achievement rate of 62%; a provider is in scope for intervention
    // when more than 40% of its apprenticeship leavers are in programmes below it (published for
    // 2016/17 to 2018/19, applied to other years for comparison). The verdicts follow from the figures.
    indicators: [
      count('leavers', 'Apprenticeship leavers', { whenNone: '0' }),
      percent('achievement_rate', 'Achievement rate', { whenNone: 'z' }),
      percent('share_of_leavers_below_threshold', "Share of the provider's apprenticeship leavers in programmes below 62% (on its Total row)", {
        grouping: 'Shares',
        whenNone: 'z',
        noBaseWhen: "programme_key <> 'all' or ukprn is null",
      }),
    ],
  },
  {
    name: 'uln_quality_required',
    table: 'report_uln_quality_required',
    yearColumn: 'collection_year',
    hasProviders: true,
    filters: [],
    // The valid ULNs are not published: learners − temporary − invalid would give a withheld count back.
    indicators: [
      count('learners', 'Learners who must have a ULN (on a Progression Pathway, A46 81, or QCF provision, A59 above 0)'),
      count('temporary_uln', 'Of them, with the temporary ULN (9999999999)', { zeroWhen: 'temporary_uln_share = 0' }),
      count('invalid_uln', 'Of them, with an invalid ULN', { zeroWhen: 'invalid_uln_share = 0' }),
      percent('temporary_uln_share', 'Share with the temporary ULN', { grouping: 'Shares' }),
      percent('invalid_uln_share', 'Share with an invalid ULN', { grouping: 'Shares' }),
    ],
  },
  {
    name: 'credit_success_by_group',
    table: 'report_credit_success_groups',
    yearColumn: 'hybrid_end_year',
    hasProviders: true,
    rowStatus: "case when learners_shown = 'c' then 'c' end",
    filters: [
      { column: 'breakdown', label: 'Breakdown', hint: 'priority_group (a priority group), pathway_type (a Progression Pathway type) or credit_ratio_band (the share of their planned credits learners achieved)' },
      { column: 'breakdown_value', label: 'Breakdown value', hint: 'The group, pathway type or band within the breakdown', groupedBy: 'breakdown' },
    ],
    indicators: [
      count('learners', 'Learners on credit-bearing aims'),
      count('aims', 'Credit-bearing aims'),
      count('credits_planned', 'Credits planned'),
      count('credits_achieved', 'Credits achieved (each aim capped at its planned credits)'),
      percent('credit_success_rate', 'Credit success rate (credits achieved ÷ credits planned)', { noBaseWhen: 'credits_planned = 0' }),
    ],
  },
  {
    name: 'possible_qcf_claims',
    table: 'report_possible_claims',
    yearColumn: 'year',
    hasProviders: true,
    filters: [
      {
        column: 'qualification_ref',
        label: 'Qualification',
        hint: 'The QCF qualification whose rules of combination the learners met without being registered for it (England only); Total for any',
      },
    ],
    indicators: [
      count('learners', 'Learners whose achieved units meet the rules of a qualification they hold no achieved aim on'),
      count('claims', 'Possible claims (a learner and a qualification)'),
      count('learners_across_providers', 'Of the learners, those whose claim needs units achieved at more than one provider (England only)', {
        noBaseWhen: 'ukprn is not null',
      }),
    ],
  },
  {
    name: 'progression_checkins',
    table: 'report_progression_checkins',
    yearColumn: 'leave_year',
    hasProviders: true,
    filters: [
      { column: 'days_after_leaving', label: 'Days after leaving', hint: 'The check-in point: 7, 14, 30, 84, 182 or 365 days after the learner last left the provider' },
    ],
    indicators: [
      count('leavers_with_outcome_records', 'Leavers of the year with destination and progression (DPOutcome) records'),
      count('in_work_or_learning', 'Of them, with a work or education outcome (EMP or EDU) started by the check-in point', {
        zeroWhen: 'in_work_or_learning_share = 0',
      }),
      count('sustained', 'Of those, with the outcome still recorded on the check-in day (sustained)', { zeroWhen: 'sustained_share = 0' }),
      percent('in_work_or_learning_share', 'Share of leavers with outcome records in work or learning by the check-in point', { grouping: 'Shares' }),
      percent('sustained_share', 'Share of those in work or learning who sustained it', { grouping: 'Shares', noBaseWhen: 'in_work_or_learning_share = 0' }),
    ],
  },
  {
    name: 'in_year_position',
    table: 'report_in_year_position',
    yearColumn: 'collection_year',
    hasProviders: true,
    filters: [
      { column: 'qar_family', label: 'QAR family', hint: 'education_and_training (education and training aims) or apprenticeship' },
      { column: 'qualification_level', label: 'Qualification level', hint: 'The level of the aims (England only); Total for all levels' },
    ],
    // A forecast for the latest year loaded, whose returns are not final: the rates so far, and the
    // best, expected and worst case if the aims planned to end this year and still continuing
    // achieve (all of them, at last year's rate, none).
    indicators: [
      count('leavers_so_far', 'Leavers so far this year'),
      count('achievers_so_far', 'Achievers so far this year'),
      percent('achievement_rate_so_far', 'Achievement rate so far', { noBaseWhen: 'leavers_so_far = 0' }),
      percent('retention_rate_so_far', 'Retention rate so far', { noBaseWhen: 'leavers_so_far = 0' }),
      count('continuing_planned_to_end', 'Aims planned to end this year still continuing'),
      percent('best_case_rate', 'Forecast achievement rate, best case (every continuing aim achieves)', {
        grouping: 'Forecast',
        noBaseWhen: 'leavers_so_far = 0 and continuing_planned_to_end = 0',
        withheldAs: 'forecast_marker',
      }),
      percent('expected_case_rate', "Forecast achievement rate, expected case (continuing aims achieve at last year's rate)", {
        grouping: 'Forecast',
        noBaseWhen: 'leavers_so_far = 0 and continuing_planned_to_end = 0',
        // Shown beside the other cases, but with no rate of last year to go on: not available.
        withheldAs: "coalesce(forecast_marker, 'x')",
      }),
      percent('worst_case_rate', 'Forecast achievement rate, worst case (no continuing aim achieves)', {
        grouping: 'Forecast',
        noBaseWhen: 'leavers_so_far = 0 and continuing_planned_to_end = 0',
        withheldAs: 'forecast_marker',
      }),
      count('on_track', 'Continuing aims not yet past their planned end date', { grouping: 'Continuing aims' }),
      count('past_planned_end', 'Continuing aims past their planned end date', { grouping: 'Continuing aims' }),
      count('overdue_30', 'Continuing aims 30 days or more past their planned end date', { grouping: 'Continuing aims' }),
      count('overdue_60', 'Continuing aims 60 days or more past their planned end date', { grouping: 'Continuing aims' }),
      count('overdue_90', 'Continuing aims 90 days or more past their planned end date', { grouping: 'Continuing aims' }),
    ],
  },
  {
    name: 'return_changes',
    table: 'report_return_changes',
    yearColumn: 'collection_year',
    hasProviders: true,
    filters: [
      { column: 'comparison', label: 'Compared with', hint: "same_year (the provider's previous return of the year) or carry_over (last year's final return)" },
      { column: 'later_prepared_on', label: 'Return prepared on', hint: 'The preparation date of the return compared with the one before it' },
    ],
    indicators: [
      count('learners_added', 'Learners added'),
      count('learners_removed', 'Learners removed'),
      count('learners_held_back', 'Learners held back by validation (in the file, kept out by an error: not removed)'),
      count('learner_refs_changed', 'Learner references changed'),
      count('aims_added', 'Aims added'),
      count('aims_removed', 'Aims removed'),
      count('aims_held_back', 'Aims held back by validation (in the file, kept out by an error: not removed)'),
      count('completion_status_changes', 'Completion status changed'),
      count('outcome_changes', 'Outcome changed'),
      count('end_date_changes', 'Actual or planned end date changed'),
      count('withdrawn_aims_removed', 'Flagged: a withdrawn aim missing from the next return', { grouping: 'Flagged changes' }),
      count('late_achievements', 'Flagged: outcome changed to achieved more than 180 days after the aim ended', { grouping: 'Flagged changes' }),
      count('plan_ends_moved_after_passed', 'Flagged: planned end date moved after it had passed', { grouping: 'Flagged changes' }),
    ],
  },
];
