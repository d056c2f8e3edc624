// The cross-record (R_) rules that can be decided within one learner's record: records that must
// not repeat (R_07 aims by AimSeqNumber, R_43 employment statuses by date, R_45 LLDD categories,
// R_49 learner provider monitoring occurrences, R_51 learner FAMs, R_96 work placements by start
// date), a component aim without its programme aim (R_30), and monitoring or aims that must not
// overlap in time (R_58 core aims, R_124 programme aims, R_105 apprenticeship contract types,
// R_106 learning support funding). Then the programmes and their aims: an open programme with
// its component aims (R_31), funding that must agree (R_56, R_66), a 16-19 learner's core aim
// (R_63), financial records not repeated (R_68), T Levels (R_125, R_126, R_130, R_137), prior
// attainment on the first start (R_131), withdrawn standards' prices (R_142), Skills Bootcamps
// (R_134 to R_154: programme and component aims by FundModel, ProgType and ConRefNumber, event
// aims and the Event Indicator), and repeated employment statuses (R_97, a warning). Each error
// is on the learner, so it keeps the learner out. Definitions: the 2025/26 catalogue and the agency's code
// (DC-ILR-1819- and DC-ILR-2021-ValidationService, Rules/CrossEntity/R<NN>Rule.cs, identical for
// these rules in both years); R_30 changed in 2025/26 (framework and pathway removed). The later
// rules: R_31, R_56, R_63, R_66, R_68, R_97 are in both codes (R_68 rewritten between them, R_31
// and R_63 changed in 2025/26), R_125, R_126 from 2019/20; the rest are not in the agency's 2020/21
// code and follow the 2025/26 catalogue from 2021/22 (R_152 to R_154 from 2025/26 only: the Event
// Indicator). R_72 and R_73 need the standard's funding cap from LARS (DD17); R_06 and R_59, across
// learners, are the loader's (pipelines/ingest/batch-loader.ts).
//
// The agency reports some of these once for each repeated value (R_43, R_45, R_49, R_51, R_96) or
// each unmatched programme (R_30); a learner rule here reports the first, naming it.
import { addMonths, daysToIso, isoToDays } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2018_19, AS_IN_2020_21, AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, has, learnerRule, num, rowsOf, type AimFacts, type ChildRows, type Rule, type Years } from '../../rule.ts';
import { byDay, dayText as date, famType, firstRepeated, text } from '../record-sets.ts';
import { monitoringOf } from './learner-facts.ts';

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

// ---- Programmes and their aims (R_31, R_56, R_63, R_66, R_125, R_126, R_130, R_137) ----------

const NOT_FUNDED = 99;
const SIXTEEN_TO_NINETEEN = 25;
const T_LEVEL = 31;
const T_LEVEL_PROGRAMMES = new Set([30, 31]);
/** Columns that say which programme an aim belongs to, as each year's rule compares them (null equal to null). */
const FRAMEWORK_COLUMNS = ['prog_type', 'fwork_code', 'pway_code'] as const;
const STANDARD_COLUMNS = ['prog_type', 'std_code'] as const;
const PROGRAMME_COLUMNS = ['prog_type', 'fwork_code', 'pway_code', 'std_code'] as const;
const FUNDED_PROGRAMME_COLUMNS = ['fund_model', 'prog_type', 'fwork_code', 'pway_code', 'std_code'] as const;
const T_LEVEL_COLUMNS = ['fund_model', 'prog_type'] as const;
const BOOTCAMP_COLUMNS = ['fund_model', 'prog_type', 'con_ref_number'] as const;
const LABELS: Readonly<Record<string, string>> = {
  fund_model: 'FundModel',
  prog_type: 'ProgType',
  fwork_code: 'FworkCode',
  pway_code: 'PwayCode',
  std_code: 'StdCode',
  con_ref_number: 'ConRefNumber',
};

const aimType = (aim: Row): number | null => num(aim.aim_type);
/** The two aims agree on every column (a missing value equal only to a missing value). */
function sameIn(a: Row, b: Row, columns: readonly string[]): boolean {
  for (const c of columns) if ((a[c] ?? null) !== (b[c] ?? null)) return false;
  return true;
}
/** The columns of an aim for a message: `ProgType 25, StdCode 123`. */
const describe = (aim: Row, columns: readonly string[]): string => columns.map((c) => `${LABELS[c] ?? c} ${text(aim[c]) ?? '(none)'}`).join(', ');
/** Some aim of the learner other than `not` is of one of the aim types and agrees with `aim` on the columns. */
function hasMatch(aims: readonly AimFacts[], aim: Row, types: readonly number[], columns: readonly string[]): boolean {
  for (const other of aims) {
    if (other.aim === aim) continue;
    const t = aimType(other.aim);
    if (t !== null && types.includes(t) && sameIn(other.aim, aim, columns)) return true;
  }
  return false;
}
const PROGRAMME: readonly number[] = [PROGRAMME_AIM];
const COMPONENT: readonly number[] = [COMPONENT_AIM];
const COMPONENT_OR_CORE: readonly number[] = [COMPONENT_AIM, CORE_AIM];

