// The cross-record (R_) rules decided within one aim: records of the aim that must not repeat
// (R_50 provider delivery monitoring occurrences, R_52 FAMs, R_67 work placements) and the
// apprenticeship contract type (ACT) and support funding (LSF, ALB) records' dates (R_61, R_101,
// R_102, R_104), apprenticeship standards' prices and contract types (R_100, R_110, R_119, R_121
// to R_123, from the agency's code; R_110's exclusions from the 2025/26 catalogue) and the Level 3
// free courses offer (R_132, R_148, R_151, from the catalogue, from 2021/22). Each is an error on
// the aim, so it keeps that aim out (the agency reports these on the learner). Definitions: the 2025/26
// catalogue and the agency's code (DC-ILR-1819- and DC-ILR-2021-ValidationService,
// Rules/CrossEntity/R<NN>Rule.cs and Query/LearningDeliveryFAMQueryService.cs), the same in both
// years except R_104 (an overlap check in 2018/19, a check that the records follow on day by day
// from 2019/20); R_61 counts ALB as well as LSF from 2025/26 (the catalogue).
//
// The agency reports some of these once for each record at fault; a rule here reports the first.
// The agency's R_101 stops at the first aim with fewer than two ACT records (a `return` where a
// `continue` was meant); here every aim is checked.
import { daysToIso, isoToDays, yearsBetween } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2018_19, AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, aimRule, has, num, rowsOf, type ChildRows, type Rule, type Years } from '../../rule.ts';
import { monitoringOf, statusOn } from '../learner/learner-facts.ts';
import { byDay, dayText, famType, firstRepeated, text } from '../record-sets.ts';

/** R_52 leaves out the FAM types whose records carry dates (R_61, R_101 and R_104 look at those). */
const DATED_FAM_TYPES = new Set(['ACT', 'ALB', 'LSF']);
const TO_2024_25: Years = { from: null, to: 2024 };

const famsOfType = (rows: readonly Row[], type: string): Row[] => rows.filter((f) => famType(f) === type);
/** Two values the same in any case (R52Rule's OrdinalIgnoreCase). */
const sameText = (a: Row[string] | undefined, b: Row[string] | undefined): boolean =>
  a === b || (typeof a === 'string' && typeof b === 'string' && a.length === b.length && a.toUpperCase() === b.toUpperCase());
const from = (f: Row): number | null => num(f.learn_del_fam_date_from);
const to = (f: Row): number | null => num(f.learn_del_fam_date_to);
const dates = (f: Row): string => `${dayText(f.learn_del_fam_date_from) ?? '(no date from)'} to ${dayText(f.learn_del_fam_date_to) ?? '(no date to)'}`;

/**
 * The agency's GetOverLappingLearningDeliveryFAMsForType: the records of one type by date from
 * (those without one last); a record overlaps the next when it has no date to, or its date to is
 * on or after the next one's date from. `strictly` makes it "after" (the 2025/26 catalogue's R_61).
 * The first record that is overlapped, or null.
 */
function overlapping(fams: readonly Row[], strictly = false): { earlier: Row; later: Row } | null {
  if (fams.length < 2 || !fams.some((f) => from(f) !== null)) return null;
  const sorted = [...fams].sort((a, b) => (from(a) ?? Infinity) - (from(b) ?? Infinity));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [earlier, later] = [sorted[i] as Row, sorted[i + 1] as Row];
    const [end, start] = [to(earlier), from(later)];
    if (end === null || (start !== null && (strictly ? end > start : end >= start))) return { earlier, later };
  }
  return null;
}

const r61 = (years: Years, types: readonly string[], strictly: boolean) =>
  aimRule({
    id: 'R_61',
    years,
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: 'The learning aim must not have more than one Learning Support Funding record at the same time',
    fix: `Close the earlier ${types.join(' or ')} record of this aim with a 'date applies to' before the next one applies from.`,
    test: ({ rows }) => {
      const fams = rowsOf(rows, 'learning_delivery_fam');
      if (fams.length < 2) return null;
      for (const type of types) {
        const found = overlapping(famsOfType(fams, type), strictly);
        if (found) return { message: `The ${type} record ${dates(found.earlier)} overlaps the ${type} record ${dates(found.later)}.`, value: dayText(found.later.learn_del_fam_date_from) };
      }
      return null;
    },
  });

