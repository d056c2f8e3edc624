// The cross-record (R_) rules that can be decided within one learner's record: records that must
// not repeat (R_07 aims by AimSeqNumber, R_43 employment statuses by date, R_45 LLDD categories,
// R_49 learner provider monitoring occurrences, R_51 learner FAMs, R_96 work placements by start
// date), a component aim without its programme aim (R_30), and monitoring or aims that must not
// overlap in time (R_58 core aims, R_124 programme aims, R_105 apprenticeship contract types,
// R_106 learning support funding). Each is an error on the learner, so
// it keeps the learner out. Definitions: the 2025/26 catalogue and the agency's code
// (DC-ILR-1819- and DC-ILR-2021-ValidationService, Rules/CrossEntity/R<NN>Rule.cs, identical for
// these rules in both years); R_30 changed in 2025/26 (framework and pathway removed).
//
// The agency reports some of these once for each repeated value (R_43, R_45, R_49, R_51, R_96) or
// each unmatched programme (R_30); a learner rule here reports the first, naming it.
import { daysToIso, isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, learnerRule, num, rowsOf, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { byDay, dayText as date, firstRepeated, text } from '../record-sets.ts';

/** R_30 to 2024/25 (the agency's code in 2018/19 and 2020/21): frameworks, by ProgType, FworkCode and PwayCode; standards (ProgType 25) left out. */
const TO_2024_25: Years = { from: null, to: 2024 };
const STANDARD = 25;
const PROGRAMME_AIM = 1;
const COMPONENT_AIM = 3;

/** The programme a component or programme aim belongs to, as each year's R_30 groups them. */
type ProgrammeKey = (aim: Row) => string | null;
const frameworkKey: ProgrammeKey = (aim) =>
  num(aim.prog_type) === STANDARD ? null : `ProgType ${text(aim.prog_type) ?? '(none)'}, FworkCode ${text(aim.fwork_code) ?? '(none)'}, PwayCode ${text(aim.pway_code) ?? '(none)'}`;
const standardKey: ProgrammeKey = (aim) => `ProgType ${text(aim.prog_type) ?? '(none)'}, StdCode ${text(aim.std_code) ?? '(none)'}`;

/** The first component aim with no programme aim of the same programme, or null. */
function componentWithoutProgramme(aims: readonly (AimFacts & { index: number })[], keyOf: ProgrammeKey): { index: number; key: string } | null {
  let programmes: Set<string> | null = null;
  for (const { aim, index } of aims) {
    if (num(aim.aim_type) !== COMPONENT_AIM) continue;
    const key = keyOf(aim);
    if (key === null) continue;
    programmes ??= new Set(aims.filter((a) => num(a.aim.aim_type) === PROGRAMME_AIM).map((a) => keyOf(a.aim)).filter((k): k is string => k !== null));
    if (!programmes.has(key)) return { index, key };
  }
  return null;
}

const r30 = (years: Years, keyOf: ProgrammeKey, same: string) =>
  learnerRule({
    id: 'R_30',
    years,
    field: 'AimType',
    reads: ['aim_type'],
    message: 'All aims that are part of a programme must have a corresponding programme aim with the same Programme type and Standard code',
    fix: `Add the programme aim (AimType 1) this component aim belongs to, with the same ${same}, or correct the component aim's programme fields so they match its programme aim.`,
    test: ({ aims }) => {
      if (aims.length === 0) return null;
      const found = componentWithoutProgramme(aims, keyOf);
      return found === null
        ? null
        : { message: `A component aim (AimType 3) of ${found.key} has no programme aim (AimType 1) of the same programme.`, value: found.key, aimIndex: found.index };
    },
  });

/**
 * The rows of one table nested in any of the learner's aims that pass `keep`, or an empty list
 * (no allocation for the learner who has none: these rules run on every learner).
 */
function acrossAims(aims: readonly AimFacts[], table: string, keep: (row: Row) => boolean): Row[] {
  let out: Row[] | null = null;
  for (const { rows } of aims) {
    for (const row of rowsOf(rows, table)) if (keep(row)) (out ??= []).push(row);
  }
  return out ?? [];
}
/** The learner's delivery FAMs of one type (in any case, as the agency compares them), across all aims. */
const deliveryFamsOf = (aims: readonly AimFacts[], type: string): Row[] =>
  acrossAims(aims, 'learning_delivery_fam', (f) => f.learn_del_fam_type === type || text(f.learn_del_fam_type)?.toUpperCase() === type);
/** DD36's end when a programme aim has none yet: 31 December 2099. */
const NO_END = isoToDays('2099-12-31') as number;
const SKILLS_BOOTCAMP = 32;
/**
 * DD36, the effective end date of a programme aim: an apprenticeship standard's achievement date if
 * it has one, else its actual end date; another programme's actual end date; else 31 December 2099.
 * From 2025/26 a Skills Bootcamp (ProgType 32) with an achievement date and no actual end date
 * ends on its achievement date (the catalogue's DD36); to 2024/25 as the agency's DerivedData_36.
 */
function effectiveEnd(aim: Row, bootcamps: boolean): number {
  const [progType, act, ach] = [num(aim.prog_type), num(aim.learn_act_end_date), num(aim.ach_date)];
  if (progType === STANDARD) return ach ?? act ?? NO_END;
  if (act !== null) return act;
  return bootcamps && progType === SKILLS_BOOTCAMP && ach !== null ? ach : NO_END;
}

const r124 = (years: Years, bootcamps: boolean) =>
  learnerRule({
    id: 'R_124',
    years,
    field: 'LearnStartDate',
    reads: ['learn_start_date'],
    message: 'The learner must not have overlapping programme aims',
    fix: "Close the learner's earlier programme aim (its actual end date, or for a standard its achievement date) before the next programme aim starts; a restart after a break starts the day after the earlier aim ended, or later.",
    test: ({ aims }) => {
      // R124Rule: a programme aim that starts on or after another programme aim's start and on or
      // before that one's effective end (DD36) overlaps it.
      let programmes = 0;
      for (const { aim } of aims) if (num(aim.aim_type) === PROGRAMME_AIM) programmes++;
      if (programmes < 2) return null;
      const progs = aims.filter(({ aim }) => num(aim.aim_type) === PROGRAMME_AIM);
      for (const one of progs) {
        const start = num(one.aim.learn_start_date) as number;
        for (const other of progs) {
          if (other === one) continue;
          const otherStart = num(other.aim.learn_start_date) as number;
          const otherEnd = effectiveEnd(other.aim, bootcamps);
          if (start >= otherStart && start <= otherEnd) {
            return {
              message: `A programme aim starting on ${daysToIso(start)} overlaps the programme aim that runs from ${daysToIso(otherStart)} to ${otherEnd === NO_END ? '(still open)' : daysToIso(otherEnd)}.`,
              value: daysToIso(start),
              aimIndex: one.index,
            };
          }
        }
      }
      return null;
    },
  });

/** R_106 counts LSF records applying from 1 August 2016. */
const AUGUST_2016 = isoToDays('2016-08-01') as number;
const CORE_AIM = 5;

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'R_07',
    field: 'AimSeqNumber',
    reads: ['aim_seq_number'],
    message: 'There must not be more than one Learning Delivery record with the same Learner reference number and Aim sequence number combination',
    fix: "Give each of the learner's aims its own aim sequence number in your MIS (1, 2, 3 … in the order they were added).",
    test: ({ aims }) => {
      // R07RuleTests: aims 1, 2, 2 fire; 1, 2 do not.
      const seq = firstRepeated(aims, ({ aim }) => text(aim.aim_seq_number));
      return seq === undefined ? null : { message: `More than one of the learner's aims has AimSeqNumber ${seq}.`, value: seq };
    },
  }),
  learnerRule({
    id: 'R_43',
    field: 'DateEmpStatApp',
    reads: ['date_emp_stat_app'],
    message: 'The learner must not have more than one Learner Employment status record with the same Date employment status applies',
    fix: 'Keep one employment status record for each date it applies from: merge or remove the repeated one in your MIS.',
    test: ({ rows }) => {
      const day = firstRepeated(rowsOf(rows, 'learner_employment_status'), (r) => date(r.date_emp_stat_app));
      return day === undefined ? null : { message: `More than one employment status record applies from ${day}.`, value: day };
    },
  }),
  learnerRule({
    id: 'R_45',
    field: 'LLDDCat',
    reads: ['lldd_cat'],
    message: 'The learner must not have more than one LLDD and Health Problem record with the same LLDD and health problem category',
    fix: 'Record each LLDD and health problem category once for the learner: remove the repeated record in your MIS.',
    test: ({ rows }) => {
      const cat = firstRepeated(rowsOf(rows, 'llddandhealthproblem'), (r) => text(r.lldd_cat));
      return cat === undefined ? null : { message: `LLDD and health problem category ${cat} is recorded more than once.`, value: cat };
    },
  }),
  learnerRule({
    id: 'R_49',
    field: 'ProvSpecLearnMonOccur',
    reads: ['prov_spec_learn_mon_occur'],
    message: 'The learner must not have more than one Learner Provider Specified Monitoring record with the same occurrence code',
    fix: "Use each occurrence code (A, B) once in the learner's provider specified monitoring: change or remove the repeated one in your MIS.",
    test: ({ rows }) => {
      // The agency compares the occurrence codes in upper case: a and A are the same.
      const occur = firstRepeated(rowsOf(rows, 'provider_spec_learner_monitoring'), (r) => text(r.prov_spec_learn_mon_occur)?.toUpperCase() ?? null);
      return occur === undefined ? null : { message: `Provider specified learner monitoring occurrence ${occur} is given more than once.`, value: occur };
    },
  }),
  learnerRule({
    id: 'R_51',
    field: 'LearnFAMType',
    reads: ['learn_fam_type'],
    message: 'The learner must not have more than one Learner Funding and Monitoring record with the same FAM type and code',
    fix: 'Record each learner FAM type and code once: remove the repeated Learner FAM record in your MIS.',
    test: ({ rows }) => {
      // The agency compares FAM types in upper case (R51Rule: LearnFAMType?.ToUpper()).
      const fam = firstRepeated(rowsOf(rows, 'learner_fam'), (r) => `${text(r.learn_fam_type)?.toUpperCase() ?? ''} ${text(r.learn_fam_code) ?? ''}`);
      return fam === undefined ? null : { message: `The learner FAM ${fam} is recorded more than once.`, value: fam };
    },
  }),
  learnerRule({
    id: 'R_96',
    field: 'WorkPlaceStartDate',
    reads: ['work_place_start_date'],
    message: 'The learner must not have more than one Learning Delivery Work Placement record with the same Work placement start date',
    fix: 'Record each work placement once, with the day it started: remove the repeated placement, or correct its start date, in your MIS.',
    test: ({ aims }) => {
      // Across all of the learner's aims (R96Rule: SelectMany over the learning deliveries).
      const placements = acrossAims(aims, 'learning_delivery_work_placement', () => true);
      const day = firstRepeated(placements, (r) => date(r.work_place_start_date));
      return day === undefined ? null : { message: `More than one of the learner's work placements starts on ${day}.`, value: day };
    },
  }),
  learnerRule({
    id: 'R_58',
    field: 'AimType',
    reads: ['aim_type'],
    message: 'The learner must not have more than one core aim at the same time',
    fix: "Close the learner's earlier core aim (AimType 5) with an actual end date before the next core aim starts, or record only one core aim.",
    test: ({ aims }) => {
      // R58Rule: core aims by start date; each must have ended before the next starts (an end on
      // the next one's start day overlaps it; an open one overlaps whatever follows).
      let cores = 0;
      for (const { aim } of aims) if (num(aim.aim_type) === CORE_AIM) cores++;
      if (cores < 2) return null;
      const core = aims.filter(({ aim }) => num(aim.aim_type) === CORE_AIM);
      const sorted = [...core].sort((a, b) => byDay('learn_start_date')(a.aim, b.aim));
      for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1] as (typeof sorted)[number], sorted[i] as (typeof sorted)[number]];
        const end = num(before.aim.learn_act_end_date);
        const start = num(after.aim.learn_start_date) as number;
        if (end === null || end >= start) {
          const ended = end === null ? 'has no actual end date' : `ended on ${daysToIso(end)}`;
          return { message: `A core aim (AimType 5) that ${ended} overlaps the core aim starting on ${daysToIso(start)}.`, value: end === null ? null : daysToIso(end), aimIndex: after.index };
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_105',
    field: 'LearnDelFAMCode',
    reads: ['learn_del_fam_code'],
    message: 'The learner must not have different Apprenticeship contract types recorded at the same time',
    fix: "Close the earlier apprenticeship contract type (ACT) record with a 'date applies to' before the new one applies from, so that only one contract type applies on any day.",
    test: ({ aims }) => {
      // R105Rule: the ACT records of all the learner's aims by date applies from; one whose code
      // differs from the one before fires if it applies from on or before that one's date to (or
      // that one has none).
      const acts = deliveryFamsOf(aims, 'ACT');
      if (acts.length < 2) return null;
      acts.sort(byDay('learn_del_fam_date_from'));
      for (let i = 1; i < acts.length; i++) {
        const [before, after] = [acts[i - 1] as Row, acts[i] as Row];
        const to = num(before.learn_del_fam_date_to);
        const from = num(after.learn_del_fam_date_from);
        if ((to === null || (from !== null && from <= to)) && text(after.learn_del_fam_code) !== text(before.learn_del_fam_code)) {
          const code = text(after.learn_del_fam_code);
          return { message: `ACT ${code ?? ''} applies from ${date(from) ?? '(no date)'} while ACT ${text(before.learn_del_fam_code) ?? ''} still applies${to === null ? ' (no date to)' : ` (to ${daysToIso(to)})`}.`, value: code };
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_106',
    field: 'LearnDelFAMType',
    reads: ['learn_del_fam_type'],
    message: 'There must not be more than one LSF record at the same time',
    fix: "Close the earlier learning support funding (LSF) record with a 'date applies to' before the next one applies from, across all of the learner's aims.",
    test: ({ aims }) => {
      // R106Rule and GetOverLappingLearningDeliveryFAMsForType: LSF records applying from
      // 2016-08-01 on, by date applies from; one overlaps the next when it has no date to, or its
      // date to is on or after the next one's date from.
      const lsf = deliveryFamsOf(aims, 'LSF').filter((f) => (num(f.learn_del_fam_date_from) ?? -Infinity) >= AUGUST_2016);
      if (lsf.length < 2) return null;
      lsf.sort(byDay('learn_del_fam_date_from'));
      for (let i = 1; i < lsf.length; i++) {
        const to = num((lsf[i - 1] as Row).learn_del_fam_date_to);
        const from = num((lsf[i] as Row).learn_del_fam_date_from) as number;
        if (to === null || to >= from) {
          return { message: `An LSF record ${to === null ? 'with no date to' : `to ${daysToIso(to)}`} overlaps the LSF record from ${daysToIso(from)}.`, value: 'LSF' };
        }
      }
      return null;
    },
  }),
  // R_124 is in the agency's 2020/21 code, not its 2018/19 code: from 2019/20.
  r124({ from: 2019, to: 2024 }, false),
  r124(AS_IN_2025_26, true),
  r30(TO_2024_25, frameworkKey, 'programme type, framework code and pathway'),
  r30(AS_IN_2025_26, standardKey, 'programme type and standard code'),
];