const R_31_MESSAGE = 'An open programme must have an associated learning aim with the same Programme type and Standard code';
const r31 = (years: Years, columns: readonly string[]) =>
  learnerRule({
    id: 'R_31',
    years,
    field: 'AimType',
    reads: ['aim_type'],
    message: R_31_MESSAGE,
    fix: "Record the learning aims of the learner's open programme (component aims, AimType 3, or a core aim, AimType 5) with the same programme fields, or close the programme aim with its actual end date.",
    test: ({ aims }) => {
      // R31Rule: an open programme aim (no LearnActEndDate) with no component or core aim of the
      // same programme (to 2024/25 ProgType, FworkCode and PwayCode; from 2025/26 ProgType and StdCode).
      for (const { aim, index } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || has(aim, 'learn_act_end_date')) continue;
        if (!hasMatch(aims, aim, COMPONENT_OR_CORE, columns)) {
          return { message: `The open programme aim of ${describe(aim, columns)} has no component or core aim of the same programme.`, value: '1', aimIndex: index };
        }
      }
      return null;
    },
  });

const r63 = (years: Years, sof105Excluded: boolean) =>
  learnerRule({
    id: 'R_63',
    years,
    field: 'AimType',
    reads: ['aim_type'],
    message: 'The learner must not have more than one core aim at the same time',
    fix: "Record the learner's 16-19 study programme core aim (AimType 5, FundModel 25): the substantial aim of the programme.",
    test: ({ aims }) => {
      // R63Rule: a learner with a 16-19 (FundModel 25) aim needs a FundModel 25 core aim. From
      // 2025/26 (the catalogue's exclusion) an aim with SOF 105 does not call for one.
      let needsCore = false;
      for (const { aim, fams } of aims) {
        if (num(aim.fund_model) !== SIXTEEN_TO_NINETEEN) continue;
        if (aimType(aim) === CORE_AIM) return null;
        if (!sof105Excluded || !fams.has('SOF:105')) needsCore = true;
      }
      return needsCore ? { message: 'The learner has 16-19 (FundModel 25) aims and no core aim (AimType 5).', value: null } : null;
    },
  });

/** The rows of one table nested in an aim. */
const finRecords = (aim: AimFacts): readonly Row[] => rowsOf(aim.rows, 'app_fin_record');
const APPRENTICESHIP_PROG_TYPES = new Set([2, 3, 20, 21, 22, 23, 25]);
const APPRENTICESHIPS = 36;

/**
 * The first financial record given twice (same AFinType, AFinCode and AFinDate) within the aims
 * that `keep` chooses, grouped by a column (aims without a value left out), or null.
 */
function repeatedFinRecord(aims: readonly AimFacts[], keep: (aim: Row) => boolean, groupBy: string): { aim: AimFacts & { index: number }; record: Row } | null {
  let seen: Map<string, Set<string>> | null = null;
  for (const facts of aims as readonly (AimFacts & { index: number })[]) {
    const group = facts.aim[groupBy];
    if (group === null || group === undefined || !keep(facts.aim)) continue;
    for (const record of finRecords(facts)) {
      seen ??= new Map();
      let keys = seen.get(String(group));
      if (!keys) seen.set(String(group), (keys = new Set()));
      const key = `${text(record.a_fin_type) ?? ''} ${text(record.a_fin_code) ?? ''} ${text(record.a_fin_date) ?? ''}`;
      if (keys.has(key)) return { aim: facts, record };
      keys.add(key);
    }
  }
  return null;
}
const finRecordText = (r: Row): string => `${text(r.a_fin_type) ?? ''}${text(r.a_fin_code) ?? ''} of ${date(r.a_fin_date) ?? '(no date)'}`;

const R_68_MESSAGE = 'The learner must not have more than one Apprenticeship Financial Record with the same Apprenticeship financial type, code and date';
const R_68_FIX = "Record each financial record of the apprenticeship once: remove the repeated record (same type, code and date) from the programme aim in your MIS.";
const r68 = (years: Years, find: (aims: readonly AimFacts[]) => { aim: AimFacts & { index: number }; record: Row } | null) =>
  learnerRule({
    id: 'R_68',
    years,
    field: 'AFinType',
    reads: ['a_fin_type'],
    message: R_68_MESSAGE,
    fix: R_68_FIX,
    test: ({ aims }) => {
      const found = find(aims);
      return found === null
        ? null
        : { message: `The financial record ${finRecordText(found.record)} is given more than once for the same apprenticeship.`, value: text(found.record.a_fin_type), aimIndex: found.aim.index };
    },
  });
