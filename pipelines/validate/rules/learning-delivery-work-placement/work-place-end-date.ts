// WorkPlaceEndDate: when a work placement ended (2025/26 catalogue; the agency's
// Rules/LearningDelivery/WorkPlaceEndDate). Each rule reports the first placement that breaks it.
import { daysToIso as iso } from '../../../ilr/dates.ts';
import { aimRule, num, type Rule } from '../../rule.ts';
import { placementsOf } from './placements.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'WorkPlaceEndDate_01',
    entity: 'LearningDeliveryWorkPlacement',
    field: 'WorkPlaceEndDate',
    reads: ['learn_aim_ref'],
    message: 'The Work placement end date must be after the Work placement start date',
    fix: 'Check the placement’s start and end dates: the end cannot be before the start.',
    test: (f) => {
      for (const p of placementsOf(f)) {
        const [from, to] = [num(p.work_place_start_date), num(p.work_place_end_date)];
        if (from !== null && to !== null && to < from) return { message: `The placement ends ${iso(to)}, before it starts (${iso(from)}).`, value: iso(to) };
      }
      return null;
    },
  }),
  aimRule({
    id: 'WorkPlaceEndDate_02',
    entity: 'LearningDeliveryWorkPlacement',
    field: 'WorkPlaceEndDate',
    reads: ['learn_act_end_date'],
    message: 'The Work placement end date must be before the Learning actual end date',
    fix: 'A placement ends on or before the aim it belongs to: correct the placement end date or the aim’s actual end date.',
    test: (f) => {
      const end = num(f.aim.learn_act_end_date);
      if (end === null) return null;
      for (const p of placementsOf(f)) {
        const to = num(p.work_place_end_date);
        if (to !== null && to > end) return { message: `The placement ends ${iso(to)}, after the aim's actual end date ${iso(end)}.`, value: iso(to) };
      }
      return null;
    },
  }),
];
