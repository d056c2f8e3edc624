// The ILR entities as ilr-insight stores them in `raw.*`: one table per entity, one column per
// ILR element (snake_case of the element name), typed. This one list drives the warehouse DDL,
// the XML and legacy-CSV mappers and the appender, so a field is declared once.
//
// Personal data is minimised at the door (DESIGN.md, "Personal data"): names, addresses, phone,
// e-mail and NI number are read past and never stored; postcodes keep their outward code only.

export type ColumnType = 'varchar' | 'integer' | 'bigint' | 'date' | 'double';

/**
 * Which agency schema a collection year is checked against: the two published XSDs
 * (shared/domain/schemas) are applied strictly to their own years; the years between, whose XSDs
 * are not public, accept the elements and ranges of either.
 */
export type SchemaLayout = '2018-19' | '2025-26' | 'between';

export const layoutOf = (collectionYear: number): SchemaLayout =>
  collectionYear <= 2018 ? '2018-19' : collectionYear >= 2025 ? '2025-26' : 'between';

/** What the XSD says about one element, for the Schema_* rules. */
export interface SchemaFacts {
  /** minOccurs = 1 (in the named layout only, when a string). */
  readonly required?: true | '2018-19';
  readonly min?: number;
  /** Inclusive maximum; per layout where the two XSDs differ. */
  readonly max?: number | { readonly '2018-19': number; readonly '2025-26': number };
  readonly maxLength?: number;
  /** The element exists in this layout's XSD only. */
  readonly only?: '2018-19' | '2025-26';
  /**
   * The characters a text value may hold, as the agency's field-definition check (FD_<Field>_AP)
   * reads the XSD's pattern: anchored, applied to the value as read (XML returns only).
   */
  readonly pattern?: RegExp;
  /**
   * A number's most characters as written back (sign included), the agency's FD_<Field>_AL on a
   * field that also has a range; for a decimal, [precision, scale] (xs:decimal, fractionDigits).
   */
  readonly digits?: number | readonly [number, number];
}

export interface FieldSpec {
  /** ILR XML element name, as the specification spells it (for a legacy-only field, its code). */
  readonly element: string;
  /** The field exists only in legacy CSV returns (never read from XML). */
  readonly legacyOnly?: boolean;
  /** Column name in `raw.*`. */
  readonly column: string;
  readonly type: ColumnType;
  /** How the value is reduced before it is stored. */
  readonly minimise?: 'outward_postcode';
  readonly schema?: SchemaFacts;
}

export interface EntitySpec {
  /** Table name in the `raw` schema. */
  readonly table: string;
  /** XML element that holds one record of this entity. */
  readonly element: string;
  /** Columns that key the record to its learner (and aim), copied from the parent. */
  readonly parentKeys: readonly { column: string; type: ColumnType }[];
  readonly fields: readonly FieldSpec[];
  /** Entities nested inside this one in the XML. */
  readonly children?: readonly EntitySpec[];
  /** The entity exists in this layout's XSD only. */
  readonly only?: '2018-19' | '2025-26';
  /** The XSD's maxOccurs for this entity in its parent (per layout where the two differ): FD_<Entity>_EO. */
  readonly maxOccurs?: number | { readonly '2018-19': number; readonly '2025-26': number };
}

/** Elements read past and never stored: personal data the warehouse does not need. */
export const DROPPED_PERSONAL_ELEMENTS: ReadonlySet<string> = new Set([
  'FamilyName',
  'GivenNames',
  'NINumber',
  'AddLine1',
  'AddLine2',
  'AddLine3',
  'AddLine4',
  'TelNo',
  'Email',
]);

/**
 * Names that say an element (or legacy CSV column) the loader does not know may hold personal
 * data, however it is spelt or prefixed (`FamilyNames`, `EmailAddress`, `NINo`, `Home Tel`,
 * `PostCode`): its name is kept, its value never (docs/ingestion.md, "Personal data").
 */
export const PERSONAL_NAME = /name|mail|phone|tel|mobile|fax|nino|ni.?num|insurance|post.?code|address|add.?line|street|town|county|birth/i;

const snake = (element: string): string =>
  element
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

