// Faults in an aim's dates and their order: start, planned end, actual end, achievement date.
// A date moved for one rule leaves the others alone (a planned end before the start, the start and
// actual end where they were); where the rules' definitions make one moved date break several
// rules (an achievement date before the start is before the actual end too), all are recorded.
import { addYears, daysToIso, isoToDays } from '../../ilr/dates.ts';
import type { ReturnedAim } from '../return-view.ts';
import { days, isStandalone, isStandardProgramme, onAim, plusDays, withAlso, type Injection } from './fault.ts';

/**
 * AchDate_11 (from 2019/20): an FM36 standard's programme aim that ended this teaching year (from
 * 2025/26: on or after 1 August 2019) needs its achievement 7 days or more after the end.
 */
const breaks11 = (aim: ReturnedAim, ach: string, year: number): string[] => {
  const from = year >= 2025 ? days('2019-08-01') : days(`${year}-08-01`);
  return year >= 2019 && aim.aim.fundModel === 36 && days(aim.learnActEndDate) >= from && days(ach) < days(aim.learnActEndDate) + 7 ? ['AchDate_11'] : [];
};
/** A standard's prices are dated its start (write-xml.ts pricesXml): an achievement before the start is before them (AFinDate_13). */
const isPriced = (aim: ReturnedAim): boolean => aim.aim.fundModel === 36 || aim.aim.fundModel === 81;

/** FundModel_17: adult skills (FundModel 35) takes no starts from 1 August 2024 (the Adult Skills Fund, 38, does). */
const ADULT_SKILLS_FUND_FROM = isoToDays('2024-08-01') ?? 0;

// The AchDate faults go on apprenticeship standards' programme aims (a Skills Bootcamp's achievement
// date has rules of its own: AchDate_13, and AchDate_03, _05 leave it out).

