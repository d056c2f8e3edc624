// The `ilr` command line. Each subcommand lives in commands/<name>.ts and declares its own
// arguments; this file only assembles them and turns failures into exit codes (DESIGN.md, "CLI"):
// 0 done, 1 a file or step failed, 2 bad usage.
import { Command, CommanderError } from 'commander';
import { benchCommand } from './commands/bench.ts';
import { benchmarksCommand } from './commands/benchmarks.ts';
import { demoCommand } from './commands/demo.ts';
import { generateCommand } from './commands/generate.ts';
import { ingestCommand } from './commands/ingest.ts';
import { modelsCommand } from './commands/models.ts';
import { reportCommand } from './commands/report.ts';
import { serveCommand } from './commands/serve.ts';
import { sqlCommand } from './commands/sql.ts';
import { StepFailed } from './step-failed.ts';

export function buildProgram(): Command {
  const program = new Command('ilr')
    .description('ilr-insight: load ILR returns into a DuckDB warehouse, compute the measures, build the reports')
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
    .addCommand(sqlCommand());
  // Subcommands added whole do not inherit these: without them a usage error would exit(1) inside.
  for (const command of program.commands) command.exitOverride().showHelpAfterError('(run with --help for usage)');
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
    if (error instanceof StepFailed) {
      console.error(`ilr: ${error.message}`);
      return 1;
    }
    console.error(`ilr: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
