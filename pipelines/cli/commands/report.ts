import { dirname, relative } from 'node:path';
import { Command, Option } from 'commander';
import { buildSite, EvidenceFailed } from '../../report/evidence.ts';
import { exportReports, REPORTS_DB } from '../../report/export.ts';
import { PdfFailed, printPage } from '../../report/pdf.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface ReportArgs {
  warehouse: string;
  site: boolean;
  /** Where to write the national progress report as a PDF, if asked for. */
  pdf?: string | boolean;
  /**
   * Where to export the report tables; Evidence reads only the default (sources/ilr/connection.yaml),
   * so another path is for export-only runs (a benchmark) that must not disturb a site build.
   */
  reportsDb?: string;
}

export const DEFAULT_PDF = 'build/national-progress-report.pdf';

export async function runReport(args: ReportArgs): Promise<string | null> {
  const reportsDb = args.reportsDb ?? REPORTS_DB;
  // Refused before any work: the export would be wasted.
  if (args.site && reportsDb !== REPORTS_DB) throw new StepFailed(`the site reads ${REPORTS_DB} only; export elsewhere with --no-site`);
  const w = await openWarehouse(args.warehouse);
  let tables: string[];
  try {
    tables = await exportReports(w.connection, reportsDb);
  } catch (error) {
    throw new StepFailed(`could not export the report tables: ${(error as Error).message}`);
  } finally {
    await w.close();
  }
  console.log(`Exported ${tables.length} report table(s) to ${relative(process.cwd(), reportsDb)}: ${tables.join(', ')}.`);
  if (!args.site) return null;
  console.log('Building the site with Evidence (a minute or two) …');
  try {
    const site = await buildSite(dirname(REPORTS_DB));
    console.log(`Site built in ${site}`);
    if (args.pdf) await writePdf(site, typeof args.pdf === 'string' ? args.pdf : DEFAULT_PDF);
    return site;
  } catch (error) {
    if (error instanceof EvidenceFailed || error instanceof PdfFailed) throw new StepFailed(error.message);
    throw error;
  }
}

async function writePdf(siteDir: string, outPath: string): Promise<void> {
  console.log('Printing the national progress report to PDF with headless Chromium …');
  const bytes = await printPage({ siteDir, route: '/national', outPath });
  console.log(`Wrote ${relative(process.cwd(), outPath) || outPath} (${Math.round(bytes / 1024)} KB).`);
}

export function reportCommand(): Command {
  return new Command('report')
    .description('copy the report_* tables into data/reports.duckdb and build the static site with Evidence')
    .addOption(warehouseOption())
    .addOption(new Option('--no-site', 'export the report tables only; do not run Evidence'))
    .addOption(
      new Option('--pdf [file]', `also print the national progress report (/national) to PDF (default ${DEFAULT_PDF})`).conflicts('site'),
    )
    .action(async (args: ReportArgs) => {
      await runReport(args);
    });
}
