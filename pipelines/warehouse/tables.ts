// Kysely's view of the warehouse tables the TypeScript reads and writes directly. The raw entity
// tables are written by the appender and read by SQL models, so only what code touches is typed.
import type { BatchStatus } from './schema.ts';

export interface BatchesTable {
  batch_id: number;
  file_name: string;
  sha256: string | null;
  format: 'xml' | 'legacy_csv' | null;
  ukprn: number | null;
  collection_year: number | null;
  file_prepared_on: Date | string | null;
  loaded_at: Date | string;
  status: BatchStatus;
  message: string | null;
  learners_read: number;
  learners_loaded: number;
  aims_read: number;
  aims_loaded: number;
  records_quarantined: number;
  learners_quarantined: number;
  aims_quarantined: number;
  destinations_read: number;
  destinations_loaded: number;
  warnings: number;
}

export interface QuarantineRecordsTable {
  batch_id: number;
  entity: string;
  location: string;
  rule_id: string;
  severity: 'error' | 'warning';
  field: string | null;
  value: string | null;
  message: string;
  record: string | null;
  learn_ref_number: string | null;
  aim_seq_number: number | null;
  line: number | null;
}

export interface WarehouseTables {
  'meta.batches': BatchesTable;
  'quarantine.records': QuarantineRecordsTable;
}
