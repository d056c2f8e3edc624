// Builds small ILR XML files for fixtures: a cohort is written as plain objects and each test
// states its expected figures beside it. Only the fields a rule needs are required.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daysToIso, isoToDays } from '../../pipelines/ilr/dates.ts';
import { withCheckDigit } from '../../pipelines/ilr/uln.ts';

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
  /** The contract reference (Skills Bootcamps: R_135, R_136, R_144, R_150, R_152 to R_154). */
  conRefNumber?: string;
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
  /** false: no default prices on an apprenticeship programme aim (see `defaultPrices`). */
  prices?: false;
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
  /** The fields below are filled in when left out (see `learnerDefaults`); null writes none. */
  planLearnHours?: number | null;
  planEEPHours?: number | null;
  mathGrade?: string | null;
  engGrade?: string | null;
  /** Prior attainment: a field of the Learner to 2020/21, a PriorAttain record from 2021/22. */
  priorAttain?: number | null;
  /** The LearnerEmploymentStatus records, as XML. */
  employment?: string | null;
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

const el = (name: string, value: string | number | null | undefined) =>
  value === undefined || value === null ? '' : `<${name}>${value}</${name}>`;

const dayBefore = (iso: string): string => daysToIso((isoToDays(iso) as number) - 1);
const isApprenticeship = (a: FixtureAim): boolean => [2, 3, 20, 21, 22, 23, 25].includes(a.progType ?? -1);
const isTLevel = (a: FixtureAim): boolean => a.fundModel === 25 && a.progType === 31;
/** An employer identifier that passes the check digit (EmpId_02). */
const EMPLOYER = 100000002;

/** A LearnerEmploymentStatus record with its employer and monitoring, e.g. employmentStatusXml(10, '2021-08-01', { esm: [['EII', 8]] }). */
export const employmentStatusXml = (empStat: number, date: string, o: { empId?: number; esm?: [string, number][] } = {}): string =>
  `<LearnerEmploymentStatus><EmpStat>${empStat}</EmpStat><DateEmpStatApp>${date}</DateEmpStatApp>` +
  (o.empId === undefined ? '' : `<EmpId>${o.empId}</EmpId>`) +
  (o.esm ?? []).map(([t, c]) => `<EmploymentStatusMonitoring><ESMType>${t}</ESMType><ESMCode>${c}</ESMCode></EmploymentStatusMonitoring>`).join('') +
  '</LearnerEmploymentStatus>';

/**
 * The Learner fields and records a fixture that leaves them out is given so that it is valid, each
 * where a rule asks for it (a fixture's own value, or null for none, wins; an element or record of
 * the same name given in `extraXml` stands instead of the default one):
 * - an employment status, dated the day before the earliest start: in paid employment (10) with an
 *   employer (EmpId_10), 16 hours or more a week (EII 8: ESMType_02) for more than 12 months (LOE 4:
 *   ESMType_09), the status EmpStat_08, _09, _11, _12, _21, _22 ask for;
 * - prior attainment level 2, from 2021/22 a record dated that day too (PriorAttain_01, R_131);
 * - planned learning hours where an aim is not an apprenticeship nor a T Level (PlanLearnHours_01,
 *   R_130): 540 for a 16-19 (FM25, FM82) learner (EmpStat_11), otherwise 10 (not over 10, so that
 *   LLDDHealthProb_07 does not ask community learners for an LLDD record); for a 16-19 learner,
 *   planned employability hours 0 (PlanEEPHours_01); for any learner with an FM25 aim, T Levels
 *   too, GCSE grades NONE (MathGrade_01, EngGrade_01).
 */
function learnerDefaults(year: number, l: FixtureLearner) {
  const extra = l.extraXml ?? '';
  const first = l.aims.reduce<string | null>((m, a) => (m === null || a.learnStartDate < m ? a.learnStartDate : m), null);
  const before = first === null ? null : dayBefore(first);
  const hoursAsked = l.aims.some((a) => !isApprenticeship(a) && !isTLevel(a));
  const sixteenToNineteen = l.aims.some((a) => (a.fundModel === 25 || a.fundModel === 82) && !isTLevel(a) && !isApprenticeship(a));
  const graded = l.aims.some((a) => a.fundModel === 25);
  /** The fixture's own value; else, unless `extraXml` has the element, the default. */
  const own = <T>(value: T | null | undefined, element: string, byDefault: T | null): T | null =>
    value !== undefined ? value : extra.includes(`<${element}>`) ? null : byDefault;
  const priorAttain = own(l.priorAttain, 'PriorAttain', before === null ? null : 2);
  const priorRecord = year >= 2021 && priorAttain !== null;
  const employment =
    l.employment !== undefined
      ? (l.employment ?? '')
      : before === null || extra.includes('<LearnerEmploymentStatus>')
        ? ''
        : employmentStatusXml(10, before, { empId: EMPLOYER, esm: [['EII', 8], ['LOE', 4]] });
  return {
    priorAttainField: year < 2021 ? priorAttain : null,
    priorAttainRecord: priorRecord ? `<PriorAttain><PriorLevel>${priorAttain}</PriorLevel><DateLevelApp>${before}</DateLevelApp></PriorAttain>` : '',
    employment,
    planLearnHours: own(l.planLearnHours, 'PlanLearnHours', hoursAsked ? (sixteenToNineteen ? 540 : 10) : null),
    planEEPHours: own(l.planEEPHours, 'PlanEEPHours', sixteenToNineteen ? 0 : null),
    mathGrade: own(l.mathGrade, 'MathGrade', graded ? 'NONE' : null),
    engGrade: own(l.engGrade, 'EngGrade', graded ? 'NONE' : null),
  };
}

