// Loads one ILR file into the warehouse in one transaction (DESIGN.md, "The warehouse"): every
// learner and aim read is either loaded into raw.* or quarantined with its rule, and a file that
// cannot be read at all is refused with one sentence and a meta.batches row. Loading the same file
// twice changes nothing.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isoToDays } from '../ilr/dates.ts';
import { withOfficialName } from '../validate/field-definitions.ts';
import { runRules } from '../validate/run-rules.ts';
import type { RuleContext } from '../validate/rule.ts';
import { inTransaction, runOn, type Warehouse } from '../warehouse/open.ts';
import { BatchLoader, emptyCounts, type LoadCounts } from './batch-loader.ts';
import { formatOf, sha256Of, xmlChunks, type FileFormat } from './file-source.ts';
import { checkPreparedOn } from './prepared-date.ts';
import { readLegacyCsv, type LegacyOptions } from './legacy-csv/read-legacy-csv.ts';
import type { Issue } from '../ilr/issue.ts';
import type { FileHeader, SourceEvent } from './source.ts';
import { FileFault } from './xml/read-ilr-xml.ts';
import { readXmlSource } from './xml/read-xml-source.ts';

export { SUPPORTED_YEARS } from './xml/read-xml-source.ts';

export interface FileSummary extends LoadCounts {
  batchId: number;
  fileName: string;
  status: 'loaded' | 'refused' | 'duplicate';
  message: string | null;
  format: 'xml' | 'legacy_csv' | null;
  ukprn: number | null;
  collectionYear: number | null;
  /** For a duplicate: the batch the same file was loaded as. */
  loadedAs?: number;
}

export interface IngestOptions extends LegacyOptions {
  onBytes?: (bytes: number) => void;
  /** The run's now, YYYYMMDDhhmmss UK time, for Filename_7 (default: the clock, or ILR_TODAY). */
  now?: string;
}

async function nextBatchId(w: Warehouse): Promise<number> {
  const r = await w.connection.runAndReadAll('select coalesce(max(batch_id), 0) + 1 from meta.batches');
  return Number(r.getRows()[0]?.[0] ?? 1);
}

const storedFormat = (format: FileFormat | null): 'xml' | 'legacy_csv' | null =>
  format === 'zip' ? 'xml' : format;

function eventsOf(path: string, format: FileFormat, options: IngestOptions): AsyncGenerator<SourceEvent> {
  if (format === 'legacy_csv') return readLegacyCsv(path, options, options.onBytes);
  return readXmlSource(path, xmlChunks(path, format, options.onBytes), options.now);
}

/** Reads the whole file into the batch; throws FileFault for a file that cannot be read. */
async function loadBatch(w: Warehouse, path: string, format: FileFormat, summary: FileSummary, options: IngestOptions): Promise<FileHeader> {
  let header: FileHeader | null = null;
  let loader: BatchLoader | null = null;
  let ctx: RuleContext | null = null;
  const storedAs = storedFormat(format) ?? 'xml';
  for await (const event of eventsOf(path, format, options)) {
    if (event.kind === 'header') {
      header = { ...event.header, filePreparedOn: checkPreparedOn(event.header.filePreparedOn, event.header.collectionYear) };
      loader = await BatchLoader.open(w.connection, { batchId: summary.batchId, ukprn: header.ukprn, collectionYear: header.collectionYear, xml: storedAs === 'xml' });
      for (const issue of header.issues) loader.noteFile(issue);
      ctx = {
        ukprn: header.ukprn,
        collectionYear: header.collectionYear,
        filePreparedOn: header.filePreparedOn ? isoToDays(header.filePreparedOn) : null,
        format: storedAs,
      };
      continue;
    }
    if (!header || !loader || !ctx) continue;
    if (event.kind === 'note') {
      loader.noteFile(event.issue, event.record);
      continue;
    }
    const record = event.record;
    const issues = [...record.issues.map((i) => withOfficialName(i, storedAs)), ...runRules(record, ctx)];
    if (record.kind === 'learner' && record.aims.length === 0 && !record.continuation) {
      // FD_LearningDelivery_EO in an XML return (field-definitions.ts).
      const noAims: Issue = {
        ruleId: 'Schema_Missing',
        severity: 'error',
        scope: 'learner',
        entity: 'Learner',
        field: 'LearningDelivery',
        value: null,
        message: 'The learner has no LearningDelivery; the ILR schema requires at least one.',
      };
      issues.push(withOfficialName(noAims, storedAs));
    }
    loader.take(record, issues);
  }
  if (!header || !loader) throw new FileFault('The file has no ILR header to say whose return it is.');
  if (loader.counts.learnersRead + loader.counts.destinationsRead === 0) {
    // Entity_1 (read-time-rules.ts): nothing to load, and an empty return must not stand as the provider's latest.
    throw new FileFault(
      'The file holds no learner (Entity_1: "There are no valid learners in the the Learner record"), so there is nothing to load; export the return again with its learners.',
    );
  }
  loader.close();
  Object.assign(summary, loader.counts);
  return header;
}