/** 2018/19 (R68Rule): the financial records of the standard programme aims whose StdCode is on more than one of the learner's aims, taken together. */
const isStandardProgramme = (aim: Row): boolean => num(aim.prog_type) === STANDARD && aimType(aim) === PROGRAMME_AIM;
function r68In2018(aims: readonly AimFacts[]): { aim: AimFacts & { index: number }; record: Row } | null {
  let records = 0;
  for (const facts of aims) if (isStandardProgramme(facts.aim)) records += finRecords(facts).length;
  if (records < 2) return null;
  const shared = (code: Row[string] | undefined): boolean => code !== null && code !== undefined && aims.filter((a) => a.aim.std_code === code).length > 1;
  return repeatedFinRecord(aims, (aim) => isStandardProgramme(aim) && shared(aim.std_code), 'prog_type');
}
/** 2019/20 to 2024/25 (R68Rule): FundModel 36 programme aims of an apprenticeship, by StdCode and by FworkCode. */
const isApprenticeshipProgramme = (aim: Row): boolean =>
  aimType(aim) === PROGRAMME_AIM && num(aim.fund_model) === APPRENTICESHIPS && APPRENTICESHIP_PROG_TYPES.has(num(aim.prog_type) ?? -1);
const r68To2024 = (aims: readonly AimFacts[]) => repeatedFinRecord(aims, isApprenticeshipProgramme, 'std_code') ?? repeatedFinRecord(aims, isApprenticeshipProgramme, 'fwork_code');
/** From 2025/26 (the catalogue): FundModel 36 standard programme aims, by StdCode. */
const r68From2025 = (aims: readonly AimFacts[]) =>
  repeatedFinRecord(aims, (aim) => isApprenticeshipProgramme(aim) && num(aim.prog_type) === STANDARD, 'std_code');

// ---- Employment (R_97, R_134) --------------------------------------------------------------------

/** The monitoring of an employment status as a set of `type:code` (type in lower case, as R97Rule compares). */
const monitoringSet = (rows: ChildRows, status: Row): Set<string> =>
  new Set(monitoringOf(rows, status).map((m) => `${text(m.esm_type)?.toLowerCase() ?? ''}:${text(m.esm_code) ?? ''}`));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((k) => b.has(k));

// ---- Skills Bootcamps (R_135 to R_154) ----------------------------------------------------------

const BOOTCAMP = 32;
const isBootcamp = (aim: Row): boolean => num(aim.prog_type) === BOOTCAMP;
/** The Skills Bootcamp event aims the catalogue names (R_150, R_154); R_138 names the first three. */
const EVENT_AIMS = new Set(['Z0059747', 'Z0059748', 'Z0059749', 'Z0060439', 'Z0009541', 'Z0060440', 'Z0060441', 'Z0060442', 'Z0060443']);
const R_138_EVENT_AIMS = new Set(['Z0059747', 'Z0059748', 'Z0059749']);
const aimRef = (aim: Row): string => text(aim.learn_aim_ref)?.toUpperCase() ?? '';
const day = (iso: string): number => isoToDays(iso) as number;
const AUGUST_2023 = day('2023-08-01');
const AUGUST_2024 = day('2024-08-01');
const JULY_2025 = day('2025-07-31');
const AUGUST_2025 = day('2025-08-01');
const startOf = (aim: Row): number => num(aim.learn_start_date) as number;

