// The ILR entities as ilr-insight stores them in `raw.*`: one table per entity, one column per
// ILR element (snake_case of the element name), typed. This one list drives the warehouse DDL,
// the XML and legacy-CSV mappers and the appender, so a field is declared once.
//
// Personal data is minimised at the door (DESIGN.md, "Personal data"): names, addresses, phone,
// e-mail and NI number are read past and never stored; postcodes keep their outward code only.

export type ColumnType = 'varchar' | 'integer' | 'bigint' | 'date';

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
}

export interface EntitySpec {
  /** Table name in the `raw` schema. */
  readonly table: string;
  /** XML element that holds one record of this entity. */
  readonly element: string;
  /** Columns that key the record to its learner (and aim), copied from the parent. */
  readonly parentKeys: readonly { column: string; type: ColumnType }[];
  readonly fields: readonly FieldSpec[];
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

const snake = (element: string): string =>
  element
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

const f = (element: string, type: ColumnType, minimise?: 'outward_postcode'): FieldSpec => ({
  element,
  column: snake(element),
  type,
  ...(minimise ? { minimise } : {}),
});

const legacy = (code: string, column: string, type: ColumnType): FieldSpec => ({
  element: code,
  column,
  type,
  legacyOnly: true,
});

export const LEARNER: EntitySpec = {
  table: 'learner',
  element: 'Learner',
  parentKeys: [],
  fields: [
    f('LearnRefNumber', 'varchar'),
    f('PrevLearnRefNumber', 'varchar'),
    f('PrevUKPRN', 'integer'),
    f('PMUKPRN', 'integer'),
    f('CampId', 'varchar'),
    f('ULN', 'bigint'),
    f('DateOfBirth', 'date'),
    f('Ethnicity', 'integer'),
    f('Sex', 'varchar'),
    f('LLDDHealthProb', 'integer'),
    f('PriorAttain', 'integer'),
    f('Accom', 'integer'),
    f('ALSCost', 'integer'),
    f('PlanLearnHours', 'integer'),
    f('PlanEEPHours', 'integer'),
    f('MathGrade', 'varchar'),
    f('EngGrade', 'varchar'),
    f('PostcodePrior', 'varchar', 'outward_postcode'),
    f('Postcode', 'varchar', 'outward_postcode'),
    f('OTJHours', 'integer'),
    // Legacy CSV only (2007/08–2010/11): L39 destination, kept as its raw code.
    legacy('L39', 'l39_destination', 'varchar'),
  ],
};

export const LEARNING_DELIVERY: EntitySpec = {
  table: 'learning_delivery',
  element: 'LearningDelivery',
  parentKeys: [{ column: 'learn_ref_number', type: 'varchar' }],
  fields: [
    f('LearnAimRef', 'varchar'),
    f('AimType', 'integer'),
    f('AimSeqNumber', 'integer'),
    f('LearnStartDate', 'date'),
    f('OrigLearnStartDate', 'date'),
    f('LearnPlanEndDate', 'date'),
    f('FundModel', 'integer'),
    f('PHours', 'integer'),
    f('OTJActHours', 'integer'),
    f('ProgType', 'integer'),
    f('FworkCode', 'integer'),
    f('PwayCode', 'integer'),
    f('StdCode', 'integer'),
    f('PartnerUKPRN', 'integer'),
    f('DelLocPostCode', 'varchar', 'outward_postcode'),
    f('LSDPostcode', 'varchar', 'outward_postcode'),
    f('AddHours', 'integer'),
    f('PriorLearnFundAdj', 'integer'),
    f('OtherFundAdj', 'integer'),
    f('ConRefNumber', 'varchar'),
    f('EPAOrgID', 'varchar'),
    f('EmpOutcome', 'integer'),
    f('CompStatus', 'integer'),
    f('LearnActEndDate', 'date'),
    f('WithdrawReason', 'integer'),
    f('Outcome', 'integer'),
    f('AchDate', 'date'),
    f('OutGrade', 'varchar'),
    f('SWSupAimId', 'varchar'),
    f('TLOut', 'integer'),
    // Legacy CSV only: A10 funding stream, A50 reason learning ended, A59 planned QCF credits,
    // A60 credits achieved. (A15 programme type loads into prog_type, A34 into comp_status with
    // its legacy value 4 = transferred kept as read; see shared/domain/measures.md.)
    legacy('A10', 'a10_funding_stream', 'integer'),
    legacy('A50', 'a50_reason_ended', 'integer'),
    legacy('A59', 'a59_planned_credits', 'integer'),
    legacy('A60', 'a60_credits_achieved', 'integer'),
  ],
};

/** Monitoring on an aim: LearningDeliveryFAM in XML; legacy A46a/A46b load here as type `A46`. */
export const LEARNING_DELIVERY_FAM: EntitySpec = {
  table: 'learning_delivery_fam',
  element: 'LearningDeliveryFAM',
  parentKeys: [
    { column: 'learn_ref_number', type: 'varchar' },
    { column: 'aim_seq_number', type: 'integer' },
  ],
  fields: [
    f('LearnDelFAMType', 'varchar'),
    f('LearnDelFAMCode', 'varchar'),
    f('LearnDelFAMDateFrom', 'date'),
    f('LearnDelFAMDateTo', 'date'),
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
    f('OutType', 'varchar'),
    f('OutCode', 'integer'),
    f('OutStartDate', 'date'),
    f('OutEndDate', 'date'),
    f('OutCollDate', 'date'),
  ],
};

export const RAW_ENTITIES: readonly EntitySpec[] = [LEARNER, LEARNING_DELIVERY, LEARNING_DELIVERY_FAM, DP_OUTCOME];

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
  return [
    ...PROVENANCE_COLUMNS,
    ...entity.parentKeys,
    ...entity.fields.map(({ column, type }) => ({ column, type })),
    EXTRA_COLUMN,
  ];
}
