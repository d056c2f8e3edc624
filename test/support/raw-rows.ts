// Writes rows straight into meta.batches and raw.*, for fixtures the file loaders cannot build yet
// (legacy CSV returns, aim monitoring, DP outcomes): the rows a loader would have written, no more.
import type { Warehouse } from '../../pipelines/warehouse/open.ts';

export type RawValue = string | number | null | undefined;
export type RawRow = Record<string, RawValue>;

export interface RawReturn {
  ukprn: number;
  year: number;
  format?: 'xml' | 'legacy_csv';
  preparedOn?: string;
  learners?: RawRow[];
  aims?: RawRow[];
  fams?: RawRow[];
  dpOutcomes?: RawRow[];
}

const literal = (value: RawValue): string =>
  value === null || value === undefined ? 'null' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;

async function insert(w: Warehouse, table: string, provenance: RawRow, rows: RawRow[]): Promise<void> {
  for (const [i, row] of rows.entries()) {
    const full: RawRow = { ...provenance, record_no: i + 1, ...row };
    const columns = Object.keys(full);
    await w.connection.run(
      `insert into raw.${table} (${columns.join(', ')}) values (${columns.map((c) => literal(full[c])).join(', ')})`,
    );
  }
}

/** Inserts one return as a loaded batch and gives its batch id. */
export async function insertReturn(w: Warehouse, r: RawReturn): Promise<number> {
  const next = await w.connection.runAndReadAll('select coalesce(max(batch_id), 0) + 1 from meta.batches');
  const batchId = Number(next.getRows()[0]?.[0] ?? 1);
  const format = r.format ?? 'legacy_csv';
  const yy = `${String(r.year % 100).padStart(2, '0')}${String((r.year + 1) % 100).padStart(2, '0')}`;
  await w.connection.run(
    `insert into meta.batches (batch_id, file_name, format, ukprn, collection_year, file_prepared_on, status, learners_read, learners_loaded, aims_read, aims_loaded)
     values (${batchId}, 'ILR-${r.ukprn}-${yy}-fixture-${batchId}.${format === 'xml' ? 'xml' : 'csv'}', '${format}', ${r.ukprn}, ${r.year},
             ${literal(r.preparedOn ?? `${r.year + 1}-10-15`)}, 'loaded', ${r.learners?.length ?? 0}, ${r.learners?.length ?? 0}, ${r.aims?.length ?? 0}, ${r.aims?.length ?? 0})`,
  );
  const provenance = { batch_id: batchId, ukprn: r.ukprn, collection_year: r.year };
  await insert(w, 'learner', provenance, r.learners ?? []);
  await insert(w, 'learning_delivery', provenance, r.aims ?? []);
  await insert(w, 'learning_delivery_fam', provenance, r.fams ?? []);
  await insert(w, 'dpoutcome', provenance, r.dpOutcomes ?? []);
  return batchId;
}
