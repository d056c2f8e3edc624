// The warehouse's own tables (DESIGN.md, "The warehouse"): meta.batches, raw.*, quarantine.records.
// Created if missing, so opening any warehouse file brings it up to the current layout.
import { RAW_ENTITIES, columnsOf, type ColumnType } from '../ilr/entities.ts';

const SQL_TYPE: Record<ColumnType, string> = {
  varchar: 'varchar',
  integer: 'integer',
  bigint: 'bigint',
  date: 'date',
  double: 'double',
};

export const BATCH_STATUSES = ['loaded', 'refused', 'duplicate'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export function warehouseDdl(): string[] {
  const raw = RAW_ENTITIES.map(
    (entity) =>
      `create table if not exists raw.${entity.table} (\n  ${columnsOf(entity)
        .map(({ column, type }) => `${column} ${SQL_TYPE[type]}`)
        .join(',\n  ')}\n)`,
  );
  return [
    'create schema if not exists meta',
    'create schema if not exists raw',
    'create schema if not exists quarantine',
    `create table if not exists meta.batches (
      batch_id integer primary key,
      file_name varchar not null,
      sha256 varchar,
      format varchar,
      ukprn integer,
      collection_year integer,
      file_prepared_on date,
      loaded_at timestamp not null default current_timestamp,
      status varchar not null check (status in ('loaded', 'refused', 'duplicate')),
      message varchar,
      learners_read integer not null default 0,
      learners_loaded integer not null default 0,
      aims_read integer not null default 0,
      aims_loaded integer not null default 0,
      records_quarantined integer not null default 0,
      learners_quarantined integer not null default 0,
      aims_quarantined integer not null default 0,
      destinations_read integer not null default 0,
      destinations_loaded integer not null default 0,
      warnings integer not null default 0
    )`,
    `create table if not exists quarantine.records (
      batch_id integer not null,
      entity varchar not null,
      location varchar not null,
      rule_id varchar not null,
      severity varchar not null check (severity in ('error', 'warning')),
      field varchar,
      value varchar,
      message varchar not null,
      record varchar,
      learn_ref_number varchar,
      aim_seq_number integer,
      line integer
    )`,
    // Warehouses made by an earlier version gain the columns added since.
    ...[
      'learners_quarantined',
      'aims_quarantined',
      'destinations_read',
      'destinations_loaded',
      'warnings',
    ].map((c) => `alter table meta.batches add column if not exists ${c} integer default 0`),
    'alter table quarantine.records add column if not exists learn_ref_number varchar',
    'alter table quarantine.records add column if not exists aim_seq_number integer',
    'alter table quarantine.records add column if not exists line integer',
    // The provider's targets (`ilr targets import`, pipelines/models/import-targets.ts): here so
    // marts.targets_progress can read it before any file was imported. `target` is a fraction.
    'create schema if not exists ref',
    `create table if not exists ref.targets (
      ukprn integer not null,
      year integer not null,
      qar_family varchar not null,
      level varchar not null,
      programme_by varchar,
      programme_key varchar,
      measure varchar not null,
      target double not null,
      source_file varchar,
      source_line integer,
      imported_at timestamp
    )`,
    ...raw,
  ];
}
