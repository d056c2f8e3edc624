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
        `${result.rowsRead.toLocaleString('en-GB')} row(s) into ref.benchmarks`,
    );
    if (result.rowsSkipped > 0) {
      console.log(`  ${result.rowsSkipped.toLocaleString('en-GB')} row(s) left out:`);
      for (const { reason, rows, firstLine, example } of result.leftOut) {
        console.log(`    ${rows.toLocaleString('en-GB')} × ${reason} — first at line ${firstLine}: ${example}`);
      }
    }
    if (result.unknownColumns.length > 0) {
      const named = result.unknownColumns.map(({ column, readAs }) =>
        readAs === 'breakdown' ? `${column} (a breakdown: its rows are left out)` : `${column} (figures)`,
      );
      console.log(`  column(s) not read: ${named.join(', ')}`);
    }
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
      new Option(
        '--family <family>',
        'QAR family of the table, for a file whose columns do not say it (standard or apprenticeship_level: apprenticeship; qualification_type: education and training)',
      ).choices(QAR_FAMILIES),
    )
    .action(async (file: string, args: BenchmarksImportArgs) => {
      await runBenchmarksImport(file, args);
    });
  return command;
}
