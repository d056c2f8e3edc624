// The catalogue's field-definition rules (FD_<Field>_MA mandatory field missing, _AL too long, _AR
// out of range) are what the loader's schema checks decide as it reads a record (Schema_Missing,
// Schema_Range: pipelines/ingest/parse-fields.ts and xml/map-record.ts). Where a check decides the
// same thing as an FD rule of the 2025/26 catalogue (shared/domain/validation-rules-2025-26.csv) —
// the same field, the same mandatory element, the same length or range as the catalogue and the
// XSD (shared/domain/schemas/) — its finding is reported under the FD rule's name, here, in one
// place. The rest keep their Schema_* names; docs/validation-coverage.md lists which FD rules are
// decided and why the others are not.
//
// Not mapped, because our checks do not decide them: the _AP (pattern) rules — the loader checks a
// text field's length, never its pattern; the _EO (occurrence) rules — nested records are not
// counted; FD_UCASPERID_AR (its range is the pattern [0-9]{10}); the personal fields the loader
// reads past unchecked (FamilyName, GivenNames, AddLine1-4, TelNo, Email, NINumber); an _AL rule on
// a field that also has an _AR rule (a value with too many digits is out of range too: reported
// once, under _AR); a required element present but empty (Schema_Type: the catalogue's _MA says
// "is null", and whether the agency reads an empty element as null is not known); and
// FD_LearningDelivery_EO (a learner with no aims: its detailed description says "more than 1").
import type { Issue } from '../ilr/issue.ts';
import type { Format } from './rule.ts';

/** What a schema check decides: the element is missing (MA), too long (AL) or out of range (AR). */
type Kind = 'MA' | 'AL' | 'AR';

/**
 * The FD rules our schema checks decide, by the entity and element they are on (as the loader
 * names them), with the kinds the catalogue has for that field. `name` is the catalogue's spelling
 * of the field where it differs from the element's (`TLOut` → FD_Tlout_AL).
 */
