import { Command, Option } from 'commander';
import { bench, resultTable } from '../../bench/bench.ts';
import { positiveInt, wholeNumber } from '../options.ts';

export interface BenchArgs {
  aims: number;
  rounds: number;
  seed: number;
  dir: string;
  site: boolean;
  json: boolean;
}

export function benchCommand(): Command {
  return new Command('bench')
    .description('measure ingest against the bare parse and libxml2, then models and report, on N generated aims')
    .addOption(new Option('--aims <n>', 'learning aims to generate (or reuse)').argParser(positiveInt).default(1_000_000))
    .addOption(new Option('--rounds <n>', 'alternating rounds of parse, native parse and ingest; medians reported').argParser(positiveInt).default(3))
    .addOption(new Option('--seed <n>', 'random seed of the generated data').argParser(wholeNumber).default(1))
    .addOption(new Option('--dir <dir>', 'where the generated files and the benchmark warehouse live').default('data/bench'))
    .addOption(new Option('--no-site', 'time the report export only, not the Evidence build'))
    .addOption(new Option('--json', 'end with one JSON line of the results'))
    .action(async (args: BenchArgs) => {
      const log = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
      const result = await bench({ ...args, log });
      log(`\n${resultTable(result)}`);
      if (args.json) console.log(JSON.stringify(result));
    });
}
