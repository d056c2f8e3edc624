// The catalogue's field-definition rules (FD_<Field>_MA mandatory field missing, _AL too long, _AR
// out of range, _AP not in the field's pattern, FD_<Entity>_EO an entity given too often) are what
// the loader's schema checks decide as it reads a record (Schema_Missing, Schema_Range,
// Schema_Digits, Schema_Pattern, Schema_NumberRange, Schema_Occurrence: pipelines/ingest/parse-fields.ts
// and xml/map-record.ts, from the facts of ilr/entities.ts). Where a check decides the same thing as
// an FD rule of the 2025/26 catalogue (shared/domain/validation-rules-2025-26.csv) — the same field,
// the same mandatory element, the same length, range, pattern or count as the catalogue, the XSD
// (shared/domain/schemas/) and the agency's file validation service (SkillsFundingAgency
// DC-ILR-1819-FileValidationService, Rules/*Validator.cs) — its finding is reported under the FD
// rule's name, here, in one place. The rest keep their Schema_* names; docs/validation-coverage.md
// lists which FD rules are decided and why the others are not.
//
// As the agency's service does, every FD rule a value breaks is reported: a number with too many
// digits is out of range too (ULN 12345678901: FD_ULN_AL and FD_ULN_AR), a LearnRefNumber of 13
// characters is too long and outside its pattern [A-Za-z0-9 ]{1,12} (_AL and _AP). A number's
// _AL counts its characters as written back (sign included, leading zeros not), and a decimal's
// (STULOAD, PCOLAB) its digits before and after the point, as the agency's does. The patterns are the
// XSD's (its RestrictedString for most text; the agency's 2018/19 service also let a double quote
// through), but for EPAOrgID, whose pattern is the agency's ("EPA" and four digits), as the XSD has none.
//
// Not mapped, because our checks do not decide them: the personal fields the loader reads past
// unchecked (FamilyName, GivenNames, AddLine1-4, TelNo, Email, NINumber); and a required element
// present but empty (Schema_Type: the catalogue's _MA says "is null", and whether the agency reads
// an empty element as null is not known). FD_LearningDelivery_EO is a learner with no aims (the
// agency's CountGreaterThanOrEqualTo(1); the catalogue's detailed description, "more than 1", is a slip).
import type { Issue } from '../ilr/issue.ts';
import type { Format } from './rule.ts';

/** What a schema check decides: the element is missing (MA), too long (AL), out of range (AR), outside its pattern (AP), given too often (EO). */
type Kind = 'MA' | 'AL' | 'AR' | 'AP' | 'EO';

/**
 * The FD rules our schema checks decide, by the entity and element they are on (as the loader
 * names them), with the kinds the catalogue has for that field. `name` is the catalogue's spelling
 * of the field where it differs from the element's (`TLOut` → FD_Tlout_AL); `checks` names the
 * check where it is not the kind's usual one (CHECK). For an occurrence rule (EO) the field is the
 * nested entity's element, on the entity it is nested in.
 */
