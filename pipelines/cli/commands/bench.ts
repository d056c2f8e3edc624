import { Command, Option } from 'commander';
import { bench, BENCH_SHAPES, resultTable, type BenchShape } from '../../bench/bench.ts';
import { NATIONAL_AIMS } from '../../generate/providers.ts';
import { positiveInt, wholeNumber } from '../options.ts';

export interface BenchArgs {
  shape: BenchShape;
  /** Default 1,000,000; 5,000,000 (a national year) with --shape national. */
  aims?: number;
  /** Default 3; 1 with --shape national, whose point is the end-to-end time. */
  rounds?: number;
  seed: number;
  dir: string;
  site: boolean;
  json: boolean;
}

export function benchCommand(): Command {
  return new Command('bench')
    .description('measure ingest against the bare parse and libxml2, then models and report, on N generated aims')
    .addOption(
      new Option('--shape <shape>', 'default: about 5,000 aims a provider, up to 200; national: England\'s ~1,500 providers by size, whatever N')
        .choices(BENCH_SHAPES)
        .default('default'),
    )
    .addOption(new Option('--aims <n>', 'learning aims to generate (or reuse) (default: 1,000,000; 5,000,000 with --shape national)').argParser(positiveInt))
    .addOption(
      new Option('--rounds <n>', 'alternating rounds of parse, native parse and ingest; medians reported (default: 3; 1 with --shape national)').argParser(positiveInt),
    )
    .addOption(new Option('--seed <n>', 'random seed of the generated data').argParser(wholeNumber).default(1))
    .addOption(new Option('--dir <dir>', 'where the generated files and the benchmark warehouse live').default('data/bench'))
    .addOption(new Option('--no-site', 'time the report export only, not the Evidence build'))
    .addOption(new Option('--json', 'end with one JSON line of the results'))
    .action(async (args: BenchArgs) => {
      const log = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
      const national = args.shape === 'national';
      const aims = args.aims ?? (national ? NATIONAL_AIMS : 1_000_000);
      const rounds = args.rounds ?? (national ? 1 : 3);
      const result = await bench({ ...args, aims, rounds, log });
      log(`\n${resultTable(result)}`);
      if (args.json) console.log(JSON.stringify(result));
    });
}
