// The ULN (unique learner number): ULN_04 (the check digit DD01, and a learner with no ULN) and
// the temporary-ULN warnings ULN_02, ULN_03 and ULN_06, each reported when it fires, as the
// agency's service does. Definitions from the agency's code (SkillsFundingAgency DC-ILR-1819- and
// DC-ILR-2021-ValidationService, Rules/Learner/ULN) and the 2025/26 catalogue.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import { isUlnChecksumValid, TEMPORARY_ULN } from '../../../ilr/uln.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, BOTH, aimRule, appliesIn, learnerRule, num, type Rule } from '../../rule.ts';

const isTemporary = (learner: Row): boolean => typeof learner.uln === 'bigint' && learner.uln.toString() === TEMPORARY_ULN;
const TEMPORARY = 'the temporary ULN 9999999999';
const obtain = 'obtain their ULN from the Learning Records Service';
const FIX_TEMPORARY =
  "Look the learner up in the Learning Records Service (LRS) and replace 9999999999 with their real ULN; if they have none, register them with the LRS to get one.";
/** 1 January of the teaching year, after which temporary ULNs are no longer accepted on funded learning. */
const firstJanuary = (collectionYear: number): number => isoToDays(`${collectionYear + 1}-01-01`) as number;

/** ULN_02: non-funded, community learning and tailored learning aims (not OfS-funded, SOF 1). */
const ULN_02_FUND_MODELS = [99, 10, 11];
/** ULN_03 (the agency's code; the 2025/26 catalogue says "all learning" in one place, "non-apprenticeship" in another). */
const ULN_03_FUND_MODELS = [25, 35, 36, 70, 81, 82];
/** ULN_06's funded aims: the agency's code to 2024/25 (with ESF, 70); the 2025/26 catalogue (without 70, with 37 and 38). */
const ulnFundModels = (year: number): readonly number[] =>
  appliesIn(AS_IN_2025_26, year) ? [25, 35, 36, 37, 38, 81, 82] : [25, 35, 36, 70, 81, 82];
/** ULN_06: an aim that started this many days or fewer before the file was prepared. */
const LENIENCY_DAYS = 60;
/** ULN_06: aims planned, or lasting, this many days or more. */
const MINIMUM_DAYS = 5;

export const rules: readonly Rule[] = [
  // The agency's ULN_04Rule: an error when the ULN fails DD01 or, in an XML return, when there is none at all.
  learnerRule({
    id: 'ULN_04',
    field: 'ULN',
    reads: ['uln'],
    formats: BOTH,
    message: 'The Unique learner number does not pass the checksum calculation',
    fix: 'Check the ULN against the learner’s Learning Records Service record and correct the mistyped digits; use 9999999999 only while the real ULN is being obtained.',
    test: ({ learner }, ctx) => {
      const uln = learner.uln;
      if (uln === null || uln === undefined) {
        // A legacy CSV's empty L45 meant "no ULN yet", exported as 9999999999 (ilr-reference.md §3): not an error there.
        return ctx.format === 'xml'
          ? 'The learner has no ULN; every learner needs one (9999999999 only while it is being obtained): check the number with the Learning Records Service.'
          : null;
      }
      if (typeof uln !== 'bigint') return null;
      const text = uln.toString();
      return isUlnChecksumValid(text)
        ? null
        : `ULN ${text} does not pass the check-digit calculation (DD01); check the number with the Learning Records Service.`;
    },
  }),
  learnerRule({
    id: 'ULN_02',
    severity: 'warning',
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }) => {
      if (!isTemporary(learner)) return null;
      const on = aims.find(({ aim, fams }) => ULN_02_FUND_MODELS.includes(num(aim.fund_model) ?? -1) && !fams.has('SOF:1'));
      if (!on) return null;
      const why = `it is used on a non-funded, community or tailored learning aim (FundModel ${num(on.aim.fund_model)})`;
      return { message: `The learner has ${TEMPORARY}, which should not be used because ${why}; ${obtain}.`, aimIndex: on.index };
    },
  }),
  learnerRule({
    id: 'ULN_03',
    severity: 'warning',
    field: 'ULN',
    reads: ['uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aims }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (!isTemporary(learner) || prepared === null || prepared >= firstJanuary(ctx.collectionYear)) return null;
      // A levy-funded apprenticeship (ACT 1) on any aim of the learner excludes them.
      if (aims.some(({ fams }) => fams.has('ACT:1'))) return null;
      return aims.some(({ aim }) => ULN_03_FUND_MODELS.includes(num(aim.fund_model) ?? -1))
        ? `The learner has ${TEMPORARY}, which should not be used because the file was prepared before 1 January of the teaching year; ${obtain}.`
        : null;
    },
  }),
  // Once per aim it fires on: the leniency window, the warning while the aim is young (ULN_07 makes it an error after).
  aimRule({
    id: 'ULN_06',
    entity: 'Learner',
    severity: 'warning',
    field: 'ULN',
    reads: ['learner.uln'],
    message: 'This Unique learner number should not be used',
    fix: FIX_TEMPORARY,
    test: ({ learner, aim, fams }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (!isTemporary(learner) || prepared === null || prepared < firstJanuary(ctx.collectionYear)) return null;
      const [fm, start] = [num(aim.fund_model), num(aim.learn_start_date)];
      if (start === null || fams.has('LDM:034') || fams.has('ACT:1')) return null;
      // FundModel 99 with an Advanced Learner Loan (ADL 1) counts as funded.
      if (!(ulnFundModels(ctx.collectionYear).includes(fm ?? -1) || (fm === 99 && fams.has('ADL:1')))) return null;
      const [plan, act] = [num(aim.learn_plan_end_date), num(aim.learn_act_end_date)];
      const longEnough = (plan !== null && plan - start >= MINIMUM_DAYS) || (act !== null && act - start >= MINIMUM_DAYS);
      if (!longEnough || prepared - start > LENIENCY_DAYS) return null;
      return `The learner has ${TEMPORARY} on a funded aim that started ${daysToIso(start)}, ${prepared - start} days before the file was prepared; ${obtain} within ${LENIENCY_DAYS} days of the start.`;
    },
  }),
];