const f = (element: string, type: ColumnType, schema?: SchemaFacts, minimise?: 'outward_postcode'): FieldSpec => ({
  element,
  column: snake(element),
  type,
  ...(schema ? { schema } : {}),
  ...(minimise ? { minimise } : {}),
});

const legacy = (code: string, column: string, type: ColumnType): FieldSpec => ({
  element: code,
  column,
  type,
  legacyOnly: true,
});

// Facts shared by many elements of the XSDs: `digits(n)` is xs:int with totalDigits n.
const REQ = { required: true } as const;
const digits = (n: number, required = false): SchemaFacts => ({ max: 10 ** n - 1, ...(required ? REQ : {}) });
const upTo = (max: number, min = 0, required = false): SchemaFacts => ({ min, max, ...(required ? REQ : {}) });
const chars = (maxLength: number, required = false): SchemaFacts => ({ maxLength, ...(required ? REQ : {}) });
const UKPRN_RANGE = upTo(99_999_999, 10_000_000);
/**
 * The XSD's RestrictedString, the characters every ILR text field may hold (both published XSDs
 * agree): letters, digits, space and ~!@#$%&'()*+,-./:;<=>?[\]_{}^£€. A tab, a newline, a double
 * quote, an accented letter are not among them.
 */
const RESTRICTED = /^[A-Za-z0-9 ~!@#$%&'()*+,\-./:;<=>?[\\\]_{}^£€]*$/;
/** RestrictedString of 1 to n characters: the length is the _AL check, the characters the _AP one. */
const text = (maxLength: number, required = false): SchemaFacts => ({ ...chars(maxLength, required), pattern: RESTRICTED });
/** A number whose characters as written back (sign included) are checked as well as its range (FD_<Field>_AL beside _AR). */
const withDigits = (facts: SchemaFacts, digits: number | readonly [number, number]): SchemaFacts => ({ ...facts, digits });
const UKPRN = withDigits(UKPRN_RANGE, 8);

/** LearnRefNumber and PrevLearnRefNumber: letters, digits and spaces, 1 to 12. */
const LEARN_REF = /^[A-Za-z0-9 ]{1,12}$/;
/** UCASAPPID (2018/19) and UCASSCHEMECODE (2025/26): two letters and two digits, or nine digits. */
const UCAS_CODE = /^(?:[a-zA-Z]{2}[0-9]{2}|[0-9]{9})$/;

const LEARNER_KEY = [{ column: 'learn_ref_number', type: 'varchar' }] as const;
const AIM_KEY = [...LEARNER_KEY, { column: 'aim_seq_number', type: 'integer' }] as const;

export const LEARNER_FAM: EntitySpec = {
  table: 'learner_fam',
  element: 'LearnerFAM',
  maxOccurs: 17,
  parentKeys: LEARNER_KEY,
  fields: [f('LearnFAMType', 'varchar', text(3, true)), f('LearnFAMCode', 'integer', digits(3, true))],
};

export const LLDD_AND_HEALTH_PROBLEM: EntitySpec = {
  table: 'llddandhealthproblem',
  element: 'LLDDandHealthProblem',
  maxOccurs: 22,
  parentKeys: LEARNER_KEY,
  fields: [f('LLDDCat', 'integer', digits(2, true)), f('PrimaryLLDD', 'integer', digits(1))],
};

export const CONTACT_PREFERENCE: EntitySpec = {
  table: 'contact_preference',
  element: 'ContactPreference',
  maxOccurs: 5,
  parentKeys: LEARNER_KEY,
  only: '2018-19',
  fields: [f('ContPrefType', 'varchar', text(3, true)), f('ContPrefCode', 'integer', digits(1, true))],
};

export const PROVIDER_SPEC_LEARNER_MONITORING: EntitySpec = {
  table: 'provider_spec_learner_monitoring',
  element: 'ProviderSpecLearnerMonitoring',
  maxOccurs: 2,
  parentKeys: LEARNER_KEY,
  fields: [f('ProvSpecLearnMonOccur', 'varchar', text(1, true)), f('ProvSpecLearnMon', 'varchar', text(20, true))],
};

export const EMPLOYMENT_STATUS_MONITORING: EntitySpec = {
  table: 'employment_status_monitoring',
  element: 'EmploymentStatusMonitoring',
  maxOccurs: { '2018-19': 7, '2025-26': 10 },
  parentKeys: [...LEARNER_KEY, { column: 'date_emp_stat_app', type: 'date' }],
  fields: [f('ESMType', 'varchar', text(3, true)), f('ESMCode', 'integer', digits(2, true))],
};

export const LEARNER_EMPLOYMENT_STATUS: EntitySpec = {
  table: 'learner_employment_status',
  element: 'LearnerEmploymentStatus',
  parentKeys: LEARNER_KEY,
  fields: [
    f('EmpStat', 'integer', digits(2, true)),
    f('DateEmpStatApp', 'date', REQ),
    f('EmpId', 'integer', digits(9)),
    f('AgreeId', 'varchar', { maxLength: 6, only: '2018-19', pattern: /^[A-Za-z0-9]{1,6}$/ }),
  ],
  children: [EMPLOYMENT_STATUS_MONITORING],
};

/** From 2021/22 a repeating entity; in 2018/19 PriorAttain is a field of Learner. */
export const PRIOR_ATTAIN: EntitySpec = {
  table: 'prior_attain',
  element: 'PriorAttain',
  parentKeys: LEARNER_KEY,
  fields: [f('PriorLevel', 'integer', digits(2, true)), f('DateLevelApp', 'date', REQ)],
};

export const LEARNER_HE_FINANCIAL_SUPPORT: EntitySpec = {
  table: 'learner_he_financial_support',
  element: 'LearnerHEFinancialSupport',
  maxOccurs: 4,
  parentKeys: LEARNER_KEY,
  fields: [f('FINTYPE', 'integer', digits(1, true)), f('FINAMOUNT', 'integer', withDigits(upTo(999_999, 0, true), 6))],
};

export const LEARNER_HE: EntitySpec = {
  table: 'learner_he',
  element: 'LearnerHE',
  maxOccurs: 1,
  parentKeys: LEARNER_KEY,
  fields: [
    // UCASPERID: ten digits (_AP), at most ten characters (_AL), and read as a number 1 to 9999999999 (_AR).
    f('UCASPERID', 'varchar', { ...chars(10), pattern: /^[0-9]{10}$/, min: 1, max: 9_999_999_999 }),
    f('TTACCOM', 'integer', digits(1)),
  ],
  children: [LEARNER_HE_FINANCIAL_SUPPORT],
};

/** Monitoring on an aim: LearningDeliveryFAM in XML; legacy A46a/A46b load here as type `A46`. */
export const LEARNING_DELIVERY_FAM: EntitySpec = {
  table: 'learning_delivery_fam',
  element: 'LearningDeliveryFAM',
  parentKeys: AIM_KEY,
  fields: [
    f('LearnDelFAMType', 'varchar', text(3, true)),
    f('LearnDelFAMCode', 'varchar', text(5, true)),
    f('LearnDelFAMDateFrom', 'date'),
    f('LearnDelFAMDateTo', 'date'),
  ],
};

export const LEARNING_DELIVERY_WORK_PLACEMENT: EntitySpec = {
  table: 'learning_delivery_work_placement',
  element: 'LearningDeliveryWorkPlacement',
  parentKeys: AIM_KEY,
  fields: [
    f('WorkPlaceStartDate', 'date', REQ),
    f('WorkPlaceEndDate', 'date'),
    f('WorkPlaceHours', 'integer', withDigits(upTo(9999, 1, true), 4)),
    f('WorkPlaceMode', 'integer', digits(1, true)),
    f('WorkPlaceEmpId', 'integer', digits(9)),
  ],
};

export const APP_FIN_RECORD: EntitySpec = {
  table: 'app_fin_record',
  element: 'AppFinRecord',
  parentKeys: AIM_KEY,
  fields: [
    f('AFinType', 'varchar', text(3, true)),
    f('AFinCode', 'integer', digits(2, true)),
    f('AFinDate', 'date', REQ),
    f('AFinAmount', 'integer', withDigits(upTo(999_999, 0, true), 6)),
  ],
};

export const PROVIDER_SPEC_DELIVERY_MONITORING: EntitySpec = {
  table: 'provider_spec_delivery_monitoring',
  element: 'ProviderSpecDeliveryMonitoring',
  maxOccurs: 4,
  parentKeys: AIM_KEY,
  fields: [f('ProvSpecDelMonOccur', 'varchar', text(1, true)), f('ProvSpecDelMon', 'varchar', text(20, true))],
};

const percent = (min: number): SchemaFacts => ({ min, max: 100 });

export const LEARNING_DELIVERY_HE: EntitySpec = {
  table: 'learning_delivery_he',
  element: 'LearningDeliveryHE',
  maxOccurs: 1,
  parentKeys: AIM_KEY,
  fields: [
    f('NUMHUS', 'varchar', { ...text(20), only: '2018-19' }),
    f('SSN', 'varchar', text(13)),
    f('QUALENT3', 'varchar', text(3)),
    f('SOC2000', 'integer', { max: 9999, only: '2018-19' }),
    f('SOC', 'integer', { max: 9999, only: '2025-26' }),
    f('SEC', 'integer', digits(1)),
    f('UCASAPPID', 'varchar', { maxLength: 9, only: '2018-19', pattern: UCAS_CODE }),
    f('UCASSCHEMECODE', 'varchar', { maxLength: 9, only: '2025-26', pattern: UCAS_CODE }),
    f('TYPEYR', 'integer', digits(1, true)),
    f('MODESTUD', 'integer', digits(2, true)),
    f('FUNDLEV', 'integer', { max: 99, required: '2018-19' }),
    f('FUNDCOMP', 'integer', { max: 9, required: '2018-19' }),
    f('STULOAD', 'double', { min: 0.1, max: 300, digits: [4, 1] }),
    f('YEARSTU', 'integer', withDigits(upTo(98, 1, true), 2)),
    f('MSTUFEE', 'integer', digits(2, true)),
    f('PCOLAB', 'double', { ...percent(0.1), digits: [4, 1] }),
    f('PCFLDCS', 'double', { ...percent(0), only: '2018-19' }),
    f('PCSLDCS', 'double', { ...percent(0), only: '2018-19' }),
    f('PCTLDCS', 'double', { ...percent(0), only: '2018-19' }),
    f('SPECFEE', 'integer', digits(1, true)),
    f('NETFEE', 'integer', withDigits(upTo(999_999), 6)),
    f('GROSSFEE', 'integer', withDigits(upTo(999_999), 6)),
    f('DOMICILE', 'varchar', { ...text(2), only: '2018-19' }),
    f('PERMADDCOUNTRY', 'varchar', { ...text(2), only: '2025-26' }),
    f('ELQ', 'integer', digits(1)),
    f('HEPostCode', 'varchar', text(8), 'outward_postcode'),
  ],
};

export const LEARNING_DELIVERY: EntitySpec = {
  table: 'learning_delivery',
  element: 'LearningDelivery',
  parentKeys: LEARNER_KEY,
  fields: [
    f('LearnAimRef', 'varchar', text(8, true)),
    f('AimType', 'integer', digits(1, true)),
    f('AimSeqNumber', 'integer', withDigits(upTo(98, 1, true), 2)),
    f('LearnStartDate', 'date', REQ),
    f('OrigLearnStartDate', 'date'),
    f('LearnPlanEndDate', 'date', REQ),
    f('FundModel', 'integer', digits(2, true)),
    f('PHours', 'integer', { min: 0, max: 9999, only: '2025-26', digits: 4 }),
    f('OTJActHours', 'integer', { min: 0, max: 9999, only: '2025-26', digits: 4 }),
    f('ProgType', 'integer', digits(2)),
    f('FworkCode', 'integer', { max: 999, only: '2018-19' }),
    f('PwayCode', 'integer', { max: 999, only: '2018-19' }),
    f('StdCode', 'integer', digits(5)),
    f('PartnerUKPRN', 'integer', UKPRN),
    f('DelLocPostCode', 'varchar', text(8, true), 'outward_postcode'),
    f('LSDPostcode', 'varchar', { ...text(8), only: '2025-26' }, 'outward_postcode'),
    f('AddHours', 'integer', withDigits(upTo(9999), 4)),
    f('PriorLearnFundAdj', 'integer', withDigits(upTo(99), 2)),
    f('OtherFundAdj', 'integer', withDigits(upTo(999), 3)),
    f('ConRefNumber', 'varchar', text(20)),
    // The agency's FD_EPAOrgID_AP (its file validation service): "EPA" and four digits, any case.
    f('EPAOrgID', 'varchar', { ...chars(7), pattern: /^[Ee][Pp][Aa][0-9]{4}$/ }),
    f('EmpOutcome', 'integer', { max: 9, only: '2018-19' }),
    f('CompStatus', 'integer', digits(1, true)),
    f('LearnActEndDate', 'date'),
    f('WithdrawReason', 'integer', digits(2)),
    f('Outcome', 'integer', digits(1)),
    f('AchDate', 'date'),
    f('OutGrade', 'varchar', text(6)),
    f('SWSupAimId', 'varchar', text(36)),
    f('TLOut', 'integer', { max: 99, only: '2025-26' }),
    // Legacy CSV only: A10 funding stream, A50 reason learning ended, A59 planned QCF credits,
    // A60 credits achieved. (A15 programme type loads into prog_type, A34 into comp_status with
    // its legacy value 4 = transferred kept as read; see shared/domain/measures.md.)
    legacy('A10', 'a10_funding_stream', 'integer'),
    legacy('A50', 'a50_reason_ended', 'integer'),
    legacy('A59', 'a59_planned_credits', 'integer'),
    legacy('A60', 'a60_credits_achieved', 'integer'),
  ],
  children: [
    LEARNING_DELIVERY_FAM,
    LEARNING_DELIVERY_WORK_PLACEMENT,
    APP_FIN_RECORD,
    PROVIDER_SPEC_DELIVERY_MONITORING,
    LEARNING_DELIVERY_HE,
  ],
};

export const LEARNER: EntitySpec = {
  table: 'learner',
  element: 'Learner',
  parentKeys: [],
  fields: [
    f('LearnRefNumber', 'varchar', { ...chars(12, true), pattern: LEARN_REF }),
    f('PrevLearnRefNumber', 'varchar', { ...chars(12), pattern: LEARN_REF }),
    f('PrevUKPRN', 'integer', UKPRN),
    f('PMUKPRN', 'integer', UKPRN),
    f('CampId', 'varchar', { ...chars(8), pattern: /^[A-Za-z0-9]{1,8}$/ }),
    f('ULN', 'bigint', withDigits(upTo(9_999_999_999, 1_000_000_000, true), 10)),
    f('DateOfBirth', 'date'),
    f('Ethnicity', 'integer', digits(2, true)),
    f('Sex', 'varchar', text(1, true)),
    f('LLDDHealthProb', 'integer', digits(1, true)),
    // 2018/19 (to 2020/21): a field; from 2021/22 the PriorAttain entity (raw.prior_attain).
    f('PriorAttain', 'integer', digits(2)),
    f('Accom', 'integer', digits(1)),
    f('ALSCost', 'integer', { min: 0, max: { '2018-19': 9999, '2025-26': 999_999 }, digits: 6 }),
    f('PlanLearnHours', 'integer', withDigits(upTo(9999), 4)),
    f('PlanEEPHours', 'integer', withDigits(upTo(9999), 4)),
    f('MathGrade', 'varchar', text(4)),
    f('EngGrade', 'varchar', text(4)),
    f('PostcodePrior', 'varchar', text(8, true), 'outward_postcode'),
    f('Postcode', 'varchar', text(8, true), 'outward_postcode'),
    f('OTJHours', 'integer', { min: 0, max: 9999, only: '2018-19' }),
    // Legacy CSV only (2007/08–2010/11): L39 destination, kept as its raw code.
    legacy('L39', 'l39_destination', 'varchar'),
  ],
  children: [
    CONTACT_PREFERENCE,
    LLDD_AND_HEALTH_PROBLEM,
    LEARNER_FAM,
    PROVIDER_SPEC_LEARNER_MONITORING,
    LEARNER_EMPLOYMENT_STATUS,
    PRIOR_ATTAIN,
    LEARNER_HE,
    LEARNING_DELIVERY,
  ],
};

/** Destination and progression outcomes (XML to 2023/24), one row per DPOutcome. */
export const DP_OUTCOME: EntitySpec = {
  table: 'dpoutcome',
  element: 'DPOutcome',
  parentKeys: [
    { column: 'learn_ref_number', type: 'varchar' },
    { column: 'uln', type: 'bigint' },
  ],
  fields: [
    f('OutType', 'varchar', text(3, true)),
    f('OutCode', 'integer', digits(3, true)),
    f('OutStartDate', 'date', REQ),
    f('OutEndDate', 'date'),
    f('OutCollDate', 'date', REQ),
  ],
};

/** The record DPOutcomes sit in (a sibling of Learner); its own columns are the learner's keys. */
export const LEARNER_DESTINATION_AND_PROGRESSION: EntitySpec = {
  table: 'learner_destination_and_progression',
  element: 'LearnerDestinationandProgression',
  parentKeys: [],
  only: '2018-19',
  fields: [f('LearnRefNumber', 'varchar', { ...chars(12, true), pattern: LEARN_REF }), f('ULN', 'bigint', withDigits(upTo(9_999_999_999, 1_000_000_000, true), 10))],
  children: [DP_OUTCOME],
};

/** Every raw table, parents before children. */
export const RAW_ENTITIES: readonly EntitySpec[] = [
  LEARNER,
  ...(LEARNER.children ?? []).filter((e) => e !== LEARNING_DELIVERY),
  EMPLOYMENT_STATUS_MONITORING,
  LEARNER_HE_FINANCIAL_SUPPORT,
  LEARNING_DELIVERY,
  ...(LEARNING_DELIVERY.children ?? []),
  LEARNER_DESTINATION_AND_PROGRESSION,
  DP_OUTCOME,
];

/** Columns every raw table carries before its own: where the row came from. */
export const PROVENANCE_COLUMNS: readonly { column: string; type: ColumnType }[] = [
  { column: 'batch_id', type: 'integer' },
  { column: 'ukprn', type: 'integer' },
  { column: 'collection_year', type: 'integer' },
  { column: 'record_no', type: 'integer' },
  { column: 'line', type: 'integer' },
];

/** Unknown child elements of a record, kept as JSON text rather than lost. */
export const EXTRA_COLUMN = { column: 'extra', type: 'varchar' as const };

export function columnsOf(entity: EntitySpec): { column: string; type: ColumnType }[] {
  const own = new Set(entity.fields.map((f) => f.column));
  return [
    ...PROVENANCE_COLUMNS,
    ...entity.parentKeys.filter((k) => !own.has(k.column)),
    ...entity.fields.map(({ column, type }) => ({ column, type })),
    EXTRA_COLUMN,
  ];
}

/**
 * A new row of an entity's raw table with every column present and null. Rows are filled by
 * column name, and an object that gains more than a dozen properties by computed name falls into
 * V8's slow dictionary mode (a hash table per row); an object literal with every column written
 * out keeps one shape for all rows of a table. So the literal is generated, once per entity, from
 * the entity list (our own column names, never input). Measured with `npm run bench`.
 */
const ROW_FACTORIES = new Map<EntitySpec, () => Record<string, null>>();

export function newRow(entity: EntitySpec): Record<string, null> {
  let make = ROW_FACTORIES.get(entity);
  if (!make) {
    const body = columnsOf(entity)
      .map(({ column }) => `${JSON.stringify(column)}: null`)
      .join(', ');
    make = new Function(`return { ${body} };`) as () => Record<string, null>;
    ROW_FACTORIES.set(entity, make);
  }
  return make();
}

/** Whether an element (field or entity) exists in the XSD a layout follows. */
export const inLayout = (item: { only?: '2018-19' | '2025-26'; schema?: SchemaFacts }, layout: SchemaLayout): boolean => {
  const only = item.only ?? item.schema?.only;
  return only === undefined || layout === 'between' || only === layout;
};