const R_104_MESSAGE = 'There must be an apprenticeship contract type for the full duration of the aim';
const R_104_FIX = "Make the aim's ACT records follow on: each one's 'date applies from' the day after the previous one's 'date applies to'.";

// ---- Apprenticeship standards: prices and contract types (R_100, R_110, R_119, R_121 to R_123) ----

const APPRENTICESHIPS = 36;
const STANDARD = 25;
const PROGRAMME_AIM = 1;
const NOT_FUNDED = 99;
const CONTINUING = 1;
const IN_PAID_EMPLOYMENT = 10;
const day = (iso: string): number => isoToDays(iso) as number;
const FEBRUARY_2019 = day('2019-02-01');
const isStandard = (aim: Row): boolean => num(aim.fund_model) === APPRENTICESHIPS && num(aim.prog_type) === STANDARD;
const isTnp = (r: Row): boolean => text(r.a_fin_type)?.toUpperCase() === 'TNP';

/**
 * The aim's latest ACT record by date applies from (the agency's OrderByDescending, a record with
 * no date from last; the first of equals), or undefined when the aim has none. `datedOnly` leaves
 * out records with no date from (R121Rule).
 */
function latestAct(rows: ChildRows, datedOnly: boolean): Row | undefined {
  let latest: Row | undefined;
  for (const f of rowsOf(rows, 'learning_delivery_fam')) {
    if (famType(f) !== 'ACT') continue;
    const d = from(f);
    if (datedOnly && d === null) continue;
    if (latest === undefined || (d ?? -Infinity) > (from(latest) ?? -Infinity)) latest = f;
  }
  return latest;
}

const R_110_MESSAGE = 'The employment status is not valid for this apprenticeship contract type';
const R_110_FIX = "Record the learner's employment status as employed (EmpStat 10) from the day the employer contract (ACT 1) applies, or correct the contract type.";
const r110 = (years: Years, exclusions: boolean) =>
  aimRule({
    id: 'R_110',
    years,
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: R_110_MESSAGE,
    fix: R_110_FIX,
    test: ({ aim, rows, learnerRows }) => {
      // R110Rule: FundModel 36, each ACT 1 record: the employment status that applies on its date
      // from is not EmpStat 10 (or there is none). From 2025/26 (the catalogue's exclusions) not
      // for a restart (RES), nor when the learner's latest employment status is monitored as made
      // redundant (OET 1).
      if (num(aim.fund_model) !== APPRENTICESHIPS) return null;
      const fams = rowsOf(rows, 'learning_delivery_fam');
      for (const f of fams) {
        const start = from(f);
        if (famType(f) !== 'ACT' || text(f.learn_del_fam_code) !== '1' || start === null) continue;
        const status = statusOn(learnerRows, start);
        if (status !== null && num(status.emp_stat) === IN_PAID_EMPLOYMENT) continue;
        if (exclusions && (fams.some((r) => famType(r) === 'RES') || redundantLatest(learnerRows))) return null;
        return { message: `On ${daysToIso(start)}, when the employer contract (ACT 1) applies from, the learner's employment status is ${status === null ? 'not recorded' : `EmpStat ${text(status.emp_stat) ?? ''}`}, not employed (10).`, value: daysToIso(start) };
      }
      return null;
    },
  });
/** The learner's latest employment status is monitored as made redundant (OET 1). */
function redundantLatest(learnerRows: ChildRows): boolean {
  let latest: Row | null = null;
  for (const s of rowsOf(learnerRows, 'learner_employment_status')) if (latest === null || (num(s.date_emp_stat_app) ?? -Infinity) > (num(latest.date_emp_stat_app) ?? -Infinity)) latest = s;
  return latest !== null && monitoringOf(learnerRows, latest).some((m) => text(m.esm_type)?.toUpperCase() === 'OET' && num(m.esm_code) === 1);
}

// ---- Level 3 free courses (R_132, R_148, R_151) -------------------------------------------------

const FREE_COURSES = 'LDM:378';
const LOW_WAGE = 'LDM:382';
const BELOW_THRESHOLD = 'LDM:391';
const DEVOLVED_EXCLUSION = 'DAM:023';
const APRIL_2022 = day('2022-04-01');
const JULY_2024 = day('2024-07-31');
const AUGUST_2024 = day('2024-08-01');
const ADULT_SKILLS = 35;
const ADULT_SKILLS_FUND = 38;
const FULL_LEVEL_3_OR_ABOVE = new Set([6, 7, 8, 9, 10, 97, 98]);
const BELOW_FULL_LEVEL_3 = new Set([1, 2, 3, 4, 5, 99]);
const anyPriorLevel = (learnerRows: ChildRows, levels: ReadonlySet<number>): boolean =>
  rowsOf(learnerRows, 'prior_attain').some((p) => levels.has(num(p.prior_level) ?? -1));
