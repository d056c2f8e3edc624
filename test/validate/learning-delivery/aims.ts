// Fixture builders for the LearningDelivery rules: one learner with the aims given, in a return of
// its own, and the rules of the fields under test that it breaks. Other fields' rules are left out
// of the answer so that a fixture speaks to one field while rules of other fields are added.
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim, FixtureLearner } from '../../support/ilr-xml.ts';
import { rulesFound, type Fixture } from '../findings.ts';

/** Aims in a return of `year` prepared 15 July at its end; each aim starts 1 September and plans to end 30 June unless it says. */
export const aimsIn = (year: number, aims: Partial<FixtureAim>[], learner: Partial<FixtureLearner> = {}): Fixture => ({
  year,
  preparedOn: `${year + 1}-07-15`,
  learner: { ...learner, aims: aims.map((a) => ({ learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, ...a })) },
});

/** One aim in a 2025/26 return. */
export const aim2025 = (a: Partial<FixtureAim>, learner: Partial<FixtureLearner> = {}): Fixture => aimsIn(2025, [a], learner);

/** The rules found on the fixture whose names start with one of `fields` (`OrigLearnStartDate` → OrigLearnStartDate_01 …). */
export async function fieldRules(w: Warehouse, f: Fixture, ...fields: string[]): Promise<string[]> {
  return (await rulesFound(w, f)).filter((rule) => fields.some((field) => rule.startsWith(`${field}_`)));
}

/** An apprenticeship standard programme aim (FM36, ProgType 25, AimType 1). */
export const STANDARD_PROGRAMME: Partial<FixtureAim> = { learnAimRef: 'ZPROG001', aimType: 1, fundModel: 36, progType: 25, stdCode: 17, pHours: 400 };
export const RESTART = { type: 'RES', code: '1' };
