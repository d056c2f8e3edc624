// Work placement fixtures: LearningDeliveryWorkPlacement XML nested in an aim, in the XSD's order.
import type { FixtureAim } from '../../support/ilr-xml.ts';

export interface Placement {
  start: string;
  end?: string;
  mode?: number;
  empId?: number;
  hours?: number;
}

const el = (name: string, value: string | number | undefined) => (value === undefined ? '' : `<${name}>${value}</${name}>`);

/** One work placement, as the aim's extra XML. */
export const placement = (p: Placement): string =>
  `<LearningDeliveryWorkPlacement>${el('WorkPlaceStartDate', p.start)}${el('WorkPlaceEndDate', p.end)}${el('WorkPlaceHours', p.hours ?? 40)}${el('WorkPlaceMode', p.mode ?? 2)}${el('WorkPlaceEmpId', p.empId ?? 999_999_999)}</LearningDeliveryWorkPlacement>`;

/** A 16-19 work experience aim (Z0007834, traineeship placement of 0–49 hours) from 1 September 2025, with these placements. */
export const workExperience = (placements: Placement[], a: Partial<FixtureAim> = {}): Partial<FixtureAim> => ({
  learnAimRef: 'Z0007834',
  fundModel: 25,
  extraXml: placements.map(placement).join(''),
  ...a,
});
