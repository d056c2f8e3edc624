// Writes one provider's return for one collection year as ILR XML, in the element order of the
// agency's schema for that year (shared/domain/schemas). Learners are written one at a time;
// LearnerDestinationandProgression records, which the schema puts after every Learner, wait in a
// side file so that memory stays flat too.
import { createReadStream, unlinkSync } from 'node:fs';
import { isoToDays, yearCode } from '../ilr/dates.ts';
import { isoOf } from './day-cache.ts';
import { TextOut, type PreparedAt, type ReturnCounts, type ReturnWriter } from './return-file.ts';
import type { ReturnedAim, ReturnedLearner } from './return-view.ts';

/** Which schema layout a collection year follows: 2018/19's or 2025/26's, the nearer one. */
export type SchemaLayout = '2018-19' | '2025-26';
export const layoutFor = (year: number): SchemaLayout => (year <= 2021 ? '2018-19' : '2025-26');

/** PHours and OTJActHours on LearningDelivery are new in 2019/20 (before ProgType). */
export const hasHours = (year: number): boolean => year >= 2019;

/** LearnerDestinationandProgression was removed from 2024/25 (ilr-reference.md §1a.4). */
export const hasDestinations = (year: number): boolean => year <= 2023;

export const namespaceFor = (year: number): string =>
  `ESFA/ILR/${year}-${String((year + 1) % 100).padStart(2, '0')}`;

const MARKUP = /[&<>]/;
const esc = (value: string): string =>
  MARKUP.test(value) ? value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : value;

