import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { formatOf, sizeOf } from '../../ingest/file-source.ts';
import { ingestFile, type FileSummary } from '../../ingest/ingest-file.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { progress } from '../progress.ts';
import { StepFailed } from '../step-failed.ts';

/** Files named on the command line; a folder stands for the ILR files (ILR-….xml/.zip/.csv) inside it. */
export function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      return readdirSync(input)
        .filter((name) => /^ILR-/i.test(name) && formatOf(name) !== null)
        .sort()
        .map((name) => join(input, name));
    }
    return [input];
  });
}

const n = (x: number) => x.toLocaleString('en-GB');

export function describe(summary: FileSummary): string {
  if (summary.status === 'refused') return `REFUSED ${summary.fileName}: ${summary.message}`;
  if (summary.status === 'duplicate') return `skipped ${summary.fileName}: ${summary.message}`;
  const rules = [...summary.byRule.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([rule, { severity, count }]) => `${rule} ×${n(count)}${severity === 'warning' ? ' (warning)' : ''}`);
  return (
    `loaded ${summary.fileName} (UKPRN ${summary.ukprn}, ${summary.collectionYear}): ` +
    `learners ${n(summary.learnersLoaded)}/${n(summary.learnersRead)}, aims ${n(summary.aimsLoaded)}/${n(summary.aimsRead)}, ` +
    `${n(summary.recordsQuarantined)} record(s) quarantined` +
    (rules.length > 0 ? ` — ${rules.join(', ')}` : '')
  );
}

export async function runIngest(files: string[], warehousePath: string): Promise<FileSummary[]> {
  const w = await openWarehouse(warehousePath);
  const bar = progress();
  const summaries: FileSummary[] = [];
  try {
    for (const file of expandInputs(files)) {
      const size = (await sizeOf(file).catch(() => null)) ?? 0;
      bar.start(file, size);
      let summary: FileSummary;
      try {
        summary = await ingestFile(w, file, { onBytes: (b) => bar.advance(b) });
      } catch (error) {
        bar.stop();
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          console.log(`REFUSED ${file}: no such file.`);
          summaries.push({ status: 'refused', fileName: file } as FileSummary);
          continue;
        }
        throw error;
      }
      bar.stop();
      console.log(describe(summary));
      summaries.push(summary);
    }
  } finally {
    await w.close();
  }
  return summaries;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('load ILR files (XML, zip of one XML, or a folder of them) into the warehouse; bad records are quarantined with their rule')
    .argument('<files...>', 'ILR files or folders')
    .addOption(warehouseOption())
    .action(async (files: string[], args: { warehouse: string }) => {
      const summaries = await runIngest(files, args.warehouse);
      const refused = summaries.filter((s) => s.status === 'refused');
      const loaded = summaries.filter((s) => s.status === 'loaded');
      const quarantined = loaded.reduce((sum, s) => sum + s.recordsQuarantined, 0);
      console.log(
        `${loaded.length} file(s) loaded, ${refused.length} refused, ${summaries.length - loaded.length - refused.length} already loaded; ` +
          `${n(quarantined)} record(s) quarantined (see quarantine.records).`,
      );
      if (refused.length > 0) throw new StepFailed(`${refused.length} file(s) refused: ${refused.map((s) => s.fileName).join(', ')}`);
    });
}
