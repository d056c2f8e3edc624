// The catalogue's field-definition rules our schema checks decide, reported under their FD_ names
// (pipelines/validate/field-definitions.ts). Table-driven: for each FD rule mapped, one learner whose
// return breaks it (the rule fires, under its FD_ name, not Schema_*) and one that keeps it (it does
// not fire), through the real loader. The values come from the catalogue's descriptions and the
// 2025/26 XSD (shared/domain/schemas/ILR-2025-26.xsd): e.g. FD_ULN_AR, range 1000000000–9999999999,
// so 10000000000 breaks it and 9999999999 (the temporary ULN) keeps it. Each return is a 2025/26
// one (teaching year from 2025-08-01) prepared 2025-10-15, one adult skills (FM35) aim.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECIDED_FD_RULES, officialName, withOfficialName } from '../../pipelines/validate/field-definitions.ts';
import type { Issue } from '../../pipelines/ilr/issue.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../support/ilr-xml.ts';
import { freshWarehouse } from '../support/warehouse.ts';
import { rulesFound, type Fixture } from './findings.ts';

const CATALOGUE = new URL('../../../shared/domain/validation-rules-2025-26.csv', import.meta.url).pathname;

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

const AIM: FixtureAim = { learnStartDate: '2025-09-01', learnPlanEndDate: '2026-06-30', compStatus: 1 };
/** One learner in a 2025/26 return, with the XML changed by `edit`, or with extra XML on the learner or the aim. */
const fixture = (f: { edit?: [string, string]; learnerXml?: string; aimXml?: string }): Fixture => ({
  year: 2025,
  preparedOn: '2025-10-15',
  learner: { aims: [{ ...AIM, ...(f.aimXml ? { extraXml: f.aimXml } : {}) }], ...(f.learnerXml ? { extraXml: f.learnerXml } : {}) },
  ...(f.edit ? { edit: f.edit } : {}),
});

interface Case {
  rule: string;
  /** Why it fires, and why the other does not: the catalogue's description and the XSD's facet. */
  working: string;
  fires: Parameters<typeof fixture>[0];
  keeps: Parameters<typeof fixture>[0];
}

const FAM = (type: string, code: string): string => `<LearnerFAM><LearnFAMType>${type}</LearnFAMType><LearnFAMCode>${code}</LearnFAMCode></LearnerFAM>`;
const DEL_FAM = (inner: string): string => `<LearningDeliveryFAM>${inner}</LearningDeliveryFAM>`;
const WORK = (inner: string): string => `<LearningDeliveryWorkPlacement>${inner}</LearningDeliveryWorkPlacement>`;
const PLACEMENT = (hours: string): string => WORK(`<WorkPlaceStartDate>2025-09-01</WorkPlaceStartDate><WorkPlaceHours>${hours}</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode>`);
const EMPLOYMENT = (inner: string): string => `<LearnerEmploymentStatus>${inner}</LearnerEmploymentStatus>`;
const LLDD = (cat: string): string => `<LLDDandHealthProblem><LLDDCat>${cat}</LLDDCat></LLDDandHealthProblem>`;
const PSDM = `<ProviderSpecDeliveryMonitoring><ProvSpecDelMonOccur>A</ProvSpecDelMonOccur><ProvSpecDelMon>X1</ProvSpecDelMon></ProviderSpecDeliveryMonitoring>`;
/** A LearningDeliveryHE with the fields 2025/26 requires, and `inner` besides. */
const HE = (inner: string): string =>
  `<LearningDeliveryHE>${inner}<TYPEYR>1</TYPEYR><MODESTUD>1</MODESTUD><YEARSTU>1</YEARSTU><MSTUFEE>1</MSTUFEE><SPECFEE>0</SPECFEE></LearningDeliveryHE>`;
const UCAS_PER_ID = (id: string): string => `<LearnerHE><UCASPERID>${id}</UCASPERID></LearnerHE>`;
const ESM = (n: number): string =>
  EMPLOYMENT(`<EmpStat>10</EmpStat><DateEmpStatApp>2025-08-01</DateEmpStatApp>${'<EmploymentStatusMonitoring><ESMType>EII</ESMType><ESMCode>8</ESMCode></EmploymentStatusMonitoring>'.repeat(n)}`);
