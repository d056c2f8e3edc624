// Faults in how an aim ended: CompStatus, Outcome, WithdrawReason and the actual end date, alone
// and in combination. Put on aims outside any programme (isStandalone), whose status the
// apprenticeship and Skills Bootcamp exclusions do not touch. Where the rules' definitions make
// one change break several rules (a completed aim that loses its end date has an Outcome with no
// end date too: Outcome_05, and from 2021/22 Outcome_11), all are recorded.
import { daysToIso } from '../../ilr/dates.ts';
import type { ReturnedAim } from '../return-view.ts';
import { days, isStandalone, onAim, setElement, since, withAlso, type Injection } from './fault.ts';


export const AIM_STATUS_INJECTIONS: readonly Injection[] = [
  // Not on a Skills Bootcamp (FundModel 37, ProgType 32): the catalogue's CompStatus_06 leaves them out.
  {
    rule: 'CompStatus_06',
    inject: (view) =>
      onAim(
        view,
        (aim) => aim.compStatus === 3 && aim.outcome === 3 && !(aim.aim.fundModel === 37 && aim.aim.progType === 32),
        (aim) => ({ aim: { ...aim, outcome: 1 }, field: 'Outcome', value: '1' }),
      ),
  },
  // 4 is not a completion status (1, 2, 3, 6).
  {
    rule: 'CompStatus_01',
    inject: (view) =>
      onAim(view, (aim) => aim.compStatus === 2 && aim.achDate === null && isStandalone(aim), () => ({ xml: setElement('CompStatus', '4'), field: 'CompStatus', value: '4' })),
  },
  // An actual end date on a continuing aim; from 2025/26 an end date needs an Outcome too (Outcome_12).
  {
    rule: 'CompStatus_02',
    inject: (view, { rng, collectionYear, preparedDay }) => {
      // By the end of the teaching year, and before the file was prepared (an in-year return is prepared before the year ends).
      const census = Math.min(days(`${collectionYear + 1}-07-31`), preparedDay - 1);
      const injected = onAim(view, (aim) => aim.compStatus === 1 && isStandalone(aim) && census - days(aim.learnStartDate) >= 2, (aim) => {
        const start = days(aim.learnStartDate);
        const value = daysToIso(start + rng.int(1, Math.min(60, census - start)));
        return { aim: { ...aim, learnActEndDate: value }, field: 'LearnActEndDate', value };
      });
      return withAlso(injected, since(collectionYear, 2025, ['Outcome_12']));
    },
  },
  // A completed aim without its actual end date: its Outcome then has no end date either. Only
  // beside an open aim of the same funding model, so the learner was already in learning (the
  // learner fields asked of those in learning, PlanLearnHours_01 …, are asked of them anyway).
  {
    rule: 'CompStatus_03',
    inject: (view, { collectionYear }) => {
      let also: readonly string[] = [];
      const fits = (aim: ReturnedAim) =>
        aim.compStatus === 2 && aim.achDate === null && isStandalone(aim) && view.aims.some((o) => o.learnActEndDate === null && o.aim.fundModel === aim.aim.fundModel);
      const injected = onAim(view, fits, (aim) => {
        also = [...(aim.outcome === 1 ? ['Outcome_05'] : []), ...since(collectionYear, 2021, ['Outcome_11'])];
        return { aim: { ...aim, learnActEndDate: null }, field: 'LearnActEndDate', value: null };
      });
      return withAlso(injected, also);
    },
  },
  // A completed or withdrawn aim without its Outcome; from 2025/26 its end date needs one too (Outcome_12).
  {
    rule: 'CompStatus_04',
    inject: (view, { collectionYear }) =>
      withAlso(
        onAim(view, (aim) => (aim.compStatus === 2 || aim.compStatus === 3) && aim.achDate === null && isStandalone(aim), (aim) => ({
          aim: { ...aim, outcome: null },
          field: 'Outcome',
          value: null,
        })),
        since(collectionYear, 2025, ['Outcome_12']),
      ),
  },
  // 5 is not an Outcome (1, 2, 3, 8).
  {
    rule: 'Outcome_01',
    inject: (view) =>
      onAim(view, (aim) => aim.compStatus === 2 && aim.achDate === null && isStandalone(aim), () => ({ xml: setElement('Outcome', '5'), field: 'Outcome', value: '5' })),
  },
  // Outcome 3 on a continuing aim: a continuing aim has no Outcome (CompStatus_05), nor one without an end date (Outcome_11, from 2021/22).
  {
    rule: 'Outcome_10',
    inject: (view, { collectionYear }) =>
      withAlso(
        onAim(view, (aim) => aim.compStatus === 1 && isStandalone(aim), (aim) => ({ aim: { ...aim, outcome: 3 }, field: 'Outcome', value: '3' })),
        ['CompStatus_05', ...since(collectionYear, 2021, ['Outcome_11'])],
      ),
  },
  // A withdrawn aim that does not say why.
  {
    rule: 'WithdrawReason_03',
    inject: (view) =>
      onAim(view, (aim) => aim.compStatus === 3 && aim.withdrawReason !== null, (aim) => ({ aim: { ...aim, withdrawReason: null }, field: 'WithdrawReason', value: null })),
  },
  // A reason for withdrawing on a completed aim (40: transferred to another provider).
  {
    rule: 'WithdrawReason_04',
    inject: (view) =>
      onAim(view, (aim) => aim.compStatus === 2 && isStandalone(aim), (aim) => ({ aim: { ...aim, withdrawReason: 40 }, field: 'WithdrawReason', value: '40' })),
  },
  // 50 is not a withdrawal reason.
  {
    rule: 'WithdrawReason_02',
    inject: (view) =>
      onAim(view, (aim) => aim.compStatus === 3 && aim.withdrawReason !== null, (aim) => ({ aim: { ...aim, withdrawReason: 50 }, field: 'WithdrawReason', value: '50' })),
  },
];
