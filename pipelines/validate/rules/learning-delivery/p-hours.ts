// PHours: the planned hours of the aim (2025/26 catalogue; the agency's Rules/LearningDelivery/PHours).
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { hasFamType } from './programmes.ts';

const day = (d: string): number => isoToDays(d) as number;
const AUGUST_2019 = day('2019-08-01');
const AUGUST_2020 = day('2020-08-01');
const AUGUST_2022 = day('2022-08-01');
const JULY_2025 = day('2025-07-31');
const AUGUST_2025 = day('2025-08-01');
const hours = ({ aim }: AimFacts): number | null => num(aim.p_hours);
const startOf = ({ aim }: AimFacts): number | null => num(aim.learn_start_date);
const isTLevelProgramme = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1 && num(aim.fund_model) === 25 && num(aim.prog_type) === 31;

/** PHours_06: apprenticeship planned hours under 278 for starts from 1 August 2022 up to `until`. */
const pHours06 = (years: Years, until: number | null) =>
  aimRule({
    id: 'PHours_06',
    years,
    field: 'PHours',
    reads: ['p_hours', 'learn_start_date', 'fund_model'],
    message: 'Planned hours must not be less than 278 hours',
    fix: 'An apprenticeship started from August 2022 plans at least 278 hours: check the planned hours against the training plan.',
    test: (f) => {
      const [h, start] = [hours(f), startOf(f)];
      if (h === null || start === null || start < AUGUST_2022 || (until !== null && start > until) || num(f.aim.fund_model) !== 36) return null;
      return h < 278 && !hasFamType(f, 'RES') ? `Planned hours ${h} are fewer than 278 on an apprenticeship that started ${iso(start)}.` : null;
    },
  });

export const rules: readonly Rule[] = [
  aimRule({
    id: 'PHours_04',
    years: SINCE_2019_20,
    field: 'PHours',
    reads: ['p_hours', 'fund_model', 'prog_type', 'aim_type'],
    message: 'Planned hours must be greater than zero on the programme aim',
    fix: 'Enter the T Level’s planned hours (more than 0) on its programme aim.',
    test: (f) => {
      const h = hours(f);
      return isTLevelProgramme(f) && h !== null && h <= 0 ? `The T Level programme aim has planned hours ${h}; they must be more than 0.` : null;
    },
  }),
  aimRule({
    id: 'PHours_05',
    years: SINCE_2021_22,
    field: 'PHours',
    reads: ['p_hours', 'fund_model', 'prog_type'],
    message: 'Planned hours must not be returned for 16-19 study programmes',
    fix: 'A 16-19 study programme records its hours on the learner (planned learning hours), not on the aim: remove the planned hours.',
    test: (f) =>
      hours(f) !== null && num(f.aim.fund_model) === 25 && num(f.aim.prog_type) !== 31
        ? `Planned hours (${hours(f)}) are returned on a 16-19 (FundModel 25) aim that is not a T Level.`
        : null,
  }),
  // Before 2025/26 the rule had no end date (the catalogue's change summary: "to include on or
  // prior to 31 July 2025"); PHours_08 takes the later starts.
  pHours06({ from: SINCE_2021_22.from, to: 2024 }, null),
  pHours06(AS_IN_2025_26, JULY_2025),
  aimRule({
    id: 'PHours_07',
    years: SINCE_2021_22,
    field: 'PHours',
    reads: ['p_hours', 'fund_model'],
    message: 'For Tailored learning funded aims the planned hours must be recorded which represent the timetable hours for delivery.',
    fix: 'Enter the timetabled hours of the tailored learning aim (FundModel 11) as its planned hours.',
    test: (f) => (num(f.aim.fund_model) === 11 && hours(f) === null ? 'The tailored learning (FundModel 11) aim has no planned hours.' : null),
  }),
  aimRule({
    id: 'PHours_08',
    years: AS_IN_2025_26,
    field: 'PHours',
    reads: ['p_hours', 'learn_start_date', 'fund_model'],
    message: 'Planned hours must not be less than 187 hours',
    fix: 'An apprenticeship started from August 2025 plans at least 187 hours: check the planned hours against the training plan.',
    test: (f) => {
      const [h, start] = [hours(f), startOf(f)];
      return h !== null && h < 187 && start !== null && start >= AUGUST_2025 && num(f.aim.fund_model) === 36 && !hasFamType(f, 'RES')
        ? `Planned hours ${h} are fewer than 187 on an apprenticeship that started ${iso(start)}.`
        : null;
    },
  }),
  aimRule({
    id: 'PHours_01',
    years: SINCE_2019_20,
    field: 'PHours',
    reads: ['p_hours', 'learn_start_date', 'fund_model', 'aim_type'],
    message: 'Planned hours must be returned for this funding model',
    fix: 'Enter the planned hours of the apprenticeship on its programme aim (AimType 1).',
    test: (f) => {
      const start = startOf(f);
      return num(f.aim.aim_type) === 1 && num(f.aim.fund_model) === 36 && start !== null && start >= AUGUST_2019 && hours(f) === null
        ? 'The apprenticeship programme aim (FundModel 36) started on or after 1 August 2019 has no planned hours.'
        : null;
    },
  }),
  aimRule({
    id: 'PHours_03',
    years: SINCE_2019_20,
    field: 'PHours',
    reads: ['p_hours', 'learn_start_date', 'fund_model', 'prog_type', 'aim_type'],
    message: 'Planned hours must be returned for this funding model',
    fix: 'Enter the planned hours of the T Level on its programme aim (AimType 1).',
    test: (f) => {
      const start = startOf(f);
      return isTLevelProgramme(f) && start !== null && start >= AUGUST_2020 && hours(f) === null
        ? 'The T Level programme aim started on or after 1 August 2020 has no planned hours.'
        : null;
    },
  }),
];
