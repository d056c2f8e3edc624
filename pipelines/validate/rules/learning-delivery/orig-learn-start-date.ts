// OrigLearnStartDate: for a restart, the date the learner first started the aim (2025/26
// catalogue; the agency's Rules/LearningDelivery/OrigLearnStartDate). The agency's 2018/19 and
// 2020/21 code checks _01, _02 and _04 only on funding models 35, 36, 81 and 99; the 2025/26
// catalogue on every aim: each is declared once per definition. "10 years before" is counted
// as the agency counts it (pipelines/ilr/dates.ts: 29 February − 10 years = 28 February).
import { addYears, daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { hasFamType } from './programmes.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
/** The funding models the agency's 2018/19 and 2020/21 code checks. */
const ADULT_FUND_MODELS = [35, 36, 81, 99];
const adultFunded = ({ aim }: AimFacts): boolean => ADULT_FUND_MODELS.includes(num(aim.fund_model) ?? -1);
const anyAim = (): boolean => true;
const MAY_2017 = isoToDays('2017-05-01') as number;

const origLearnStartDate01 = (years: Years, applies: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'OrigLearnStartDate_01',
    years,
    field: 'OrigLearnStartDate',
    reads: ['orig_learn_start_date', 'learn_start_date', 'fund_model'],
    message: 'The Original learning start date must not be more than 10 years before the Learning start date',
    fix: 'Check the original start date for a mistyped year: a restart more than 10 years after the first start is not a restart.',
    test: (f) => {
      const [orig, start] = [num(f.aim.orig_learn_start_date), num(f.aim.learn_start_date)];
      if (orig === null || start === null || !applies(f)) return null;
      const limit = addYears(start, -10);
      return orig < limit ? `The original start date ${iso(orig)} is more than 10 years before the start date ${iso(start)} (the earliest allowed is ${iso(limit)}).` : null;
    },
  });

const origLearnStartDate02 = (years: Years, applies: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'OrigLearnStartDate_02',
    years,
    field: 'OrigLearnStartDate',
    reads: ['orig_learn_start_date', 'learn_start_date', 'fund_model'],
    message: 'The Original learning start date must not be on or after the Learning start date',
    fix: 'The original start date is when the learner first started, before this restart: correct it, or the start date of the restart.',
    test: (f) => {
      const [orig, start] = [num(f.aim.orig_learn_start_date), num(f.aim.learn_start_date)];
      return orig !== null && start !== null && orig >= start && applies(f)
        ? `The original start date ${iso(orig)} is on or after the start date ${iso(start)}; it must be before it.`
        : null;
    },
  });

const origLearnStartDate04 = (years: Years, applies: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'OrigLearnStartDate_04',
    years,
    field: 'OrigLearnStartDate',
    reads: ['orig_learn_start_date', 'fund_model'],
    message: 'The Restart indicator has not been returned',
    fix: 'An original start date is only for restarts: add the restart monitoring (LearnDelFAMType RES, code 1), or remove the original start date.',
    test: (f) =>
      num(f.aim.orig_learn_start_date) !== null && !hasFamType(f, 'RES') && applies(f)
        ? 'An original start date is returned but the aim has no restart indicator (RES).'
        : null,
  });

export const rules: readonly Rule[] = [
  origLearnStartDate01(TO_2024_25, adultFunded),
  origLearnStartDate01(AS_IN_2025_26, anyAim),
  origLearnStartDate02(TO_2024_25, adultFunded),
  origLearnStartDate02(AS_IN_2025_26, anyAim),
  aimRule({
    id: 'OrigLearnStartDate_03',
    field: 'OrigLearnStartDate',
    reads: ['orig_learn_start_date', 'fund_model'],
    message: 'The Original learning start date must not be returned',
    fix: '16-19 and community learning aims are not restarts: remove the original start date.',
    test: ({ aim }) => {
      const fm = num(aim.fund_model);
      return num(aim.orig_learn_start_date) !== null && (fm === 25 || fm === 82 || fm === 10)
        ? `An original start date is returned on a FundModel ${fm} aim; 16-19 (25, 82) and community learning (10) aims must not have one.`
        : null;
    },
  }),
  origLearnStartDate04(TO_2024_25, adultFunded),
  origLearnStartDate04(AS_IN_2025_26, anyAim),
  aimRule({
    id: 'OrigLearnStartDate_09',
    field: 'OrigLearnStartDate',
    reads: ['orig_learn_start_date', 'fund_model'],
    message: 'The Original learning start date for this funding model must not be before 1 May 2017',
    fix: 'An apprenticeship first started before 1 May 2017 is not funded under FundModel 36: check the original start date, or record the aim under the funding model it started on.',
    test: ({ aim }) => {
      const orig = num(aim.orig_learn_start_date);
      return orig !== null && orig < MAY_2017 && num(aim.fund_model) === 36
        ? `The original start date ${iso(orig)} is before 1 May 2017, when FundModel 36 began.`
        : null;
    },
  }),
];
