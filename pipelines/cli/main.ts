// The `ilr` command line. Each subcommand lives in commands/<name>.ts and declares its own
// arguments; this file only assembles them and turns failures into exit codes (DESIGN.md, "CLI"):
// 0 done, 1 a file or step failed, 2 bad usage.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { benchCommand } from './commands/bench.ts';
import { benchmarksCommand } from './commands/benchmarks.ts';
import { changesCommand } from './commands/changes.ts';
import { claimsCommand } from './commands/claims.ts';
import { demoCommand } from './commands/demo.ts';
import { exportCommand } from './commands/export.ts';
import { generateCommand } from './commands/generate.ts';
import { ingestCommand } from './commands/ingest.ts';
import { learnersCommand } from './commands/learners.ts';
import { modelsCommand } from './commands/models.ts';
import { reportCommand } from './commands/report.ts';
import { serveCommand } from './commands/serve.ts';
import { sqlCommand } from './commands/sql.ts';
import { targetsCommand } from './commands/targets.ts';
import { StepFailed } from './step-failed.ts';
import { WarehouseBusyError, WarehouseUnreadableError } from '../warehouse/open.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** One worked example per command, shown at the end of its --help. */
export const EXAMPLES: Record<string, string> = {
  generate: 'ilr generate --out data/generated --providers 5 --years 2023-2025 --errors 0.01',
  ingest: 'ilr ingest data/generated --report quarantine.csv',
  models: 'ilr models                      # or: ilr models --select marts.qar_rates',
  benchmarks: 'ilr benchmarks import further-education-achievement-rates.csv',
  report: 'ilr report --pdf                # then: ilr serve',
  demo: 'ilr demo                        # the same as: npm run demo',
  bench: 'ilr bench --aims 200000 --json  # the same as: npm run bench -- --aims 200000 --json',
  serve: 'ilr serve --port 8080 --dir build',
  sql: `ilr sql "select hybrid_end_year, qar_family, leavers, achievement_rate from marts.qar_rates where ukprn is null and breakdown = 'all' order by 1, 2"
  ilr sql --csv "select * from quarantine.records" > quarantine.csv`,
  export: 'ilr export --open-data out/open-data --parquet out/parquet   # add --include-learner-data for raw.* (personal data)',
  targets: 'ilr targets template --out targets.csv   # fill it in, then: ilr targets import targets.csv',
  changes: 'ilr changes --ukprn 10000001 --flagged --out changes-10000001.csv   # personal data: the file is for the provider only',
  learners: 'ilr learners --ukprn 10000001 --out at-risk-10000001.csv   # personal data: the file is for the provider only',
  claims: 'ilr claims --ukprn 10000001 --out claims-10000001.csv   # personal data: the file is for the provider only',
};

export function buildProgram(): Command {
  const program = new Command('ilr')
    .description('ilr-insight: load ILR returns into a DuckDB warehouse, compute the measures, build the reports')
    .version(VERSION, '-V, --version', 'print the version of ilr-insight')
    .addHelpText('after', `\nStart with:\n  ilr demo                        # generated data, loaded and built into a site\n  ilr <command> --help            # what each command takes, with an example`)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addCommand(generateCommand())
    .addCommand(ingestCommand())
    .addCommand(modelsCommand())
    .addCommand(benchmarksCommand())
    .addCommand(reportCommand())
    .addCommand(demoCommand())
    .addCommand(benchCommand())
    .addCommand(serveCommand())
    .addCommand(sqlCommand())
    .addCommand(exportCommand())
    .addCommand(targetsCommand())
    .addCommand(learnersCommand())
    .addCommand(changesCommand())
    .addCommand(claimsCommand());
  // Subcommands added whole do not inherit these: without them a usage error would exit(1) inside.
  for (const command of program.commands) {
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
    const example = EXAMPLES[command.name()];
    // A command with subcommands (benchmarks import) shows the example under each of them too.
    for (const c of [command, ...command.commands]) if (example) c.addHelpText('after', `\nExample:\n  ${example}`);
  }
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage mistakes are 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof StepFailed || error instanceof WarehouseBusyError || error instanceof WarehouseUnreadableError) {
      console.error(`ilr: ${error.message}`);
      return 1;
    }
    console.error(`ilr: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
