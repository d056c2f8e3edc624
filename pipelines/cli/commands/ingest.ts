import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { yearFromCode } from '../../ilr/dates.ts';
import { formatOf, sizeOf } from '../../ingest/file-source.ts';
import { ingestFile, type FileSummary, type IngestOptions } from '../../ingest/ingest-file.ts';
import { writeQuarantineReport } from '../../ingest/write-report.ts';
import { DEFAULT_WAREHOUSE, openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { progress } from '../progress.ts';
import { StepFailed } from '../step-failed.ts';

export interface Expanded {
  /** The files to offer to the loader, in order. */
  files: string[];
  /** What was passed over in a folder, and why. */
  skipped: { path: string; reason: string }[];
}

/**
 * Files named on the command line; a folder stands for the ILR files inside it (`ILR-….xml`,
 * `.zip` or `.csv`). Whatever else a folder holds is reported as skipped, with the reason.
 */
export function expandInputs(inputs: string[]): Expanded {
  const files: string[] = [];
  const skipped: Expanded['skipped'] = [];
  for (const input of inputs) {
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      files.push(input);
      continue;
    }
    for (const name of readdirSync(input).sort()) {
      const path = join(input, name);
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) skipped.push({ path, reason: 'a folder (folders inside a folder are not searched)' });
      else if (formatOf(name) === null) skipped.push({ path, reason: 'not .xml, .zip or .csv' });
      else if (!/^ILR-/i.test(name)) skipped.push({ path, reason: 'its name does not start with ILR- (name the file itself to load it)' });
      else files.push(path);
    }
  }
  return { files, skipped };
}

const n = (x: number) => x.toLocaleString('en-GB');

export function describe(summary: FileSummary): string {
  if (summary.status === 'refused') return `REFUSED ${summary.fileName}: ${summary.message}`;
  if (summary.status === 'duplicate') return `skipped ${summary.fileName}: ${summary.message}`;
  const rules = [...summary.byRule.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([rule, { severity, count }]) => `${rule} ×${n(count)}${severity === 'warning' ? ' (warning)' : ''}`);
  const destinations =
    summary.destinationsRead > 0 ? `, destination records ${n(summary.destinationsLoaded)}/${n(summary.destinationsRead)}` : '';
  return (
    `loaded ${summary.fileName} (UKPRN ${summary.ukprn}, ${summary.collectionYear}/${String(((summary.collectionYear ?? 0) + 1) % 100).padStart(2, '0')}): ` +
    `learners ${n(summary.learnersLoaded)} of ${n(summary.learnersRead)} loaded, aims ${n(summary.aimsLoaded)} of ${n(summary.aimsRead)}${destinations}; ` +
    `${n(summary.learnersQuarantined)} learner(s) and ${n(summary.aimsQuarantined)} aim(s) quarantined, ${n(summary.warnings)} warning(s)` +
    (rules.length > 0 ? ` — ${rules.join(', ')}` : '')
  );
}

/**
 * DuckDB's buffer pool while loading. Left alone, it keeps every block it has written cached, so
 * the loader's memory grew with the warehouse (439 MB at 0.2 M aims, 821 MB at 5 M); capped, the
 * cached blocks are evicted (they are on disk already) and a large file's uncommitted rows spill to
 * the database file, so memory stays flat whatever N (docs/benchmarks.md).
 */
export const INGEST_MEMORY_LIMIT = '256MB';

/**
 * How much write-ahead log DuckDB gathers before it checkpoints. At its default (16 MB) a national
 * load checkpointed every few files, rewriting the tables' last row groups each time; deferred, the
 * work is done once per gigabyte and at the end. Each file still commits on its own, so a failed
 * load loses nothing (docs/benchmarks.md).
 */
export const INGEST_CHECKPOINT_THRESHOLD = '1GB';

export async function runIngest(files: string[], warehousePath: string, options: Omit<IngestOptions, 'onBytes'> = {}): Promise<FileSummary[]> {
  const w = await openWarehouse(warehousePath);
  await w.connection.run(`set memory_limit = '${INGEST_MEMORY_LIMIT}'`);
  await w.connection.run(`set checkpoint_threshold = '${INGEST_CHECKPOINT_THRESHOLD}'`);
  const bar = progress();
  const summaries: FileSummary[] = [];
  try {
    for (const file of files) {
      // A missing file or a folder still gets its meta.batches row: ingestFile refuses it.
      bar.start(file, (await sizeOf(file).catch(() => 0)) || 1);
      let summary: FileSummary;
      try {
        summary = await ingestFile(w, file, { ...options, onBytes: (b) => bar.advance(b) });
      } finally {
        bar.stop();
      }
      console.log(describe(summary));
      summaries.push(summary);
    }
  } finally {
    await w.close();
  }
  return summaries;
}

