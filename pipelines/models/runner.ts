// Runs models/**.sql in dependency order. A model is one `select` in a file; its schema is its
// layer's folder (staging, intermediate, marts, reports) and its table its file name. The order
// comes from the SQL itself: a model depends on every other model it names as `schema.table`.
// Seeds (seeds/*.csv) load first as ref.<name>; macros (models/macros/*.sql) are created before.
// A model is built as a table unless its SQL says `-- materialized: view`: thin steps that one
// model reads (staging renames, one-rule intermediates) stay views, so millions of aims are not
// written to disk once per step.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
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
  /** 'view' when the SQL says `-- materialized: view`; a table otherwise. */
  materialized?: 'view';
}

export interface ModelRun {
  model: string;
  seconds: number;
  /** Rows in the table built; null for a view (counting it would compute it). */
  rows: number | null;
  materialized: 'table' | 'view';
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
    return files.map((path) => {
      const sql = readFileSync(path, 'utf8').trim().replace(/;\s*$/, '');
      const model: Model = { name: `${layer}.${basename(path, '.sql')}`, schema: layer, path, sql, dependsOn: [] };
      if (/^--\s*materialized:\s*view\b/im.test(sql)) model.materialized = 'view';
      return model;
    });
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

/** A reference table's name comes from its file's name: only a plain identifier may become one. */
export const PLAIN_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class BadSeedName extends Error {
  constructor(readonly file: string) {
    super(
      `${file}: a reference file's name becomes a table name, so it must be lower-case letters, digits and underscores ` +
        `(such as learning_aims.csv); rename it. Nothing was built.`,
    );
    this.name = 'BadSeedName';
  }
}

export async function loadSeeds(connection: DuckDBConnection, dir: string = SEEDS_DIR): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  // Every name is checked before any is loaded, so a bad one changes nothing.
  const bad = files.find((f) => !PLAIN_NAME.test(basename(f, extname(f))));
  if (bad !== undefined) throw new BadSeedName(join(dir, bad));
  await connection.run('create schema if not exists ref');
  const loaded: string[] = [];
  for (const file of files) {
    const table = basename(file, extname(file));
    const path = join(dir, file).replaceAll("'", "''");
    await connection.run(`create or replace table ref."${table}" as select * from read_csv('${path}', header = true, auto_detect = true)`);
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
  // Models have no row order to keep, and writing in any order is much faster on big tables.
  await connection.run('set preserve_insertion_order = false');
  const runs: ModelRun[] = [];
  try {
    for (const model of models) {
      const started = performance.now();
      const materialized: ModelRun['materialized'] = model.materialized ?? 'table';
      try {
        await dropIfOtherKind(connection, model, materialized);
        await connection.run(`create or replace ${materialized} ${model.name} as\n${model.sql}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ModelFailed(model.name, relative(process.cwd(), model.path), message);
      }
      let rows: number | null = null;
      if (materialized === 'table') {
        const count = await connection.runAndReadAll(`select count(*) from ${model.name}`);
        rows = Number(count.getRows()[0]?.[0] ?? 0);
      }
      const run: ModelRun = { model: model.name, seconds: (performance.now() - started) / 1000, rows, materialized };
      runs.push(run);
      onRun(run);
    }
  } finally {
    await connection.run('reset preserve_insertion_order');
  }
  return runs;
}

/** A model that changed from table to view (or back) leaves its old object, which must go first. */
async function dropIfOtherKind(connection: DuckDBConnection, model: Model, materialized: 'table' | 'view'): Promise<void> {
  const [schema, table] = model.name.split('.');
  const found = await connection.runAndReadAll(
    `select table_type from information_schema.tables where table_schema = '${schema}' and table_name = '${table}'`,
  );
  const type = found.getRows()[0]?.[0];
  if (type === undefined) return;
  const existing = type === 'VIEW' ? 'view' : 'table';
  if (existing !== materialized) await connection.run(`drop ${existing} ${model.name}`);
}