const el = (name: string, value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : `<${name}>${typeof value === 'number' ? value : esc(value)}</${name}>`;

const fam = (type: string, code: string, dateFrom: string | null = null, dateTo: string | null = null): string =>
  `<LearningDeliveryFAM>${el('LearnDelFAMType', type)}${el('LearnDelFAMCode', code)}${el('LearnDelFAMDateFrom', dateFrom)}${el('LearnDelFAMDateTo', dateTo)}</LearningDeliveryFAM>`;

/**
 * The ACT record's date to on an apprenticeship standard's aims: none while the learner continues
 * (R_123); once the aim has ended, its achievement date if it has one (R_121), else its actual end
 * date (R_122). Frameworks' ACT records carry none.
 */
const actDateTo = (r: ReturnedAim): string | null => (r.compStatus === 1 || r.aim.progType !== 25 ? null : (r.achDate ?? r.learnActEndDate));

/** Community learning started from 1 August 2023 says what kind it is (ACL; LearnDelFAMType_119). */
const ACL_FROM = isoToDays('2023-08-01') ?? 0;

/**
 * Source of funding on every funded aim (LearnDelFAMType_01): ESFA 16–19 (107) or ESFA adult (105),
 * apprenticeships with their contract type (ACT); full funding (FFI) on adult skills and Skills
 * Bootcamps (LearnDelFAMType_02, _111).
 */
function famsXml(r: ReturnedAim): string {
  const a = r.aim;
  let fams = (a.fundModel === 36 ? fam('ACT', '1', r.learnStartDate, actDateTo(r)) : '') + fam('SOF', a.fundModel === 25 ? '107' : '105');
  if (a.fundModel === 35 || a.fundModel === 38 || a.progType === 32) fams += fam('FFI', '1');
  if (a.fundModel === 10 && a.startDay >= ACL_FROM) fams += fam('ACL', '1');
  for (const code of a.ldmCodes) fams += fam('LDM', code);
  if (a.isRestart) fams += fam('RES', '1');
  return fams;
}

/**
 * PHours and OTJActHours on a programme aim (from 2019/20; the 2018/19 schema has neither): an
 * apprenticeship's planned off-the-job hours (PHours_01, at least 278: PHours_06) and, once it has
 * completed or been withdrawn, the hours done (OTJActHours_02, _03: all of them, or the share of the
 * planned days that passed); a T Level programme's planned hours (PHours_03).
 */
function hoursXml(r: ReturnedAim): string {
  const a = r.aim;
  if (a.aimType !== 1) return '';
  if (a.fundModel === 25 && a.progType === 31) return `<PHours>${a.planEndDay - a.startDay + 1}</PHours>`;
  if (a.fundModel !== 36) return '';
  const planned = Math.max(300, Math.round((a.planEndDay - a.startDay + 1) * 0.8));
  if (r.compStatus !== 2 && r.compStatus !== 3) return `<PHours>${planned}</PHours>`;
  const share = r.compStatus === 2 ? 1 : Math.min(1, ((a.endDay ?? a.startDay) - a.startDay) / (a.planEndDay - a.startDay + 1));
  return `<PHours>${planned}</PHours><OTJActHours>${Math.round(planned * share)}</OTJActHours>`;
}

/**
 * The prices of an apprenticeship programme aim (AimType 1 of FM36, or of an FM81 standard), dated
 * its start (R_119, AFinType_13): its training price (TNP 1: AFinType_01, _12) and, for a standard,
 * its end-point assessment price (TNP 2: R_100, AFinType_10).
 */
function pricesXml(r: ReturnedAim): string {
  const a = r.aim;
  if (a.aimType !== 1 || !(a.fundModel === 36 || (a.fundModel === 81 && a.progType === 25))) return '';
  const record = (code: number, amount: number): string =>
    `<AppFinRecord><AFinType>TNP</AFinType><AFinCode>${code}</AFinCode><AFinDate>${r.learnStartDate}</AFinDate><AFinAmount>${amount}</AFinAmount></AppFinRecord>`;
  return a.progType === 25 ? record(1, 9000) + record(2, 1000) : record(1, 9000);
}

const hex = (n: number, digits: number): string => n.toString(16).padStart(digits, '0');
const refHex = new Map<string, string>();
/**
 * The aim's software supplier identifier, a UUID (SWSupAimId_01) made of what the aim keeps across
 * years: its start day, its own number and its reference (read as a base-36 number).
 */
function swSupAimId(learnAimRef: string, aimSeqNumber: number, startDay: number): string {
  let ref = refHex.get(learnAimRef);
  if (ref === undefined) {
    ref = hex(parseInt(learnAimRef, 36) || 0, 12).slice(-12);
    refHex.set(learnAimRef, ref);
  }
  return `${hex(startDay >>> 0, 8)}-${hex(aimSeqNumber & 0xffff, 4)}-4000-8000-${ref}`;
}

// A template rather than a list of parts: this runs once per aim per file, millions of times.
// `seq`: the aim's number in this file, 1 to the number of aims returned (AimSeqNumber_02; an aim
// closed in an earlier year is not returned, so the numbers the learner's aims were given close up).
function learningDeliveryXml(r: ReturnedAim, layout: SchemaLayout, postcode: string, seq: number, withHours: boolean): string {
  const a = r.aim;
  const frameworkFields = layout === '2018-19' ? `${el('FworkCode', a.fworkCode)}${el('PwayCode', a.pwayCode)}` : '';
  const hours = withHours ? hoursXml(r) : '';
  return (
    `<LearningDelivery><LearnAimRef>${esc(a.learnAimRef)}</LearnAimRef><AimType>${a.aimType}</AimType>` +
    `<AimSeqNumber>${seq}</AimSeqNumber>${el('LearnStartDate', r.learnStartDate)}` +
    `${el('LearnPlanEndDate', r.learnPlanEndDate)}<FundModel>${a.fundModel}</FundModel>${hours}${el('ProgType', a.progType)}` +
    `${frameworkFields}${el('StdCode', a.stdCode)}<DelLocPostCode>${postcode}</DelLocPostCode>` +
    `${el('CompStatus', r.compStatus)}${el('LearnActEndDate', r.learnActEndDate)}${el('WithdrawReason', r.withdrawReason)}` +
    `${el('Outcome', r.outcome)}${el('AchDate', r.achDate)}<SWSupAimId>${swSupAimId(a.learnAimRef, a.aimSeqNumber, a.startDay)}</SWSupAimId>` +
    `${famsXml(r)}${pricesXml(r)}</LearningDelivery>`
  );
}

const APPRENTICESHIP_PROG_TYPES = new Set([2, 3, 20, 21, 22, 23, 25]);
const GRADES = ['4', '5', '6', '7'];
const esm = (type: string, code: number): string =>
  `<EmploymentStatusMonitoring>${el('ESMType', type)}${el('ESMCode', code)}</EmploymentStatusMonitoring>`;

/** A 9-digit employer identifier (ERN) whose ninth digit is the check digit of the first eight (EmpId_02, DD05). */
function employerId(seed: string): number {
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) % 89_999_999;
  for (let base = 10_000_000 + h; ; base++) {
    const digits = String(base);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return base * 10 + check;
  }
}

