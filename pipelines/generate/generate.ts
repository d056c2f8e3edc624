// `ilr generate`: synthetic ILR returns for N providers over a range of collection years — ILR XML
// for 2018/19–2025/26, legacy CSV for 2007/08–2010/11. Each provider's learners are simulated one at
// a time and written straight into every year's file they appear in, so memory stays flat whatever
// the size, and the same seed always writes the same files.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoToDays } from '../ilr/dates.ts';
import { readLearningAims } from '../ilr/reference.ts';
import { ErrorInjector, INJECTED_RULES, type InjectedFault, type InjectedRule } from './inject-errors.ts';
import { Random } from './random.ts';
import { FIRST_IN_YEAR_RETURN, IN_YEAR_RETURNS, ilrFileName, preparedAt, type ReturnFormat, type ReturnWriter } from './return-file.ts';
import { Amender } from './amendments.ts';
import { catalogue } from './aim-plans.ts';
import { makeProviders, type Provider, type ProviderSize } from './providers.ts';
import { readQcfCredit } from './qcf-credit.ts';
import { learnerAsReturned } from './return-view.ts';
import { simulateProvider, type Era } from './simulate.ts';
import { DATE_STYLES, LEGACY_YEARS, LegacyCsvReturnWriter } from './write-legacy-csv.ts';
import { XmlReturnWriter } from './write-xml.ts';

export const PROVIDERS_FILE = 'providers.csv';
/** Beside the files when `--errors` is given: every injected fault, and the count by rule and file. */
export const ERRORS_FILE = 'injected-errors.csv';
export const ERRORS_SUMMARY_FILE = 'injected-errors.json';

export const XML_YEARS = { first: 2018, last: 2025 } as const;
export { LEGACY_YEARS };

export type FormatChoice = 'xml' | 'legacy-csv' | 'both';

export interface GenerateOptions {
  outDir: string;
  providers: number;
  learnersPerProvider: number;
  firstYear: number;
  lastYear: number;
  format?: FormatChoice;
  seed: number;
  /** Share of learners given each fault the loader catches (XML returns only); 0 for none. */
  errorRate?: number;
  /**
   * How many providers (the first N) also make in-year returns of the last XML year — the R06, as
   * at 31 January, prepared in early February, and the R10, as at 31 May, prepared in early June —
   * which their final return (the R14) then supersedes. Between them these providers amend a few
   * records the way a partnership manager must look at (amendments.ts).
   */
  midYearReturns?: number;
  /**
   * After the last XML year, every provider's first in-year return of the next collection year —
   * the R04, as at 30 November, prepared on 2 December (FIRST_IN_YEAR_RETURN) — and no final return
   * of that year: the learners continuing from the last year and those started since 1 August, with
   * the leavers so far. The journeys are simulated one year further to give them.
   */
  inYearReturn?: boolean;
  /** Each provider's type and size outright, in place of `providers` × `learnersPerProvider` (the national benchmark). */
  providerSizes?: readonly ProviderSize[];
  onFile?: (file: GeneratedFile) => void;
}

export interface GeneratedFile {
  path: string;
  format: ReturnFormat;
  provider: Provider;
  year: number;
  learners: number;
  aims: number;
}

export interface ErrorsSummary {
  rate: number;
  seed: number;
  /** Faults injected, each into one learner. */
  total: number;
  /** Errors the loader must report for them: each fault's own rule and the others it breaks (injected-errors.csv, also_breaks). */
  findings: number;
  /** Faults by the rule each is made to break. */
  byRule: Record<InjectedRule, number>;
  byFile: Record<string, Partial<Record<InjectedRule, number>>>;
}

export interface GenerateResult {
  files: GeneratedFile[];
  errors: ErrorsSummary | null;
}

const clip = (first: number, last: number, range: { first: number; last: number }) => ({
  first: Math.max(first, range.first),
  last: Math.min(last, range.last),
});