const ageAtStart = (learner: Row, aim: Row): number | null => {
  const [dob, start] = [num(learner.date_of_birth), num(aim.learn_start_date)];
  return dob === null || start === null ? null : yearsBetween(dob, start);
};

/**
 * DD38, unemployed and on benefits at the start: FundModel 35 and the employment status on the
 * start date is EmpStat 10, 11, 12 or 98 with BSI 1; or 11 or 12 with BSI 4, 5 or 6; or 10 with
 * EII 2, 5 or 6 and BSI 4, 5 or 6.
 */
function dd38(aim: Row, learnerRows: ChildRows): boolean {
  const start = num(aim.learn_start_date);
  if (num(aim.fund_model) !== ADULT_SKILLS || start === null) return false;
  const status = statusOn(learnerRows, start);
  if (status === null) return false;
  const codes = new Set(monitoringOf(learnerRows, status).map((m) => `${text(m.esm_type)?.toUpperCase() ?? ''}${text(m.esm_code) ?? ''}`));
  const empStat = num(status.emp_stat) ?? -1;
  const bsi456 = codes.has('BSI4') || codes.has('BSI5') || codes.has('BSI6');
  return (
    ([10, 11, 12, 98].includes(empStat) && codes.has('BSI1')) ||
    ((empStat === 11 || empStat === 12) && bsi456) ||
    (empStat === 10 && (codes.has('EII2') || codes.has('EII5') || codes.has('EII6')) && bsi456)
  );
}

