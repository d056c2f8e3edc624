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
];
