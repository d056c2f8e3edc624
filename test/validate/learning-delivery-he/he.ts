// HE fixtures: a LearningDeliveryHE record as an aim's extra XML and a LearnerHE record as the
// learner's, in the XSD's order, and the HE rules found on one learner. The default HE record is a
// valid one for a part-time learner (MODESTUD 3) on an aim started on or after 1 August 2021, with
// no student support number and both fees; `he({ NETFEE: undefined })` leaves a field out.
import { HE_RULES } from '../../../pipelines/validate/rules/learning-delivery-he/index.ts';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { rulesFound, type Fixture } from '../findings.ts';

type Fields = Record<string, string | number | undefined>;

const el = (name: string, value: string | number | undefined): string => (value === undefined ? '' : `<${name}>${value}</${name}>`);

/** LearningDeliveryHE's elements in the 2025/26 XSD's order (DOMICILE, UCASAPPID, SOC2000: the older names). */
const ORDER = [
  'SSN', 'QUALENT3', 'SOC2000', 'SOC', 'SEC', 'UCASAPPID', 'UCASSCHEMECODE', 'TYPEYR', 'MODESTUD', 'FUNDLEV', 'FUNDCOMP', 'STULOAD',
  'YEARSTU', 'MSTUFEE', 'PCOLAB', 'SPECFEE', 'NETFEE', 'GROSSFEE', 'DOMICILE', 'PERMADDCOUNTRY', 'ELQ',
] as const;

export const VALID_HE: Fields = {
  QUALENT3: 'P50',
  TYPEYR: 1,
  MODESTUD: 3,
  FUNDLEV: 10,
  FUNDCOMP: 3,
  STULOAD: 50,
  YEARSTU: 1,
  MSTUFEE: 1,
  SPECFEE: 0,
  NETFEE: 5000,
  GROSSFEE: 5000,
  PERMADDCOUNTRY: 'XF',
  ELQ: 3,
};

/** A LearningDeliveryHE record: the valid default with these fields changed (undefined: left out). */
export const he = (fields: Fields = {}): string => {
  const all = { ...VALID_HE, ...fields };
  return `<LearningDeliveryHE>${ORDER.map((name) => el(name, all[name])).join('')}</LearningDeliveryHE>`;
};

/** A LearnerHE record with its financial support records ([type, amount]). */
export const learnerHe = (fields: { UCASPERID?: string; TTACCOM?: number } = {}, support: [number, number][] = []): string =>
  `<LearnerHE>${el('UCASPERID', fields.UCASPERID)}${el('TTACCOM', fields.TTACCOM)}${support
    .map(([t, a]) => `<LearnerHEFinancialSupport><FINTYPE>${t}</FINTYPE><FINAMOUNT>${a}</FINAMOUNT></LearnerHEFinancialSupport>`)
    .join('')}</LearnerHE>`;

/** A not-funded (FM99) aim funded by the Office for Students (SOF 1) in 2025/26, started 2025-09-01. */
export const ofsAim = (a: Partial<FixtureAim> = {}): FixtureAim => ({
  fundModel: 99,
  learnStartDate: '2025-09-01',
  learnPlanEndDate: '2026-06-30',
  compStatus: 1,
  fams: [{ type: 'SOF', code: '1' }],
  extraXml: he(),
  ...a,
});

/** One learner with these aims in a return of `year` prepared on `preparedOn` (2025/26, 2026-03-01 unless said). */
export const heLearner = (aims: FixtureAim[], learnerXml?: string, year = 2025, preparedOn = `${year + 1}-03-01`): Fixture => ({
  year,
  preparedOn,
  learner: { aims, ...(learnerXml === undefined ? {} : { extraXml: learnerXml }) },
});

const HE_IDS: ReadonlySet<string> = new Set(HE_RULES.map((r) => r.id));

/** The HE rules found on the fixture's learner (other rules may fire on it too), sorted. */
export const heRules = async (w: Warehouse, f: Fixture): Promise<string[]> => (await rulesFound(w, f)).filter((r) => HE_IDS.has(r));
