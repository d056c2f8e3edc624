import { Command, InvalidArgumentError, Option } from 'commander';
import { yearLabel } from '../../ilr/dates.ts';
import { LEGACY_YEARS, XML_YEARS, generate, yearsByFormat, type FormatChoice } from '../../generate/generate.ts';
import { positiveInt, wholeNumber, yearRange } from '../options.ts';

export interface GenerateArgs {
  out: string;
  providers: number;
  learners: number;
  years: { first: number; last: number };
  format?: FormatChoice;
  seed: number;
  errors?: number;
  midYearReturns?: number;
  inYearReturn?: boolean;
}

/** A share between 0 and 1/7: each of the seven faults gets this share of learners. */
function errorRate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a share between 0 and 1, e.g. 0.02');
  return n;
}

/** Usage mistakes the option parsers cannot see alone: years that no chosen format covers. */
export function checkGenerateArgs(args: GenerateArgs): string | null {
  const eras = yearsByFormat(args.years.first, args.years.last, args.format ?? 'both');
  if (eras.xml.first > eras.xml.last && eras.legacy.first > eras.legacy.last) {
    const format = args.format ?? 'both';
    const asked = `${yearLabel(args.years.first)}${args.years.last > args.years.first ? `–${yearLabel(args.years.last)}` : ''}`;
    const xml = `ILR XML for ${yearLabel(XML_YEARS.first)}–${yearLabel(XML_YEARS.last)} (--years ${XML_YEARS.first}-${XML_YEARS.last})`;
    const legacy = `legacy CSV for ${yearLabel(LEGACY_YEARS.first)}–${yearLabel(LEGACY_YEARS.last)} (--years ${LEGACY_YEARS.first}-${LEGACY_YEARS.last})`;
    const exists = format === 'xml' ? xml : format === 'legacy-csv' ? legacy : `${xml} and ${legacy}`;
    const kind = format === 'xml' ? 'ILR XML' : format === 'legacy-csv' ? 'legacy CSV' : 'ILR';
    return `no ${kind} returns can be generated for ${asked}: the generator writes ${exists}`;
  }
  return null;
}

export async function runGenerate(args: GenerateArgs): Promise<string[]> {
  const { files, errors } = await generate({
    outDir: args.out,
    providers: args.providers,
    learnersPerProvider: args.learners,
    firstYear: args.years.first,
    lastYear: args.years.last,
    format: args.format ?? 'both',
    seed: args.seed,
    errorRate: args.errors ?? 0,
    midYearReturns: args.midYearReturns ?? 0,
    inYearReturn: args.inYearReturn ?? false,
  });
  const learners = files.reduce((n, f) => n + f.learners, 0);
  const aims = files.reduce((n, f) => n + f.aims, 0);
  const xml = files.filter((f) => f.format === 'xml').length;
  const years = [...new Set(files.map((f) => f.year))];
  console.log(
    `Generated ${files.length} ILR file(s) in ${args.out} (${xml} XML, ${files.length - xml} legacy CSV): ` +
      `${args.providers} provider(s), ${years.map(yearLabel).join(', ')}, ` +
      `${learners.toLocaleString('en-GB')} learner records, ${aims.toLocaleString('en-GB')} learning aims.`,
  );
  if (errors) {
    const kinds = Object.values(errors.byRule).filter((n) => n > 0).length;
    console.log(
      `Injected ${errors.total} fault(s) of ${kinds} kinds into the XML returns, ${errors.findings} error finding(s) expected; ` +
        'listed in injected-errors.csv, counted by rule and file in injected-errors.json.',
    );
  }
  return files.map((f) => f.path);
}

export function generateCommand(): Command {
  return new Command('generate')
    .description('write synthetic ILR returns (XML 2018/19–2025/26, legacy CSV 2007/08–2010/11) for testing and demos')
    .addOption(new Option('--out <dir>', 'folder to write the files into').default('data/generated'))
    .addOption(new Option('--providers <n>', 'number of providers').argParser(positiveInt).default(12))
    .addOption(new Option('--learners <n>', 'learners starting per provider per year (before size mix)').argParser(positiveInt).default(300))
    .addOption(new Option('--years <range>', 'collection years, e.g. 2018-2025 or 2007-2010').argParser(yearRange).default({ first: 2022, last: 2025 }, '2022-2025'))
    .addOption(new Option('--format <format>', 'which returns to write for the years asked').choices(['xml', 'legacy-csv', 'both']).default('both'))
    .addOption(new Option('--seed <n>', 'random seed; the same seed writes the same files').argParser(wholeNumber).default(1))
    .addOption(new Option('--mid-year-returns <n>', 'how many providers also make in-year returns (R06 as at 31 January, R10 as at 31 May) of the last XML year, which their final return supersedes').argParser(wholeNumber).default(0))
    .addOption(
      new Option('--in-year-return', "also write every provider's first in-year return (R04, as at 30 November) of the year after the last XML year, which has no final return yet"),
    )
    .addOption(new Option('--errors <rate>', 'share of the learners in each XML return given one fault the loader catches, its kind (~60, one rule each) drawn at random; recorded in injected-errors.csv').argParser(errorRate).default(0))
    .action(async (args: GenerateArgs, command: Command) => {
      const problem = checkGenerateArgs(args);
      if (problem) command.error(`error: ${problem}`, { exitCode: 2 });
      await runGenerate(args);
    });
}