/**
 * The learner's employment status, dated the day before their first start (EmpStat_08, _09, _11,
 * _21, _22 ask for one dated before each start): as simulated, and for a learner simulated with none
 * (under 19, not an apprentice) not employed and not looking for work (12). A status in paid
 * employment names the employer (EmpId_10) and says the hours (EII: ESMType_02; 16 hours or more,
 * EII 8, where the simulation gave none) and how long (LOE 4, more than 12 months: ESMType_09).
 */
function employmentXml(l: ReturnedLearner['learner'], learnRefNumber: string, firstStart: number): string {
  const e = l.employment;
  const dated = `${el('DateEmpStatApp', isoOf(firstStart - 1))}`;
  if (e === null) return `<LearnerEmploymentStatus><EmpStat>12</EmpStat>${dated}</LearnerEmploymentStatus>`;
  const given = e.esm ? esm(e.esm.type, e.esm.code) : '';
  if (e.empStat !== 10) return `<LearnerEmploymentStatus>${el('EmpStat', e.empStat)}${dated}${given}</LearnerEmploymentStatus>`;
  const intensity = e.esm?.type === 'EII' ? '' : esm('EII', 8);
  return `<LearnerEmploymentStatus><EmpStat>10</EmpStat>${dated}${el('EmpId', employerId(learnRefNumber))}${given}${intensity}${esm('LOE', 4)}</LearnerEmploymentStatus>`;
}

/**
 * The planned hours and GCSE grades the rules ask of a learner with an aim in this return: planned
 * learning hours unless every aim is an apprenticeship or a T Level (PlanLearnHours_01; R_130 asks
 * for none then); for a 16-19 (FM25, FM82) learner not on T Levels only, 540 of them and 60
 * employability, enrichment and pastoral hours (PlanEEPHours_01; at least 540 in all, EmpStat_11);
 * for any 16-19 learner, T Levels too, a GCSE maths and English grade of 4 to 7 (MathGrade_01,
 * EngGrade_01: grades that call for no disadvantage funding).
 */
function plannedXml(view: ReturnedLearner, firstStart: number): string {
  let asked = false;
  let sixteenToNineteen = false;
  let graded = false;
  for (const { aim } of view.aims) {
    const tLevel = aim.fundModel === 25 && aim.progType === 31;
    if (!tLevel && !APPRENTICESHIP_PROG_TYPES.has(aim.progType ?? -1)) asked = true;
    if (aim.fundModel === 25) graded = true;
    if ((aim.fundModel === 25 || aim.fundModel === 82) && !tLevel) sixteenToNineteen = true;
  }
  const hours = !asked ? '' : sixteenToNineteen ? '<PlanLearnHours>540</PlanLearnHours><PlanEEPHours>60</PlanEEPHours>' : '<PlanLearnHours>120</PlanLearnHours>';
  if (!graded) return hours;
  const grade = (k: number): string => GRADES[(firstStart + k) % GRADES.length] as string;
  return `${hours}${el('MathGrade', grade(0))}${el('EngGrade', grade(1))}`;
}