const APP_FIN = (amount: string): string => `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2025-09-01</AFinDate><AFinAmount>${amount}</AFinAmount></AppFinRecord>`;

const CASES: Case[] = [
  // Mandatory (MA): "<Entity>.<Field> is null" — the element is absent.
  { rule: 'FD_ULN_MA', working: 'Learner.ULN is null', fires: { edit: ['<ULN>1000000043</ULN>', ''] }, keeps: {} },
  { rule: 'FD_Sex_MA', working: 'Learner.Sex is null', fires: { edit: ['<Sex>F</Sex>', ''] }, keeps: {} },
  { rule: 'FD_LearnAimRef_MA', working: 'LearningDelivery.LearnAimRef is null', fires: { edit: ['<LearnAimRef>60000088</LearnAimRef>', ''] }, keeps: {} },
  {
    rule: 'FD_LearnDelFAMCode_MA',
    working: 'LearningDeliveryFAM.LearnDelFAMCode is null',
    fires: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType>') },
    keeps: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>034</LearnDelFAMCode>') },
  },
  {
    rule: 'FD_DateEmpStatApp_MA',
    working: 'LearnerEmploymentStatus.DateEmpStatApp is null',
    fires: { learnerXml: EMPLOYMENT('<EmpStat>10</EmpStat>') },
    keeps: { learnerXml: EMPLOYMENT('<EmpStat>10</EmpStat><DateEmpStatApp>2025-08-01</DateEmpStatApp>') },
  },
  // Length (AL): "<Field> <> null and number of characters > n" — the XSD's maxLength, or its totalDigits for a number.
  { rule: 'FD_Postcode_AL', working: 'more than 8 characters: "B12 9QSXX" is 9', fires: { edit: ['<Postcode>', '<Postcode>XX'] }, keeps: {} },
  { rule: 'FD_LearnRefNumber_AL', working: 'more than 12 characters: 13 fire, 12 keep', fires: { edit: ['<LearnRefNumber>L1<', '<LearnRefNumber>L123456789012<'] }, keeps: { edit: ['<LearnRefNumber>L1<', '<LearnRefNumber>L12345678901<'] } },
  { rule: 'FD_AimType_AL', working: 'more than 1 character (totalDigits 1): 11 fires, 4 keeps', fires: { edit: ['<AimType>4<', '<AimType>11<'] }, keeps: {} },
  { rule: 'FD_Ethnicity_AL', working: 'more than 2 characters (totalDigits 2): 100 fires, 99 keeps', fires: { edit: ['<Ethnicity>31<', '<Ethnicity>100<'] }, keeps: { edit: ['<Ethnicity>31<', '<Ethnicity>99<'] } },
  { rule: 'FD_LearnFAMCode_AL', working: 'more than 3 characters (totalDigits 3): 1000 fires, 999 keeps', fires: { learnerXml: FAM('EHC', '1000') }, keeps: { learnerXml: FAM('EHC', '999') } },
  { rule: 'FD_LLDDCat_AL', working: 'more than 2 characters (totalDigits 2): 100 fires, 99 keeps', fires: { learnerXml: LLDD('100') }, keeps: { learnerXml: LLDD('99') } },
  { rule: 'FD_LearnDelFAMCode_AL', working: 'more than 5 characters: 123456 fires, 12345 keeps', fires: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>123456</LearnDelFAMCode>') }, keeps: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>12345</LearnDelFAMCode>') } },
  // Range (AR): "<Field> is out of range" — the XSD's minInclusive and maxInclusive.
  { rule: 'FD_ULN_AR', working: '1000000000–9999999999: 10000000000 fires, 9999999999 keeps', fires: { edit: ['<ULN>1000000043<', '<ULN>10000000000<'] }, keeps: { edit: ['<ULN>1000000043<', '<ULN>9999999999<'] } },
  { rule: 'FD_AimSeqNumber_AR', working: '1–98: 99 fires, 98 keeps', fires: { edit: ['<AimSeqNumber>1<', '<AimSeqNumber>99<'] }, keeps: { edit: ['<AimSeqNumber>1<', '<AimSeqNumber>98<'] } },
  { rule: 'FD_ALSCost_AR', working: '0–999999 in 2025/26: 1000000 fires, 999999 keeps', fires: { learnerXml: '<ALSCost>1000000</ALSCost>' }, keeps: { learnerXml: '<ALSCost>999999</ALSCost>' } },
  { rule: 'FD_PlanLearnHours_AR', working: '0–9999: 10000 fires, 0 keeps', fires: { learnerXml: '<PlanLearnHours>10000</PlanLearnHours>' }, keeps: { learnerXml: '<PlanLearnHours>0</PlanLearnHours>' } },
  { rule: 'FD_PartnerUKPRN_AR', working: '10000000–99999999: 9999999 fires, 10000000 keeps', fires: { aimXml: '<PartnerUKPRN>9999999</PartnerUKPRN>' }, keeps: { aimXml: '<PartnerUKPRN>10000000</PartnerUKPRN>' } },
  { rule: 'FD_WorkPlaceHours_AR', working: '1–9999: 0 fires, 1 keeps', fires: { aimXml: PLACEMENT('0') }, keeps: { aimXml: PLACEMENT('1') } },
  { rule: 'FD_AFinAmount_AR', working: '0–999999: 1000000 fires, 999999 keeps', fires: { aimXml: APP_FIN('1000000') }, keeps: { aimXml: APP_FIN('999999') } },
  // UCASPERID's range, read as a number (the agency's long.TryParse, then 1–9999999999): ten zeros
  // match the pattern [0-9]{10} but are 0; 0000000001 is 1.
  { rule: 'FD_UCASPERID_AR', working: 'read as a number, 1–9999999999: 0000000000 fires, 0000000001 keeps', fires: { learnerXml: UCAS_PER_ID('0000000000') }, keeps: { learnerXml: UCAS_PER_ID('0000000001') } },
  // Pattern (AP): "<Field> does not match the validation pattern" — the XSD's pattern: RestrictedString
  // (letters, digits, space and ~!@#$%&'()*+,-./:;<=>?[\]_{}^£€) unless the field has its own.
  { rule: 'FD_LearnRefNumber_AP', working: '[A-Za-z0-9 ]{1,12}: L-1 fires, "L 1" keeps', fires: { edit: ['<LearnRefNumber>L1<', '<LearnRefNumber>L-1<'] }, keeps: { edit: ['<LearnRefNumber>L1<', '<LearnRefNumber>L 1<'] } },
  { rule: 'FD_Postcode_AP', working: 'RestrictedString: an accented letter fires, ZZ99 9ZZ keeps', fires: { edit: ['<Postcode>B12 9QS<', '<Postcode>B12 9QÉ<'] }, keeps: { edit: ['<Postcode>B12 9QS<', '<Postcode>ZZ99 9ZZ<'] } },
  { rule: 'FD_Sex_AP', working: 'RestrictedString: a double quote fires, M keeps', fires: { edit: ['<Sex>F<', '<Sex>"<'] }, keeps: { edit: ['<Sex>F<', '<Sex>M<'] } },
  { rule: 'FD_LearnAimRef_AP', working: 'RestrictedString: | fires, 60000088 keeps', fires: { edit: ['<LearnAimRef>60000088<', '<LearnAimRef>6000|088<'] }, keeps: {} },
  { rule: 'FD_LearnDelFAMCode_AP', working: 'RestrictedString: a tab fires, 034 keeps', fires: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>0\t34</LearnDelFAMCode>') }, keeps: { aimXml: DEL_FAM('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>034</LearnDelFAMCode>') } },
  { rule: 'FD_EPAOrgID_AP', working: 'the agency\'s [Ee][Pp][Aa][0-9]{4}: EP00001 fires, epa0001 keeps', fires: { aimXml: '<EPAOrgID>EP00001</EPAOrgID>' }, keeps: { aimXml: '<EPAOrgID>epa0001</EPAOrgID>' } },
  { rule: 'FD_UCASPERID_AP', working: '[0-9]{10}: 123456789A fires, 0123456789 keeps', fires: { learnerXml: UCAS_PER_ID('123456789A') }, keeps: { learnerXml: UCAS_PER_ID('0123456789') } },
  { rule: 'FD_UCASSCHEMECODE_AP', working: '[a-zA-Z]{2}[0-9]{2}|[0-9]{9}: A1B2 fires, ab12 keeps', fires: { aimXml: HE('<UCASSCHEMECODE>A1B2</UCASSCHEMECODE>') }, keeps: { aimXml: HE('<UCASSCHEMECODE>ab12</UCASSCHEMECODE>') } },
  // A number's length (AL beside AR): its characters as written back, sign included (the agency's
  // Length(1, n) on the number); a decimal's digits before and after the point (DecimalLength(4, 1)).
  { rule: 'FD_ULN_AL', working: 'more than 10 characters: 10000000000 fires (and _AR), 9999999999 keeps', fires: { edit: ['<ULN>1000000043<', '<ULN>10000000000<'] }, keeps: { edit: ['<ULN>1000000043<', '<ULN>9999999999<'] } },
  { rule: 'FD_AimSeqNumber_AL', working: 'more than 2 characters: 100 fires, 99 keeps (99 is out of range: _AR only)', fires: { edit: ['<AimSeqNumber>1<', '<AimSeqNumber>100<'] }, keeps: { edit: ['<AimSeqNumber>1<', '<AimSeqNumber>99<'] } },
  { rule: 'FD_PlanLearnHours_AL', working: 'more than 4 characters: -1000 fires, -100 keeps (out of range: _AR only)', fires: { learnerXml: '<PlanLearnHours>-1000</PlanLearnHours>' }, keeps: { learnerXml: '<PlanLearnHours>-100</PlanLearnHours>' } },
  { rule: 'FD_STULOAD_AL', working: 'decimal(4, 1): 0.25 fires (in range), 300.0 keeps', fires: { aimXml: HE('<STULOAD>0.25</STULOAD>') }, keeps: { aimXml: HE('<STULOAD>300.0</STULOAD>') } },
  { rule: 'FD_PCOLAB_AL', working: 'decimal(4, 1): 100.00 fires, 100.0 keeps', fires: { aimXml: HE('<PCOLAB>100.00</PCOLAB>') }, keeps: { aimXml: HE('<PCOLAB>100.0</PCOLAB>') } },
  // Occurrences (EO): the XSD's maxOccurs.
  { rule: 'FD_LearnerFAM_EO', working: 'at most 17: 18 fire, 17 keep', fires: { learnerXml: FAM('EHC', '1').repeat(18) }, keeps: { learnerXml: FAM('EHC', '1').repeat(17) } },
  { rule: 'FD_EmploymentStatusMonitoring_EO', working: 'at most 10 in 2025/26: 11 fire, 10 keep', fires: { learnerXml: ESM(11) }, keeps: { learnerXml: ESM(10) } },
  { rule: 'FD_ProviderSpecDeliveryMonitoring_EO', working: 'at most 4: 5 fire, 4 keep', fires: { aimXml: PSDM.repeat(5) }, keeps: { aimXml: PSDM.repeat(4) } },
  { rule: 'FD_LearningDeliveryHE_EO', working: 'at most 1: 2 fire, 1 keeps', fires: { aimXml: HE('').repeat(2) }, keeps: { aimXml: HE('') } },
  { rule: 'FD_LearnerHE_EO', working: 'at most 1: 2 fire, 1 keeps', fires: { learnerXml: UCAS_PER_ID('0123456789').repeat(2) }, keeps: { learnerXml: UCAS_PER_ID('0123456789') } },
];

