import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { BenchmarkFileInvalid, importBenchmarks, QAR_FAMILIES, type BenchmarkImport, type QarFamily } from '../../models/import-benchmarks.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface BenchmarksImportArgs {
  warehouse: string;
  family?: QarFamily;
}

export async function runBenchmarksImport(file: string, args: BenchmarksImportArgs): Promise<BenchmarkImport> {
  if (!existsSync(file)) throw new StepFailed(`${file}: no such file.`);
  const w = await openWarehouse(args.warehouse);
  try {
    const result = await importBenchmarks(w.connection, file, args.family);
    console.log(
      `imported ${result.sourceFile} as ${result.qarFamily} benchmarks: ${result.rowsLoaded.toLocaleString('en-GB')} of ` +
        `${result.rowsRead.toLocaleString('en-GB')} row(s) into ref.benchmarks` +
        (result.rowsSkipped > 0 ? ` (${result.rowsSkipped} without a readable time_period left out)` : ''),
    );
    return result;
  } catch (error) {
    if (error instanceof BenchmarkFileInvalid) throw new StepFailed(error.message);
    throw error;
  } finally {
    await w.close();
  }
}

export function benchmarksCommand(): Command {
  // exitOverride: a usage mistake reaches main.ts as a CommanderError (exit 2), not process.exit(1).
  const command = new Command('benchmarks').description('published national achievement rates to compare against').exitOverride();
  command
    .command('import')
    .description('load an explore-education-statistics achievement-rate CSV into ref.benchmarks (re-importing a file replaces it)')
    .argument('<file>', 'the CSV, e.g. et_narts_headline.csv')
    .addOption(warehouseOption())
    .addOption(
      new Option('--family <family>', 'QAR family of the table (default: apprenticeship when its columns say so)').choices(QAR_FAMILIES),
    )
    .action(async (file: string, args: BenchmarksImportArgs) => {
      await runBenchmarksImport(file, args);
    });
  return command;
}
