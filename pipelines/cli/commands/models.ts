import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { BadSeedName, createMacros, discoverModels, loadSeeds, ModelFailed, runModels, selectWithDescendants, type ModelRun } from '../../models/runner.ts';
import { openWarehouse } from '../../warehouse/open.ts';
import { warehouseOption } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export interface ModelsArgs {
  warehouse: string;
  select?: string;
  quiet?: boolean;
}

/** User reference files beside the warehouse (data/ref/*.csv) override the shipped seeds. */
export const userRefDir = (warehouse: string): string => join(dirname(warehouse), 'ref');

export async function runModelsCommand(args: ModelsArgs): Promise<ModelRun[]> {
  const w = await openWarehouse(args.warehouse);
  try {
    await loadSeeds(w.connection);
    await loadSeeds(w.connection, userRefDir(args.warehouse)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await w.connection.run(
      'create table if not exists ref.providers (ukprn integer, provider_name varchar, provider_type varchar)',
    );
    await createMacros(w.connection);
    const all = discoverModels();
    const models = args.select ? selectWithDescendants(all, args.select) : all;
    const started = performance.now();
    const runs = await runModels(w.connection, models, (run) => {
      if (!args.quiet) console.log(`  ${run.model.padEnd(58)} ${(run.rows === null ? 'view' : `${run.rows.toLocaleString('en-GB')} rows`).padStart(16)} ${run.seconds.toFixed(2).padStart(7)} s`);
    });
    console.log(`Built ${runs.length} model(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return runs;
  } catch (error) {
    if (error instanceof ModelFailed || error instanceof BadSeedName) throw new StepFailed(error.message);
    throw error;
  } finally {
    await w.close();
  }
}

export function modelsCommand(): Command {
  // exitOverride: a usage mistake reaches main.ts as a CommanderError (exit 2), not process.exit(1).
  return new Command('models')
    .exitOverride()
    .description('build the SQL models (staging → intermediate → marts → report_*) in dependency order')
    .addOption(warehouseOption())
    .addOption(new Option('--select <model>', 'build only this model and the models that depend on it'))
    .action(async (args: ModelsArgs) => {
      await runModelsCommand(args);
    });
}