export function learnerXml(view: ReturnedLearner, layout: SchemaLayout, withHours = layout === '2025-26'): string {
  const l = view.learner;
  const postcode = `${l.postcode} 1AA`;
  const firstStart = l.aims[0]?.startDay ?? 0;
  // PriorAttain: a field on Learner until 2020/21, an entity with the date it applied from 2021/22.
  const priorAttain =
    layout === '2018-19'
      ? { inline: el('PriorAttain', l.priorAttain), entity: '' }
      : { inline: '', entity: `<PriorAttain>${el('PriorLevel', l.priorAttain)}${el('DateLevelApp', isoOf(firstStart - 30))}</PriorAttain>` };
  const employment = employmentXml(l, l.learnRefNumber, firstStart);
  const xml = [
    '\t<Learner>',
    el('LearnRefNumber', view.learnRefNumber),
    el('PrevLearnRefNumber', view.prevLearnRefNumber),
    el('ULN', view.uln),
    el('DateOfBirth', view.dateOfBirth),
    el('Ethnicity', l.ethnicity),
    el('Sex', view.sex),
    el('LLDDHealthProb', l.llddHealthProb),
    priorAttain.inline,
    plannedXml(view, firstStart),
    el('PostcodePrior', postcode),
    el('Postcode', postcode),
    priorAttain.entity,
    l.llddCat === null ? '' : `<LLDDandHealthProblem>${el('LLDDCat', l.llddCat)}${el('PrimaryLLDD', 1)}</LLDDandHealthProblem>`,
    employment,
    view.aims.map((r, i) => learningDeliveryXml(r, layout, postcode, i + 1, withHours)).join(''),
    '</Learner>\n',
  ].join('');
  return view.xmlEdit ? view.xmlEdit(xml) : xml;
}

function destinationXml(view: ReturnedLearner): string {
  const d = view.destination;
  if (d === null) return '';
  return (
    `\t<LearnerDestinationandProgression>${el('LearnRefNumber', view.learnRefNumber)}${el('ULN', view.uln)}` +
    `<DPOutcome>${el('OutType', d.outType)}${el('OutCode', d.outCode)}${el('OutStartDate', d.outStartDate)}` +
    `${el('OutEndDate', d.outEndDate)}${el('OutCollDate', d.outCollDate)}</DPOutcome></LearnerDestinationandProgression>\n`
  );
}

export function headerXml(ukprn: number, year: number, prepared: PreparedAt): string {
  const t = prepared.time;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="${namespaceFor(year)}">\n` +
    `\t<Header><CollectionDetails><Collection>ILR</Collection><Year>${yearCode(year)}</Year>` +
    `<FilePreparationDate>${prepared.date}</FilePreparationDate></CollectionDetails>` +
    `<Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>${ukprn}</UKPRN>` +
    `<SoftwareSupplier>ilr-insight</SoftwareSupplier><SoftwarePackage>ilr generate</SoftwarePackage>` +
    `<Release>1</Release><SerialNo>01</SerialNo><DateTime>${prepared.date}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}</DateTime></Source></Header>\n` +
    `\t<LearningProvider><UKPRN>${ukprn}</UKPRN></LearningProvider>\n`
  );
}

export class XmlReturnWriter implements ReturnWriter {
  private readonly out: TextOut;
  private readonly sidePath: string;
  private readonly side: TextOut | null;
  private readonly layout: SchemaLayout;
  private readonly withHours: boolean;
  private readonly counts: ReturnCounts = { learners: 0, aims: 0 };
  private readonly started: Promise<void>;

  constructor(path: string, ukprn: number, year: number, prepared: PreparedAt) {
    this.layout = layoutFor(year);
    this.withHours = hasHours(year);
    this.out = new TextOut(path);
    this.sidePath = `${path}.destinations.part`;
    this.side = hasDestinations(year) ? new TextOut(this.sidePath) : null;
    this.started = this.out.write(headerXml(ukprn, year, prepared));
  }

  async add(view: ReturnedLearner): Promise<void> {
    await this.started;
    this.counts.learners += 1;
    this.counts.aims += view.aims.length;
    await this.out.write(learnerXml(view, this.layout, this.withHours));
    if (this.side && view.destination) await this.side.write(destinationXml(view));
  }

  async close(): Promise<ReturnCounts> {
    await this.started;
    if (this.side) {
      await this.side.end();
      for await (const chunk of createReadStream(this.sidePath, { encoding: 'utf8' })) await this.out.write(chunk as string);
      unlinkSync(this.sidePath);
    }
    await this.out.write('</Message>\n');
    await this.out.end();
    return { ...this.counts };
  }
}
