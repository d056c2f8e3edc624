// Builds small ILR XML files for fixtures: a cohort is written as plain objects and each test
// states its expected figures beside it. Only the fields a rule needs are required.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureAim {
  learnAimRef?: string;
  aimType?: number;
  aimSeqNumber?: number;
  learnStartDate: string;
  learnPlanEndDate: string;
  fundModel?: number;
  progType?: number;
  stdCode?: number;
  /** Frameworks' FworkCode and PwayCode (to 2024/25). */
  fworkCode?: number;
  pwayCode?: number;
  compStatus: number;
  learnActEndDate?: string;
  withdrawReason?: number;
  outcome?: number;
  achDate?: string;
  /** Optional LearningDelivery fields, written in the schema's order where they belong. */
  origLearnStartDate?: string;
  pHours?: number;
  otjActHours?: number;
  addHours?: number;
  priorLearnFundAdj?: number;
  otherFundAdj?: number;
  outGrade?: string;
  tlOut?: number;
  /**
   * LearningDeliveryFAMs, e.g. { type: 'ADL', code: '1' }, { type: 'LDM', code: '360' }, { type: 'RES', code: '1' },
   * with their dates ({ type: 'LSF', code: '1', dateFrom: '2025-09-01', dateTo: '2026-06-30' }). ACT applies
   * from the start date unless it gives its dateFrom (null for none).
   */
  fams?: { type: string; code: string; dateFrom?: string | null; dateTo?: string }[];
  /** More XML inside the LearningDelivery, after its FAMs (AppFinRecord, work placements, dated FAMs …). */
  extraXml?: string;
}

export interface FixtureLearner {
  learnRefNumber: string;
  /** The learner's reference in the previous year's return, when it changed (and that provider). */
  prevLearnRefNumber?: string;
  prevUkprn?: number;
  uln?: string;
  dateOfBirth?: string;
  ethnicity?: number;
  sex?: string;
  llddHealthProb?: number;
  /** Optional Learner fields, written in the schema's order (after LLDDHealthProb, before PostcodePrior). */
  accom?: number;
  alsCost?: number;
  planLearnHours?: number;
  planEEPHours?: number;
  mathGrade?: string;
  engGrade?: string;
  extraXml?: string;
  aims: FixtureAim[];
}

export interface FixtureReturn {
  ukprn: number;
  year: number;
  preparedOn?: string;
  /** The file's serial number (two returns prepared the same day differ by it); '01' unless said. */
  serialNo?: string;
  learners: FixtureLearner[];
}

const el = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : `<${name}>${value}</${name}>`;

/** A FAM's date from as given; an ACT record, which must have one, applies from the start unless it says otherwise (null: none). */
const famDateFrom = (a: FixtureAim, f: NonNullable<FixtureAim['fams']>[number]): string | undefined =>
  f.dateFrom === undefined ? (f.type === 'ACT' ? a.learnStartDate : undefined) : (f.dateFrom ?? undefined);

/**
 * The FAMs an aim that names none is given so that it is valid: community learning (FM10) started
 * from 1 August 2023 has an ACL record (LearnDelFAMType_119). `fams: []` gives none.
 */
const defaultFams = (a: FixtureAim): NonNullable<FixtureAim['fams']> =>
  (a.fundModel === 10 && a.learnStartDate >= '2023-08-01' ? [{ type: 'ACL', code: '1' }] : []);