describe('schema findings under the catalogue’s FD_ names', () => {
  it.each(CASES)('$rule fires ($working), and not on a value that keeps it', async ({ rule, fires, keeps }) => {
    const fired = await rulesFound(w, fixture(fires));
    expect(fired).toContain(rule);
    expect(fired.filter((r) => r.startsWith('Schema_'))).toEqual([]);
    expect(await rulesFound(w, fixture(keeps))).not.toContain(rule);
  });

  it('reports every FD rule a value breaks, as the agency does', async () => {
    // 13 characters outside [A-Za-z0-9 ]: too long and outside the pattern.
    expect(await rulesFound(w, fixture({ edit: ['<LearnRefNumber>L1<', '<LearnRefNumber>L-2345678901X<'] }))).toEqual(['FD_LearnRefNumber_AL', 'FD_LearnRefNumber_AP']);
    // -100000000 is 10 characters (not too long) but below 1000000000: the range only.
    expect(await rulesFound(w, fixture({ edit: ['<ULN>1000000043<', '<ULN>-100000000<'] }))).toEqual(['FD_ULN_AR']);
    // 300.05: in range? no (over 300), and two decimals.
    expect(await rulesFound(w, fixture({ aimXml: HE('<STULOAD>300.05</STULOAD>') }))).toEqual(['FD_STULOAD_AL', 'FD_STULOAD_AR']);
  });

  it('FD_LearningDelivery_EO: a learner with no aims (the minimum is 1)', async () => {
    const found = await rulesFound(w, { year: 2025, preparedOn: '2025-10-15', learner: { aims: [] } });
    expect(found).toContain('FD_LearningDelivery_EO');
    expect(found.filter((r) => r.startsWith('Schema_'))).toEqual([]);
  });

  it('keeps the schema names where no FD rule decides the same thing', async () => {
    // An Ethnicity that is not a number is the schema's type check: no FD rule says so.
    expect(await rulesFound(w, fixture({ edit: ['<Ethnicity>31<', '<Ethnicity>white<'] }))).toEqual(['Schema_Type']);
    // A required element present but empty: the catalogue's _MA says "is null"; not mapped.
    expect(await rulesFound(w, fixture({ edit: ['<Sex>F</Sex>', '<Sex></Sex>'] }))).toEqual(['Schema_Type']);
  });
});

