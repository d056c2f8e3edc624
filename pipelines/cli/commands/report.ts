import { dirname, relative } from 'node:path';
import { Command, Option } from 'commander';
import { buildSite, EvidenceFailed } from '../../report/evidence.ts';
import { exportReports, REPORTS_DB } from '../../report/export.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface ReportArgs {
  warehouse: string;
  site: boolean;
}

export async function runReport(args: ReportArgs): Promise<string | null> {
  const w = await openWarehouse(args.warehouse);
  let tables: string[];
  try {
    tables = await exportReports(w.connection, REPORTS_DB);
  } catch (error) {
    throw new StepFailed(`could not export the report tables: ${(error as Error).message}`);
  } finally {
    await w.close();
  }
  console.log(`Exported ${tables.length} report table(s) to ${relative(process.cwd(), REPORTS_DB)}: ${tables.join(', ')}.`);
  if (!args.site) return null;
  console.log('Building the site with Evidence (a minute or two) …');
  try {
    const site = await buildSite(dirname(REPORTS_DB));
    console.log(`Site built in ${site}`);
    return site;
  } catch (error) {
    if (error instanceof EvidenceFailed) throw new StepFailed(error.message);
    throw error;
  }
}

export function reportCommand(): Command {
  return new Command('report')
    .description('copy the report_* tables into data/reports.duckdb and build the static site with Evidence')
    .addOption(warehouseOption())
    .addOption(new Option('--no-site', 'export the report tables only; do not run Evidence'))
    .action(async (args: ReportArgs) => {
      await runReport(args);
    });
}