/** How to see the quarantined records: the CSV report, or the exact query. */
export function quarantineHint(warehouse: string, batchIds: number[]): string {
  const where = batchIds.length > 0 ? ` where batch_id in (${batchIds.join(', ')})` : '';
  const w = warehouse === DEFAULT_WAREHOUSE ? '' : ` --warehouse ${warehouse}`;
  return (
    `To see them: run the load again with --report FILE.csv (a file already loaded is not loaded twice, the report is still written), or\n` +
    `  ilr sql${w} "select batch_id, location, rule_id, severity, message from quarantine.records${where} order by batch_id, location"`
  );
}

function legacyYear(value: string): number {
  const year = /^\d{4}$/.test(value) && Number(value) >= 1990 ? Number(value) : yearFromCode(value.replace('/', ''));
  if (year === null) throw new InvalidArgumentError('expected a collection year such as 0809, 2008/09 or 2008');
  return year;
}

function ukprnArg(value: string): number {
  if (!/^\d{8}$/.test(value)) throw new InvalidArgumentError('expected an 8-digit UKPRN');
  return Number(value);
}

interface IngestArgs {
  warehouse: string;
  report?: string;
  year?: number;
  ukprn?: number;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'load ILR files (XML, a zip of one XML, legacy CSV, or a folder of them) into the warehouse; bad records are quarantined with their rule',
    )
    .argument('<files...>', 'ILR files or folders')
    // Usage mistakes reach the top of the CLI as errors, which makes them exit 2 (DESIGN.md, "CLI").
    .exitOverride()
    .addOption(warehouseOption())
    .addOption(new Option('--report <file.csv>', 'write the quarantine of these files as CSV, for the provider to fix'))
    .addOption(new Option('--year <year>', 'collection year of legacy CSV files whose name does not say (e.g. 0809)').argParser(legacyYear))
    .addOption(new Option('--ukprn <ukprn>', 'UKPRN of legacy CSV files whose name and L46 do not say').argParser(ukprnArg))
    .action(async (files: string[], args: IngestArgs) => {
      const { files: offered, skipped } = expandInputs(files);
      for (const s of skipped) console.log(`skipped ${s.path}: ${s.reason}`);
      if (offered.length === 0) {
        throw new StepFailed(
          `no ILR file was offered: ${files.join(', ')} ${files.length === 1 ? 'holds' : 'hold'} no file named ILR-….xml, .zip or .csv` +
            (skipped.length > 0 ? ` (${skipped.length} other item(s) skipped, listed above)` : ''),
        );
      }
      // A busy or damaged warehouse reaches main.ts, which says so and exits 1.
      const summaries = await runIngest(offered, args.warehouse, {
        ...(args.year !== undefined ? { year: args.year } : {}),
        ...(args.ukprn !== undefined ? { ukprn: args.ukprn } : {}),
      });
      const refused = summaries.filter((s) => s.status === 'refused');
      const loaded = summaries.filter((s) => s.status === 'loaded');
      const quarantined = loaded.reduce((sum, s) => sum + s.recordsQuarantined, 0);
      console.log(
        `${loaded.length} file(s) loaded, ${refused.length} refused, ${summaries.length - loaded.length - refused.length} already loaded` +
          (skipped.length > 0 ? `, ${skipped.length} other item(s) skipped` : '') +
          `; ${n(quarantined)} record(s) quarantined.`,
      );
      if (quarantined > 0 && !args.report) console.log(quarantineHint(args.warehouse, loaded.map((s) => s.batchId)));
      if (args.report) {
        const w = await openWarehouse(args.warehouse);
        try {
          // A file loaded before is reported from the batch it was loaded as.
          const batches = summaries.flatMap((s) => (s.status === 'loaded' ? [s.batchId] : s.loadedAs !== undefined ? [s.loadedAs] : []));
          const lines = await writeQuarantineReport(w, batches, args.report);
          console.log(`wrote ${n(lines)} finding(s) to ${args.report}`);
        } finally {
          await w.close();
        }
      }
      if (refused.length > 0) throw new StepFailed(`${refused.length} file(s) refused: ${refused.map((s) => s.fileName).join(', ')}`);
    });
}
