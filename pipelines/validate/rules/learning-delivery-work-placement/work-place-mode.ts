// WorkPlaceMode: whether the placement is internal (1) or external (2) (2025/26 catalogue; the
// agency's Rules/LearningDelivery/WorkPlaceMode, WorkPlaceModeConstants).
import { aimRule, num, type Rule } from '../../rule.ts';
import { placementsOf } from './placements.ts';

export const WORK_PLACE_MODES = [1, 2];

export const rules: readonly Rule[] = [
  aimRule({
    id: 'WorkPlaceMode_01',
    entity: 'LearningDeliveryWorkPlacement',
    field: 'WorkPlaceMode',
    reads: ['learn_aim_ref'],
    message: 'The Work placement mode must be a valid code',
    fix: 'Set the placement mode to 1 (internal, with the provider) or 2 (external, with an employer).',
    test: (f) => {
      for (const p of placementsOf(f)) {
        const mode = num(p.work_place_mode);
        if (mode !== null && !WORK_PLACE_MODES.includes(mode)) return { message: `WorkPlaceMode ${mode} is not a valid code (expected 1 or 2).`, value: String(mode) };
      }
      return null;
    },
  }),
];
