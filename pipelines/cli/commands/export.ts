import { resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { exportOpenData, type OpenDataExport } from '../../export/open-data.ts';
import { exportParquet, personalDataLines, type ParquetExport } from '../../export/parquet.ts';
import { ExportRefused, openReadOnly, requireReportTables } from '../../export/warehouse.ts';
import { checkFolder } from '../../export/write-folder.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface ExportArgs {
  warehouse: string;
  openData?: string;
  parquet?: string;
  includeLearnerData?: boolean;
}

export interface ExportResult {
  openData?: OpenDataExport;
  parquet?: ParquetExport;
}

const n = (x: number) => x.toLocaleString('en-GB');
/** A folder as the user named it, with one trailing slash. */
const folder = (dir: string) => `${dir.replace(/\/+$/, '')}/`;

/** Usage mistakes the option parsers cannot see alone; null when the arguments make sense. */
export function checkExportArgs(args: ExportArgs): string | null {
  if (!args.openData && !args.parquet) return 'say what to export: --open-data DIR, --parquet DIR, or both';
  if (args.includeLearnerData && !args.parquet) return '--include-learner-data goes with --parquet DIR: open data never holds learner-level records';
  if (args.openData && args.parquet) {
    const [a, b] = [resolve(args.openData), resolve(args.parquet)];
    // Each export replaces its whole folder, so one inside the other would delete it.
    if (a === b || a.startsWith(b + sep) || b.startsWith(a + sep)) return '--open-data and --parquet need folders of their own, neither inside the other';
  }
  return null;
}

export async function runExport(args: ExportArgs): Promise<ExportResult> {
  const result: ExportResult = {};
  const w = await refusalsAsSteps(() => openReadOnly(args.warehouse));
  try {
    await refusalsAsSteps(async () => {
      await requireReportTables(w, args.warehouse);
      // Both folders checked before either is written, so a refusal leaves nothing changed.
      for (const dir of [args.openData, args.parquet]) if (dir) checkFolder(dir);
    });
    if (args.openData) {
      const dir = args.openData;
      console.log(`Open data (explore-education-statistics CSV and metadata) from the report tables of ${args.warehouse}:`);
      const written = await refusalsAsSteps(() => exportOpenData(w, dir, { warehousePath: args.warehouse, log: (line) => console.log(line) }), dir);
      const rows = written.files.reduce((sum, f) => sum + f.rows, 0);
      console.log(`Wrote ${written.files.length} open-data file(s), ${n(rows)} rows, each with its .meta.csv, to ${folder(dir)}`);
      result.openData = written;
    }
    if (args.parquet) {
      const dir = args.parquet;
      const includeLearnerData = args.includeLearnerData ?? false;
      console.log(`Parquet from ${args.warehouse}${includeLearnerData ? ', learner-level tables included' : ''}:`);
      const written = await refusalsAsSteps(
        () => exportParquet(w, dir, { warehousePath: args.warehouse, includeLearnerData, log: (line) => console.log(line) }),
        dir,
      );
      const rows = written.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(`Wrote ${written.tables.length} table(s), ${n(rows)} rows, to ${folder(dir)}`);
      if (written.leftOut.length > 0) {
        console.log(`Left out ${written.leftOut.length} learner-level table(s) (${written.leftOut.join(', ')}); --include-learner-data writes them.`);
      }
      const personal = personalDataLines(written, dir);
      if (personal.length > 0) {
        console.log(
          `Personal data written: ${personal.length} learner-level table(s), one row per learner, aim or record, ` +
            'and the columns in each that identify or describe the learner. Keep them only where the ILR returns may be kept; never publish them:',
        );
        for (const line of personal) console.log(line);
      }
      result.parquet = written;
    }
  } finally {
    w.close();
  }
  return result;
}

/**
 * A refusal becomes a failed step (exit 1) in its own words; any other failure while writing
 * `dir` says that the folder was left as it was (write-folder.ts).
 */
async function refusalsAsSteps<T>(work: () => Promise<T>, dir?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExportRefused) throw new StepFailed(error.message);
    if (dir && !(error instanceof StepFailed)) {
      throw new StepFailed(`could not write the export to ${dir}: ${error instanceof Error ? error.message : String(error)} (nothing was changed there)`);
    }
    throw error;
  }
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write the published figures as open-data CSV (explore-education-statistics layout), and the marts and report tables as Parquet by year, for analysts\' own tools')
    .addOption(warehouseOption())
    .addOption(new Option('--open-data <dir>', 'the report tables as open-data CSV, each with its .meta.csv, suppressed as on the site'))
    .addOption(new Option('--parquet <dir>', 'the marts and report tables as Parquet, partitioned by year (year=2024/)'))
    .addOption(
      new Option('--include-learner-data', 'with --parquet: also raw.*, quarantine.records and learner-level marts (personal data: ULN, learner reference, date of birth)'),
    )
    .action(async (args: ExportArgs, command: Command) => {
      const problem = checkExportArgs(args);
      if (problem) command.error(`error: ${problem}`, { exitCode: 2 });
      await runExport(args);
    });
}