export const AIM_DATE_INJECTIONS: readonly Injection[] = [
  // Not on a standard's programme aim: its planned length has rules of its own (DateOfBirth_46, _57).
  {
    rule: 'LearnPlanEndDate_02',
    inject: (view, { rng }) =>
      onAim(view, (aim) => !isStandardProgramme(aim), (aim) => {
        const value = plusDays(aim.learnStartDate, -rng.int(1, 60));
        return { aim: { ...aim, learnPlanEndDate: value }, field: 'LearnPlanEndDate', value };
      }),
  },
  // Ten years to the day (by the agency's calendar, addYears): "10 years or more".
  {
    rule: 'LearnPlanEndDate_03',
    inject: (view, { rng }) =>
      onAim(view, (aim) => isStandalone(aim), (aim) => {
        const value = daysToIso(addYears(days(aim.learnStartDate), 10) + rng.int(0, 30));
        return { aim: { ...aim, learnPlanEndDate: value }, field: 'LearnPlanEndDate', value };
      }),
  },
  // Only on aims with no AchDate, so AchDate's own check against the start is not touched, and not
  // on an apprenticeship, whose contract type (ACT) is dated to the actual end (R_122).
  {
    rule: 'LearnActEndDate_01',
    inject: (view, { rng }) =>
      onAim(view, (aim) => aim.learnActEndDate !== null && aim.achDate === null && aim.aim.fundModel !== 36, (aim) => {
        const value = plusDays(aim.learnStartDate, -rng.int(1, 60));
        return { aim: { ...aim, learnActEndDate: value }, field: 'LearnActEndDate', value };
      }),
  },
  // An actual end after the file was prepared, on an ended aim with no AchDate outside any programme.
  {
    rule: 'LearnActEndDate_04',
    inject: (view, { rng, preparedDay }) =>
      onAim(view, (aim) => aim.learnActEndDate !== null && aim.achDate === null && isStandalone(aim), (aim) => {
        const value = daysToIso(preparedDay + rng.int(1, 60));
        return { aim: { ...aim, learnActEndDate: value }, field: 'LearnActEndDate', value };
      }),
  },
  // A start after the teaching year, on a continuing stand-alone aim whose planned end is later
  // still; an adult skills aim (FundModel 35) moved to a start from 1 August 2024 is past that
  // funding model's last starts too (FundModel_17).
  {
    rule: 'LearnStartDate_03',
    inject: (view, { rng, collectionYear }) => {
      const value = daysToIso((isoToDays(`${collectionYear + 1}-07-31`) ?? 0) + rng.int(1, 30));
      let also: readonly string[] = [];
      const injected = onAim(view, (aim) => aim.compStatus === 1 && isStandalone(aim) && days(aim.learnPlanEndDate) > days(value), (aim) => {
        also = aim.aim.fundModel === 35 && days(value) >= ADULT_SKILLS_FUND_FROM ? ['FundModel_17'] : [];
        return { aim: { ...aim, learnStartDate: value }, field: 'LearnStartDate', value };
      });
      return withAlso(injected, also);
    },
  },
  // An achievement date before the start: before the actual end too (AchDate_05), and on a
  // standard ended this year less than 7 days after it (AchDate_11). Only standards' programme aims
  // have achievement dates, and their contract type (ACT) is dated to it (R_121): the ACT record
  // then ends before it starts (LearnDelFAMDateTo_01), and the prices dated the start are after it (AFinDate_13).
  {
    rule: 'AchDate_03',
    inject: (view, { rng, collectionYear }) => {
      let also: string[] = [];
      const injected = onAim(view, (aim) => aim.achDate !== null && isStandardProgramme(aim), (aim) => {
        const value = plusDays(aim.learnStartDate, -rng.int(1, 30));
        also = ['AchDate_05', ...breaks11(aim, value, collectionYear), ...(aim.aim.fundModel === 36 ? ['LearnDelFAMDateTo_01'] : []), ...(isPriced(aim) ? ['AFinDate_13'] : [])];
        return { aim: { ...aim, achDate: value }, field: 'AchDate', value };
      });
      return withAlso(injected, also);
    },
  },
  // An achievement date after the start but before the actual end (and so, on a standard ended this year, less than 7 days after it: AchDate_11).
  {
    rule: 'AchDate_05',
    inject: (view, { rng, collectionYear }) => {
      let also: string[] = [];
      const fits = (aim: ReturnedAim) => aim.achDate !== null && isStandardProgramme(aim) && days(aim.learnActEndDate) - days(aim.learnStartDate) >= 2;
      const injected = onAim(view, fits, (aim) => {
        const value = daysToIso(days(aim.learnActEndDate) - rng.int(1, Math.min(30, days(aim.learnActEndDate) - days(aim.learnStartDate))));
        also = breaks11(aim, value, collectionYear);
        return { aim: { ...aim, achDate: value }, field: 'AchDate', value };
      });
      return withAlso(injected, also);
    },
  },
  // An achievement date after the file was prepared: for a final return, prepared after the
  // teaching year, after the year too (AchDate_02).
  {
    rule: 'AchDate_07',
    inject: (view, { rng, preparedDay, collectionYear }) => {
      let also: readonly string[] = [];
      const injected = onAim(view, (aim) => aim.achDate !== null && isStandardProgramme(aim), (aim) => {
        const value = daysToIso(preparedDay + rng.int(1, 30));
        also = days(value) > days(`${collectionYear + 1}-07-31`) ? ['AchDate_02'] : [];
        return { aim: { ...aim, achDate: value }, field: 'AchDate', value };
      });
      return withAlso(injected, also);
    },
  },
  // An achievement date, on the day it ended, on an achieved aim outside any programme.
  {
    rule: 'AchDate_09',
    inject: (view) =>
      onAim(view, (aim) => aim.outcome === 1 && aim.achDate === null && aim.learnActEndDate !== null && isStandalone(aim), (aim) => ({
        aim: { ...aim, achDate: aim.learnActEndDate },
        field: 'AchDate',
        value: aim.learnActEndDate,
      })),
  },
];
