// WorkPlacement: whether an aim that must have a work placement has one (2025/26 catalogue; the
// agency's Rules/LearningDelivery/WorkPlacement, new in its 2020/21 code).
import { SINCE_2019_20, aimRule, type Rule } from '../../rule.ts';
import { aimRef } from '../learning-delivery/programmes.ts';
import { T_LEVEL_PLACEMENT, placementsOf } from './placements.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'WorkPlacement_01',
    years: SINCE_2019_20,
    entity: 'LearningDeliveryWorkPlacement',
    field: 'WorkPlacement',
    reads: ['learn_aim_ref'],
    message: 'A Work placement record must be returned',
    fix: 'Add the work placement (start date, mode, employer) to the T Level industry placement aim (ZWRKX003).',
    test: (f) => (aimRef(f) === T_LEVEL_PLACEMENT && placementsOf(f).length === 0 ? 'The T Level industry placement aim (ZWRKX003) has no work placement record.' : null),
  }),
];