const DECIDED: readonly { entity: string; field: string; kinds: readonly Kind[]; name?: string; checks?: Partial<Record<Kind, string>> }[] = [
  // Learner
  { entity: 'Learner', field: 'LearnRefNumber', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'Learner', field: 'PrevLearnRefNumber', kinds: ['AL', 'AP'] },
  { entity: 'Learner', field: 'PrevUKPRN', kinds: ['AR', 'AL'] },
  { entity: 'Learner', field: 'PMUKPRN', kinds: ['AR', 'AL'] },
  { entity: 'Learner', field: 'CampId', kinds: ['AL', 'AP'] },
  { entity: 'Learner', field: 'ULN', kinds: ['MA', 'AR', 'AL'] },
  { entity: 'Learner', field: 'Ethnicity', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'Sex', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'Learner', field: 'LLDDHealthProb', kinds: ['MA', 'AL'] },
  { entity: 'Learner', field: 'Accom', kinds: ['AL'] },
  { entity: 'Learner', field: 'ALSCost', kinds: ['AR', 'AL'] },
  { entity: 'Learner', field: 'PlanLearnHours', kinds: ['AR', 'AL'] },
  { entity: 'Learner', field: 'PlanEEPHours', kinds: ['AR', 'AL'] },
  { entity: 'Learner', field: 'MathGrade', kinds: ['AL', 'AP'] },
  { entity: 'Learner', field: 'EngGrade', kinds: ['AL', 'AP'] },
  { entity: 'Learner', field: 'PostcodePrior', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'Learner', field: 'Postcode', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearnerFAM', field: 'LearnFAMType', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearnerFAM', field: 'LearnFAMCode', kinds: ['MA', 'AL'] },
  { entity: 'LLDDandHealthProblem', field: 'LLDDCat', kinds: ['MA', 'AL'] },
  { entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD', kinds: ['AL'] },
  { entity: 'ProviderSpecLearnerMonitoring', field: 'ProvSpecLearnMonOccur', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'ProviderSpecLearnerMonitoring', field: 'ProvSpecLearnMon', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearnerEmploymentStatus', field: 'EmpStat', kinds: ['MA', 'AL'] },
  { entity: 'LearnerEmploymentStatus', field: 'DateEmpStatApp', kinds: ['MA'] },
  { entity: 'LearnerEmploymentStatus', field: 'EmpId', kinds: ['AL'] },
  { entity: 'EmploymentStatusMonitoring', field: 'ESMType', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'EmploymentStatusMonitoring', field: 'ESMCode', kinds: ['MA', 'AL'] },
  { entity: 'PriorAttain', field: 'PriorLevel', kinds: ['MA'] },
  { entity: 'PriorAttain', field: 'DateLevelApp', kinds: ['MA'] },
  // UCASPERID is text: its length is the usual check, its number's range its own.
  { entity: 'LearnerHE', field: 'UCASPERID', kinds: ['AL', 'AP', 'AR'], checks: { AL: 'Schema_Range', AR: 'Schema_NumberRange' } },
  { entity: 'LearnerHE', field: 'TTACCOM', kinds: ['AL'] },
  { entity: 'LearnerHEFinancialSupport', field: 'FINTYPE', kinds: ['AL'] },
  { entity: 'LearnerHEFinancialSupport', field: 'FINAMOUNT', kinds: ['MA', 'AR', 'AL'] },
  // LearningDelivery
  { entity: 'LearningDelivery', field: 'LearnAimRef', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'AimType', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'AimSeqNumber', kinds: ['MA', 'AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'LearnStartDate', kinds: ['MA'] },
  { entity: 'LearningDelivery', field: 'LearnPlanEndDate', kinds: ['MA'] },
  { entity: 'LearningDelivery', field: 'FundModel', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'PHours', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'OTJActHours', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'ProgType', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'StdCode', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'PartnerUKPRN', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'DelLocPostCode', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'LSDPostcode', kinds: ['AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'AddHours', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'PriorLearnFundAdj', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'OtherFundAdj', kinds: ['AR', 'AL'] },
  { entity: 'LearningDelivery', field: 'ConRefNumber', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'EPAOrgID', kinds: ['AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'CompStatus', kinds: ['MA', 'AL'] },
  { entity: 'LearningDelivery', field: 'WithdrawReason', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'Outcome', kinds: ['AL'] },
  { entity: 'LearningDelivery', field: 'OutGrade', kinds: ['AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'SWSupAimId', kinds: ['AL', 'AP'] },
  { entity: 'LearningDelivery', field: 'TLOut', kinds: ['AL'], name: 'Tlout' },
  { entity: 'LearningDeliveryFAM', field: 'LearnDelFAMType', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', kinds: ['MA'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceHours', kinds: ['MA', 'AR', 'AL'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceMode', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceEmpId', kinds: ['AL'] },
  { entity: 'AppFinRecord', field: 'AFinType', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'AppFinRecord', field: 'AFinCode', kinds: ['MA', 'AL'] },
  { entity: 'AppFinRecord', field: 'AFinAmount', kinds: ['MA', 'AR', 'AL'] },
  { entity: 'ProviderSpecDeliveryMonitoring', field: 'ProvSpecDelMonOccur', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'ProviderSpecDeliveryMonitoring', field: 'ProvSpecDelMon', kinds: ['MA', 'AL', 'AP'] },
  { entity: 'LearningDeliveryHE', field: 'SSN', kinds: ['AL', 'AP'] },
  { entity: 'LearningDeliveryHE', field: 'QUALENT3', kinds: ['AL', 'AP'] },
  { entity: 'LearningDeliveryHE', field: 'SOC', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'SEC', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'UCASSCHEMECODE', kinds: ['AL', 'AP'] },
  { entity: 'LearningDeliveryHE', field: 'TYPEYR', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'MODESTUD', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'FUNDLEV', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'FUNDCOMP', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'STULOAD', kinds: ['AR', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'YEARSTU', kinds: ['MA', 'AR', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'MSTUFEE', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'PCOLAB', kinds: ['AR', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'SPECFEE', kinds: ['MA', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'NETFEE', kinds: ['AR', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'GROSSFEE', kinds: ['AR', 'AL'] },
  { entity: 'LearningDeliveryHE', field: 'PERMADDCOUNTRY', kinds: ['AL', 'AP'] },
  { entity: 'LearningDeliveryHE', field: 'ELQ', kinds: ['AL'] },
  { entity: 'LearningDeliveryHE', field: 'HEPostCode', kinds: ['AL', 'AP'] },
  // Occurrences (EO): the XSD's maxOccurs of a nested entity; LearningDelivery's is its minOccurs 1.
  { entity: 'Learner', field: 'LLDDandHealthProblem', kinds: ['EO'] },
  { entity: 'Learner', field: 'LearnerFAM', kinds: ['EO'] },
  { entity: 'Learner', field: 'ProviderSpecLearnerMonitoring', kinds: ['EO'] },
  { entity: 'Learner', field: 'LearnerHE', kinds: ['EO'] },
  { entity: 'LearnerEmploymentStatus', field: 'EmploymentStatusMonitoring', kinds: ['EO'] },
  { entity: 'LearnerHE', field: 'LearnerHEFinancialSupport', kinds: ['EO'] },
  { entity: 'LearningDelivery', field: 'ProviderSpecDeliveryMonitoring', kinds: ['EO'] },
  { entity: 'LearningDelivery', field: 'LearningDeliveryHE', kinds: ['EO'] },
  { entity: 'Learner', field: 'LearningDelivery', kinds: ['EO'], checks: { EO: 'Schema_Missing' } },
];

/**
 * The schema check that usually decides each kind: a missing element, a value past the XSD's length
 * or range, outside its pattern, a nested entity too often. A number's _AL (on a field that has an
 * _AR too) is its own check, Schema_Digits.
 */
const CHECK: Record<Kind, string> = { MA: 'Schema_Missing', AL: 'Schema_Range', AR: 'Schema_Range', AP: 'Schema_Pattern', EO: 'Schema_Occurrence' };

const checkOf = (kind: Kind, kinds: readonly Kind[], checks: Partial<Record<Kind, string>> | undefined): string =>
  checks?.[kind] ?? (kind === 'AL' && kinds.includes('AR') ? 'Schema_Digits' : CHECK[kind]);

/** `Schema_Range Learner ULN` → `FD_ULN_AR`. */
const OFFICIAL: ReadonlyMap<string, string> = new Map(
  DECIDED.flatMap(({ entity, field, kinds, name, checks }) =>
    kinds.map((kind) => [`${checkOf(kind, kinds, checks)} ${entity} ${field}`, `FD_${name ?? field}_${kind}`] as const),
  ),
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