describe('the mapping', () => {
  const live = new Set(
    (parse(readFileSync(CATALOGUE), { columns: true, bom: true }) as { Name: string; Status: string }[])
      .filter((r) => ['Active', 'Changed', 'New'].includes(r.Status.trim()))
      .map((r) => r.Name.trim()),
  );

  it('names only live rules of the catalogue, and each FD rule once', () => {
    expect(DECIDED_FD_RULES.filter((n) => !live.has(n))).toEqual([]);
    expect(new Set(DECIDED_FD_RULES).size).toBe(DECIDED_FD_RULES.length);
    // Every case above is a rule the mapping decides, and every kind is tried.
    expect(CASES.map((c) => c.rule).filter((r) => !DECIDED_FD_RULES.includes(r))).toEqual([]);
  });

  it('renames by entity and field, for XML returns only', () => {
    const issue: Issue = { ruleId: 'Schema_Missing', severity: 'error', scope: 'learner', entity: 'Learner', field: 'ULN', value: null, message: '' };
    expect(officialName(issue)).toBe('FD_ULN_MA');
    // LearnRefNumber is the catalogue's on Learner, not on a destination record.
    expect(officialName({ ...issue, entity: 'LearnerDestinationandProgression', field: 'LearnRefNumber' })).toBe('Schema_Missing');
    // FINTYPE is mandatory, but the catalogue has no FD_FINTYPE_MA.
    expect(officialName({ ...issue, entity: 'LearnerHEFinancialSupport', field: 'FINTYPE' })).toBe('Schema_Missing');
    expect(officialName({ ...issue, ruleId: 'Schema_Range', entity: 'LearningDelivery', field: 'TLOut' })).toBe('FD_Tlout_AL');
    expect(withOfficialName(issue, 'xml').ruleId).toBe('FD_ULN_MA');
    expect(withOfficialName(issue, 'legacy_csv')).toBe(issue);
    // The record's own issue is not changed: run-rules.ts reads it as Schema_Missing (ULN_04).
    expect(issue.ruleId).toBe('Schema_Missing');
  });
});