/** The years each format covers within the range asked for (empty when first > last). */
export function yearsByFormat(firstYear: number, lastYear: number, format: FormatChoice): Record<Era, { first: number; last: number }> {
  const none = { first: 1, last: 0 };
  return {
    xml: format === 'legacy-csv' ? none : clip(firstYear, lastYear, XML_YEARS),
    legacy: format === 'xml' ? none : clip(firstYear, lastYear, LEGACY_YEARS),
  };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  mkdirSync(options.outDir, { recursive: true });
  const rng = new Random(options.seed);
  const aims = readLearningAims();
  // The QCF pool's seed is forked off without drawing from rng, so nothing else is reshuffled.
  const cat = { ...catalogue(aims), credit: readQcfCredit(aims, options.seed ^ 0x51cf) };
  const providers = makeProviders(rng.fork(0), options.providers, options.learnersPerProvider, options.providerSizes);
  // The provider reference the models read (ref.providers): names are not in the ILR itself.
  writeFileSync(
    join(options.outDir, PROVIDERS_FILE),
    `ukprn,provider_name,provider_type\n${providers.map((p) => `${p.ukprn},"${p.name}",${p.kind}`).join('\n')}\n`,
  );
  const rate = options.errorRate ?? 0;
  const errors = rate > 0 ? new FaultLog(join(options.outDir, ERRORS_FILE), rate, options.seed) : null;
  const eras = yearsByFormat(options.firstYear, options.lastYear, options.format ?? 'both');
  const files: GeneratedFile[] = [];
  for (const [index, provider] of providers.entries()) {
    for (const era of ['legacy', 'xml'] as const) {
      const { first, last } = eras[era];
      if (first > last) continue;
      // Each era is a journey of its own, from a source of its own: adding an era reshuffles nothing.
      const providerRng = rng.fork(index + 1).fork(era === 'xml' ? 1 : 2);
      const midYear = era === 'xml' && index < (options.midYearReturns ?? 0);
      const inYear = era === 'xml' && (options.inYearReturn ?? false);
      files.push(...(await writeProviderEra(options.outDir, provider, era, first, last, providerRng, cat, rate, errors, midYear, options.onFile, inYear)));
    }
  }
  return { files, errors: errors ? await errors.close(join(options.outDir, ERRORS_SUMMARY_FILE)) : null };
}

interface OpenReturn {
  year: number;
  path: string;
  writer: ReturnWriter;
  preparedDay: number;
  /** The day the return describes: 31 July, or an in-year return's census day (IN_YEAR_RETURNS). */
  censusDay: number;
  injector: ErrorInjector | null;
  previousRef: string | null;
}