export const rules: readonly Rule[] = [
  aimRule({
    id: 'R_50',
    field: 'ProvSpecDelMonOccur',
    reads: ['prov_spec_del_mon_occur'],
    message: 'The learner must not have more than one Learning Delivery Provider Specified Monitoring record with the same occurrence code',
    fix: "Use each occurrence code (A to D) once in the aim's provider specified delivery monitoring: change or remove the repeated one in your MIS.",
    test: ({ rows }) => {
      // R50Rule: per aim, occurrence codes compared in upper case.
      const occur = firstRepeated(rowsOf(rows, 'provider_spec_delivery_monitoring'), (r) => text(r.prov_spec_del_mon_occur)?.toUpperCase() ?? null);
      return occur === undefined ? null : { message: `Provider specified delivery monitoring occurrence ${occur} is given more than once on this aim.`, value: occur };
    },
  }),
  aimRule({
    id: 'R_52',
    field: 'LearnDelFAMType',
    reads: ['learn_del_fam_type'],
    message: 'The learner must not have more than one Learning Delivery Funding and Monitoring record with the same FAM type and code',
    fix: "Record each FAM type and code once on the aim: remove the repeated Learning Delivery FAM record in your MIS.",
    test: ({ rows }) => {
      // R52Rule: type and code compared in any case; LSF, ACT and ALB left out. An aim has a few
      // FAMs: compared pairwise, so the aim without repeats costs no allocation.
      const fams = rowsOf(rows, 'learning_delivery_fam');
      for (let i = 1; i < fams.length; i++) {
        const later = fams[i] as Row;
        for (let j = 0; j < i; j++) {
          const earlier = fams[j] as Row;
          if (!sameText(earlier.learn_del_fam_type, later.learn_del_fam_type) || !sameText(earlier.learn_del_fam_code, later.learn_del_fam_code)) continue;
          const type = famType(later);
          if (type === null || DATED_FAM_TYPES.has(type)) continue;
          const fam = `${type} ${text(later.learn_del_fam_code) ?? ''}`;
          return { message: `The FAM ${fam} is recorded more than once on this aim.`, value: fam };
        }
      }
      return null;
    },
  }),
  aimRule({
    id: 'R_67',
    field: 'WorkPlaceStartDate',
    reads: ['work_place_start_date'],
    message: 'The learner must not have more than one Learning Delivery Work Placement record with the same Work placement start date and Work placement employer identifier',
    fix: 'Record each work placement once: remove the repeated placement (same start date and employer) from the aim in your MIS.',
    test: ({ rows }) => {
      // R67Rule: per aim, by employer identifier (or none) and start date.
      const key = firstRepeated(rowsOf(rows, 'learning_delivery_work_placement'), (r) => `${dayText(r.work_place_start_date) ?? ''} ${text(r.work_place_emp_id) ?? '(no employer)'}`);
      return key === undefined ? null : { message: `Two of the aim's work placements start on the same day with the same employer (${key}).`, value: key.split(' ')[0] ?? null };
    },
  }),
  r61(TO_2024_25, ['LSF'], false),
  r61(AS_IN_2025_26, ['LSF', 'ALB'], true),
  aimRule({
    id: 'R_101',
    field: 'LearnDelFAMDateTo',
    reads: ['learn_del_fam_date_to'],
    message: 'The learning aim must not have more than one Apprenticeship contract type record at the same time',
    fix: "Give the aim's earlier ACT record a 'date applies to' before the next ACT record applies from.",
    test: ({ rows }) => {
      // R101Rule: the aim's ACT records by date from (those without one first, as OrderBy sorts
      // them); a record overlaps the next when it has no date to, or the next has a date from on
      // or before its date to.
      const fams = rowsOf(rows, 'learning_delivery_fam');
      if (fams.length < 2) return null;
      const acts = famsOfType(fams, 'ACT');
      if (acts.length < 2) return null;
      acts.sort(byDay('learn_del_fam_date_from'));
      for (let i = 1; i < acts.length; i++) {
        const [earlier, later] = [acts[i - 1] as Row, acts[i] as Row];
        const [end, start] = [to(earlier), from(later)];
        if (end === null || (start !== null && end >= start)) {
          return { message: `The ACT record ${dates(earlier)} overlaps the ACT record ${dates(later)}.`, value: dayText(earlier.learn_del_fam_date_to) };
        }
      }
      return null;
    },
  }),
  aimRule({
    id: 'R_102',
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: 'The aim must have an Apprenticeship contract type in the first day',
    fix: "Make one of the aim's ACT records apply from the aim's learning start date.",
    test: ({ aim, rows }) => {
      // R102Rule: an aim with ACT records needs one whose date from is its start date.
      const start = num(aim.learn_start_date);
      let first: Row | null = null;
      for (const f of rowsOf(rows, 'learning_delivery_fam')) {
        if (famType(f) !== 'ACT') continue;
        if (from(f) === start) return null;
        first ??= f;
      }
      if (first === null) return null;
      return { message: `No ACT record applies from the learning start date${start === null ? '' : ` ${daysToIso(start)}`}.`, value: dayText(first.learn_del_fam_date_from) };
    },
  }),
  aimRule({
    id: 'R_104',
    years: AS_IN_2018_19,
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: R_104_MESSAGE,
    fix: R_104_FIX,
    test: ({ rows }) => {
      // The agency's 2018/19 R104Rule: the ACT records must not overlap (GetOverLappingLearningDeliveryFAMsForType).
      const fams = rowsOf(rows, 'learning_delivery_fam');
      const found = fams.length < 2 ? null : overlapping(famsOfType(fams, 'ACT'));
      return found ? { message: `The ACT record ${dates(found.earlier)} overlaps the ACT record ${dates(found.later)}.`, value: dayText(found.later.learn_del_fam_date_from) } : null;
    },
  }),
  aimRule({
    id: 'R_104',
    years: SINCE_2019_20,
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: R_104_MESSAGE,
    fix: R_104_FIX,
    test: ({ rows }) => {
      // The agency's 2020/21 R104Rule and the 2025/26 catalogue: by date from (those without one
      // last), each record with a date from must start the day after the previous one's date to.
      const fams = rowsOf(rows, 'learning_delivery_fam');
      if (fams.length < 2) return null;
      const acts = famsOfType(fams, 'ACT');
      if (acts.length < 2 || !acts.some((f) => from(f) !== null)) return null;
      acts.sort((a, b) => (from(a) ?? Infinity) - (from(b) ?? Infinity));
      for (let i = 1; i < acts.length; i++) {
        const [earlier, later] = [acts[i - 1] as Row, acts[i] as Row];
        const start = from(later);
        if (start !== null && to(earlier) !== start - 1) {
          return { message: `The ACT record ${dates(later)} does not start the day after the ACT record ${dates(earlier)} ends.`, value: dayText(later.learn_del_fam_date_from) };
        }
      }
      return null;
    },
  }),
  aimRule({
    id: 'R_100',
    field: 'AFinType',
    reads: ['a_fin_type'],
    message: 'There must be an assessment price recorded',
    fix: 'Add the assessment price to the completed apprenticeship standard: a total negotiated price record TNP2 (or TNP4 for a residual assessment price).',
    test: ({ aim, rows }) => {
      // R100Rule: a completed (CompStatus 2) standard (ProgType 25) programme aim, not FundModel
      // 99, with no TNP record of code 2 or 4.
      if (num(aim.prog_type) !== STANDARD || num(aim.aim_type) !== PROGRAMME_AIM || num(aim.comp_status) !== 2 || num(aim.fund_model) === NOT_FUNDED) return null;
      for (const r of rowsOf(rows, 'app_fin_record')) if (isTnp(r) && (num(r.a_fin_code) === 2 || num(r.a_fin_code) === 4)) return null;
      return { message: 'The completed apprenticeship standard has no assessment price (TNP2 or TNP4).', value: null };
    },
  }),
  r110(TO_2024_25, false),
  r110(AS_IN_2025_26, true),
  aimRule({
    id: 'R_119',
    field: 'AFinDate',
    reads: ['a_fin_date'],
    message: 'The apprenticeship financial record cannot be before the Learning start date when the total negotiated price has been returned',
    fix: "Date the aim's total negotiated price (TNP) records on or after its learning start date.",
    test: ({ aim, rows }) => {
      // R119Rule: an aim started on or after 1 February 2019 with a TNP record dated before its start.
      const start = num(aim.learn_start_date);
      if (start === null || start < FEBRUARY_2019) return null;
      for (const r of rowsOf(rows, 'app_fin_record')) {
        const d = num(r.a_fin_date);
        if (isTnp(r) && d !== null && d < start) return { message: `A TNP record is dated ${daysToIso(d)}, before the learning start date ${daysToIso(start)}.`, value: daysToIso(d) };
      }
      return null;
    },
  }),
  aimRule({
    id: 'R_121',
    years: SINCE_2019_20,
    field: 'LearnDelFAMDateTo',
    reads: ['learn_del_fam_date_to'],
    message: 'There must be a Date applies to that matches the achievement date for this aim.',
    fix: "Make the latest ACT record's 'date applies to' the aim's achievement date.",
    test: ({ aim, rows }) => {
      // R121Rule: a FundModel 36 standard with an AchDate; the latest ACT record (by date from,
      // of those with one) has a date to that is not the AchDate.
      const ach = num(aim.ach_date);
      if (ach === null || !isStandard(aim)) return null;
      const act = latestAct(rows, true);
      const end = act === undefined ? null : to(act);
      return end !== null && end !== ach ? { message: `The latest ACT record applies to ${daysToIso(end)}, not the achievement date ${daysToIso(ach)}.`, value: daysToIso(end) } : null;
    },
  }),
  aimRule({
    id: 'R_122',
    years: SINCE_2019_20,
    field: 'LearnDelFAMDateTo',
    reads: ['learn_del_fam_date_to'],
    message: 'The achievement date is not known, therefore the Date applies to record must be the same as the Learning actual end date',
    fix: "Make the latest ACT record's 'date applies to' the aim's learning actual end date.",
    test: ({ aim, rows }) => {
      // R122Rule: a FundModel 36 standard, CompStatus not 1, no AchDate, with ACT records: the
      // latest one's date to is not the LearnActEndDate (both missing agree).
      if (!isStandard(aim) || num(aim.comp_status) === CONTINUING || has(aim, 'ach_date')) return null;
      const act = latestAct(rows, false);
      if (act === undefined) return null;
      const [end, actEnd] = [to(act), num(aim.learn_act_end_date)];
      return end === actEnd ? null : { message: `The latest ACT record applies to ${dayText(end) ?? '(no date)'}, not the learning actual end date ${dayText(actEnd) ?? '(none)'}.`, value: dayText(end) };
    },
  }),
  aimRule({
    id: 'R_123',
    years: SINCE_2019_20,
    field: 'LearnDelFAMDateTo',
    reads: ['learn_del_fam_date_to'],
    message: "The learner is continuing or intending to continue, therefore do not return the 'Date applies to' for the latest ACT record",
    fix: "Remove the 'date applies to' from the latest ACT record: the learner is continuing.",
    test: ({ aim, rows }) => {
      // R123Rule: a FundModel 36 standard, CompStatus 1: the latest ACT record has a date to.
      if (!isStandard(aim) || num(aim.comp_status) !== CONTINUING) return null;
      const act = latestAct(rows, false);
      const end = act === undefined ? null : to(act);
      return end === null ? null : { message: `The learner is continuing, and the latest ACT record applies to ${daysToIso(end)}.`, value: daysToIso(end) };
    },
  }),
  aimRule({
    id: 'R_132',
    years: SINCE_2021_22,
    field: 'LearnDelFAMCode',
    reads: ['learn_del_fam_code'],
    message: "Learner must be unemployed or return LDM 382 'Free Courses for Jobs (Level 3 Offer) for Low Wage Learners'",
    fix: "For a learner already qualified to full level 3 on a Level 3 Free Courses for Jobs aim (LDM 378), record that they are unemployed on benefits or a low wage learner (LDM 382), or remove LDM 378.",
    test: ({ aim, fams, learnerRows }) => {
      // The catalogue: started 1 April 2022 to 31 July 2024, LDM 378, a prior attainment of full
      // level 3 or above, DD38 N, no LDM 382; not with the devolved exclusion DAM 023.
      const start = num(aim.learn_start_date);
      if (!fams.has(FREE_COURSES) || start === null || start < APRIL_2022 || start > JULY_2024 || fams.has(LOW_WAGE) || fams.has(DEVOLVED_EXCLUSION)) return null;
      if (!anyPriorLevel(learnerRows, FULL_LEVEL_3_OR_ABOVE) || dd38(aim, learnerRows)) return null;
      return { message: 'The learner is qualified to full level 3 or above, on a Level 3 Free Courses for Jobs aim (LDM 378), neither unemployed on benefits nor a low wage learner (LDM 382).', value: '378' };
    },
  }),
  aimRule({
    id: 'R_148',
    years: SINCE_2021_22,
    field: 'LearnDelFAMCode',
    reads: ['learn_del_fam_code'],
    message: "The learner must be earning below the earnings threshold by returning LDM 391 or the learner's prior attainment must be below a full level 3",
    fix: 'For a learner aged 19 to 23 on a Level 3 Free Courses for Jobs aim (LDM 378), record that they earn below the threshold (LDM 391), or correct their prior attainment if it is below full level 3.',
    test: ({ learner, aim, fams, learnerRows }) => {
      // The catalogue: started on or after 1 August 2024, LDM 378, aged 19 to 23 at the start, no
      // LDM 391, and no prior attainment record below full level 3 (1 to 5, 99).
      const start = num(aim.learn_start_date);
      if (!fams.has(FREE_COURSES) || start === null || start < AUGUST_2024 || fams.has(BELOW_THRESHOLD)) return null;
      const age = ageAtStart(learner, aim);
      if (age === null || age < 19 || age > 23 || anyPriorLevel(learnerRows, BELOW_FULL_LEVEL_3)) return null;
      return { message: `The learner, ${age} at the start of a Level 3 Free Courses for Jobs aim (LDM 378), neither earns below the threshold (LDM 391) nor has a prior attainment below full level 3.`, value: '378' };
    },
  }),
  aimRule({
    id: 'R_151',
    years: SINCE_2021_22,
    field: 'LearnDelFAMCode',
    reads: ['learn_del_fam_code'],
    message: 'If the learner is earning below the earnings threshold, LDM 391 must be returned',
    fix: 'For a learner aged 24 or over on an Adult Skills Fund Level 3 Free Courses for Jobs aim (LDM 378), record that they earn below the threshold (LDM 391), or remove LDM 378.',
    test: ({ learner, aim, fams }) => {
      // The catalogue: started on or after 1 August 2024, aged 24 or over at the start, FundModel
      // 38, LDM 378 and no LDM 391; not with the devolved exclusion DAM 023.
      const start = num(aim.learn_start_date);
      if (!fams.has(FREE_COURSES) || num(aim.fund_model) !== ADULT_SKILLS_FUND || start === null || start < AUGUST_2024 || fams.has(BELOW_THRESHOLD) || fams.has(DEVOLVED_EXCLUSION)) return null;
      const age = ageAtStart(learner, aim);
      if (age === null || age < 24) return null;
      return { message: `The learner, ${age} at the start of an Adult Skills Fund Level 3 Free Courses for Jobs aim (LDM 378), has no LDM 391 (earning below the threshold).`, value: '378' };
    },
  }),
];
