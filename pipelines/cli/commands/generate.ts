import { Command, Option } from 'commander';
import { generate } from '../../generate/generate.ts';
import { positiveInt, wholeNumber, yearRange } from '../options.ts';

export interface GenerateArgs {
  out: string;
  providers: number;
  learners: number;
  years: { first: number; last: number };
  seed: number;
}

export async function runGenerate(args: GenerateArgs): Promise<string[]> {
  const files = await generate({
    outDir: args.out,
    providers: args.providers,
    learnersPerProvider: args.learners,
    firstYear: args.years.first,
    lastYear: args.years.last,
    seed: args.seed,
  });
  const learners = files.reduce((n, f) => n + f.learners, 0);
  const aims = files.reduce((n, f) => n + f.aims, 0);
  console.log(
    `Generated ${files.length} ILR file(s) in ${args.out}: ${args.providers} provider(s), ` +
      `${args.years.first}/${String((args.years.first + 1) % 100).padStart(2, '0')} to ` +
      `${args.years.last}/${String((args.years.last + 1) % 100).padStart(2, '0')}, ` +
      `${learners.toLocaleString('en-GB')} learner records, ${aims.toLocaleString('en-GB')} learning aims.`,
  );
  return files.map((f) => f.path);
}

export function generateCommand(): Command {
  return new Command('generate')
    .description('write synthetic ILR returns (valid XML, realistic outcomes) for testing and demos')
    .addOption(new Option('--out <dir>', 'folder to write the files into').default('data/generated'))
    .addOption(new Option('--providers <n>', 'number of providers').argParser(positiveInt).default(12))
    .addOption(new Option('--learners <n>', 'learners starting per provider per year (before size mix)').argParser(positiveInt).default(300))
    .addOption(new Option('--years <range>', 'collection years, e.g. 2018-2025').argParser(yearRange).default({ first: 2022, last: 2025 }, '2022-2025'))
    .addOption(new Option('--seed <n>', 'random seed; the same seed writes the same files').argParser(wholeNumber).default(1))
    .action(async (args: GenerateArgs) => {
      await runGenerate(args);
    });
}
