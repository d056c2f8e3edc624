import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { importTargets, TARGETS_TEMPLATE, TargetsFileInvalid, type TargetsImport } from '../../models/import-targets.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';
import { NoWarehouseError } from './sql.ts';

export interface TargetsImportArgs {
  warehouse: string;
}

export async function runTargetsImport(file: string, args: TargetsImportArgs): Promise<TargetsImport> {
  if (!existsSync(file)) throw new StepFailed(`${file}: no such file.`);
  // Targets are checked against the providers loaded: without a warehouse there are none.
  if (!existsSync(args.warehouse)) throw new NoWarehouseError(args.warehouse);
  const text = readFileSync(file, 'utf8');
  const w = await openWarehouse(args.warehouse);
  try {
    const result = await importTargets(w.connection, file, text);
    console.log(
      `imported ${result.targets.toLocaleString('en-GB')} target(s) of ${result.providers} provider(s) for ` +
        `${result.years.map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`).join(', ')} from ${result.sourceFile} into ref.targets ` +
        '(replacing the targets of those providers and years); `ilr models` sets them beside the actual figures (marts.targets_progress)',
    );
    return result;
  } catch (error) {
    if (error instanceof TargetsFileInvalid) throw new StepFailed(error.message);
    throw error;
  } finally {
    await w.close();
  }
}

export function runTargetsTemplate(out: string | undefined): void {
  if (!out) {
    process.stdout.write(TARGETS_TEMPLATE);
    return;
  }
  if (existsSync(out)) throw new StepFailed(`${out} already exists: name a new file, so your targets are not overwritten.`);
  writeFileSync(out, TARGETS_TEMPLATE);
  console.log(`wrote a targets template to ${out}: one example of each kind of target; put your own UKPRN, years and targets (percentages) in, then \`ilr targets import ${out}\``);
}

export function targetsCommand(): Command {
  // exitOverride: a usage mistake reaches main.ts as a CommanderError (exit 2), not process.exit(1).
  const command = new Command('targets')
    .description("a provider's own targets — provider and programme level — to set beside the actual rates")
    .exitOverride();
  command
    .command('template')
    .description('write an example targets file (CSV) to fill in: provider and programme targets for each measure')
    .addOption(new Option('--out <file.csv>', 'write it to this file (a new one) instead of the terminal'))
    .action((args: { out?: string }) => {
      runTargetsTemplate(args.out);
    });
  command
    .command('import')
    .description('check a targets CSV and load it into ref.targets; any error refuses the whole file, naming each line, and loads nothing')
    .argument('<file>', 'the targets CSV (see `ilr targets template`)')
    .addOption(warehouseOption())
    .action(async (file: string, args: TargetsImportArgs) => {
      await runTargetsImport(file, args);
    });
  return command;
}