/** The learner has a Skills Bootcamp aim: the rules below have nothing to say otherwise. */
const anyBootcamp = (aims: readonly AimFacts[]): boolean => {
  for (const { aim } of aims) if (isBootcamp(aim)) return true;
  return false;
};
/** The latest-starting Skills Bootcamp programme aim of the programme `aim` belongs to (same FundModel, ProgType, ConRefNumber), or null. */
function latestProgramme(aims: readonly AimFacts[], aim: Row): Row | null {
  let latest: Row | null = null;
  for (const other of aims) {
    if (aimType(other.aim) !== PROGRAMME_AIM || !sameIn(other.aim, aim, BOOTCAMP_COLUMNS)) continue;
    if (latest === null || startOf(other.aim) >= startOf(latest)) latest = other.aim;
  }
  return latest;
}
/** The earliest start of the Skills Bootcamp programme aims with this ConRefNumber, or null. */
function earliestProgrammeStart(aims: readonly AimFacts[], conRef: Row[string] | undefined): number | null {
  let first: number | null = null;
  for (const { aim } of aims) {
    if (aimType(aim) !== PROGRAMME_AIM || !isBootcamp(aim) || (aim.con_ref_number ?? null) !== (conRef ?? null)) continue;
    const start = startOf(aim);
    if (first === null || start < first) first = start;
  }
  return first;
}
const conRefText = (aim: Row): string => text(aim.con_ref_number) ?? '(none)';
const hasFamType = (facts: AimFacts, type: string): Row | null => {
  for (const f of rowsOf(facts.rows, 'learning_delivery_fam')) if (famType(f) === type) return f;
  return null;
};
const AUGUST_2022 = day('2022-08-01');
/** R_131: apprenticeships, adult skills, Skills Bootcamps, Adult Skills Fund, non-funded and other adult. */
const R_131_FUND_MODELS = new Set([36, 35, 37, 38, 99, 81]);


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
  r31(TO_2024_25, FRAMEWORK_COLUMNS),
  r31(AS_IN_2025_26, STANDARD_COLUMNS),
  learnerRule({
    id: 'R_56',
    field: 'FundModel',
    reads: ['fund_model'],
    message: 'A funded component aim must not have a non-funded programme aim',
    fix: 'Record the programme aim with the funding model of its funded component aims, or record the component aims as not funded (FundModel 99) if the programme is not funded.',
    test: ({ aims }) => {
      // R56Rule: an open non-funded (FundModel 99) programme aim and a funded component aim of the
      // same programme (ProgType, FworkCode, PwayCode, StdCode: to 2024/25 frameworks and
      // standards; from 2025/26 only ProgType and StdCode are returned, so the same comparison).
      for (const { aim } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || num(aim.fund_model) !== NOT_FUNDED || has(aim, 'learn_act_end_date')) continue;
        for (const other of aims) {
          if (aimType(other.aim) !== COMPONENT_AIM || num(other.aim.fund_model) === NOT_FUNDED || !sameIn(other.aim, aim, PROGRAMME_COLUMNS)) continue;
          return { message: `A funded component aim (FundModel ${text(other.aim.fund_model) ?? ''}) belongs to the open non-funded programme aim of ${describe(aim, STANDARD_COLUMNS)}.`, value: text(other.aim.fund_model), aimIndex: other.index };
        }
      }
      return null;
    },
  }),
  r63(TO_2024_25, false),
  r63(AS_IN_2025_26, true),
  learnerRule({
    id: 'R_66',
    field: 'AimType',
    reads: ['aim_type'],
    message: 'All funded component aims must have a corresponding programme aim with the same Programme type and Standard code',
    fix: 'Add the programme aim (AimType 1) this funded component aim belongs to, with the same funding model and programme fields, or correct the component aim so it matches its programme aim.',
    test: ({ aims }) => {
      // R66Rule: a funded (FundModel not 99) component aim with no programme aim of the same
      // FundModel, ProgType, FworkCode, PwayCode and StdCode (the catalogue's 2025/26 FundModel,
      // ProgType and StdCode: frameworks are no longer returned).
      for (const { aim, index } of aims) {
        if (aimType(aim) !== COMPONENT_AIM || num(aim.fund_model) === NOT_FUNDED) continue;
        if (!hasMatch(aims, aim, PROGRAMME, FUNDED_PROGRAMME_COLUMNS)) {
          return { message: `The funded component aim of ${describe(aim, FUNDED_PROGRAMME_COLUMNS)} has no programme aim with the same funding model and programme.`, value: '3', aimIndex: index };
        }
      }
      return null;
    },
  }),
  r68(AS_IN_2018_19, r68In2018),
  r68(AS_IN_2020_21, r68To2024),
  r68(AS_IN_2025_26, r68From2025),
  learnerRule({
    id: 'R_97',
    severity: 'warning',
    entity: 'Learner',
    field: 'EmpStat',
    reads: ['emp_stat'],
    message: 'The learner must not have consecutive Learner Employment status records with the same Employment status, Employer identifier, Agreement Identifier and Employment Status Monitoring',
    fix: 'Remove the later employment status record: it repeats the one before it (same status, employer and monitoring). Record a new employment status only when something about it changes.',
    test: ({ rows }) => {
      // R97Rule: the statuses by DateEmpStatApp; one with another date and the same EmpStat, EmpId
      // (and in 2018/19 AgreeId, in any case) and the same monitoring (types in any case) as the one before.
      const all = rowsOf(rows, 'learner_employment_status');
      if (all.length < 2) return null;
      const sorted = [...all].sort(byDay('date_emp_stat_app'));
      for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1] as Row, sorted[i] as Row];
        if (after.date_emp_stat_app === before.date_emp_stat_app || (after.emp_stat ?? null) !== (before.emp_stat ?? null) || (after.emp_id ?? null) !== (before.emp_id ?? null)) continue;
        if ((text(after.agree_id)?.toUpperCase() ?? null) !== (text(before.agree_id)?.toUpperCase() ?? null)) continue;
        if (!sameSet(monitoringSet(rows, before), monitoringSet(rows, after))) continue;
        return { message: `The employment status applying from ${date(after.date_emp_stat_app) ?? ''} repeats the one applying from ${date(before.date_emp_stat_app) ?? ''} (EmpStat ${text(after.emp_stat) ?? ''}, same employer and monitoring).`, value: text(after.emp_stat) };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_125',
    years: SINCE_2019_20,
    field: 'AimType',
    reads: ['aim_type'],
    message: 'T Level and T Level Foundation Year component or core aims must have a corresponding programme aim with the same combination of funding model and programme type',
    fix: 'Add the T Level (or T Level Foundation Year) programme aim (AimType 1) with the same funding model and programme type as this component or core aim, or correct the aim so it matches its programme aim.',
    test: ({ aims }) => {
      // R125Rule: a component or core aim of ProgType 30 or 31 with no programme aim of the same ProgType and FundModel.
      for (const { aim, index } of aims) {
        const t = aimType(aim);
        if ((t !== COMPONENT_AIM && t !== CORE_AIM) || !T_LEVEL_PROGRAMMES.has(num(aim.prog_type) ?? -1)) continue;
        if (!hasMatch(aims, aim, PROGRAMME, T_LEVEL_COLUMNS)) return { message: `The ${describe(aim, T_LEVEL_COLUMNS)} aim (AimType ${t}) has no programme aim of the same funding model and programme type.`, value: String(t), aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_126',
    years: SINCE_2019_20,
    field: 'AimType',
    reads: ['aim_type'],
    message: 'T Level and T Level Foundation Year programme aims must have a corresponding component or core aim with the same combination of funding model and programme type',
    fix: 'Record the T Level (or T Level Foundation Year) aims of this programme (component aims, AimType 3, or the core aim, AimType 5) with the same funding model and programme type as the programme aim.',
    test: ({ aims }) => {
      // R126Rule: a programme aim of ProgType 30 or 31 with no component or core aim of the same ProgType and FundModel.
      for (const { aim, index } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || !T_LEVEL_PROGRAMMES.has(num(aim.prog_type) ?? -1)) continue;
        if (!hasMatch(aims, aim, COMPONENT_OR_CORE, T_LEVEL_COLUMNS)) return { message: `The ${describe(aim, T_LEVEL_COLUMNS)} programme aim has no component or core aim of the same funding model and programme type.`, value: '1', aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_130',
    years: SINCE_2021_22,
    field: 'PlanLearnHours',
    reads: ['learner.plan_learn_hours'],
    message: 'For T Level programme learning aims, planned learning hours and Planned employability, enrichment and pastoral hours must not be returned',
    fix: "Remove the learner's planned learning hours and planned employability, enrichment and pastoral hours: a learner whose aims are all T Level (FundModel 25, ProgType 31) does not return them.",
    test: ({ learner, aims }) => {
      // The catalogue: every aim FundModel 25 and ProgType 31, and PlanLearnHours or PlanEEPHours returned.
      if (aims.length === 0 || (!has(learner, 'plan_learn_hours') && !has(learner, 'plan_eep_hours'))) return null;
      for (const { aim } of aims) if (num(aim.fund_model) !== SIXTEEN_TO_NINETEEN || num(aim.prog_type) !== T_LEVEL) return null;
      return { message: 'All the learner’s aims are T Level aims, and planned learning hours or planned EEP hours are returned.', value: text(learner.plan_learn_hours) ?? text(learner.plan_eep_hours) };
    },
  }),
  learnerRule({
    id: 'R_131',
    years: SINCE_2021_22,
    field: 'DateLevelApp',
    reads: ['date_level_app'],
    message: 'There must be a prior attainment record matching the earliest learning aim start date for the learner',
    fix: "Add a prior attainment record that applies from the learner's first start date (or earlier): its 'date level applies' on or before the earliest learning start date.",
    test: ({ aims, rows }) => {
      // The catalogue: the earliest start of the aims of FundModel 36, 35, 37, 38, 99 or 81, and
      // no prior attainment record dated on or before it. A learner with no prior attainment
      // record at all is left to the rules on the PriorAttain entity.
      const priors = rowsOf(rows, 'prior_attain');
      if (priors.length === 0) return null;
      let first: number | null = null;
      for (const { aim } of aims) {
        if (!R_131_FUND_MODELS.has(num(aim.fund_model) ?? -1)) continue;
        const start = startOf(aim);
        if (first === null || start < first) first = start;
      }
      if (first === null) return null;
      let earliestPrior: number | null = null;
      for (const p of priors) {
        const d = num(p.date_level_app);
        if (d === null) continue;
        if (d <= first) return null;
        if (earliestPrior === null || d < earliestPrior) earliestPrior = d;
      }
      return { message: `No prior attainment record applies on the earliest start date ${daysToIso(first)}: the first is dated ${earliestPrior === null ? '(none)' : daysToIso(earliestPrior)}.`, value: earliestPrior === null ? null : daysToIso(earliestPrior) };
    },
  }),
  learnerRule({
    id: 'R_134',
    years: SINCE_2021_22,
    field: 'ESMType',
    reads: ['esm_type'],
    message: 'The programme type must be Skills Bootcamps for this Employment Status Monitoring Type',
    fix: "Remove the 'small or medium employer' monitoring (OET 2) from the learner's employment status unless they are on a Skills Bootcamp (ProgType 32).",
    test: ({ rows, aims }) => {
      // The catalogue: EmploymentStatusMonitoring OET 2 and no aim of ProgType 32; not for an aim
      // with the devolved authority delivery exclusion (DAM 023).
      let oet2 = false;
      for (const m of rowsOf(rows, 'employment_status_monitoring')) if (text(m.esm_type)?.toUpperCase() === 'OET' && num(m.esm_code) === 2) oet2 = true;
      if (!oet2) return null;
      for (const { aim, fams } of aims) if (isBootcamp(aim) || fams.has('DAM:023')) return null;
      return { message: 'The learner is monitored as employed by a small or medium employer (OET 2) and has no Skills Bootcamp aim (ProgType 32).', value: 'OET' };
    },
  }),
  learnerRule({
    id: 'R_135',
    years: SINCE_2021_22,
    field: 'AimType',
    reads: ['aim_type'],
    message: 'Skills Bootcamp component aims must have a corresponding programme aim with the same combination of funding model, programme type and contract reference number',
    fix: 'Add the Skills Bootcamp programme aim (AimType 1) this component aim belongs to, with the same funding model, programme type and contract reference number, or correct the component aim to match it.',
    test: ({ aims }) => {
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== COMPONENT_AIM || !isBootcamp(aim)) continue;
        if (!hasMatch(aims, aim, PROGRAMME, BOOTCAMP_COLUMNS)) return { message: `The Skills Bootcamp component aim of ${describe(aim, BOOTCAMP_COLUMNS)} has no programme aim of the same funding model, programme type and contract.`, value: '3', aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_136',
    years: SINCE_2021_22,
    field: 'AimType',
    reads: ['aim_type'],
    // The catalogue gives R_136 R_135's message word for word.
    message: 'Skills Bootcamp component aims must have a corresponding programme aim with the same combination of funding model, programme type and contract reference number',
    fix: 'Record the component aim (AimType 3) of this Skills Bootcamp programme with the same funding model, programme type and contract reference number as its programme aim.',
    test: ({ aims }) => {
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || !isBootcamp(aim)) continue;
        if (!hasMatch(aims, aim, COMPONENT, BOOTCAMP_COLUMNS)) return { message: `The Skills Bootcamp programme aim of ${describe(aim, BOOTCAMP_COLUMNS)} has no component aim of the same funding model, programme type and contract.`, value: '1', aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_137',
    years: SINCE_2021_22,
    field: 'LearnAimRef',
    reads: ['learn_aim_ref'],
    message: 'An occupational specialism learning aim (ZTLOSxxx) needs to be present in the learning delivery record',
    fix: "Add the T Level's occupational specialism aim (learning aim reference ZTLOS…) to the learner's record.",
    test: ({ aims }) => {
      // The catalogue: an aim of ProgType 31 and no aim whose LearnAimRef is ZTLOSxxx.
      let tLevel: (AimFacts & { index: number }) | null = null;
      for (const facts of aims) {
        if (aimRef(facts.aim).startsWith('ZTLOS')) return null;
        if (tLevel === null && num(facts.aim.prog_type) === T_LEVEL) tLevel = facts;
      }
      return tLevel === null ? null : { message: 'The learner has T Level (ProgType 31) aims and no occupational specialism aim (ZTLOS…).', value: text(tLevel.aim.learn_aim_ref), aimIndex: tLevel.index };
    },
  }),
  learnerRule({
    id: 'R_138',
    years: SINCE_2021_22,
    field: 'AchDate',
    reads: ['ach_date'],
    message: 'The achievement date or an event learning aim for Skills Bootcamps (Z0059747, Z0059748, Z0059749) needs to be present in the learning delivery record',
    fix: 'Give the completed Skills Bootcamp programme aim its achievement date, or record the bootcamp event aim (Z0059747, Z0059748 or Z0059749).',
    test: ({ aims }, ctx) => {
      // The catalogue: the latest Skills Bootcamp programme aim, started on or before 31 July 2025,
      // completed (CompStatus 2) with no AchDate, and no event aim Z0059747-9 in the record; not
      // when the file was prepared more than six months after its LearnActEndDate.
      if (!anyBootcamp(aims)) return null;
      for (const { aim } of aims) if (R_138_EVENT_AIMS.has(aimRef(aim))) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || !isBootcamp(aim) || latestProgramme(aims, aim) !== aim) continue;
        if (startOf(aim) > JULY_2025 || num(aim.comp_status) !== 2 || has(aim, 'ach_date')) continue;
        const end = num(aim.learn_act_end_date);
        if (end !== null && ctx.filePreparedOn !== null && ctx.filePreparedOn > addMonths(end, 6)) continue;
        return { message: 'The completed Skills Bootcamp programme aim has no achievement date, and no bootcamp event aim (Z0059747, Z0059748, Z0059749) is recorded.', value: null, aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_140',
    years: SINCE_2021_22,
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date'],
    message: 'The Learning actual end date of the component aims must be returned for this programme',
    fix: "Give the Skills Bootcamp's component aim its actual end date: its programme aim has ended.",
    test: ({ aims }) => {
      // The catalogue: an open ProgType 32 component aim whose programme's latest programme aim
      // (same FundModel, ProgType and ConRefNumber) has a LearnActEndDate.
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== COMPONENT_AIM || !isBootcamp(aim) || has(aim, 'learn_act_end_date')) continue;
        const programme = latestProgramme(aims, aim);
        if (programme !== null && has(programme, 'learn_act_end_date')) {
          return { message: `The component aim has no actual end date, and its programme aim ended on ${date(programme.learn_act_end_date) ?? ''}.`, value: null, aimIndex: index };
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_142',
    years: SINCE_2021_22,
    field: 'AFinDate',
    reads: ['a_fin_date'],
    message: 'The Total Negotiated Price Record must not be on or after the learning start date of an open programme aim where the learner has previously withdrawn.',
    fix: "Date the total negotiated price (TNP) records of the withdrawn or paused programme aim before the restarted programme aim's start date; record the new price on the open programme aim.",
    test: ({ aims }) => {
      // The catalogue: an open standard programme aim (ProgType 25) started on or after 1 August
      // 2022, and a standard programme aim with CompStatus 3 or 6 with a TNP record dated on or after that start.
      for (const open of aims) {
        if (!isStandardProgramme(open.aim) || has(open.aim, 'learn_act_end_date') || startOf(open.aim) < AUGUST_2022) continue;
        const start = startOf(open.aim);
        for (const closed of aims) {
          const status = num(closed.aim.comp_status);
          if (closed === open || !isStandardProgramme(closed.aim) || (status !== 3 && status !== 6)) continue;
          for (const r of finRecords(closed)) {
            const d = num(r.a_fin_date);
            if (text(r.a_fin_type)?.toUpperCase() === 'TNP' && d !== null && d >= start) {
              return { message: `A TNP record of the withdrawn programme aim is dated ${daysToIso(d)}, on or after the open programme aim's start ${daysToIso(start)}.`, value: daysToIso(d), aimIndex: closed.index };
            }
          }
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_143',
    years: SINCE_2021_22,
    field: 'LearnActEndDate',
    reads: ['learn_act_end_date'],
    message: 'The Learning actual end date for the latest programme aim must not be before the Learning actual end date of the latest component aim.',
    fix: "Correct the Skills Bootcamp programme aim's actual end date: it ends on or after the last of its component aims.",
    test: ({ aims }) => {
      // The catalogue: ProgType 32; the latest programme aim's LearnActEndDate before the latest
      // LearnActEndDate of the component aims of the same FundModel, ProgType and ConRefNumber.
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== PROGRAMME_AIM || !isBootcamp(aim) || latestProgramme(aims, aim) !== aim) continue;
        const end = num(aim.learn_act_end_date);
        if (end === null) continue;
        for (const other of aims) {
          const componentEnd = num(other.aim.learn_act_end_date);
          if (aimType(other.aim) === COMPONENT_AIM && sameIn(other.aim, aim, BOOTCAMP_COLUMNS) && componentEnd !== null && componentEnd > end) {
            return { message: `The programme aim ended on ${daysToIso(end)}, before its component aim ended on ${daysToIso(componentEnd)}.`, value: daysToIso(end), aimIndex: index };
          }
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_144',
    years: SINCE_2021_22,
    field: 'AchDate',
    reads: ['ach_date'],
    // The catalogue gives R_144 R_143's message word for word.
    message: 'The Learning actual end date for the latest programme aim must not be before the Learning actual end date of the latest component aim.',
    fix: "Correct the Skills Bootcamp programme aim's achievement date: it cannot be before the first start date of the bootcamp's programme aims (same contract reference).",
    test: ({ aims }) => {
      // The catalogue: a ProgType 32 programme aim started on or after 1 August 2023 with an
      // AchDate before the earliest start of the programme aims with the same ConRefNumber.
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        const ach = num(aim.ach_date);
        if (aimType(aim) !== PROGRAMME_AIM || !isBootcamp(aim) || ach === null || startOf(aim) < AUGUST_2023) continue;
        const first = earliestProgrammeStart(aims, aim.con_ref_number);
        if (first !== null && ach < first) return { message: `The achievement date ${daysToIso(ach)} is before the bootcamp's first programme start ${daysToIso(first)}.`, value: daysToIso(ach), aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_150',
    years: SINCE_2021_22,
    field: 'LearnStartDate',
    reads: ['learn_start_date'],
    message: 'The learning start date of this aim cannot before the learning start date of the programme aim',
    fix: "Correct the Skills Bootcamp event aim's start date: it starts on or after the bootcamp's first programme aim (same contract reference).",
    test: ({ aims }) => {
      // The catalogue: a ProgType 32 programme aim started 1 August 2024 to 31 July 2025; an event
      // aim of the same ConRefNumber starting before the earliest start of its programme aims.
      if (!anyBootcamp(aims)) return null;
      let inWindow = false;
      for (const { aim } of aims) {
        if (aimType(aim) === PROGRAMME_AIM && isBootcamp(aim) && startOf(aim) >= AUGUST_2024 && startOf(aim) <= JULY_2025) inWindow = true;
      }
      if (!inWindow) return null;
      for (const { aim, index } of aims) {
        if (!EVENT_AIMS.has(aimRef(aim))) continue;
        const first = earliestProgrammeStart(aims, aim.con_ref_number);
        if (first !== null && startOf(aim) < first) return { message: `The event aim starts on ${daysToIso(startOf(aim))}, before the bootcamp's first programme start ${daysToIso(first)} (ConRefNumber ${conRefText(aim)}).`, value: daysToIso(startOf(aim)), aimIndex: index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_152',
    years: AS_IN_2025_26,
    field: 'LearnDelFAMType',
    reads: ['learn_del_fam_type'],
    message: 'The Event Indicator must not be used for learning aims starting before 1 August 2025',
    fix: 'Remove the Event Indicator (EVI) record: the bootcamp started before 1 August 2025, so its events are recorded as event aims.',
    test: ({ aims }) => {
      // The catalogue (new in 2025/26): an EVI record where the earliest start of the ProgType 32
      // programme aims of the same ConRefNumber is before 1 August 2025.
      if (!anyBootcamp(aims)) return null;
      for (const facts of aims) {
        if (hasFamType(facts, 'EVI') === null) continue;
        const first = earliestProgrammeStart(aims, facts.aim.con_ref_number);
        if (first !== null && first < AUGUST_2025) return { message: `An Event Indicator (EVI) is recorded on a bootcamp whose first programme aim started on ${daysToIso(first)}, before 1 August 2025.`, value: 'EVI', aimIndex: facts.index };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_153',
    years: AS_IN_2025_26,
    field: 'LearnDelFAMDateFrom',
    reads: ['learn_del_fam_date_from'],
    message: 'The date applies from must be on or after 1 August 2025 for the Event Indicator',
    fix: "Correct the Event Indicator (EVI) record's 'date applies from' to 1 August 2025 or later.",
    test: ({ aims }) => {
      // The catalogue (new in 2025/26): the earliest start of the ProgType 32 programme aims of the
      // same ConRefNumber on or after 1 August 2025, and an EVI record applying from before that day.
      if (!anyBootcamp(aims)) return null;
      for (const facts of aims) {
        for (const f of rowsOf(facts.rows, 'learning_delivery_fam')) {
          const from = num(f.learn_del_fam_date_from);
          if (famType(f) !== 'EVI' || from === null || from >= AUGUST_2025) continue;
          const first = earliestProgrammeStart(aims, facts.aim.con_ref_number);
          if (first !== null && first >= AUGUST_2025) return { message: `The Event Indicator (EVI) applies from ${daysToIso(from)}, before 1 August 2025.`, value: daysToIso(from), aimIndex: facts.index };
        }
      }
      return null;
    },
  }),
  learnerRule({
    id: 'R_154',
    years: AS_IN_2025_26,
    field: 'LearnAimRef',
    reads: ['learn_aim_ref'],
    message: 'Skills Bootcamp event aims must not be used on or after 1 August 2025',
    fix: 'Remove the bootcamp event aim: for a bootcamp starting on or after 1 August 2025, record the event with the Event Indicator (EVI) on the programme aim instead.',
    test: ({ aims }) => {
      // The catalogue (changed in 2025/26, when the Event Indicator replaced the event aims): the
      // earliest start of the ProgType 32 programme aims of a ConRefNumber on or after 1 August
      // 2025, and an event aim (AimType 3) of the same ConRefNumber.
      if (!anyBootcamp(aims)) return null;
      for (const { aim, index } of aims) {
        if (aimType(aim) !== COMPONENT_AIM || !EVENT_AIMS.has(aimRef(aim))) continue;
        const first = earliestProgrammeStart(aims, aim.con_ref_number);
        if (first !== null && first >= AUGUST_2025) return { message: `The event aim ${aimRef(aim)} is recorded on a bootcamp that started on ${daysToIso(first)}, on or after 1 August 2025.`, value: aimRef(aim), aimIndex: index };
      }
      return null;
    },
  }),
];
