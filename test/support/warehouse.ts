// A fresh warehouse per test, with files ingested and the models built, for fixture tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, type FileSummary } from '../../pipelines/ingest/ingest-file.ts';
import { createMacros, discoverModels, loadSeeds, runModels } from '../../pipelines/models/runner.ts';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/open.ts';

export async function freshWarehouse(): Promise<Warehouse> {
  return openWarehouse(join(mkdtempSync(join(tmpdir(), 'ilr-wh-')), 'warehouse.duckdb'));
}

export async function ingestAll(w: Warehouse, paths: string[]): Promise<FileSummary[]> {
  const out: FileSummary[] = [];
  for (const path of paths) out.push(await ingestFile(w, path));
  return out;
}

export async function buildModels(w: Warehouse): Promise<void> {
  await loadSeeds(w.connection);
  await w.connection.run('create table if not exists ref.providers (ukprn integer, provider_name varchar, provider_type varchar)');
  await createMacros(w.connection);
  await runModels(w.connection, discoverModels());
}

/** Rows of a query as JSON-ready objects: INTEGER and DOUBLE as numbers, BIGINT as text (cast counts to int). */
export async function rows(w: Warehouse, sql: string): Promise<Record<string, unknown>[]> {
  return (await w.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
