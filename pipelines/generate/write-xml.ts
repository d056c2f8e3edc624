// Writes one provider's return for one collection year as ILR XML, in the element order of the
// agency's schema for that year (shared/domain/schemas). Learners are written one at a time to a
// stream, so a national-size file never sits in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { yearCode } from '../ilr/dates.ts';
import { aimAsReturned, type Cohort, type ReturnedAim, type SimLearner } from './simulate.ts';

/** Which schema layout a collection year follows: 2018/19's or 2025/26's (the nearer one). */
export type SchemaLayout = '2018-19' | '2025-26';
export const layoutFor = (year: number): SchemaLayout => (year <= 2021 ? '2018-19' : '2025-26');

export const namespaceFor = (year: number): string =>
  `ESFA/ILR/${year}-${String((year + 1) % 100).padStart(2, '0')}`;

/** The return is prepared in October after the year closes (R14), or today for a year still open. */
export function filePreparationDate(year: number): string {
  return `${year + 1}-10-15`;
}

export function ilrFileName(ukprn: number, year: number, preparedOn: string, serial = 1): string {
  return `ILR-${ukprn}-${yearCode(year)}-${preparedOn.replaceAll('-', '')}-093000-${String(serial).padStart(2, '0')}.xml`;
}

const esc = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const el = (name: string, value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : `<${name}>${esc(String(value))}</${name}>`;

function learningDeliveryXml(r: ReturnedAim, layout: SchemaLayout, postcode: string): string {
  const a = r.aim;
  const parts = [
    el('LearnAimRef', a.learnAimRef),
    el('AimType', a.aimType),
    el('AimSeqNumber', a.aimSeqNumber),
    el('LearnStartDate', isoOf(a.startDay)),
    el('LearnPlanEndDate', isoOf(a.planEndDay)),
    el('FundModel', a.fundModel),
    el('ProgType', a.progType),
    el('StdCode', a.stdCode),
    el('DelLocPostCode', postcode),
    el('CompStatus', r.compStatus),
    el('LearnActEndDate', r.learnActEndDate),
    el('WithdrawReason', r.withdrawReason),
    el('Outcome', r.outcome),
    el('AchDate', r.achDate),
    el('SWSupAimId', `${a.learnAimRef}-${a.aimSeqNumber}-${a.startDay}`),
    fam('SOF', a.fundModel === 25 ? '107' : '105'),
    ...(a.fundModel === 36 ? [fam('ACT', '1')] : []),
    ...a.ldmCodes.map((code) => fam('LDM', code)),
  ];
  // 2018/19 has no layout difference for the elements written here; the schema order holds for both.
  void layout;
  return `<LearningDelivery>${parts.join('')}</LearningDelivery>`;
}

const fam = (type: string, code: string): string =>
  `<LearningDeliveryFAM><LearnDelFAMType>${type}</LearnDelFAMType><LearnDelFAMCode>${code}</LearnDelFAMCode></LearningDeliveryFAM>`;

const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function learnerXml(learner: SimLearner, aims: ReturnedAim[], layout: SchemaLayout): string {
  const postcode = `${learner.postcode} 1AA`;
  const parts = [
    el('LearnRefNumber', learner.learnRefNumber),
    el('ULN', learner.uln),
    el('DateOfBirth', learner.dateOfBirth),
    el('Ethnicity', learner.ethnicity),
    el('Sex', learner.sex),
    el('LLDDHealthProb', learner.llddHealthProb),
    el('PostcodePrior', postcode),
    el('Postcode', postcode),
    learner.llddCat === null
      ? ''
      : `<LLDDandHealthProblem><LLDDCat>${learner.llddCat}</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem>`,
    ...aims.map((r) => learningDeliveryXml(r, layout, postcode)),
  ];
  return `\t<Learner>${parts.join('')}</Learner>\n`;
}

/** Writes the file; returns the number of learners and aims written. */
export async function writeReturnXml(
  path: string,
  cohort: Cohort,
  year: number,
  preparedOn: string,
): Promise<{ learners: number; aims: number }> {
  const layout = layoutFor(year);
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="${namespaceFor(year)}">\n` +
      `\t<Header><CollectionDetails><Collection>ILR</Collection><Year>${yearCode(year)}</Year>` +
      `<FilePreparationDate>${preparedOn}</FilePreparationDate></CollectionDetails>` +
      `<Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>${cohort.provider.ukprn}</UKPRN>` +
      `<SoftwareSupplier>ilr-insight</SoftwareSupplier><SoftwarePackage>ilr generate</SoftwarePackage>` +
      `<Release>1</Release><SerialNo>01</SerialNo><DateTime>${preparedOn}T09:30:00</DateTime></Source></Header>\n` +
      `\t<LearningProvider><UKPRN>${cohort.provider.ukprn}</UKPRN></LearningProvider>\n`,
  );
  let learners = 0;
  let aims = 0;
  for (const learner of cohort.learners) {
    const returned = learner.aims
      .map((aim) => aimAsReturned(aim, year))
      .filter((r): r is ReturnedAim => r !== null);
    if (returned.length === 0) continue;
    learners += 1;
    aims += returned.length;
    await write(learnerXml(learner, returned, layout));
  }
  await write('</Message>\n');
  out.end();
  await once(out, 'finish');
  return { learners, aims };
}
