// WorkPlaceStartDate: when a work placement started, and which aims have placements (2025/26
// catalogue; the agency's Rules/LearningDelivery/WorkPlaceStartDate).
import { daysToIso as iso, isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, aimRule, num, type AimRule, type Rule, type Years } from '../../rule.ts';
import { aimRef } from '../learning-delivery/programmes.ts';
import { INDUSTRY_PLACEMENT, T_LEVEL_PLACEMENT, WORK_EXPERIENCE_AIMS, placementsOf } from './placements.ts';

const JULY_2014 = isoToDays('2014-07-31') as number;
const MAY_HAVE_PLACEMENTS = [...WORK_EXPERIENCE_AIMS, T_LEVEL_PLACEMENT];
const placementRule = (spec: Omit<Parameters<typeof aimRule>[0], 'entity' | 'field'>): AimRule =>
  aimRule({ ...spec, entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate' });

/** WorkPlaceStartDate_04 as defined in `years`, not raised on the funding models `excluded` names. */
const workPlaceStartDate04 = (years: Years, excluded: readonly number[]) =>
  placementRule({
    id: 'WorkPlaceStartDate_04',
    years,
    reads: ['fund_model', 'learn_aim_ref'],
    message: '16-19 Funding model must be returned for this learning aim',
    fix: 'Industry placements (ZWRKX002) and T Level placements (ZWRKX003) are 16-19 funded: set the funding model to 25.',
    test: (f) => {
      const [ref, fm] = [aimRef(f), num(f.aim.fund_model)];
      return (ref === INDUSTRY_PLACEMENT || ref === T_LEVEL_PLACEMENT) && fm !== 25 && !excluded.includes(fm ?? -1)
        ? `The placement aim ${String(f.aim.learn_aim_ref)} has FundModel ${fm}, not 25.`
        : null;
    },
  });

export const rules: readonly Rule[] = [
  placementRule({
    id: 'WorkPlaceStartDate_01',
    reads: ['learn_aim_ref', 'learn_start_date'],
    message: 'The Work Placement record must be returned for this learning aim',
    fix: 'Add the work placement (start date, mode, employer) to this work experience aim.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      return start !== null && start > JULY_2014 && WORK_EXPERIENCE_AIMS.includes(aimRef(f)) && placementsOf(f).length === 0
        ? `The work experience aim ${String(f.aim.learn_aim_ref)} has no work placement record.`
        : null;
    },
  }),
  placementRule({
    id: 'WorkPlaceStartDate_02',
    reads: ['learn_start_date'],
    message: 'The Work placement start date must be after the Learning start date',
    fix: 'A placement starts on or after the aim it belongs to: correct the placement start date or the aim’s start date.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      if (start === null) return null;
      for (const p of placementsOf(f)) {
        const from = num(p.work_place_start_date);
        if (from !== null && from < start) return { message: `The placement starts ${iso(from)}, before the aim's start date ${iso(start)}.`, value: iso(from) };
      }
      return null;
    },
  }),
  placementRule({
    id: 'WorkPlaceStartDate_03',
    reads: ['learn_aim_ref'],
    message: 'A Work placement record must not be returned for this learning aim',
    fix: 'Only work experience and placement aims have work placements: move the placement to the work experience aim, or remove it.',
    test: (f) =>
      placementsOf(f).length > 0 && !MAY_HAVE_PLACEMENTS.includes(aimRef(f))
        ? `The aim ${String(f.aim.learn_aim_ref)} is not a work experience aim but has a work placement record.`
        : null,
  }),
  // The agency's 2018/19 and 2020/21 code has no exclusion; the 2025/26 catalogue leaves out non-funded T Levels (99).
  workPlaceStartDate04({ from: null, to: 2024 }, []),
  workPlaceStartDate04(AS_IN_2025_26, [99]),
];
