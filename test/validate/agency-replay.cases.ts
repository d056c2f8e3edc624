// The agency's own rule tests, replayed on our rules (issue 15, "Tests"). The agency's validation
// service (DC-ILR-2021-ValidationService for 2020/21, DC-ILR-1819-ValidationService for 2018/19)
// has a unit-test class per rule; its Validate_Error / Validate_NoError (and ValidationFails /
// ValidationPasses) tests build a whole learner and say whether the rule raises an error. Each
// entry here is one of those tests (one per InlineData row of a Theory), transcribed: the learner's
// field values in our fixture shape (test/support/ilr-xml.ts), nested records as XML in `extraXml`,
// and whether the rule fired. Tests whose verdict rests on a mocked lookup we cannot reproduce
// (LARS, the organisation and postcode registers, a derived-data rule mocked against its real
// answer), or that assert nothing, are left out: the list at the end says which and why. Fields our
// loader requires that the agency's test leaves out are given the fixture builder's defaults (ULN
// 1000000043, DateOfBirth 1990-01-01, Sex F, Ethnicity 31, LLDDHealthProb 2, FundModel 35; a
// continuing aim from 1 September of the year) — the comment on each case names the ones filled.
// `knownDifference` marks a case where our rule and the agency's code disagree on purpose or by a
// difference not yet settled; the test asserts it still differs.
import type { FixtureLearner } from '../support/ilr-xml.ts';

export interface AgencyCase {
  rule: string;
  source: { repo: 'DC-ILR-2021-ValidationService' | 'DC-ILR-1819-ValidationService'; testClass: string; method: string };
  /** The collection year the agency's code is for, by its first calendar year (2020 = 2020/21). */
  year: number;
  /** The year the case is replayed in, when the test mocks an academic year or file date in another. */
  replayYear?: number;
  /** The file preparation date, when the test sets one. */
  preparedOn?: string;
  learner: Omit<FixtureLearner, 'learnRefNumber'>;
  /** Learner elements the agency's test leaves out that the fixture builder would write a default for. */
  omit?: readonly 'DateOfBirth'[];
  expect: 'fires' | 'silent';
  /** Why our rule differs from the agency's test here (the test asserts that it still does). */
  knownDifference?: string;
}

