// Runs models/**.sql in dependency order. A model is one `select` in a file; its schema is its
// layer's folder (staging, intermediate, marts, reports) and its table its file name. The order
// comes from the SQL itself: a model depends on every other model it names as `schema.table`.
// Seeds (seeds/*.csv) load first as ref.<name>; macros (models/macros/*.sql) are created before.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SEEDS_DIR } from '../ilr/reference.ts';

export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

export interface Model {
  name: string;
  schema: string;
  path: string;
  sql: string;
  dependsOn: string[];
}

export interface ModelRun {
  model: string;
  seconds: number;
  rows: number;
}

export class ModelFailed extends Error {
  constructor(
    readonly model: string,
    readonly path: string,
    cause: string,
  ) {
    super(`model ${model} (${path}) failed: ${cause}`);
    this.name = 'ModelFailed';
  }
}

const LAYERS = ['staging', 'intermediate', 'marts', 'reports'] as const;

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? sqlFiles(join(dir, entry.name)) : entry.name.endsWith('.sql') ? [join(dir, entry.name)] : [],
    )
    .sort();
}

/** Strips `-- …` comments so a model named in a comment is not taken for a dependency. */
const withoutComments = (sql: string): string => sql.replace(/--[^\n]*/g, '');

export function discoverModels(dir: string = MODELS_DIR): Model[] {
  const models: Model[] = LAYERS.flatMap((layer) => {
    let files: string[] = [];
    try {
      files = sqlFiles(join(dir, layer));
    } catch {
      return [];
    }
    return files.map((path) => ({
      name: `${layer}.${basename(path, '.sql')}`,
      schema: layer,
      path,
      sql: readFileSync(path, 'utf8').trim().replace(/;\s*$/, ''),
      dependsOn: [],
    }));
  });
  const names = new Set(models.map((m) => m.name));
  for (const model of models) {
    const refs = withoutComments(model.sql).match(/\b(?:staging|intermediate|marts|reports)\.[a-z0-9_]+\b/gi) ?? [];
    model.dependsOn = [...new Set(refs.map((r) => r.toLowerCase()))].filter((r) => r !== model.name && names.has(r));
  }
  return order(models);
}

/** Topological order; a cycle is an error that names the models in it. */
export function order(models: Model[]): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: Model[] = [];
  const visit = (model: Model, path: string[]) => {
    if (done.has(model.name)) return;
    if (visiting.has(model.name)) throw new Error(`models depend on each other in a cycle: ${[...path, model.name].join(' → ')}`);
    visiting.add(model.name);
    for (const dep of model.dependsOn) {
      const d = byName.get(dep);
      if (d) visit(d, [...path, model.name]);
    }
    visiting.delete(model.name);
    done.add(model.name);
    out.push(model);
  };
  for (const model of models) visit(model, []);
  return out;
}

/** The model named and every model downstream of it. */
export function selectWithDescendants(models: Model[], selector: string): Model[] {
  const target = models.find((m) => m.name === selector || m.name.endsWith(`.${selector}`));
  if (!target) throw new Error(`no model called ${selector}; try one of: ${models.map((m) => m.name).join(', ')}`);
  const chosen = new Set([target.name]);
  for (const model of models) if (model.dependsOn.some((d) => chosen.has(d))) chosen.add(model.name);
  return models.filter((m) => chosen.has(m.name));
}

export async function loadSeeds(connection: DuckDBConnection, dir: string = SEEDS_DIR): Promise<string[]> {
  await connection.run('create schema if not exists ref');
  const loaded: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const table = basename(file, '.csv');
    const path = join(dir, file).replaceAll("'", "''");
    await connection.run(`create or replace table ref.${table} as select * from read_csv('${path}', header = true, auto_detect = true)`);
    loaded.push(`ref.${table}`);
  }
  return loaded;
}

export async function createMacros(connection: DuckDBConnection, dir: string = MODELS_DIR): Promise<void> {
  let files: string[] = [];
  try {
    files = sqlFiles(join(dir, 'macros'));
  } catch {
    return;
  }
  for (const file of files) await connection.run(readFileSync(file, 'utf8'));
}

export async function runModels(
  connection: DuckDBConnection,
  models: Model[],
  onRun: (run: ModelRun) => void = () => {},
): Promise<ModelRun[]> {
  for (const schema of LAYERS) await connection.run(`create schema if not exists ${schema}`);
  const runs: ModelRun[] = [];
  for (const model of models) {
    const started = performance.now();
    try {
      await connection.run(`create or replace table ${model.name} as\n${model.sql}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ModelFailed(model.name, relative(process.cwd(), model.path), message);
    }
    const count = await connection.runAndReadAll(`select count(*) from ${model.name}`);
    const run = { model: model.name, seconds: (performance.now() - started) / 1000, rows: Number(count.getRows()[0]?.[0] ?? 0) };
    runs.push(run);
    onRun(run);
  }
  return runs;
}
