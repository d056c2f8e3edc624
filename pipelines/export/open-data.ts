// The published aggregates as open-data CSV in the explore-education-statistics layout, each with
// its metadata CSV, taken from the report tables as they are (already disclosure-controlled, the
// same figures the site shows; never from the marts). Every value is text: a figure, or the GSS
// symbol for why it is withheld, so no indicator cell is ever blank.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_FILES, type OpenDataFile, type OpenDataIndicator } from './open-data-files.ts';
import { ExportRefused, sqlPath, type ReadOnlyWarehouse } from './warehouse.ts';
import { writeFolder } from './write-folder.ts';

/** The columns every file starts with; EES knows them, so the metadata does not list them. */
export const OBSERVATIONAL_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'] as const;
export const PROVIDER_COLUMNS = ['provider_ukprn', 'provider_name'] as const;

/** The GSS symbols for a value that is not given (GSS harmonised symbols, as EES reads them). */
export const SYMBOLS = {
  low: 'fewer than 5 (a count of 1 to 4, or a rate or share whose base or numerator is one)',
  c: 'withheld so that another withheld figure cannot be worked out (secondary suppression)',
  z: 'not applicable: nobody to take a rate or share of',
  x: 'not available',
} as const;

export const META_COLUMNS = [
  'col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'indicator_dp', 'filter_hint', 'filter_grouping_column',
] as const;

export interface OpenDataWritten {
  file: string;
  metaFile: string;
  table: string;
  rows: number;
}

export interface OpenDataExport {
  kind: 'open-data';
  warehouse: string;
  exportedAt: string;
  symbols: typeof SYMBOLS;
  files: OpenDataWritten[];
}

export interface OpenDataOptions {
  warehousePath: string;
  log: (line: string) => void;
}

export async function exportOpenData(warehouse: ReadOnlyWarehouse, dir: string, options: OpenDataOptions): Promise<OpenDataExport> {
  // Every table and column the files need, checked before anything is written: a warehouse built
  // by older models lacks some, and the fix is to build them again.
  const reports = new Map((await warehouse.tables(['reports'])).map((t) => [t.table, t.columns]));
  for (const spec of OPEN_DATA_FILES) {
    const columns = reports.get(spec.table);
    const missing = columns ? neededColumns(spec).filter((c) => !columns.includes(c)) : [];
    if (!columns || missing.length > 0) {
      throw new ExportRefused(
        `reports.${spec.table} ${columns ? `has no column ${missing.join(', ')}` : 'is missing'}: build the tables again with \`ilr models\``,
      );
    }
  }
  return writeFolder(dir, async (tmp) => {
    const files: OpenDataWritten[] = [];
    for (const spec of OPEN_DATA_FILES) {
      const file = `${spec.name}.csv`;
      const metaFile = `${spec.name}.meta.csv`;
      await warehouse.connection.run(`copy (${openDataSql(spec)}) to ${sqlPath(join(tmp, file))} (format csv, header)`);
      writeFileSync(join(tmp, metaFile), stringify([[...META_COLUMNS], ...metadataRows(spec)]));
      const rows = Number((await warehouse.connection.runAndReadAll(`select count(*) from reports.${spec.table}`)).getRowsJS()[0]?.[0]);
      options.log(`  ${file.padEnd(34)} ${`${rows.toLocaleString('en-GB')} rows`.padStart(14)}  from reports.${spec.table}, with ${metaFile}`);
      files.push({ file, metaFile, table: `reports.${spec.table}`, rows });
    }
    return { kind: 'open-data' as const, warehouse: options.warehousePath, exportedAt: new Date().toISOString(), symbols: SYMBOLS, files };
  });
}

function neededColumns(spec: OpenDataFile): string[] {
  return [spec.yearColumn, ...(spec.hasProviders ? ['ukprn', 'provider_name'] : []), ...spec.filters.map((f) => f.column), ...spec.indicators.map((i) => i.column)];
}

/** One indicator as published: the figure, or the symbol that says why there is none. */
function indicatorSql(spec: OpenDataFile, indicator: OpenDataIndicator): string {
  const v = indicator.column;
  const zero = indicator.kind === 'count' ? "'0'" : "'0.0'";
  // Rates are fractions in the warehouse; EES publishes percentages to one decimal place, rounded
  // as the site's pct1 rounds them.
  const figure = indicator.kind === 'count' ? `cast(${v} as varchar)` : `printf('%.1f', 100 * ${v})`;
  const when = [
    `when ${v} is not null then ${figure}`,
    spec.rowStatus ? `when (${spec.rowStatus}) = 'c' then 'c'` : '',
    indicator.zeroWhen ? `when ${indicator.zeroWhen} then ${zero}` : '',
    spec.rowStatus && indicator.whenNone ? `when (${spec.rowStatus}) = 'none' then ${indicator.whenNone === '0' ? zero : "'z'"}` : '',
    indicator.noBaseWhen ? `when ${indicator.noBaseWhen} then 'z'` : '',
    // Anything else the report withholds is withheld for a count below 5 (measures.md, "Disclosure control").
    indicator.withheldAs ? `else coalesce(${indicator.withheldAs}, 'low')` : `else 'low'`,
  ];
  return `case ${when.filter(Boolean).join(' ')} end as ${v}`;
}

const asText = (column: string): string => `cast(${column} as varchar)`;

export function openDataSql(spec: OpenDataFile): string {
  const y = spec.yearColumn;
  const level = spec.hasProviders ? `case when ukprn is null then 'National' else 'Provider' end` : `'National'`;
  const columns = [
    // 2024 (the funding year 2024/25) → 202425.
    `cast(${y} as varchar) || lpad(cast((${y} + 1) % 100 as varchar), 2, '0') as time_period`,
    `'Academic year' as time_identifier`,
    `${level} as geographic_level`,
    `'E92000001' as country_code`,
    `'England' as country_name`,
    ...(spec.hasProviders
      ? ['cast(ukprn as varchar) as provider_ukprn', 'case when ukprn is not null then provider_name end as provider_name']
      : []),
    // EES's default filter item is 'Total'; the report tables call it 'all'. A filter may be a
    // number or a date in the report table (days after leaving, a return's date): written as text.
    ...spec.filters.map((f) => `case when ${asText(f.column)} = 'all' then 'Total' else ${asText(f.column)} end as ${f.column}`),
    ...spec.indicators.map((i) => indicatorSql(spec, i)),
  ];
  const order = [y, ...(spec.hasProviders ? ['ukprn nulls first'] : []), ...spec.filters.map((f) => `${asText(f.column)} = 'all' desc, ${f.column}`)];
  return `select ${columns.join(',\n  ')}\nfrom reports.${spec.table}\norder by ${order.join(', ')}`;
}

/** The EES metadata: one row per filter and indicator, in the order the data file has them. */
export function metadataRows(spec: OpenDataFile): string[][] {
  return [
    ...spec.filters.map((f) => [f.column, 'Filter', f.label, '', '', '', f.hint, f.groupedBy ?? '']),
    ...spec.indicators.map((i) => [
      i.column,
      'Indicator',
      i.label,
      i.grouping,
      i.kind === 'percent' ? '%' : '',
      i.kind === 'percent' ? '1' : '0',
      '',
      '',
    ]),
  ];
}
