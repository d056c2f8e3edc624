import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Command, Option } from 'commander';
import { PROVIDERS_FILE } from '../../generate/generate.ts';
import { demoTargetsCsv } from '../../toolkit/demo-targets.ts';
import { positiveInt, wholeNumber, yearRange } from '../options.ts';
import { StepFailed } from '../step-failed.ts';
import { runGenerate } from './generate.ts';
import { expandInputs, runIngest } from './ingest.ts';
import { runModelsCommand, userRefDir } from './models.ts';
import { runReport } from './report.ts';
import { runTargetsImport } from './targets.ts';

export interface DemoArgs {
  dir: string;
  providers: number;
  learners: number;
  years: { first: number; last: number };
  /** Legacy CSV years as well (A59/A60 credits, A46 monitoring codes); null for none. */
  legacyYears?: { first: number; last: number } | null;
  /** Share of learners given one fault the loader catches (of ~60 kinds), so data quality has something to show. */
  errors?: number;
  /** How many providers also make a mid-year return that their final return supersedes. */
  midYearReturns?: number;
  /** Every provider's R04 of the year after the XML years, so the in-year position is a year in progress. */
  inYearReturn?: boolean;
  seed: number;
  site: boolean;
}

export const DEMO_DEFAULTS = {
  legacyYears: { first: 2007, last: 2010 },
  // About 2% of the learner records: a handful of each kind of fault, not a flood.
  errors: 0.02,
  midYearReturns: 1,
  inYearReturn: true,
} as const;

/** Every step on generated data, in a warehouse of its own so a real one is never touched. */
export async function runDemo(args: DemoArgs): Promise<string | null> {
  const ilrDir = join(args.dir, 'ilr');
  const warehouse = join(args.dir, 'warehouse.duckdb');
  rmSync(args.dir, { recursive: true, force: true });
  const legacyYears = args.legacyYears === undefined ? DEMO_DEFAULTS.legacyYears : args.legacyYears;
  console.log('1/4 Generating synthetic ILR returns');
  const common = { out: ilrDir, providers: args.providers, learners: args.learners, seed: args.seed };
  // The LSC-era years first (credits, Progression Pathways, offenders in the community), then
  // today's XML with faults to find and one provider's mid-year return superseded by its final one,
  // and the year in progress as every provider's first in-year return (R04; the in-year position).
  if (legacyYears) await runGenerate({ ...common, years: legacyYears, format: 'legacy-csv' });
  await runGenerate({
    ...common,
    years: args.years,
    format: 'xml',
    errors: args.errors ?? DEMO_DEFAULTS.errors,
    midYearReturns: args.midYearReturns ?? DEMO_DEFAULTS.midYearReturns,
    inYearReturn: args.inYearReturn ?? DEMO_DEFAULTS.inYearReturn,
  });
  mkdirSync(userRefDir(warehouse), { recursive: true });
  copyFileSync(join(ilrDir, PROVIDERS_FILE), join(userRefDir(warehouse), PROVIDERS_FILE));
  console.log('2/4 Loading them into the warehouse');
  const summaries = await runIngest(expandInputs([ilrDir]).files, warehouse);
  const refused = summaries.filter((s) => s.status === 'refused');
  if (refused.length > 0) throw new StepFailed(`the demo's own files were refused: ${refused.map((s) => s.fileName).join(', ')}`);
  // A targets file, as a provider would write one (`ilr targets template`), for the loaded providers.
  const targetsFile = join(args.dir, 'targets.csv');
  const loaded = [...new Set(summaries.flatMap((s) => (s.status === 'loaded' && s.ukprn !== null ? [s.ukprn] : [])))];
  writeFileSync(targetsFile, demoTargetsCsv(loaded, args.years.last));
  await runTargetsImport(targetsFile, { warehouse });
  console.log('3/4 Building the models');
  await runModelsCommand({ warehouse, quiet: true });
  console.log('4/4 Building the reports');
  const site = await runReport({ warehouse, site: args.site });
  if (site) {
    console.log(`\nDone. The site is in ${relative(process.cwd(), site) || '.'}/ — open it with \`npm run preview\` (http://127.0.0.1:4173).`);
  }
  return site;
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('generate realistic ILR data, load it, build the models and the site, and say where it is')
    .addOption(new Option('--dir <dir>', 'working folder for the demo data and its own warehouse').default('data/demo'))
    // 18 providers: two offender-learning services among them, one in custody, one in the community.
    .addOption(new Option('--providers <n>', 'number of providers').argParser(positiveInt).default(18))
    .addOption(new Option('--learners <n>', 'learners starting per provider per year').argParser(positiveInt).default(250))
    .addOption(new Option('--years <range>', 'XML collection years').argParser(yearRange).default({ first: 2021, last: 2025 }, '2021-2025'))
    .addOption(
      new Option('--legacy-years <range>', 'legacy CSV collection years (2007-2010 at most)')
        .argParser(yearRange)
        .default(DEMO_DEFAULTS.legacyYears, `${DEMO_DEFAULTS.legacyYears.first}-${DEMO_DEFAULTS.legacyYears.last}`),
    )
    .addOption(new Option('--no-legacy-years', 'XML years only'))
    .addOption(new Option('--no-in-year-return', 'no in-year return of the year after the XML years (the in-year position is then the last year\'s, as at 31 July)'))
    .addOption(new Option('--errors <rate>', 'share of learners given each fault the loader catches').argParser(Number).default(DEMO_DEFAULTS.errors))
    .addOption(new Option('--seed <n>', 'random seed').argParser(wholeNumber).default(2026))
    .addOption(new Option('--no-site', 'stop after the report tables; do not run Evidence'))
    .action(async (args: DemoArgs & { legacyYears: DemoArgs['legacyYears'] | false }) => {
      await runDemo({ ...args, legacyYears: args.legacyYears === false ? null : args.legacyYears });
    });
}