export function returnXml(r: FixtureReturn): string {
  const yy = `${String(r.year % 100).padStart(2, '0')}${String((r.year + 1) % 100).padStart(2, '0')}`;
  const ns = `ESFA/ILR/${r.year}-${String((r.year + 1) % 100).padStart(2, '0')}`;
  const prepared = r.preparedOn ?? `${r.year + 1}-10-15`;
  const learners = r.learners.map((l) => {
    const aims = l.aims.map((a, i) =>
      [
        '<LearningDelivery>',
        el('LearnAimRef', a.learnAimRef ?? '60000088'),
        el('AimType', a.aimType ?? 4),
        el('AimSeqNumber', a.aimSeqNumber ?? i + 1),
        el('LearnStartDate', a.learnStartDate),
        el('OrigLearnStartDate', a.origLearnStartDate),
        el('LearnPlanEndDate', a.learnPlanEndDate),
        el('FundModel', a.fundModel ?? 35),
        el('PHours', a.pHours),
        el('OTJActHours', a.otjActHours),
        el('ProgType', a.progType),
        el('FworkCode', a.fworkCode),
        el('PwayCode', a.pwayCode),
        el('StdCode', a.stdCode),
        el('DelLocPostCode', 'B12 9QS'),
        el('AddHours', a.addHours),
        el('PriorLearnFundAdj', a.priorLearnFundAdj),
        el('OtherFundAdj', a.otherFundAdj),
        el('CompStatus', a.compStatus),
        el('LearnActEndDate', a.learnActEndDate),
        el('WithdrawReason', a.withdrawReason),
        el('Outcome', a.outcome),
        el('AchDate', a.achDate),
        el('OutGrade', a.outGrade),
        el('TLOut', a.tlOut),
        ...(a.fams ?? defaultFams(a)).map(
          (f) =>
            `<LearningDeliveryFAM>${el('LearnDelFAMType', f.type)}${el('LearnDelFAMCode', f.code)}${el('LearnDelFAMDateFrom', famDateFrom(a, f))}${el('LearnDelFAMDateTo', f.dateTo)}</LearningDeliveryFAM>`,
        ),
        a.extraXml ?? '',
        '</LearningDelivery>',
      ].join(''),
    );
    return [
      '<Learner>',
      el('LearnRefNumber', l.learnRefNumber),
      el('PrevLearnRefNumber', l.prevLearnRefNumber),
      el('PrevUKPRN', l.prevUkprn),
      el('ULN', l.uln ?? '1000000043'),
      el('DateOfBirth', l.dateOfBirth ?? '1990-01-01'),
      el('Ethnicity', l.ethnicity ?? 31),
      el('Sex', l.sex ?? 'F'),
      el('LLDDHealthProb', l.llddHealthProb ?? 2),
      el('Accom', l.accom),
      el('ALSCost', l.alsCost),
      el('PlanLearnHours', l.planLearnHours),
      el('PlanEEPHours', l.planEEPHours),
      el('MathGrade', l.mathGrade),
      el('EngGrade', l.engGrade),
      el('PostcodePrior', 'B12 9QS'),
      el('Postcode', 'B12 9QS'),
      l.extraXml ?? '',
      ...aims,
      '</Learner>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Message xmlns="${ns}">`,
    `<Header><CollectionDetails><Collection>ILR</Collection><Year>${yy}</Year><FilePreparationDate>${prepared}</FilePreparationDate></CollectionDetails>`,
    `<Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>${r.ukprn}</UKPRN><SerialNo>${r.serialNo ?? '01'}</SerialNo><DateTime>${prepared}T09:00:00</DateTime></Source></Header>`,
    `<LearningProvider><UKPRN>${r.ukprn}</UKPRN></LearningProvider>`,
    ...learners,
    '</Message>',
  ].join('\n');
}

export function fixtureFileName(r: FixtureReturn): string {
  const yy = `${String(r.year % 100).padStart(2, '0')}${String((r.year + 1) % 100).padStart(2, '0')}`;
  const prepared = (r.preparedOn ?? `${r.year + 1}-10-15`).replaceAll('-', '');
  return `ILR-${r.ukprn}-${yy}-${prepared}-090000-${r.serialNo ?? '01'}.xml`;
}

/** Writes the returns into a fresh temporary folder and gives their paths. */
export function writeReturns(returns: FixtureReturn[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-fixture-'));
  return returns.map((r) => {
    const path = join(dir, fixtureFileName(r));
    writeFileSync(path, returnXml(r));
    return path;
  });
}