export const AGENCY_CASES: readonly AgencyCase[] = [
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: AFinAmount, CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_NullLearnActEndDate' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, progType: 25, aimType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, progType: 25, aimType: 1, learnActEndDate: '2018-08-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: AFinAmount, CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_Exclusion' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2018-08-01', fundModel: 36, progType: 25, aimType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_NoMatchingDeliveries' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, progType: 25, aimType: 1, learnActEndDate: '2018-08-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP3' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP4' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP4' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP4' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error_MultipleDeliveries' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error_MultipleAFinRecords' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2015-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_AimType' },
    year: 2020,
    learner: { aims: [{ aimType: 2, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 2, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_ProgType' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 90, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 90, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error_MultipleDeliveries' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error_MultipleAFinRecords' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_NullLearnActEndDate' },
    year: 2020,
    learner: { aims: [{ aimType: 1, progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_AimType' },
    year: 2020,
    learner: { aims: [{ aimType: 2, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 2, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_ProgType' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2018-08-01', progType: 90, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2010-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2018-08-01', progType: 90, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_Error_Achieved' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', achDate: '2017-08-01', progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_Error_Withdrawn' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', withdrawReason: 1, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_NoError_AppStandardProg' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', achDate: '2017-08-01', progType: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_NoError_DatesInRange' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2019-08-01', achDate: '2019-09-01', progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_13: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinDate_13RuleTests', method: 'Validate_NoError_AFinType' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', achDate: '2017-08-01', progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AFinType_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_02RuleTests', method: 'ValidateNoError_Null' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AFinType_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_02RuleTests', method: 'ValidateNoError_AFinCOde' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinType_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_04RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, aimType: 1, progType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>X</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinType_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_04RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>X</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_08RuleTests', method: 'ValidateNoError_FundMode' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AFinType_08RuleTests', method: 'ValidateNoError_AppFinRecord' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ALSCost_02: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ALSCost_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ALSCost_02RuleTests', method: 'Validate_Fail' },
    year: 2020,
    learner: { alsCost: 1, extraXml: '<LearnerFAM><LearnFAMType>XYZ</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ALSCost_02: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ALSCost_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ALSCost_02RuleTests', method: 'Validate_Pass' },
    year: 2020,
    learner: { alsCost: 1, extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Accom_01: LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Accom_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Accom_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { ethnicity: 4, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AchDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2020-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_03RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ achDate: '2019-01-01', learnActEndDate: '2020-01-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IFileDataService; replayed, the real answers stand in (and agree).
    rule: 'AchDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_07RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_08',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_08RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ progType: 25, fundModel: 81, aimType: 1, outcome: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_08RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ progType: 25, fundModel: 81, aimType: 1, outcome: 1, achDate: '2015-01-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AchDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_09RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2016-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_09RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_11: AimSeqNumber (the test gives 555, past the schema limit), CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2019/20.
    rule: 'AchDate_11',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_11RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2019,
    learner: { aims: [{ aimType: 1, fundModel: 36, progType: 25, learnActEndDate: '2019-09-01', achDate: '2019-08-20', learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_11: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2019/20.
    rule: 'AchDate_11',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AchDate_11RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    replayYear: 2019,
    learner: { aims: [{ learnStartDate: '2019-09-01', learnPlanEndDate: '2020-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AddHours_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_01RuleTests', method: 'Validate_Errors' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, addHours: 1, learnStartDate: '2015-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AddHours_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 34, learnStartDate: '2015-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_02RuleTests', method: 'Validate_Errors' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, addHours: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 24, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryQueryService; replayed, the real answers stand in (and agree).
    rule: 'AddHours_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AddHours_06RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AimType_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 5, fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 5, fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_07RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ progType: 24, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_09RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnAimRef: 'ZTPR1234', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'AimType_09RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 5, learnAimRef: 'ABCD1234', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_01: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'CompStatus_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ compStatus: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_02: Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2017-01-01', compStatus: 1, fundModel: 81, progType: 24, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_03: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ compStatus: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_03RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2017-01-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ compStatus: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ outcome: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_05: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ outcome: 1, compStatus: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_05RuleTests', method: 'Validate_NoErrors_Exclusion' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, outcome: 1, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_06: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_06RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ outcome: 1, compStatus: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_06RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_07: Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_07RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, fundModel: 36, progType: 25, compStatus: 3, learnActEndDate: '2019-09-21', achDate: '2019-09-21', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'CompStatus_07RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 2, fundModel: 81, learnActEndDate: '2019-06-21', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_04RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 10, learnStartDate: '2017-08-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_06RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_07RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_07RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_12: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_12RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ASL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_13: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_13',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_13RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2005-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_13: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_13RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_14RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { dateOfBirth: '2001-01-01', aims: [{ fundModel: 35, learnStartDate: '2018-08-31', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_14RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { dateOfBirth: '2001-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-08-31', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_20: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_20',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_20RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 82, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_20: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_20',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_20RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 82, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_23: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_23',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_23RuleTests', method: 'Validate_NoError' },
    year: 2020,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'LDM', code: '034' }] }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_24: Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1234, which our schema check rejects; any valid ULN other than the temporary one stands for it), a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'DateOfBirth_24',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_24RuleTests', method: 'Validate_Errors' },
    year: 2020,
    omit: ['DateOfBirth'],
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_24: Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1234, which our schema check rejects; any valid ULN other than the temporary one stands for it), a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'DateOfBirth_24',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_24RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_25: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_25',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_25RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 35, progType: 24, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_26: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_26',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_26RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_26: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_26',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_26RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_27: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_27',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_27RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2020-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_27: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_27',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_27RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_30: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IDerivedData_07Rule, ILearnerFAMQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_30',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_30RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '2000-01-01', extraXml: '<LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePasses_OutsideAgeRange' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1993-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesIrrelevantFamType' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesIrrelevantFundingModel' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesEHCCodeFound' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePasses_NoFAMs' },
    year: 2020,
    learner: { dateOfBirth: '1998-08-31', aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'DateOfBirth_34',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidateFails' },
    year: 2020,
    replayYear: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_37: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_37',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_37RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { dateOfBirth: '1995-08-01', aims: [{ learnStartDate: '2015-08-01', learnPlanEndDate: '2016-01-01', fundModel: 35, progType: 25, aimType: 1, compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_37: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_37',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_37RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { dateOfBirth: '1995-08-01', aims: [{ learnStartDate: '2015-08-01', learnPlanEndDate: '2016-09-01', fundModel: 35, progType: 25, aimType: 1, compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_47: Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_47',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_47RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 36, progType: 25, aimType: 1, compStatus: 2, learnStartDate: '2018-08-01', learnActEndDate: '2019-08-01', learnPlanEndDate: '2021-06-30', fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_48: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IAcademicYearQueryService, IDerivedData_04Rule, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_48',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'DateOfBirth_48RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { dateOfBirth: '2000-09-02', aims: [{ progType: 23, aimType: 1, fworkCode: 2, pwayCode: 1, learnStartDate: '2016-08-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_15: DateEmpStatApp, ESMCode, EmpStat, Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_15RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_15: DateEmpStatApp, ESMCode, EmpStat, Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_15RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring><EmploymentStatusMonitoring><ESMType>LOU</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_16: CompStatus, DateEmpStatApp, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_16',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_16RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>12</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEM</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_16: CompStatus, DateEmpStatApp, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_16',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_16RuleTests', method: 'Validate_NoError_ValidEmpStat' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEM</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_16: CompStatus, DateEmpStatApp, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_16',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_16RuleTests', method: 'Validate_NoError_ValidESM' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>12</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEM</ESMType><ESMCode>2</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_16: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_16',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_16RuleTests', method: 'Validate_NoError_NullESM' },
    year: 2020,
    learner: { aims: [{ progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_17: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'ESMType_17',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ESMType_17RuleTests', method: 'Validate_NoError_Null' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpId_14: CompStatus, DateEmpStatApp, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'EmpId_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpId_14RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmpId>999999999</EmpId></LearnerEmploymentStatus><LearnerEmploymentStatus><EmpStat>12</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmpId>999999999</EmpId></LearnerEmploymentStatus><LearnerEmploymentStatus><EmpStat>0</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpId_14: CompStatus, DateEmpStatApp, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'EmpId_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpId_14RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>0</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpId_14: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'EmpId_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpId_14RuleTests', method: 'Validate_NoErrorNullLes' },
    year: 2020,
    learner: { aims: [{ progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2014-07-02</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ aimType: 1, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_Error_Null_EmploymentStatus' },
    year: 2020,
    learner: { aims: [{ aimType: 2, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2014-07-02</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ aimType: 2, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_20: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_20',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EmpStat_20RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2018-08-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '363' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { engGrade: 'QQ', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError(Grades.NONE)' },
    year: 2020,
    learner: { engGrade: 'NONE', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError("")' },
    year: 2020,
    learner: { engGrade: '', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError(Grades.AB)' },
    year: 2020,
    learner: { engGrade: 'AB', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_04RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { engGrade: 'A', extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'EngGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { engGrade: 'NONE', extraXml: '<LearnerFAM><LearnFAMType>XXX</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Ethnicity_01: LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Ethnicity_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Ethnicity_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { ethnicity: -99, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'FundModel_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_03RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'FundModel_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2016-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_05RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_06RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, progType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_06RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_07RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_09RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, progType: 25, fundModel: 10, learnStartDate: '2016-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_09RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ aimType: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_10: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_35Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_10',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_10RuleTests', method: 'Validate_Error_When_Condition_Met' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '112' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_10: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_35Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_10RuleTests', method: 'Validate_Error_False_FundModel' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '112' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_10: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_35Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_10RuleTests', method: 'Validate_Error_False_SOF' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '105' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_10: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_35Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_10RuleTests', method: 'Validate_Error_False_SOF_MISSING' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_11: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_11',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_11RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_11: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_11',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_11RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_14RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, otjActHours: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'FundModel_14RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { llddHealthProb: 5, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(1)' },
    year: 2020,
    learner: { llddHealthProb: 1, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(2)' },
    year: 2020,
    learner: { llddHealthProb: 2, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(9)' },
    year: 2020,
    learner: { llddHealthProb: 9, aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_06: CompStatus, Ethnicity, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_06RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { llddHealthProb: 1, dateOfBirth: '1992-10-01', aims: [{ fundModel: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'XXX', code: '000' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_IrrelevantFundModelFound' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 81, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_AgeExceptionApplies' },
    year: 2020,
    learner: { dateOfBirth: '1993-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_PlannedHoursTooLow' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 5, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_IrrelevantHealthProblem' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 2, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_HealthProblemRecordFound' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>0</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidateFails(10)' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidateFails(99)' },
    year: 2020,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 99, learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnActEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnActEndDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnActEndDate_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2017-01-02', learnActEndDate: '2017-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnActEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnActEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnActEndDate_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2017-01-02', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0007834")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0007834', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0007835")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0007835', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0007836")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0007836', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0007837")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0007837', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0007838")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0007838', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("Z0002347")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'Z0002347', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("ZWRKX001")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX001', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnAimRef_90: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnAimRef_90',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnAimRef_90RuleTests', method: 'Validate_Error("ZWRKX002")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_01RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1', dateFrom: '2016-01-01' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_03RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '1', dateFrom: null }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateFrom_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateTo_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateTo_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMDateTo_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1', dateTo: '2017-01-01' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_07RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_08: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_08RuleTests', method: 'Validate_NoError_LearninDeliveryNullCheck' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_14RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_14RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, progType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPasses_EndDateNull' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '118' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPassesIrrelevantFamType' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'SOF', code: '118' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPassesIrrelevantFamCode' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '119' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationPasses' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'HEM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationFails' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateError(98, "ADL")' },
    year: 2020,
    learner: { aims: [{ fundModel: 98, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateNoError(99, "ADL", true)' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateNoError(98, "XXX", false)' },
    year: 2020,
    learner: { aims: [{ fundModel: 98, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'XXX', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_IrrelevantFamType' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_CorrectFamTypes' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }, { type: 'ADL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_ExceptionApplies' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationFails_ALB_ButNo_ADL_Or_Exception_OnSameDelivery' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }] }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ADL', code: '1' }] }, { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_IrrelevantFamType' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_AllowedFundingModel' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_ExceptionApplies' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidateFails_ALB_ButNoExceptionOnSameDelivery' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }, { fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '359' }] }, { fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_39: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_39',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_39RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ progType: 20, fundModel: 81, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }, { type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_39: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_39',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_39RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ progType: 20, fundModel: 81, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '1' }, { type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_40',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_40RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_40RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, progType: 24, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'FLN', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'FLN', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_NoError_NoLearningDeliveryFams' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPasses_IrrelevantFundModel' },
    year: 2020,
    learner: { aims: [{ fundModel: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(FundModels.Age16To19ExcludingApprenticeships)' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(FundModels.Other16To19)' },
    year: 2020,
    learner: { aims: [{ fundModel: 82, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(FundModels.CommunityLearning)' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(FundModels.EuropeanSocialFund)' },
    year: 2020,
    learner: { aims: [{ fundModel: 70, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(FundModels.NotFundedByESFA)' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(FundModels.Age16To19ExcludingApprenticeships)' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(FundModels.Other16To19)' },
    year: 2020,
    learner: { aims: [{ fundModel: 82, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(FundModels.CommunityLearning)' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(FundModels.EuropeanSocialFund)' },
    year: 2020,
    learner: { aims: [{ fundModel: 70, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(FundModels.NotFundedByESFA)' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_Error(81, 3)' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, progType: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '2' }, { type: 'FFI', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_Error(81, null)' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '2' }, { type: 'FFI', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(36, 25)' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(36, 3)' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, progType: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(81, 25)' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, progType: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_68: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_68',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_68RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, aimType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_69: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnDelFAMType_69',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_69RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2017-11-30', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_70: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_70',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_70RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2017-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '358' }, { type: 'LDM', code: '358' }] }, { fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_70: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_70',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_70RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-07-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '358' }, { type: 'LDM', code: '358' }] }, { fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_71: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_71',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFamType_71RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '358' }, { type: 'ALB', code: '22' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_71: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_71',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFamType_71RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '358' }, { type: 'ACT', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_75: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_35Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_75',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_75RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '011' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_76: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_76',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_76RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '034' }, { type: 'SOF', code: '102' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_76: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_76',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_76RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '034' }, { type: 'SOF', code: '105' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_77: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_77',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_77RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationPasses(FundModels.AdultSkills)' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationPasses(FundModels.CommunityLearning)' },
    year: 2020,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.Age16To19ExcludingApprenticeships)' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.ApprenticeshipsFrom1May2017)' },
    year: 2020,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.EuropeanSocialFund)' },
    year: 2020,
    learner: { aims: [{ fundModel: 70, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.Other16To19)' },
    year: 2020,
    learner: { aims: [{ fundModel: 82, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.OtherAdult)' },
    year: 2020,
    learner: { aims: [{ fundModel: 81, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_78: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_78',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_78RuleTests', method: 'ValidationFails(FundModels.NotFundedByESFA)' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'DAM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_91: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_91',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_91RuleTests', method: 'Validate_NoErrors_FundModel' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_91: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_91',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_91RuleTests', method: 'Validate_NoErrors_FAMsMisMatch' },
    year: 2020,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_91: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_91',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_91RuleTests', method: 'Validate_NoErrors_NoFAMs' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_92: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_92',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_92RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, learnStartDate: '2022-01-10', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_92: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_92',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnDelFAMType_92RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ aimType: 5, learnStartDate: '2022-01-10', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_09: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_09RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_10: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_10RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_11: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_11',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_11RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>NLM</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_14RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_14RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_15: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_15RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_15: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_15RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>3</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_16: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_16',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_16RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_16: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_16',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnFAMType_16RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>3</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    rule: 'LearnPlanEndDate_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnPlanEndDate_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnPlanEndDate: '2018-01-01', learnStartDate: '2018-01-04', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    rule: 'LearnPlanEndDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnPlanEndDate_02RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnPlanEndDate: '2018-01-04', learnStartDate: '2018-01-01', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnPlanEndDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnPlanEndDate_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnPlanEndDate: '2017-08-04', learnStartDate: '2007-08-04', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnPlanEndDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnPlanEndDate_03RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnPlanEndDate: '2017-09-29', learnStartDate: '2012-09-29', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'LearnStartDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnStartDate_03RuleTests', method: 'ValidateNoError' },
    year: 2020,
    replayYear: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-01', progType: 20, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnStartDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnStartDate_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { dateOfBirth: '2018-02-01', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnStartDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'LearnStartDate_05RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { mathGrade: 'QQ', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError(Grades.NONE)' },
    year: 2020,
    learner: { mathGrade: 'NONE', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError("")' },
    year: 2020,
    learner: { mathGrade: '', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError(Grades.AB)' },
    year: 2020,
    learner: { mathGrade: 'AB', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_04RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { mathGrade: 'A', extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'MathGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { mathGrade: 'NONE', extraXml: '<LearnerFAM><LearnFAMType>XXX</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OTJActHours_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OTJActHours_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OTJActHours_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ otjActHours: 1, aimType: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OTJActHours_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OTJActHours_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OTJActHours_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ otjActHours: 1, aimType: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'OrigLearnStartDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_01RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2019-08-01', origLearnStartDate: '2008-10-01', fundModel: 35, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'OrigLearnStartDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_01RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2019-08-01', origLearnStartDate: '2009-08-01', fundModel: 35, learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_03RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ origLearnStartDate: '2008-10-01', fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_03RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_09RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ origLearnStartDate: '2017-04-30', fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OrigLearnStartDate_09RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ origLearnStartDate: '2017-05-01', fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OtherFundAdj_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OtherFundAdj_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OtherFundAdj_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, otherFundAdj: 100, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OtherFundAdj_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OtherFundAdj_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OtherFundAdj_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_04RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ outGrade: 'X', outcome: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 2)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, outGrade: 'FL', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 3)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'FL', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 8)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, outGrade: 'FL', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 2)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, outGrade: 'U', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 3)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'U', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 8)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, outGrade: 'U', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 2)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, outGrade: 'N', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 3)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'N', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 8)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, outGrade: 'N', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 2)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 3)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 8)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 2)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, outGrade: 'Y', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 3)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'Y', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 8)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, outGrade: 'Y', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("FL", 1)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, outGrade: 'FL', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("U", 1)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, outGrade: 'U', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("N", 1)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, outGrade: 'N', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("X", 1)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("Y", 1)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, outGrade: 'Y', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'XX', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError(null)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("FL")' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'FL', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("U")' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'U', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("N")' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'N', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("X")' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'X', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("Y")' },
    year: 2020,
    learner: { aims: [{ outcome: 3, outGrade: 'Y', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outcome: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(null)' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.Achieved)' },
    year: 2020,
    learner: { aims: [{ outcome: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.PartialAchievement)' },
    year: 2020,
    learner: { aims: [{ outcome: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.NoAchievement)' },
    year: 2020,
    learner: { aims: [{ outcome: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.LearningActivitiesCompleteButOutcomeNotKnown)' },
    year: 2020,
    learner: { aims: [{ outcome: 8, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_05RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outcome: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_05RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ outcome: 1, learnActEndDate: '2018-01-01', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_09: Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_09RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outcome: 8, compStatus: 1, progType: 24, fundModel: 81, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_09: Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_09RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ outcome: 8, compStatus: 3, progType: 25, fundModel: 36, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_10: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_10',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_10RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ outcome: 3, compStatus: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_10: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_10RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ outcome: 8, compStatus: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_10: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'Outcome_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Outcome_10RuleTests', method: 'ValidateNoError_Null_learningDeliveries' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PHours_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PHours_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PHours_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ aimType: 1, fundModel: 25, pHours: 0, progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PHours_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PHours_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PHours_04RuleTests', method: 'Validate_NoError' },
    year: 2020,
    knownDifference: 'the agency\'s own test contradicts its code: a T Level (ProgType 31) programme aim, FM25, with PHours 0 meets PHours_04Rule.ConditionMet; ours follows the code and fires',
    learner: { aims: [{ aimType: 1, fundModel: 25, pHours: 0, progType: 31, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { planLearnHours: 0, aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_02RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { planLearnHours: 20, aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { planLearnHours: 0, planEEPHours: 0, aims: [{ fundModel: 82, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { planLearnHours: 5, planEEPHours: 6, aims: [{ fundModel: 82, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_NoError_NullPlanLearnHours' },
    year: 2020,
    learner: { planEEPHours: 6, aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { fundModel: 0, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { planLearnHours: 500, planEEPHours: 501, aims: [{ progType: 1, fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_04RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { planLearnHours: 500, aims: [{ progType: 1, fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_05RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { planLearnHours: 2000, planEEPHours: 3000, aims: [{ progType: 1, fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PlanLearnHours_05RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { planLearnHours: 500, planEEPHours: 500, aims: [{ progType: 1, fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_01: CompStatus, Ethnicity, FundModel, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'PrimaryLLDD_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2015-08-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_01: CompStatus, Ethnicity, FundModel, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'PrimaryLLDD_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>99</LLDDCat></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2015-08-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_02: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>2</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_02: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_02RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_03: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_03RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_03: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_03RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_04: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_04: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PrimaryLLDD_04RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PriorAttain_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PriorAttain_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'PriorAttain_04RuleTests', method: 'ValidateNoError' },
    year: 2020,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_15RuleTests', method: 'Validate_Error("zwrkx003")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'zwrkx003', progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_15RuleTests', method: 'Validate_Error("ZWRKX003")' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX003', progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_18: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_18',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_18RuleTests', method: 'Validate_Error_Incorrect_LearnAimRef("xxxx")' },
    year: 2020,
    learner: { aims: [{ progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnAimRef: 'xxxx', aimType: 5, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_18: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_18',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_18RuleTests', method: 'Validate_Error_Incorrect_AimType("ZTPRxxxx")' },
    year: 2020,
    learner: { aims: [{ progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnAimRef: 'ZTPRxxxx', aimType: 6, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_18: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_18',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_18RuleTests', method: 'Validate_Error_Incorrect("xxxx")' },
    year: 2020,
    learner: { aims: [{ progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnAimRef: 'xxxx', aimType: 6, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ProgType_18: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'ProgType_18',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ProgType_18RuleTests', method: 'Validate_NoError("ZTPRxxxx")' },
    year: 2020,
    learner: { aims: [{ progType: 30, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }, { learnAimRef: 'ZTPRxxxx', aimType: 5, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Sex_01: Ethnicity, LLDDHealthProb, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Sex_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Sex_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { sex: 'X', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Sex_01: Ethnicity, LLDDHealthProb, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Sex_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'Sex_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { sex: 'F', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_02RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { uln: '9999999999', aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { uln: '9999999999', aims: [{ fundModel: 10, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_04: Ethnicity, LLDDHealthProb, Sex, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IDerivedData_01Rule; replayed, the real answers stand in (and agree).
    rule: 'ULN_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_04RuleTests', method: 'Validate_NoErrors' },
    year: 2020,
    learner: { uln: '1000000043', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_04: Ethnicity, LLDDHealthProb, Sex, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IDerivedData_01Rule; replayed, the real answers stand in (and agree).
    rule: 'ULN_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_04RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { uln: '1000000042', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_07: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'ULN_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_07RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    preparedOn: '2019-01-01',
    learner: { aims: [{ fundModel: 35, learnStartDate: '2019-05-01', learnPlanEndDate: '2019-05-10', compStatus: 1, fams: [] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks IAcademicYearDataService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'ULN_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_09RuleTests', method: 'Validate_Error' },
    year: 2020,
    replayYear: 2018,
    preparedOn: '2019-01-01',
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks IAcademicYearDataService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    // Its mocked academic year / file date puts it in 2018/19.
    rule: 'ULN_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_09RuleTests', method: 'Validate_NoError' },
    year: 2020,
    replayYear: 2018,
    preparedOn: '2019-01-01',
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'SOF', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_12RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '1' }, { type: 'RES', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, ULN (the test gives 66655554444, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'ULN_12RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'ACT', code: '5' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateError' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(2)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 2, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(3)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 3, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(7)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 7, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(28)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 28, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(29)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 29, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(40)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 40, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(41)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 41, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(42)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 42, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(43)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 43, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(44)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 44, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(45)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 45, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(46)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 46, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(47)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 47, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(97)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 97, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(98)' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 98, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(1, 1)' },
    year: 2020,
    learner: { aims: [{ compStatus: 1, withdrawReason: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(2, 1)' },
    year: 2020,
    learner: { aims: [{ compStatus: 2, withdrawReason: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(6, 1)' },
    year: 2020,
    learner: { aims: [{ compStatus: 6, withdrawReason: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_NoError(5, null)' },
    year: 2020,
    learner: { aims: [{ compStatus: 5, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_NoError(0, 1)' },
    year: 2020,
    learner: { aims: [{ compStatus: 0, withdrawReason: 1, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WithdrawReason_05RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ withdrawReason: 28, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidatePasses' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-01</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-02</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidatePasses_NoWorkPlacements' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceEndDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidateFails' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-08-31</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-01</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceStartDate_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_02RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2018-10-09', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-08</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-10</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-09</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceStartDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_02RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnStartDate: '2018-10-09', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-09</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-10</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_Error_ZWRKX002' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_Error_ZWRKX003' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX003', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_Error_InMultipleDeliveries' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX002', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX003', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_NoError_InMultipleDeliveries' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX001', fundModel: 25, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 35, learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlacement_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlacement_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlacement_01RuleTests', method: 'Validate_Error' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'ZWRKX003', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlacement_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlacement_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-2021-ValidationService', testClass: 'WorkPlacement_01RuleTests', method: 'Validate_NoError' },
    year: 2020,
    learner: { aims: [{ learnAimRef: 'test', learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    knownDifference: 'year: the 2018/19 code checks every aim with an end date for a TNP dated after it; our AFinDate_04 applies the 2020/21 definition (framework programme aims only) to 2018/19 too',
    learner: { aims: [{ learnActEndDate: '2018-08-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_NullLearnActEndDate' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_04RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2018-08-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_Error_MultipleDeliveriesTrigger' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP3' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_05: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_05RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_Error_MultipleDeliveriesTrigger' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP4' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_06: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_06RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_Error_MultipleDeliveriesTrigger' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP3' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_07: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_07RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>3</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>1</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_08',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_08',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_Error_MultipleDeliveriesTrigger' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_AppFinRecordsNoTNP4' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_08: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_08RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error_MultipleDeliveries' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_Error_MultipleAFinRecords' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2015-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_AimType' },
    year: 2018,
    learner: { aims: [{ aimType: 2, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 2, learnStartDate: '2018-08-01', progType: 2, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_09: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_09RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_ProgType' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-08-01', progType: 90, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2015-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnStartDate: '2018-08-01', progType: 90, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-11-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error_MultipleDeliveries' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_Error_MultipleAFinRecords' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2017-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_NullAppFinRecords' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_NullLearnActEndDate' },
    year: 2018,
    learner: { aims: [{ aimType: 1, progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2019-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_AppFinRecordsDateMisMatch' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_AimType' },
    year: 2018,
    learner: { aims: [{ aimType: 2, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2019-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 2, learnActEndDate: '2018-08-01', progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinDate_12: AFinAmount, CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'AFinDate_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinDate_12RuleTests', method: 'Validate_NoError_IsNotStandardOrFramework_ProgType' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnActEndDate: '2018-08-01', progType: 90, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2010-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }, { aimType: 1, learnActEndDate: '2018-08-01', progType: 90, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>TNP</AFinType><AFinCode>4</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord><AppFinRecord><AFinType>PMR</AFinType><AFinCode>2</AFinCode><AFinDate>2018-09-01</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AFinType_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_02RuleTests', method: 'ValidateNoError_Null' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AFinType_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_02RuleTests', method: 'ValidateNoError_AFinCOde' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinType_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_04RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ fundModel: 81, aimType: 1, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>X</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AFinType_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>X</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_08RuleTests', method: 'ValidateNoError_FundMode' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AFinType_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryAppFinRecordQueryService; replayed, the real answers stand in (and agree).
    rule: 'AFinType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AFinType_08RuleTests', method: 'ValidateNoError_AppFinRecord' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, extraXml: '<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2018-10-01</AFinDate><AFinAmount>1</AFinAmount></AppFinRecord>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ALSCost_02: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ALSCost_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ALSCost_02RuleTests', method: 'Validate_Fail' },
    year: 2018,
    learner: { alsCost: 1, extraXml: '<LearnerFAM><LearnFAMType>XYZ</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ALSCost_02: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ALSCost_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ALSCost_02RuleTests', method: 'Validate_Pass' },
    year: 2018,
    learner: { alsCost: 1, extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Accom_01: LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Accom_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Accom_01RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { ethnicity: 4, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AchDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2020-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_03RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ achDate: '2019-01-01', learnActEndDate: '2020-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IFileDataService; replayed, the real answers stand in (and agree).
    rule: 'AchDate_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_07RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_08',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_08RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ progType: 25, fundModel: 81, aimType: 1, outcome: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_08: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_08RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ progType: 25, fundModel: 81, aimType: 1, outcome: 1, achDate: '2015-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AchDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_09RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ achDate: '2019-01-01', learnStartDate: '2016-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AchDate_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AchDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AchDate_09RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AddHours_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_01RuleTests', method: 'Validate_Errors' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, addHours: 1, learnStartDate: '2015-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'AddHours_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 34, learnStartDate: '2015-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_02RuleTests', method: 'Validate_Errors' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, addHours: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 24, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AddHours_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AddHours_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryQueryService; replayed, the real answers stand in (and agree).
    rule: 'AddHours_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AddHours_06RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'AimType_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AimType_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ aimType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AimType_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ aimType: 5, fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AimType_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ aimType: 5, fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on AimType_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'AimType_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'AimType_07RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ progType: 24, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_01: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'CompStatus_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ compStatus: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_02: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2017-01-01', compStatus: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_03: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ compStatus: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_03RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2017-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ compStatus: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ outcome: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_05: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ outcome: 1, compStatus: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_06: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_06RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ outcome: 1, compStatus: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on CompStatus_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'CompStatus_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'CompStatus_06RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_04RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 10, learnStartDate: '2017-08-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_06RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { dateOfBirth: '1988-12-25', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_07RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_07RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_12: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_12RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ASL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_12: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_12RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ASL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_13: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_13',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_13RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2005-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_13: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_13',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_13RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '1990-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_14RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2001-01-01', aims: [{ fundModel: 35, learnStartDate: '2018-08-31', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_14RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2001-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-08-31', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_20: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_20',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_20RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 82, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_20: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_20',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_20RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 82, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_23: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_23',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_23RuleTests', method: 'Validate_NoError' },
    year: 2018,
    omit: ['DateOfBirth'],
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'LDM', code: '034' }] }] },
  },
  {
    // The agency's test leaves DateOfBirth out, and so does the replay (the builder would write a default).
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_24: Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1234, which our schema check rejects; any valid ULN other than the temporary one stands for it), a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'DateOfBirth_24',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_24RuleTests', method: 'Validate_Errors' },
    year: 2018,
    omit: ['DateOfBirth'],
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_24: Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1234, which our schema check rejects; any valid ULN other than the temporary one stands for it), a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'DateOfBirth_24',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_24RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_25: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_25',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_25RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 35, progType: 24, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_26: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_26',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_26RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 99, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_26: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_26',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_26RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '108' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_27: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_27',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_27RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2020-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_27: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_27',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_27RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_30: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IDerivedData_07Rule, ILearnerFAMQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_30',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_30RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', extraXml: '<LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '107' }, { type: 'LDM', code: '300' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePasses_OutsideAgeRange' },
    year: 2018,
    learner: { dateOfBirth: '1993-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesIrrelevantFamType' },
    year: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesIrrelevantFundingModel' },
    year: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePassesEHCCodeFound' },
    year: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'DateOfBirth_34',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidatePasses_NoFAMs' },
    year: 2018,
    learner: { dateOfBirth: '1998-08-31', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_34: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_34',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_34RuleTests', method: 'ValidateFails' },
    year: 2018,
    learner: { dateOfBirth: '1998-08-31', extraXml: '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_37: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_37',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_37RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { dateOfBirth: '1995-08-01', aims: [{ learnStartDate: '2015-08-01', learnPlanEndDate: '2016-01-01', fundModel: 35, progType: 25, aimType: 1, compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_37: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_37',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_37RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { dateOfBirth: '1995-08-01', aims: [{ learnStartDate: '2015-08-01', learnPlanEndDate: '2016-09-01', fundModel: 35, progType: 25, aimType: 1, compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePasses_OutsideAgeRange(35)' },
    year: 2018,
    learner: { dateOfBirth: '1998-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePasses_OutsideAgeRange(81)' },
    year: 2018,
    learner: { dateOfBirth: '1998-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesIrrelevantFundingModel' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 10, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesIrrelevantProgType(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 20, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesIrrelevantProgType(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 20, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesIrrelevantAimType(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 4, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesIrrelevantAimType(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 4, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesStartDateAfterCutOff(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2018-07-31', learnActEndDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesStartDateAfterCutOff(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2018-07-31', learnActEndDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesRestartException(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesRestartException(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesNoCourseEndDate(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesNoCourseEndDate(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesCourse12Months(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2017-08-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidatePassesCourse12Months(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2017-08-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidateFails(35)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 35, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_40',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_40RuleTests', method: 'ValidateFails(81)' },
    year: 2018,
    learner: { dateOfBirth: '1996-07-31', aims: [{ fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 81, aimType: 1, progType: 25, learnStartDate: '2016-07-31', learnActEndDate: '2016-09-01', outcome: 1, learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_46: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_46',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_46RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 36, progType: 25, aimType: 1, learnStartDate: '2018-08-01', learnPlanEndDate: '2019-08-01', compStatus: 1, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_47: Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_47',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_47RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { dateOfBirth: '2000-01-01', aims: [{ fundModel: 36, progType: 25, aimType: 1, compStatus: 2, learnStartDate: '2018-08-01', learnActEndDate: '2019-08-01', learnPlanEndDate: '2019-06-30', fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on DateOfBirth_48: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IAcademicYearQueryService, IDerivedData_04Rule, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'DateOfBirth_48',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'DateOfBirth_48RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2000-09-02', aims: [{ progType: 23, aimType: 1, fworkCode: 2, pwayCode: 1, learnStartDate: '2016-08-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_15: DateEmpStatApp, ESMCode, EmpStat, Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ESMType_15RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2018-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ESMType_15: DateEmpStatApp, ESMCode, EmpStat, Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerEmploymentStatusMonitoringQueryService; replayed, the real answers stand in (and agree).
    rule: 'ESMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ESMType_15RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2018-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>SEI</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring><EmploymentStatusMonitoring><ESMType>LOU</ESMType><ESMCode>1</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2014-07-02</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ aimType: 1, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_Error_Null_EmploymentStatus' },
    year: 2018,
    learner: { aims: [{ aimType: 2, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearnerEmploymentStatusQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EmpStat_02RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2014-07-02</DateEmpStatApp></LearnerEmploymentStatus>', aims: [{ aimType: 2, learnStartDate: '2014-07-01', progType: 24, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EmpStat_20: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearnerEmploymentStatusQueryService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EmpStat_20',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EmpStat_20RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-08-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '363' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { engGrade: 'QQ', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError(Grades.NONE)' },
    year: 2018,
    learner: { engGrade: 'NONE', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError("")' },
    year: 2018,
    learner: { engGrade: '', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_02RuleTests', method: 'Validate_NoError(Grades.AB)' },
    year: 2018,
    learner: { engGrade: 'AB', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_04RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { engGrade: 'A', extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on EngGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'EngGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'EngGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { engGrade: 'NONE', extraXml: '<LearnerFAM><LearnFAMType>XXX</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Ethnicity_01: LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Ethnicity_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Ethnicity_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { ethnicity: -99, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Ethnicity_01: LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Ethnicity_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Ethnicity_01RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { ethnicity: 31, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'FundModel_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_03RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'FundModel_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2016-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_05: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_05RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_06RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, progType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_06: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_06RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_07: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_07RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ aimType: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'FundModel_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_09RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ aimType: 1, progType: 25, fundModel: 10, learnStartDate: '2016-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on FundModel_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'FundModel_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'FundModel_09RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ aimType: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { llddHealthProb: 5, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(1)' },
    year: 2018,
    learner: { llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(2)' },
    year: 2018,
    learner: { llddHealthProb: 2, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_01: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'LLDDHealthProb_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_01RuleTests', method: 'ValidateNoError(9)' },
    year: 2018,
    learner: { llddHealthProb: 9, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_06: CompStatus, Ethnicity, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_06RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { llddHealthProb: 1, dateOfBirth: '1994-10-01', aims: [{ fundModel: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'XXX', code: '000' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_06: CompStatus, Ethnicity, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_06RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { llddHealthProb: 1, dateOfBirth: '1992-10-01', aims: [{ fundModel: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'XXX', code: '000' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_IrrelevantFundModelFound' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 81, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_AgeExceptionApplies' },
    year: 2018,
    learner: { dateOfBirth: '1993-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_PlannedHoursTooLow' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 5, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_IrrelevantHealthProblem' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 2, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    rule: 'LLDDHealthProb_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidatePasses_HealthProblemRecordFound' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>0</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidateFails(10)' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 10, learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LLDDHealthProb_07: CompStatus, Ethnicity, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService, IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'LLDDHealthProb_07',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LLDDHealthProb_07RuleTests', method: 'ValidateFails(99)' },
    year: 2018,
    learner: { dateOfBirth: '1998-09-01', planLearnHours: 11, llddHealthProb: 1, aims: [{ learnStartDate: '2018-09-01', fundModel: 99, learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '108' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnActEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnActEndDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnActEndDate_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2017-01-02', learnActEndDate: '2017-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnActEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnActEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnActEndDate_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2017-01-02', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_01RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1', dateFrom: '2016-01-01' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_03RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '1', dateFrom: null }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateFrom_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateFrom_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateFrom_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMDateTo_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMDateTo_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMDateTo_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'NOT', code: '1', dateTo: '2017-01-01' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_07: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_07RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_08: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_08',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_08RuleTests', method: 'Validate_NoError_LearninDeliveryNullCheck' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_14RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_14RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, progType: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPasses_EndDateNull' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '118' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPassesIrrelevantFamType' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'SOF', code: '118' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPassesIrrelevantFamCode' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '119' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_15: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_15RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ learnActEndDate: '2018-11-02', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationPasses' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'HEM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_31: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_31',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_31RuleTests', method: 'ValidationFails' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }, { type: 'LDM', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateError(98, "ADL")' },
    year: 2018,
    learner: { aims: [{ fundModel: 98, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateNoError(99, "ADL", true)' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_35: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_35',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_35RuleTests', method: 'ValidateNoError(98, "XXX", false)' },
    year: 2018,
    learner: { aims: [{ fundModel: 98, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'XXX', code: '1' }, { type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_IrrelevantFamType' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_CorrectFamTypes' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }, { type: 'ADL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_ExceptionApplies' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_36: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_36',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_36RuleTests', method: 'ValidationFails_ALB_ButNo_ADL_Or_Exception_OnSameDelivery' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ALB', code: '1' }] }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ADL', code: '1' }] }, { learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_IrrelevantFamType' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_AllowedFundingModel' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_ExceptionApplies' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '359' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidatePasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_38: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_38',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_38RuleTests', method: 'ValidateFails_ALB_ButNoExceptionOnSameDelivery' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }, { fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '359' }] }, { fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_39: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_39',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_39RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ progType: 20, fundModel: 81, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }, { type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_39: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_39',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_39RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ progType: 20, fundModel: 81, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LDM', code: '1' }, { type: 'RES', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_40',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_40RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, progType: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_40: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_40',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_40RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, progType: 24, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 36, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'FLN', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ADL', code: '1' }, { type: 'FLN', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_46: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_46',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_46RuleTests', method: 'Validate_NoError_NoLearningDeliveryFams' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPasses_IrrelevantFundModel' },
    year: 2018,
    learner: { aims: [{ fundModel: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(TypeOfFunding.Age16To19ExcludingApprenticeships)' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(TypeOfFunding.Other16To19)' },
    year: 2018,
    learner: { aims: [{ fundModel: 82, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(TypeOfFunding.CommunityLearning)' },
    year: 2018,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(TypeOfFunding.EuropeanSocialFund)' },
    year: 2018,
    learner: { aims: [{ fundModel: 70, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPassesIrrelevantFamType(TypeOfFunding.NotFundedByESFA)' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(TypeOfFunding.Age16To19ExcludingApprenticeships)' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(TypeOfFunding.Other16To19)' },
    year: 2018,
    learner: { aims: [{ fundModel: 82, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(TypeOfFunding.CommunityLearning)' },
    year: 2018,
    learner: { aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(TypeOfFunding.EuropeanSocialFund)' },
    year: 2018,
    learner: { aims: [{ fundModel: 70, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_50: CompStatus, Ethnicity, LLDDHealthProb, LearnDelFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_50',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_50RuleTests', method: 'ValidationFails(TypeOfFunding.NotFundedByESFA)' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'LSF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_Error(81, 3)' },
    year: 2018,
    learner: { aims: [{ fundModel: 81, progType: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '2' }, { type: 'FFI', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_Error(81, null)' },
    year: 2018,
    learner: { aims: [{ fundModel: 81, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'EEF', code: '2' }, { type: 'FFI', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(36, 25)' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, progType: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(36, 3)' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, progType: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_54: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_54',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_54RuleTests', method: 'Validate_NoError(81, 25)' },
    year: 2018,
    learner: { aims: [{ fundModel: 81, progType: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '44' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_68: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'LearnDelFAMType_68',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_68RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ fundModel: 36, aimType: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_69: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnDelFAMType_69',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_69RuleTests', method: 'ValidationPasses_NoFAMs' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2017-11-30', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_70: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_70',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_70RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2017-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '358' }, { type: 'LDM', code: '358' }] }, { fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_70: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_70',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFAMType_70RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 99, learnStartDate: '2018-07-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '358' }, { type: 'LDM', code: '358' }] }, { fundModel: 35, learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ALB', code: '1' }, { type: 'LDM', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_71: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_71',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFamType_71RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '358' }, { type: 'ALB', code: '22' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnDelFAMType_71: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnDelFAMType_71',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnDelFamType_71RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '358' }, { type: 'ACT', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_09: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_09RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_10: Ethnicity, LLDDHealthProb, LearnFAMCode, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_10RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_11: CompStatus, Ethnicity, LLDDHealthProb, LearnFAMCode, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_11',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_11RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>NLM</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_14',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_14RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_14: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_14',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_14RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>DLA</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_15: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_15',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_15RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_15: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_15',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_15RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>3</LearnFAMCode></LearnerFAM>', aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_16: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_16',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_16RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnFAMType_16: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnFAMType_16',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnFAMType_16RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { extraXml: '<LearnerFAM><LearnFAMType>ECF</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>SEN</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM><LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>3</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    rule: 'LearnPlanEndDate_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnPlanEndDate_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnPlanEndDate: '2018-01-01', learnStartDate: '2018-01-04', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    rule: 'LearnPlanEndDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnPlanEndDate_02RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnPlanEndDate: '2018-01-04', learnStartDate: '2018-01-01', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnPlanEndDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnPlanEndDate_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnPlanEndDate: '2017-08-04', learnStartDate: '2007-08-04', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnPlanEndDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, Sex, ULN.
    // The agency's test mocks IDateTimeQueryService; replayed, the real answers stand in (and agree).
    rule: 'LearnPlanEndDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnPlanEndDate_03RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnPlanEndDate: '2017-09-29', learnStartDate: '2012-09-29', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_03: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IAcademicYearDataService, IDerivedData_07Rule; replayed, the real answers stand in (and agree).
    rule: 'LearnStartDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnStartDate_03RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-01', progType: 20, learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnStartDate_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnStartDate_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { dateOfBirth: '2018-02-01', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on LearnStartDate_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'LearnStartDate_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'LearnStartDate_05RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { mathGrade: 'QQ', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError(Grades.NONE)' },
    year: 2018,
    learner: { mathGrade: 'NONE', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError("")' },
    year: 2018,
    learner: { mathGrade: '', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_02: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_02RuleTests', method: 'Validate_NoError(Grades.AB)' },
    year: 2018,
    learner: { mathGrade: 'AB', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_04RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { mathGrade: 'A', extraXml: '<LearnerFAM><LearnFAMType>MCF</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on MathGrade_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks ILearnerFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'MathGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'MathGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { mathGrade: 'NONE', extraXml: '<LearnerFAM><LearnFAMType>XXX</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'OrigLearnStartDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_01RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-10', origLearnStartDate: '2008-10-01', fundModel: 35, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, Sex, ULN.
    rule: 'OrigLearnStartDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_01RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-10', origLearnStartDate: '2008-10-10', fundModel: 35, learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_03RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ origLearnStartDate: '2008-10-01', fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_03RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_09RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ origLearnStartDate: '2017-04-30', fundModel: 36, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OrigLearnStartDate_09: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OrigLearnStartDate_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OrigLearnStartDate_09RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ origLearnStartDate: '2017-05-01', fundModel: 36, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OtherFundAdj_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OtherFundAdj_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OtherFundAdj_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, otherFundAdj: 100, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OtherFundAdj_01: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OtherFundAdj_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OtherFundAdj_01RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_04RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ outGrade: 'X', outcome: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 2)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, outGrade: 'FL', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 3)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'FL', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("FL", 8)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, outGrade: 'FL', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 2)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, outGrade: 'U', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 3)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'U', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("U", 8)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, outGrade: 'U', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 2)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, outGrade: 'N', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 3)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'N', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("N", 8)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, outGrade: 'N', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 2)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 3)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("X", 8)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 2)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, outGrade: 'Y', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 3)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'Y', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_NoError("Y", 8)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, outGrade: 'Y', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("FL", 1)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, outGrade: 'FL', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("U", 1)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, outGrade: 'U', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("N", 1)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, outGrade: 'N', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("X", 1)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_05RuleTests', method: 'Validate_Error("Y", 1)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, outGrade: 'Y', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'XX', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError(null)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("FL")' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'FL', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("U")' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'U', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("N")' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'N', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("X")' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'X', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on OutGrade_06: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'OutGrade_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'OutGrade_06RuleTests', method: 'ValidateNoError("Y")' },
    year: 2018,
    learner: { aims: [{ outcome: 3, outGrade: 'Y', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outcome: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(null)' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.Achieved)' },
    year: 2018,
    learner: { aims: [{ outcome: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.PartialAchievement)' },
    year: 2018,
    learner: { aims: [{ outcome: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.NoAchievement)' },
    year: 2018,
    learner: { aims: [{ outcome: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_01RuleTests', method: 'ValidateNoError(OutcomeConstants.LearningActivitiesCompleteButOutcomeNotKnown)' },
    year: 2018,
    learner: { aims: [{ outcome: 8, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_04RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outcome: 5, achDate: '2018-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_04: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ outcome: 8, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_05RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outcome: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_05RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ outcome: 1, learnActEndDate: '2018-01-01', learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_09: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_09RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ outcome: 8, compStatus: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Outcome_09: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'Outcome_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Outcome_09RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ outcome: 8, compStatus: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { planLearnHours: 0, aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_02RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { planLearnHours: 20, aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { planLearnHours: 0, planEEPHours: 0, aims: [{ fundModel: 82, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { planLearnHours: 5, planEEPHours: 6, aims: [{ fundModel: 82, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_03: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PlanLearnHours_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_03RuleTests', method: 'Validate_NoError_NullPlanLearnHours' },
    year: 2018,
    learner: { planEEPHours: 6, aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { fundModel: 0, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PlanLearnHours_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { planLearnHours: 500, planEEPHours: 501, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_04: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PlanLearnHours_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_04RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { planLearnHours: 500, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_05: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PlanLearnHours_05',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_05RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { planLearnHours: 2000, planEEPHours: 3000, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PlanLearnHours_05: Ethnicity, LLDDHealthProb, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PlanLearnHours_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PlanLearnHours_05RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { planLearnHours: 500, planEEPHours: 500, aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_01: CompStatus, Ethnicity, FundModel, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'PrimaryLLDD_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2015-08-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_01: CompStatus, Ethnicity, FundModel, LearnPlanEndDate, Sex, ULN.
    // The agency's test mocks IDerivedData_06Rule; replayed, the real answers stand in (and agree).
    rule: 'PrimaryLLDD_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_01RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>99</LLDDCat></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-01-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }, { learnStartDate: '2015-08-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_02: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>2</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_02: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_02RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_03: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_03',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_03RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_03: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_03',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_03RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem><LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_04: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>20</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PrimaryLLDD_04: Ethnicity, Sex, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    rule: 'PrimaryLLDD_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PrimaryLLDD_04RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { llddHealthProb: 1, extraXml: '<LLDDandHealthProblem><LLDDCat>98</LLDDCat></LLDDandHealthProblem>', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on PriorAttain_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'PriorAttain_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'PriorAttain_04RuleTests', method: 'ValidateNoError' },
    year: 2018,
    learner: { aims: [{ fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Sex_01: Ethnicity, LLDDHealthProb, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Sex_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Sex_01RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { sex: 'X', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on Sex_01: Ethnicity, LLDDHealthProb, ULN, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IProvideLookupDetails; replayed, the real answers stand in (and agree).
    rule: 'Sex_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'Sex_01RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { sex: 'F', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_02RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { uln: '9999999999', aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'SOF', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_02: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { uln: '9999999999', aims: [{ fundModel: 10, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fams: [{ type: 'ACT', code: '1' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_04: Ethnicity, LLDDHealthProb, Sex, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IDerivedData_01Rule; replayed, the real answers stand in (and agree).
    rule: 'ULN_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_04RuleTests', method: 'Validate_NoErrors' },
    year: 2018,
    learner: { uln: '1000000043', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_04: Ethnicity, LLDDHealthProb, Sex, a LearningDelivery (a continuing FM99 aim; the schema wants one).
    // The agency's test mocks IDerivedData_01Rule; replayed, the real answers stand in (and agree).
    rule: 'ULN_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { uln: '1000000042', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 99 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_06: CompStatus, Ethnicity, LLDDHealthProb, Sex.
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_06',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_06RuleTests', method: 'Validate_Error' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { uln: '9999999999', aims: [{ fundModel: 35, learnStartDate: '2019-02-01', learnPlanEndDate: '2019-05-10', compStatus: 1, fams: [] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_06: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_06',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_06RuleTests', method: 'Validate_NoError' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { aims: [{ fundModel: 35, learnStartDate: '2019-05-01', learnPlanEndDate: '2019-05-10', compStatus: 1, fams: [] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_07: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_07',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_07RuleTests', method: 'Validate_NoError' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { aims: [{ fundModel: 35, learnStartDate: '2019-05-01', learnPlanEndDate: '2019-05-10', compStatus: 1, fams: [] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks IAcademicYearDataService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_09',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_09RuleTests', method: 'Validate_Error' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_09: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks IAcademicYearDataService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_09',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_09RuleTests', method: 'Validate_NoError' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'SOF', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_10: CompStatus, Ethnicity, LLDDHealthProb, Sex, ULN, ULN (the test gives 1, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks IAcademicYearDataService, IDateTimeQueryService, IFileDataService, ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_10',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_10RuleTests', method: 'Validate_NoError' },
    year: 2018,
    preparedOn: '2019-01-01',
    learner: { aims: [{ fundModel: 35, learnStartDate: '2019-05-01', learnPlanEndDate: '2019-05-10', compStatus: 1, fams: [] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_12',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_12RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { uln: '9999999999', aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'ACT', code: '1' }, { type: 'RES', code: '2' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on ULN_12: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, ULN (the test gives 66655554444, which our schema check rejects; any valid ULN other than the temporary one stands for it).
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'ULN_12',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'ULN_12RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '1' }, { type: 'ACT', code: '5' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateError' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(2)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 2, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(3)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 3, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(7)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 7, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(28)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 28, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(29)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 29, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(40)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 40, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(41)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 41, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(42)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 42, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(43)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 43, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(44)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 44, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(45)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 45, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(46)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 46, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(47)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 47, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(97)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 97, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_02RuleTests', method: 'ValidateNoError(98)' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 98, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(1, 1)' },
    year: 2018,
    learner: { aims: [{ compStatus: 1, withdrawReason: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(2, 1)' },
    year: 2018,
    learner: { aims: [{ compStatus: 2, withdrawReason: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_Error(6, 1)' },
    year: 2018,
    learner: { aims: [{ compStatus: 6, withdrawReason: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_NoError(5, null)' },
    year: 2018,
    learner: { aims: [{ compStatus: 5, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_04: Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WithdrawReason_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_04RuleTests', method: 'Validate_NoError(0, 1)' },
    year: 2018,
    learner: { aims: [{ compStatus: 0, withdrawReason: 1, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WithdrawReason_05: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    // The agency's test mocks ILearningDeliveryFAMQueryService; replayed, the real answers stand in (and agree).
    rule: 'WithdrawReason_05',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WithdrawReason_05RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ withdrawReason: 28, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, fams: [{ type: 'LDM', code: '034' }] }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidatePasses' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-01</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-02</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceEndDate_01',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidatePasses_NoWorkPlacements' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceEndDate_01: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceEndDate_01',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceEndDate_01RuleTests', method: 'ValidateFails' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-08-31</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-01</WorkPlaceStartDate><WorkPlaceEndDate>2018-09-01</WorkPlaceEndDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceStartDate_02',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_02RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-09', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-08</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-09-10</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-09</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_02: CompStatus, Ethnicity, FundModel, LLDDHealthProb, LearnPlanEndDate, Sex, ULN, WorkPlaceHours.
    rule: 'WorkPlaceStartDate_02',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_02RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnStartDate: '2018-10-09', learnPlanEndDate: '2019-06-30', compStatus: 1, fundModel: 35, extraXml: '<LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-09</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement><LearningDeliveryWorkPlacement><WorkPlaceStartDate>2018-10-10</WorkPlaceStartDate><WorkPlaceHours>100</WorkPlaceHours><WorkPlaceMode>1</WorkPlaceMode></LearningDeliveryWorkPlacement>' }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_Error' },
    year: 2018,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_NoError' },
    year: 2018,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'fires',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_Error_InMultipleDeliveries' },
    year: 2018,
    learner: { aims: [{ learnAimRef: 'ZWRKX002', fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX002', fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
  {
    // Not set by the agency's test; given the builder's defaults, which do not bear on WorkPlaceStartDate_04: CompStatus, Ethnicity, LLDDHealthProb, LearnPlanEndDate, LearnStartDate, Sex, ULN.
    rule: 'WorkPlaceStartDate_04',
    expect: 'silent',
    source: { repo: 'DC-ILR-1819-ValidationService', testClass: 'WorkPlaceStartDate_04RuleTests', method: 'Validate_NoError_InMultipleDeliveries' },
    year: 2018,
    learner: { aims: [{ learnAimRef: 'ZWRKX001', fundModel: 25, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }, { learnAimRef: 'ZWRKX001', fundModel: 35, learnStartDate: '2018-09-01', learnPlanEndDate: '2019-06-30', compStatus: 1 }] },
  },
];

// Validate tests of our rules left out of the table, and why (the agency's repository, rule, method):
// - mock: its verdict rests on a mocked lookup or query that contradicts the learner it builds (76):
//     1819 AFinType_02.ValidateError, 1819 AFinType_08.ValidateError, 1819 Accom_01.Validate_Error, 1819
//     AddHours_04.Validate_Error, 1819 AddHours_05.Validate_Error, 1819 AddHours_06.Validate_Error, 1819
//     AimType_01.Validate_Error, 1819 AimType_07.Validate_Error, 1819 CompStatus_01.Validate_Errors, 1819
//     DateOfBirth_04.Validate_Error, 1819 DateOfBirth_05.Validate_Error, 1819
//     DateOfBirth_23.Validate_Error, 1819 DateOfBirth_25.Validate_NoError, 1819
//     DateOfBirth_30.Validate_Error, 1819 DateOfBirth_46.Validate_Error, 1819
//     DateOfBirth_47.Validate_Error, 1819 DateOfBirth_48.Validate_NoError, 1819
//     EngGrade_02.Validate_NoError("ab"), 1819 FundModel_01.Validate_NoErrors, 1819
//     FundModel_03.Validate_Error, 1819 FundModel_04.Validate_Error, 1819 FundModel_07.Validate_Error,
//     1819 LearnFAMType_09.Validate_Error, 1819 LearnFAMType_10.Validate_Error, 1819
//     LearnFAMType_11.Validate_Error, 1819 LearnStartDate_03.ValidateError, 1819
//     MathGrade_02.Validate_NoError("ab"), 1819 PriorLearnFundAdj_01.Validate_Error, 1819
//     PriorLearnFundAdj_01.Validate_NoError, 1819 ULN_07.Validate_Error, 1819 ULN_10.Validate_Error, 1819
//     WithdrawReason_05.Validate_Error(28, "LDM", "034"), 2021 AFinDate_04.Validate_Error, 2021
//     AFinDate_05.Validate_Error, 2021 AFinDate_05.Validate_Error_MultipleDeliveriesTrigger, 2021
//     AFinDate_06.Validate_Error, 2021 AFinDate_06.Validate_Error_MultipleDeliveriesTrigger, 2021
//     AFinDate_07.Validate_Error, 2021 AFinDate_07.Validate_Error_MultipleDeliveriesTrigger, 2021
//     AFinDate_08.Validate_Error, 2021 AFinDate_08.Validate_Error_MultipleDeliveriesTrigger, 2021
//     AFinType_02.ValidateError, 2021 AFinType_08.ValidateError, 2021 Accom_01.Validate_Error, 2021
//     AddHours_04.Validate_Error, 2021 AddHours_05.Validate_Error, 2021 AddHours_06.Validate_Error, 2021
//     AimType_01.Validate_Error, 2021 AimType_07.Validate_Error, 2021 CompStatus_01.Validate_Errors, 2021
//     DateOfBirth_04.Validate_Error, 2021 DateOfBirth_05.Validate_Error, 2021
//     DateOfBirth_12.Validate_Error, 2021 DateOfBirth_23.Validate_Error, 2021
//     DateOfBirth_25.Validate_NoError, 2021 DateOfBirth_30.Validate_Error, 2021
//     DateOfBirth_47.Validate_Error, 2021 DateOfBirth_48.Validate_NoError, 2021
//     EngGrade_02.Validate_NoError("ab"), 2021 Ethnicity_01.Validate_NoError, 2021
//     FundModel_01.Validate_NoErrors, 2021 FundModel_03.Validate_Error, 2021 FundModel_04.Validate_Error,
//     2021 FundModel_07.Validate_Error, 2021 LLDDHealthProb_06.ValidateError, 2021
//     LearnDelFAMType_75.Validate_Error, 2021 LearnDelFAMType_91.Validate_Error, 2021
//     LearnFAMType_09.Validate_Error, 2021 LearnFAMType_10.Validate_Error, 2021
//     LearnFAMType_11.Validate_Error, 2021 LearnStartDate_03.ValidateError, 2021
//     MathGrade_02.Validate_NoError("ab"), 2021 PriorLearnFundAdj_01.Validate_Error, 2021
//     PriorLearnFundAdj_01.Validate_NoError, 2021 ULN_07.Validate_Error, 2021
//     WithdrawReason_05.Validate_Error(28, "LDM", "034")
// - not replayable: it has no LearningDelivery, which the schema requires (40):
//     1819 AFinDate_05.Validate_NoError_NullLearningDeliveries, 1819
//     AFinDate_06.Validate_NoError_NullLearningDeliveries, 1819
//     AFinDate_07.Validate_NoError_NullLearningDeliveries, 1819
//     AFinDate_08.Validate_NoError_NullLearningDeliveries, 1819
//     AFinDate_09.Validate_NoError_NullLearningDeliveries, 1819
//     AFinDate_12.Validate_NoError_NullLearningDeliveries, 1819 DateOfBirth_34.ValidatePasses_NoLDs, 1819
//     DateOfBirth_40.ValidatePasses_NoLDs, 1819 LLDDHealthProb_07.ValidatePasses_NoLDs, 1819
//     LearnDelFAMType_07.ValidationPasses_NoLDs, 1819 LearnDelFAMType_15.ValidationPasses_NoLDs, 1819
//     LearnDelFAMType_31.ValidationPasses_NoLDs, 1819 LearnDelFAMType_36.ValidationPasses_NoLDs, 1819
//     LearnDelFAMType_38.ValidatePasses_NoLDs, 1819
//     LearnDelFAMType_46.Validate_NoError_NoLearningDeliveries, 1819
//     LearnDelFAMType_50.ValidationPasses_NoLDs, 1819 LearnDelFAMType_68.ValidationPasses_NoLDs, 1819
//     LearnDelFAMType_69.ValidationPasses_NoLDs, 1819 WorkPlaceEndDate_01.ValidatePasses_NoLDs, 2021
//     AFinDate_05.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_06.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_07.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_08.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_09.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_12.Validate_NoError_NullLearningDeliveries, 2021
//     AFinDate_13.Validate_NoError_NullLearningDeliveries, 2021 DateOfBirth_34.ValidatePasses_NoLDs, 2021
//     LLDDHealthProb_07.ValidatePasses_NoLDs, 2021 LearnDelFAMType_07.ValidationPasses_NoLDs, 2021
//     LearnDelFAMType_15.ValidationPasses_NoLDs, 2021 LearnDelFAMType_31.ValidationPasses_NoLDs, 2021
//     LearnDelFAMType_36.ValidationPasses_NoLDs, 2021 LearnDelFAMType_38.ValidatePasses_NoLDs, 2021
//     LearnDelFAMType_46.Validate_NoError_NoLearningDeliveries, 2021
//     LearnDelFAMType_50.ValidationPasses_NoLDs, 2021 LearnDelFAMType_68.ValidationPasses_NoLDs, 2021
//     LearnDelFAMType_69.ValidationPasses_NoLDs, 2021 LearnDelFAMType_77.ValidationPasses_NoLDs, 2021
//     LearnDelFAMType_78.ValidationPasses_NoLDs, 2021 WorkPlaceEndDate_01.ValidatePasses_NoLDs
// - not replayable: it sets Learner.PriorAttainNullable, which the fixture builder does not write (38):
//     1819 PriorAttain_03.Validate_Error(14), 1819 PriorAttain_03.Validate_Error(15), 1819
//     PriorAttain_03.Validate_Error(6), 1819 PriorAttain_03.Validate_Error(8), 1819
//     PriorAttain_03.Validate_NoError(1), 1819 PriorAttain_03.Validate_NoError(10), 1819
//     PriorAttain_03.Validate_NoError(11), 1819 PriorAttain_03.Validate_NoError(12), 1819
//     PriorAttain_03.Validate_NoError(13), 1819 PriorAttain_03.Validate_NoError(2), 1819
//     PriorAttain_03.Validate_NoError(3), 1819 PriorAttain_03.Validate_NoError(4), 1819
//     PriorAttain_03.Validate_NoError(5), 1819 PriorAttain_03.Validate_NoError(7), 1819
//     PriorAttain_03.Validate_NoError(9), 1819 PriorAttain_03.Validate_NoError(97), 1819
//     PriorAttain_03.Validate_NoError(98), 1819 PriorAttain_03.Validate_NoError(99), 1819
//     PriorAttain_04.ValidateError, 2021 PriorAttain_03.Validate_Error(14), 2021
//     PriorAttain_03.Validate_Error(15), 2021 PriorAttain_03.Validate_Error(6), 2021
//     PriorAttain_03.Validate_Error(8), 2021 PriorAttain_03.Validate_NoError(1), 2021
//     PriorAttain_03.Validate_NoError(10), 2021 PriorAttain_03.Validate_NoError(11), 2021
//     PriorAttain_03.Validate_NoError(12), 2021 PriorAttain_03.Validate_NoError(13), 2021
//     PriorAttain_03.Validate_NoError(2), 2021 PriorAttain_03.Validate_NoError(3), 2021
//     PriorAttain_03.Validate_NoError(4), 2021 PriorAttain_03.Validate_NoError(5), 2021
//     PriorAttain_03.Validate_NoError(7), 2021 PriorAttain_03.Validate_NoError(9), 2021
//     PriorAttain_03.Validate_NoError(97), 2021 PriorAttain_03.Validate_NoError(98), 2021
//     PriorAttain_03.Validate_NoError(99), 2021 PriorAttain_04.ValidateError
// - unchecked: the agency's test builds a handler for an error but never verifies it, so it asserts nothing (24):
//     1819 LearnDelFAMType_15.ValidationFails, 1819 LearnDelFAMType_68.ValidationFails_AimType, 1819
//     LearnDelFAMType_68.ValidationFails_FundingModel, 1819
//     LearnDelFAMType_68.ValidationPassesIrrelevantFamCode, 1819
//     LearnDelFAMType_68.ValidationPassesIrrelevantFamType, 1819
//     LearnDelFAMType_69.ValidationFails_FundingModel, 1819
//     LearnDelFAMType_69.ValidationFails_LearnStartDate(10), 1819
//     LearnDelFAMType_69.ValidationFails_LearnStartDate(35), 1819 LearnDelFAMType_69.ValidationPasses(10),
//     1819 LearnDelFAMType_69.ValidationPasses(35), 1819
//     LearnDelFAMType_69.ValidationPassesIrrelevantFamCode, 1819
//     LearnDelFAMType_69.ValidationPassesIrrelevantFamType, 2021 LearnDelFAMType_15.ValidationFails, 2021
//     LearnDelFAMType_68.ValidationFails_AimType, 2021 LearnDelFAMType_68.ValidationFails_FundingModel,
//     2021 LearnDelFAMType_68.ValidationPassesIrrelevantFamCode, 2021
//     LearnDelFAMType_68.ValidationPassesIrrelevantFamType, 2021
//     LearnDelFAMType_69.ValidationFails_FundingModel, 2021
//     LearnDelFAMType_69.ValidationFails_LearnStartDate(10), 2021
//     LearnDelFAMType_69.ValidationFails_LearnStartDate(35), 2021 LearnDelFAMType_69.ValidationPasses(10),
//     2021 LearnDelFAMType_69.ValidationPasses(35), 2021
//     LearnDelFAMType_69.ValidationPassesIrrelevantFamCode, 2021
//     LearnDelFAMType_69.ValidationPassesIrrelevantFamType
// - not replayable: a LearningDeliveryFAM without LearnDelFAMType, which our schema check requires (22):
//     1819 LearnDelFAMDateFrom_02.Validate_Error, 1819 LearnDelFAMDateTo_01.Validate_Error, 1819
//     LearnDelFAMDateTo_01.Validate_NoErrors, 1819 LearnDelFAMDateTo_02.Validate_Error, 1819
//     LearnDelFAMDateTo_02.Validate_NoErrors, 1819 LearnDelFAMDateTo_03.Validate_Error, 1819
//     LearnDelFAMDateTo_03.Validate_NoErrors, 1819 LearnDelFAMDateTo_04.Validate_NoErrors, 1819
//     LearnDelFAMType_07.ValidationFails, 1819 LearnDelFAMType_07.ValidationPasses(25, "105"), 1819
//     LearnDelFAMType_07.ValidationPasses(82, "107"), 1819
//     LearnDelFAMType_07.ValidationPasses_IrrelevantFundingModel, 2021
//     LearnDelFAMDateFrom_02.Validate_Error, 2021 LearnDelFAMDateTo_01.Validate_Error, 2021
//     LearnDelFAMDateTo_01.Validate_NoErrors, 2021 LearnDelFAMDateTo_02.Validate_Error, 2021
//     LearnDelFAMDateTo_02.Validate_NoErrors, 2021 LearnDelFAMDateTo_04.Validate_NoErrors, 2021
//     LearnDelFAMType_07.ValidationFails, 2021 LearnDelFAMType_07.ValidationPasses(25, "105"), 2021
//     LearnDelFAMType_07.ValidationPasses(82, "107"), 2021
//     LearnDelFAMType_07.ValidationPasses_IrrelevantFundingModel
// - not replayable: its AppFinRecord leaves out AFinDate or AFinType, which our schema check requires (12):
//     1819 AFinType_07.ValidateError, 1819 AFinType_07.ValidateNoError, 1819 AFinType_11.ValidateError,
//     1819 AFinType_11.ValidateNoError, 1819 AFinType_14.Validate_Error, 1819
//     AFinType_14.Validate_NoError, 2021 AFinType_07.ValidateError, 2021 AFinType_07.ValidateNoError, 2021
//     AFinType_11.ValidateError, 2021 AFinType_11.ValidateNoError, 2021 AFinType_14.Validate_Error, 2021
//     AFinType_14.Validate_NoError
// - not replayable: its work placement has no WorkPlaceStartDate, which our schema check requires (10):
//     1819 WorkPlaceEndDate_02.Validate_Error, 1819 WorkPlaceEndDate_02.Validate_NoError, 1819
//     WorkPlaceEndDate_02.Validate_NoErrorNull, 1819 WorkPlaceMode_01.Validate_Error, 1819
//     WorkPlaceMode_01.Validate_NoError, 2021 WorkPlaceEndDate_02.Validate_Error, 2021
//     WorkPlaceEndDate_02.Validate_NoError, 2021 WorkPlaceEndDate_02.Validate_NoErrorNull, 2021
//     WorkPlaceMode_01.Validate_Error, 2021 WorkPlaceMode_01.Validate_NoError
// - schema: its learner fails our schema checks (FD_LearnAimRef_AL), so the rule is never reached (5):
//     2021 LearnAimRef_90.Validate_NoErrors, 2021 ProgType_15.Validate_NoErrors, 2021
//     ProgType_17.Validate_Error("ZTLOSxxxx"), 2021 ProgType_17.Validate_Error("ztlosxxxx"), 2021
//     ProgType_17.Validate_NoErrors
// - not replayable: mocked year 2016, before the first year the loader takes (4):
//     1819 LearnActEndDate_04.Validate_Error, 1819 LearnActEndDate_04.Validate_NoErrors, 2021
//     LearnActEndDate_04.Validate_Error, 2021 LearnActEndDate_04.Validate_NoErrors
// - mock: it mocks the academic year to end on 1 September 2018 (2):
//     1819 AchDate_02.Validate_Error, 2021 AchDate_02.Validate_Error
// - not replayable: mocked year 2017, before the first year the loader takes (2):
//     1819 AchDate_07.Validate_Error, 2021 AchDate_07.Validate_Error
// - mock: it mocks the age (YearsBetween 12) against the date of birth it gives (1988) (2):
//     1819 DateOfBirth_06.Validate_Error, 2021 DateOfBirth_06.Validate_Error
// - not replayable: it mocks the file date as 1970-01-01 (2):
//     1819 ULN_03.Validate_NoErrors, 2021 ULN_03.Validate_NoErrors
