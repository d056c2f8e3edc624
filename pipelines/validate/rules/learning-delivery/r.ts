// The cross-record (R_) rules decided within one aim: records of the aim that must not repeat
// (R_50 provider delivery monitoring occurrences, R_52 FAMs, R_67 work placements) and the
// apprenticeship contract type (ACT) and support funding (LSF, ALB) records' dates (R_61, R_101,
// R_102, R_104). Each is an error on the aim, so it keeps that aim out. Definitions: the 2025/26
// catalogue and the agency's code (DC-ILR-1819- and DC-ILR-2021-ValidationService,
// Rules/CrossEntity/R<NN>Rule.cs and Query/LearningDeliveryFAMQueryService.cs), the same in both
// years except R_104 (an overlap check in 2018/19, a check that the records follow on day by day
// from 2019/20); R_61 counts ALB as well as LSF from 2025/26 (the catalogue).
//
// The agency reports some of these once for each record at fault; a rule here reports the first.
// The agency's R_101 stops at the first aim with fewer than two ACT records (a `return` where a
// `continue` was meant); here every aim is checked.
import { daysToIso } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2018_19, AS_IN_2025_26, SINCE_2019_20, aimRule, num, rowsOf, type Rule, type Years } from '../../rule.ts';
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
];
