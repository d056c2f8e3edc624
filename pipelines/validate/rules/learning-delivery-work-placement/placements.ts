// What the work placement rules share: the placements nested in an aim, and the aims that are
// work experience (the agency's AimTypes.References).
import type { Row } from '../../../ilr/row.ts';
import { rowsOf, type AimFacts } from '../../rule.ts';

export const placementsOf = (f: AimFacts): readonly Row[] => rowsOf(f.rows, 'learning_delivery_work_placement');

/** Traineeship work placements (by hours), the 16-19 supported internship, work experience and the CDF industry placement. */
export const WORK_EXPERIENCE_AIMS = ['Z0007834', 'Z0007835', 'Z0007836', 'Z0007837', 'Z0007838', 'Z0002347', 'ZWRKX001', 'ZWRKX002'];
export const INDUSTRY_PLACEMENT = 'ZWRKX002';
export const T_LEVEL_PLACEMENT = 'ZWRKX003';