/**
 * What went wrong with a file, in a sentence a data manager understands. FileFault carries its own;
 * anything else that escapes the readers is put in words here, so one bad file never stops the run.
 */
export function refusalReason(error: unknown): string {
  if (error instanceof FileFault) return error.line ? `${error.message} (line ${error.line})` : error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EISDIR') return 'This is a folder, not a file.';
  if (code === 'ENOENT') return 'There is no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'The file cannot be read: permission denied.';
  if (error instanceof RangeError && /call stack/i.test(message)) {
    return 'The file nests elements too deeply to be read (an ILR file needs fewer than ten levels); it was refused.';
  }
  if (error instanceof RangeError && /string length/i.test(message)) {
    return 'The file holds one text value too long to be read (hundreds of megabytes without a tag); it was refused.';
  }
  if (/^(IO|Out of Memory|Constraint|Conversion|Invalid Input|TransactionContext|Fatal|INTERNAL) Error/i.test(message)) {
    return `The warehouse could not store this file (DuckDB: ${message.split('\n')[0]}); nothing of it was kept.`;
  }
  return `The file could not be read (${message.split('\n')[0]}); nothing of it was kept.`;
}

export async function ingestFile(w: Warehouse, path: string, options: IngestOptions = {}): Promise<FileSummary> {
  const fileName = basename(path);
  const format = formatOf(path);
  const summary: FileSummary = {
    ...emptyCounts(),
    batchId: 0,
    fileName,
    status: 'loaded',
    message: null,
    format: storedFormat(format),
    ukprn: null,
    collectionYear: null,
  };
  let sha256: string | null = null;
  try {
    if (!(await stat(path)).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    sha256 = await sha256Of(path);
  } catch (error) {
    return await refuse(w, summary, sha256, error);
  }

  const already = await w.db
    .selectFrom('meta.batches')
    .select(['batch_id'])
    .where('sha256', '=', sha256)
    .where('status', '=', 'loaded')
    .executeTakeFirst();
  if (already) {
    summary.batchId = await nextBatchId(w);
    summary.status = 'duplicate';
    summary.loadedAs = already.batch_id;
    summary.message = `Already loaded as batch ${already.batch_id}; nothing changed.`;
    await w.db
      .insertInto('meta.batches')
      .values({ batch_id: summary.batchId, file_name: fileName, sha256, format: summary.format, status: 'duplicate', message: summary.message } as never)
      .execute();
    return summary;
  }

  try {
    if (format === null) {
      throw new FileFault(`${fileName} is not an ILR file: expected an XML file (.xml), a zip of one (.zip) or a legacy ILR CSV (.csv).`);
    }
    await inTransaction(w.connection, async () => {
      summary.batchId = await nextBatchId(w);
      const header = await loadBatch(w, path, format, summary, options);
      summary.ukprn = header.ukprn;
      summary.collectionYear = header.collectionYear;
      await runOn(
        w.connection,
        w.db.insertInto('meta.batches').values({
          batch_id: summary.batchId,
          file_name: fileName,
          sha256,
          format: summary.format,
          ukprn: header.ukprn,
          collection_year: header.collectionYear,
          file_prepared_on: header.filePreparedOn,
          status: 'loaded',
          message: null,
          learners_read: summary.learnersRead,
          learners_loaded: summary.learnersLoaded,
          learners_quarantined: summary.learnersQuarantined,
          aims_read: summary.aimsRead,
          aims_loaded: summary.aimsLoaded,
          aims_quarantined: summary.aimsQuarantined,
          destinations_read: summary.destinationsRead,
          destinations_loaded: summary.destinationsLoaded,
          records_quarantined: summary.recordsQuarantined,
          warnings: summary.warnings,
        } as never),
      );
    });
    return summary;
  } catch (error) {
    return await refuse(w, summary, sha256, error);
  }
}

/** Records a file that could not be loaded as its own meta.batches row, with the reason. */
async function refuse(w: Warehouse, summary: FileSummary, sha256: string | null, error: unknown): Promise<FileSummary> {
  const refused: FileSummary = { ...summary, ...emptyCounts(), status: 'refused', message: refusalReason(error) };
  refused.batchId = await nextBatchId(w);
  await w.db
    .insertInto('meta.batches')
    .values({ batch_id: refused.batchId, file_name: summary.fileName, sha256, format: refused.format, status: 'refused', message: refused.message } as never)
    .execute();
  return refused;
}