const DECIDED: readonly { entity: string; field: string; kinds: readonly Kind[]; name?: string }[] = [
  // Learner
  { entity: 'Learner', field: 'LearnRefNumber', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'PrevLearnRefNumber', kinds: ['AL'] },
  { entity: 'Learner', field: 'PrevUKPRN', kinds: ['AR'] },
  { entity: 'Learner', field: 'PMUKPRN', kinds: ['AR'] },
  { entity: 'Learner', field: 'CampId', kinds: ['AL'] },
  { entity: 'Learner', field: 'ULN', kinds: ['MA', 'AR'] },
  { entity: 'Learner', field: 'Ethnicity', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'Sex', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'LLDDHealthProb', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'Accom', kinds: ['AL'] },
  { entity: 'Learner', field: 'ALSCost', kinds: ['AR'] },
  { entity: 'Learner', field: 'PlanLearnHours', kinds: ['AR'] },
  { entity: 'Learner', field: 'PlanEEPHours', kinds: ['AR'] },
  { entity: 'Learner', field: 'MathGrade', kinds: ['AL'] },
  { entity: 'Learner', field: 'EngGrade', kinds: ['AL'] },
  { entity: 'Learner', field: 'PostcodePrior', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'Postcode', kinds: ['MA', 'AL'] },
  { entity: 'LearnerFAM', field: 'LearnFAMType', kinds: ['MA', 'AL'] },
  { entity: 'LearnerFAM', field: 'LearnFAMCode', kinds: ['MA', 'AL'] },
  { entity: 'LLDDandHealthProblem', field: 'LLDDCat', kinds: ['MA', 'AL'] },
  { entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD', kinds: ['AL'] },
  { entity: 'ProviderSpecLearnerMonitoring', field: 'ProvSpecLearnMonOccur', kinds: ['MA', 'AL'] },
  { entity: 'ProviderSpecLearnerMonitoring', field: 'ProvSpecLearnMon', kinds: ['MA', 'AL'] },
  { entity: 'LearnerEmploymentStatus', field: 'EmpStat', kinds: ['MA', 'AL'] },
  { entity: 'LearnerEmploymentStatus', field: 'DateEmpStatApp', kinds: ['MA'] },
  { entity: 'LearnerEmploymentStatus', field: 'EmpId', kinds: ['AL'] },
  { entity: 'EmploymentStatusMonitoring', field: 'ESMType', kinds: ['MA', 'AL'] },
  { entity: 'EmploymentStatusMonitoring', field: 'ESMCode', kinds: ['MA', 'AL'] },
  { entity: 'PriorAttain', field: 'PriorLevel', kinds: ['MA'] },
  { entity: 'PriorAttain', field: 'DateLevelApp', kinds: ['MA'] },
  { entity: 'LearnerHE', field: 'UCASPERID', kinds: ['AL'] },
  { entity: 'LearnerHE', field: 'TTACCOM', kinds: ['AL'] },
  { entity: 'LearnerHEFinancialSupport', field: 'FINTYPE', kinds: ['AL'] },
  { entity: 'LearnerHEFinancialSupport', field: 'FINAMOUNT', kinds: ['MA', 'AR'] },
  // LearningDelivery
  { entity: 'LearningDelivery', field: 'LearnAimRef', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'AimType', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'AimSeqNumber', kinds: ['MA', 'AR'] },
  { entity: 'LearningDelivery', field: 'LearnStartDate', kinds: ['MA'] },
  { entity: 'LearningDelivery', field: 'LearnPlanEndDate', kinds: ['MA'] },
  { entity: 'LearningDelivery', field: 'FundModel', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'PHours', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'OTJActHours', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'ProgType', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'StdCode', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'PartnerUKPRN', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'DelLocPostCode', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'LSDPostcode', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'AddHours', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'PriorLearnFundAdj', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'OtherFundAdj', kinds: ['AR'] },
  { entity: 'LearningDelivery', field: 'ConRefNumber', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'EPAOrgID', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'CompStatus', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'WithdrawReason', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'Outcome', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'OutGrade', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'SWSupAimId', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'TLOut', kinds: ['AL'], name: 'Tlout' },
  { entity: 'LearningDeliveryFAM', field: 'LearnDelFAMType', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', kinds: ['MA'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceHours', kinds: ['MA', 'AR'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceMode', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceEmpId', kinds: ['AL'] },
  { entity: 'AppFinRecord', field: 'AFinType', kinds: ['MA', 'AL'] },
  { entity: 'AppFinRecord', field: 'AFinCode', kinds: ['MA', 'AL'] },
  { entity: 'AppFinRecord', field: 'AFinAmount', kinds: ['MA', 'AR'] },
  { entity: 'ProviderSpecDeliveryMonitoring', field: 'ProvSpecDelMonOccur', kinds: ['MA', 'AL'] },
  { entity: 'ProviderSpecDeliveryMonitoring', field: 'ProvSpecDelMon', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'SSN', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'QUALENT3', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'SOC', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'SEC', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'UCASSCHEMECODE', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'TYPEYR', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'MODESTUD', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'FUNDLEV', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'FUNDCOMP', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'STULOAD', kinds: ['AR'] },
  { entity: 'LearningDeliveryHE', field: 'YEARSTU', kinds: ['MA', 'AR'] },
  { entity: 'LearningDeliveryHE', field: 'MSTUFEE', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'PCOLAB', kinds: ['AR'] },
  { entity: 'LearningDeliveryHE', field: 'SPECFEE', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'NETFEE', kinds: ['AR'] },
  { entity: 'LearningDeliveryHE', field: 'GROSSFEE', kinds: ['AR'] },
  { entity: 'LearningDeliveryHE', field: 'PERMADDCOUNTRY', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'ELQ', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'HEPostCode', kinds: ['AL'] },
];

/** The schema check that decides each kind: a missing element, or a value past the XSD's length or range. */
const CHECK: Record<Kind, string> = { MA: 'Schema_Missing', AL: 'Schema_Range', AR: 'Schema_Range' };

/** `Schema_Range Learner ULN` → `FD_ULN_AR`. */
const OFFICIAL: ReadonlyMap<string, string> = new Map(
  DECIDED.flatMap(({ entity, field, kinds, name }) => kinds.map((kind) => [`${CHECK[kind]} ${entity} ${field}`, `FD_${name ?? field}_${kind}`] as const)),
);

/** Every FD rule the schema checks decide (for the coverage listing and the tests). */
export const DECIDED_FD_RULES: readonly string[] = [...new Set(OFFICIAL.values())].sort();

/** The name a schema finding is reported under: the catalogue's FD rule where one decides the same thing, else its own. */
export function officialName(issue: Issue): string {
  return OFFICIAL.get(`${issue.ruleId} ${issue.entity} ${issue.field ?? ''}`) ?? issue.ruleId;
}

/**
 * The finding as reported: renamed for an XML return (the catalogue's rules are the modern ILR's;
 * a legacy CSV's findings name its field codes and keep the schema names). A new object when
 * renamed: the record's own issues are read as they are by the rules (run-rules.ts).
 */
export function withOfficialName(issue: Issue, format: Format): Issue {
  if (format !== 'xml' || !issue.ruleId.startsWith('Schema_')) return issue;
  const ruleId = officialName(issue);
  return ruleId === issue.ruleId ? issue : { ...issue, ruleId };
}