async function writeProviderEra(
  outDir: string,
  provider: Provider,
  era: Era,
  first: number,
  last: number,
  rng: Random,
  cat: ReturnType<typeof catalogue>,
  rate: number,
  errors: FaultLog | null,
  midYear: boolean,
  onFile: ((file: GeneratedFile) => void) | undefined,
  inYear = false,
): Promise<GeneratedFile[]> {
  const format: ReturnFormat = era === 'xml' ? 'xml' : 'legacy_csv';
  const dateStyle = rng.pick(DATE_STYLES);
  const returns: OpenReturn[] = [];
  for (let year = first; year <= last; year++) {
    const prepared = preparedAt(year, rng.int(8 * 3600, 18 * 3600));
    const name = ilrFileName(provider.ukprn, year, prepared, format);
    const path = join(outDir, name);
    const writer = era === 'xml' ? new XmlReturnWriter(path, provider.ukprn, year, prepared) : new LegacyCsvReturnWriter(path, provider.ukprn, dateStyle);
    // Faults go into XML returns only: the legacy layout has no single learner record to break.
    const target = { file: name, collectionYear: year, preparedDay: isoToDays(prepared.date) ?? 0 };
    const injector = errors && era === 'xml' ? new ErrorInjector(rng.fork(year), rate, target, (f) => errors.add(f)) : null;
    returns.push({ year, path, writer, preparedDay: isoToDays(prepared.date) ?? 0, censusDay: isoToDays(`${year + 1}-07-31`) ?? 0, injector, previousRef: null });
  }
  let amender: Amender | null = null;
  if (midYear) {
    // The R06 and R10 of the last year: drawn after the others so adding them reshuffles nothing,
    // and clean. Each has a time source of its own (the R06's as before the R10 was added).
    const year = last;
    for (const [label, r] of [[99, IN_YEAR_RETURNS.r06], [100, IN_YEAR_RETURNS.r10]] as const) {
      const prepared = { date: `${year + 1}-${r.prepared}`, time: preparedAt(year, rng.fork(label).int(8 * 3600, 18 * 3600)).time };
      const path = join(outDir, ilrFileName(provider.ukprn, year, prepared, format));
      const writer = new XmlReturnWriter(path, provider.ukprn, year, prepared);
      returns.push({ year, path, writer, preparedDay: isoToDays(prepared.date) ?? 0, censusDay: isoToDays(`${year + 1}-${r.census}`) ?? 0, injector: null, previousRef: null });
    }
    const final = returns.find((r) => r.year === year);
    amender = new Amender(rng.fork(101), {
      year,
      firstCensus: isoToDays(`${year + 1}-${IN_YEAR_RETURNS.r06.census}`) ?? 0,
      secondCensus: isoToDays(`${year + 1}-${IN_YEAR_RETURNS.r10.census}`) ?? 0,
      finalCensus: final?.censusDay ?? 0,
      finalPrepared: final?.preparedDay ?? 0,
    });
  }
  if (inYear) {
    // The next year's R04, with a time source of its own; faults may go into it as into any return.
    const year = last + 1;
    const prepared = { date: `${year}-${FIRST_IN_YEAR_RETURN.prepared}`, time: preparedAt(year, rng.fork(102).int(8 * 3600, 18 * 3600)).time };
    const name = ilrFileName(provider.ukprn, year, prepared, format);
    const preparedDay = isoToDays(prepared.date) ?? 0;
    const target = { file: name, collectionYear: year, preparedDay };
    const injector = errors ? new ErrorInjector(rng.fork(year), rate, target, (f) => errors.add(f)) : null;
    const writer = new XmlReturnWriter(join(outDir, name), provider.ukprn, year, prepared);
    returns.push({ year, path: join(outDir, name), writer, preparedDay, censusDay: isoToDays(`${year}-${FIRST_IN_YEAR_RETURN.census}`) ?? 0, injector, previousRef: null });
  }
  // With the in-year return the journeys run a year further, so its learners have a year to be in.
  for (const learner of simulateProvider(rng.fork(0), provider, first, inYear ? last + 1 : last, cat, era)) {
    amender?.amend(learner);
    for (const r of returns) {
      const view = learnerAsReturned(learner, r.year, r.preparedDay, r.censusDay);
      if (view === null) continue;
      const written = r.injector ? r.injector.apply(view, r.previousRef) : view;
      r.previousRef = written.learnRefNumber;
      await r.writer.add(written);
    }
  }
  const files: GeneratedFile[] = [];
  for (const r of returns) {
    const counts = await r.writer.close();
    const file = { path: r.path, format, provider, year: r.year, ...counts };
    files.push(file);
    onFile?.(file);
  }
  return files;
}

/** The injected faults, streamed to a CSV as they happen and counted for the summary. */
class FaultLog {
  private readonly out;
  private readonly summary: ErrorsSummary;

  constructor(path: string, rate: number, seed: number) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    // also_breaks, also_warns: the other rules (errors, warnings) the same fault breaks by their definitions, space-separated.
    this.out.write('file,rule_id,learn_ref_number,aim_seq_number,field,value,also_breaks,also_warns\n');
    const byRule = Object.fromEntries(INJECTED_RULES.map((r) => [r, 0])) as Record<InjectedRule, number>;
    this.summary = { rate, seed, total: 0, findings: 0, byRule, byFile: {} };
  }

  add(f: InjectedFault): void {
    this.out.write(`${f.file},${f.ruleId},${f.learnRefNumber},${f.aimSeqNumber ?? ''},${f.field},${f.value ?? ''},${f.alsoBreaks.join(' ')},${f.alsoWarns.join(' ')}\n`);
    this.summary.total += 1;
    this.summary.findings += 1 + f.alsoBreaks.length;
    this.summary.byRule[f.ruleId] = (this.summary.byRule[f.ruleId] ?? 0) + 1;
    const perFile = (this.summary.byFile[f.file] ??= {});
    perFile[f.ruleId] = (perFile[f.ruleId] ?? 0) + 1;
  }

  async close(summaryPath: string): Promise<ErrorsSummary> {
    await new Promise<void>((resolve) => this.out.end(resolve));
    writeFileSync(summaryPath, `${JSON.stringify(this.summary, null, 2)}\n`);
    return this.summary;
  }
}