/**
 * The prices an apprenticeship programme aim that has none is given (AppFinRecord in `extraXml`
 * stands instead; `prices: false` gives none): on an FM36 programme aim and an FM81 standard's, the
 * total training price (TNP 1: AFinType_01, _12) dated the start (AFinType_13) and, for a standard,
 * the end-point assessment price (TNP 2: AFinType_10).
 */
function defaultPrices(a: FixtureAim): string {
  if (a.prices === false || a.aimType !== 1 || (a.extraXml ?? '').includes('<AppFinRecord>')) return '';
  if (a.fundModel !== 36 && !(a.fundModel === 81 && a.progType === 25)) return '';
  const record = (code: number, amount: number): string =>
    `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>${code}</AFinCode><AFinDate>${a.learnStartDate}</AFinDate><AFinAmount>${amount}</AFinAmount></AppFinRecord>`;
  return record(1, 9000) + (a.progType === 25 ? record(2, 1000) : '');
}

/** A FAM's date from as given; an ACT record, which must have one, applies from the start unless it says otherwise (null: none). */
const famDateFrom = (a: FixtureAim, f: NonNullable<FixtureAim['fams']>[number]): string | undefined =>
  f.dateFrom === undefined ? (f.type === 'ACT' ? a.learnStartDate : undefined) : (f.dateFrom ?? undefined);

/** An aim that names no funding model is adult skills: FM35, or the Adult Skills Fund (38) for starts from 1 August 2024 (FundModel_17). */
const fundModelOf = (a: FixtureAim): number => a.fundModel ?? (a.learnStartDate >= '2024-08-01' ? 38 : 35);

/** Funded aims return a source of funding (LearnDelFAMType_01); 16–19 funding is the ESFA's 16–19 budget (107). */
const FUNDED = [10, 11, 25, 35, 36, 37, 38, 70, 81, 82];
const SIXTEEN_TO_NINETEEN = [25, 82];

/**
 * The FAMs an aim that names none is given so that it is valid: a funded aim has its source of
 * funding (SOF 105, 107 for 16–19: LearnDelFAMType_01, _07, _09), adult skills and Skills Bootcamps
 * are fully funded (FFI 1: LearnDelFAMType_02, _111), community learning (FM10) started from
 * 1 August 2023 has an ACL record (LearnDelFAMType_119). `fams: []` gives none.
 */
function defaultFams(a: FixtureAim): NonNullable<FixtureAim['fams']> {
  const fm = fundModelOf(a);
  const fams: NonNullable<FixtureAim['fams']> = [];
  if (FUNDED.includes(fm)) fams.push({ type: 'SOF', code: SIXTEEN_TO_NINETEEN.includes(fm) ? '107' : '105' });
  if (fm === 35 || fm === 38 || a.progType === 32) fams.push({ type: 'FFI', code: '1' });
  if (fm === 10 && a.learnStartDate >= '2023-08-01') fams.push({ type: 'ACL', code: '1' });
  return fams;
}

/**
 * The ULN of the return's learner at `index` when the fixture gives none: 1000000043 for the first,
 * another valid ULN for each of the others (two learners with one ULN break R_59).
 */
export function defaultUln(index: number): string {
  for (let base = 100_000_004 + 10 * index; ; base++) {
    const uln = withCheckDigit(String(base));
    if (uln !== null) return uln;
  }
}

export function returnXml(r: FixtureReturn): string {
  const yy = `${String(r.year % 100).padStart(2, '0')}${String((r.year + 1) % 100).padStart(2, '0')}`;
  const ns = `ESFA/ILR/${r.year}-${String((r.year + 1) % 100).padStart(2, '0')}`;
  const prepared = r.preparedOn ?? `${r.year + 1}-10-15`;
  const learners = r.learners.map((l, index) => {
    const aims = l.aims.map((a, i) =>
      [
        '<LearningDelivery>',
        el('LearnAimRef', a.learnAimRef ?? '60000088'),
        el('AimType', a.aimType ?? 4),
        el('AimSeqNumber', a.aimSeqNumber ?? i + 1),
        el('LearnStartDate', a.learnStartDate),
        el('OrigLearnStartDate', a.origLearnStartDate),
        el('LearnPlanEndDate', a.learnPlanEndDate),
        el('FundModel', fundModelOf(a)),
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
        el('ConRefNumber', a.conRefNumber),
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
        defaultPrices(a),
        '</LearningDelivery>',
      ].join(''),
    );
    const d = learnerDefaults(r.year, l);
    return [
      '<Learner>',
      el('LearnRefNumber', l.learnRefNumber),
      el('PrevLearnRefNumber', l.prevLearnRefNumber),
      el('PrevUKPRN', l.prevUkprn),
      el('ULN', l.uln ?? defaultUln(index)),
      el('DateOfBirth', l.dateOfBirth ?? '1990-01-01'),
      el('Ethnicity', l.ethnicity ?? 31),
      el('Sex', l.sex ?? 'F'),
      el('LLDDHealthProb', l.llddHealthProb ?? 2),
      el('PriorAttain', d.priorAttainField),
      el('Accom', l.accom),
      el('ALSCost', l.alsCost),
      el('PlanLearnHours', d.planLearnHours),
      el('PlanEEPHours', d.planEEPHours),
      el('MathGrade', d.mathGrade),
      el('EngGrade', d.engGrade),
      el('PostcodePrior', 'B12 9QS'),
      el('Postcode', 'B12 9QS'),
      // The fixture's own XML straight after Postcode (tests edit there); the defaults after it.
      l.extraXml ?? '',
      d.priorAttainRecord,
      d.employment,
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
