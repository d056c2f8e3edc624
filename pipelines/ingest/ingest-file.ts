// Loads one ILR file into the warehouse in one transaction (DESIGN.md, "The warehouse"): every
// learner and aim read is either loaded into raw.* or quarantined with its rule, and a file that
// cannot be read at all is refused with one sentence and a meta.batches row. Loading the same file
// twice changes nothing.
import { basename } from 'node:path';
import { LEARNER, LEARNING_DELIVERY, columnsOf } from '../ilr/entities.ts';
import { yearFromCode } from '../ilr/dates.ts';
import type { Issue } from '../validate/issue.ts';
import { learnerRules } from '../validate/learner-rules.ts';
import { inTransaction, runOn, type Warehouse } from '../warehouse/open.ts';
import { TableAppender } from '../warehouse/table-appender.ts';
import { formatOf, sha256Of, xmlChunks } from './file-source.ts';
import { FileFault, readIlrXml, type IlrHeader } from './xml/read-ilr-xml.ts';
import { mapLearner, recordJson } from './xml/map-learner.ts';

const QUARANTINE_COLUMNS = [
  { column: 'batch_id', type: 'integer' },
  { column: 'entity', type: 'varchar' },
  { column: 'location', type: 'varchar' },
  { column: 'rule_id', type: 'varchar' },
  { column: 'severity', type: 'varchar' },
  { column: 'field', type: 'varchar' },
  { column: 'value', type: 'varchar' },
  { column: 'message', type: 'varchar' },
  { column: 'record', type: 'varchar' },
] as const;

export interface FileSummary {
  batchId: number;
  fileName: string;
  status: 'loaded' | 'refused' | 'duplicate';
  message: string | null;
  ukprn: number | null;
  collectionYear: number | null;
  learnersRead: number;
  learnersLoaded: number;
  aimsRead: number;
  aimsLoaded: number;
  /** Records kept out by an error: learners (with their aims) and aims on their own. */
  recordsQuarantined: number;
  warnings: number;
  /** Issue count by rule (errors and warnings). */
  byRule: Map<string, { severity: 'error' | 'warning'; count: number }>;
}

export const SUPPORTED_YEARS = { first: 2018, last: 2025 } as const;

const FILE_NAME = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-(\d{2})\.(xml|zip)$/i;

interface CheckedHeader {
  ukprn: number;
  collectionYear: number;
  filePreparedOn: string | null;
}

function checkHeader(header: IlrHeader): CheckedHeader {
  const ns = /^ESFA\/ILR\/(\d{4})-(\d{2})$/.exec(header.namespace ?? '');
  const nsYear = ns ? Number(ns[1]) : null;
  if (nsYear === null || nsYear < SUPPORTED_YEARS.first || nsYear > SUPPORTED_YEARS.last) {
    throw new FileFault(
      `The file's namespace is "${header.namespace ?? '(none)'}", not one of ESFA/ILR/2018-19 … ESFA/ILR/2025-26 (Namespace Mismatch).`,
    );
  }
  const year = header.year ? yearFromCode(header.year) : null;
  if (year !== nsYear) {
    throw new FileFault(
      `The header's collection year is "${header.year ?? '(none)'}" but the namespace is for ${nsYear}/${String((nsYear + 1) % 100).padStart(2, '0')}.`,
    );
  }
  if (!header.ukprn || !/^\d{8}$/.test(header.ukprn)) {
    throw new FileFault(`The header has no valid UKPRN (found "${header.ukprn ?? ''}"); the file cannot be attributed to a provider.`);
  }
  return { ukprn: Number(header.ukprn), collectionYear: year, filePreparedOn: header.filePreparationDate };
}

/** A name that follows the convention but disagrees with the header is flagged (Header_3). */
function fileNameIssues(fileName: string, header: CheckedHeader): Issue[] {
  const m = FILE_NAME.exec(fileName);
  if (!m) return [];
  const issues: Issue[] = [];
  if (Number(m[1]) !== header.ukprn) {
    issues.push({
      ruleId: 'Header_3',
      severity: 'warning',
      scope: 'learner',
      entity: 'File',
      field: 'UKPRN',
      value: m[1] ?? null,
      message: `The UKPRN in the file name (${m[1]}) does not match the UKPRN in the header (${header.ukprn}); the header's is used.`,
    });
  }
  if (yearFromCode(m[2] ?? '') !== header.collectionYear) {
    issues.push({
      ruleId: 'Filename_Year',
      severity: 'warning',
      scope: 'learner',
      entity: 'File',
      field: 'Year',
      value: m[2] ?? null,
      message: `The year in the file name (${m[2]}) does not match the header's collection year; the header's is used.`,
    });
  }
  return issues;
}

async function nextBatchId(w: Warehouse): Promise<number> {
  const r = await w.connection.runAndReadAll('select coalesce(max(batch_id), 0) + 1 from meta.batches');
  return Number(r.getRows()[0]?.[0] ?? 1);
}

export interface IngestOptions {
  onBytes?: (bytes: number) => void;
}

export async function ingestFile(w: Warehouse, path: string, options: IngestOptions = {}): Promise<FileSummary> {
  const fileName = basename(path);
  const summary: FileSummary = {
    batchId: 0,
    fileName,
    status: 'loaded',
    message: null,
    ukprn: null,
    collectionYear: null,
    learnersRead: 0,
    learnersLoaded: 0,
    aimsRead: 0,
    aimsLoaded: 0,
    recordsQuarantined: 0,
    warnings: 0,
    byRule: new Map(),
  };
  const sha256 = await sha256Of(path);
  const format = formatOf(path);

  const already = await w.db
    .selectFrom('meta.batches')
    .select(['batch_id'])
    .where('sha256', '=', sha256)
    .where('status', '=', 'loaded')
    .executeTakeFirst();
  if (already) {
    summary.batchId = await nextBatchId(w);
    summary.status = 'duplicate';
    summary.message = `Already loaded as batch ${already.batch_id}; nothing changed.`;
    await w.db
      .insertInto('meta.batches')
      .values({ batch_id: summary.batchId, file_name: fileName, sha256, format: null, status: 'duplicate', message: summary.message } as never)
      .execute();
    return summary;
  }

  try {
    if (format !== 'xml' && format !== 'zip') {
      throw new FileFault(`${fileName} is not an ILR XML file or a zip of one (expected .xml or .zip).`);
    }
    await inTransaction(w.connection, async () => {
      summary.batchId = await nextBatchId(w);
      const learners = await TableAppender.open(w.connection, 'raw', LEARNER.table, columnsOf(LEARNER));
      const aims = await TableAppender.open(w.connection, 'raw', LEARNING_DELIVERY.table, columnsOf(LEARNING_DELIVERY));
      const quarantine = await TableAppender.open(w.connection, 'quarantine', 'records', QUARANTINE_COLUMNS);
      const seenRefs = new Set<string>();
      let header: CheckedHeader | null = null;
      let recordNo = 0;

      const note = (issue: Issue, location: string, record: string | null) => {
        const entry = summary.byRule.get(issue.ruleId) ?? { severity: issue.severity, count: 0 };
        entry.count += 1;
        summary.byRule.set(issue.ruleId, entry);
        if (issue.severity === 'warning') summary.warnings += 1;
        quarantine.add({
          batch_id: summary.batchId,
          entity: issue.entity,
          location,
          rule_id: issue.ruleId,
          severity: issue.severity,
          field: issue.field,
          value: issue.value,
          message: issue.message,
          record,
        });
      };

      for await (const event of readIlrXml(xmlChunks(path, format, options.onBytes))) {
        if (event.kind === 'header') {
          header = checkHeader(event.header);
          summary.ukprn = header.ukprn;
          summary.collectionYear = header.collectionYear;
          for (const issue of fileNameIssues(fileName, header)) note(issue, 'file name', null);
          continue;
        }
        if (!header || event.node.name !== 'Learner') continue;
        recordNo += 1;
        const mapped = mapLearner(event.node);
        const aimCount = mapped.aims.length;
        summary.learnersRead += 1;
        summary.aimsRead += aimCount;
        const ref = typeof mapped.learner.learn_ref_number === 'string' ? mapped.learner.learn_ref_number : null;
        const issues = learnerRules(mapped);
        if (aimCount === 0) {
          issues.push({
            ruleId: 'Schema_Missing',
            severity: 'error',
            scope: 'learner',
            entity: 'Learner',
            field: 'LearningDelivery',
            value: null,
            message: 'The learner has no LearningDelivery; the ILR schema requires at least one.',
          });
        }
        if (ref !== null) {
          if (seenRefs.has(ref)) {
            issues.push({
              ruleId: 'LearnRefNumber_Unique',
              severity: 'error',
              scope: 'learner',
              entity: 'Learner',
              field: 'LearnRefNumber',
              value: ref,
              message: `Learner reference ${ref} appears more than once in the file; only its first record is loaded.`,
            });
          }
          seenRefs.add(ref);
        }
        const where = `line ${event.node.line}, learner ${ref ?? '(no reference)'}`;
        const record = issues.length > 0 ? recordJson(event.node) : null;
        const learnerError = issues.some((i) => i.severity === 'error' && i.scope === 'learner');
        const badAims = new Set(
          issues.filter((i) => i.severity === 'error' && i.scope === 'aim').map((i) => i.aimSeqNumber ?? -1),
        );
        for (const issue of issues) {
          const at = issue.scope === 'aim' ? `${where}, aim ${issue.aimSeqNumber ?? '?'}` : where;
          note(issue, at, record);
        }
        if (learnerError) {
          summary.recordsQuarantined += 1;
          continue;
        }
        const provenance = { batch_id: summary.batchId, ukprn: header.ukprn, collection_year: header.collectionYear, record_no: recordNo };
        learners.add(mapped.learner, { ...provenance, line: event.node.line });
        summary.learnersLoaded += 1;
        for (const aim of mapped.aims) {
          const seq = typeof aim.row.aim_seq_number === 'number' ? aim.row.aim_seq_number : -1;
          if (badAims.has(seq)) {
            summary.recordsQuarantined += 1;
            continue;
          }
          aims.add(aim.row, { ...provenance, line: aim.line });
          summary.aimsLoaded += 1;
        }
      }
      if (!header) throw new FileFault('The file has no ILR header (Message/Header) to say whose return it is.');
      learners.close();
      aims.close();
      quarantine.close();
      const checked = header as CheckedHeader;
      await runOn(
        w.connection,
        w.db
        .insertInto('meta.batches')
        .values({
          batch_id: summary.batchId,
          file_name: fileName,
          sha256,
          format: 'xml',
          ukprn: checked.ukprn,
          collection_year: checked.collectionYear,
          file_prepared_on: checked.filePreparedOn,
          status: 'loaded',
          message: null,
          learners_read: summary.learnersRead,
          learners_loaded: summary.learnersLoaded,
          aims_read: summary.aimsRead,
          aims_loaded: summary.aimsLoaded,
          records_quarantined: summary.recordsQuarantined,
        } as never),
      );
    });
    return summary;
  } catch (error) {
    if (!(error instanceof FileFault)) throw error;
    const refused: FileSummary = {
      ...summary,
      status: 'refused',
      message: error.line ? `${error.message} (line ${error.line})` : error.message,
      learnersLoaded: 0,
      aimsLoaded: 0,
      recordsQuarantined: 0,
      byRule: new Map(),
    };
    refused.batchId = await nextBatchId(w);
    await w.db
      .insertInto('meta.batches')
      .values({
        batch_id: refused.batchId,
        file_name: fileName,
        sha256,
        format: format === 'zip' ? 'xml' : format,
        status: 'refused',
        message: refused.message,
      } as never)
      .execute();
    return refused;
  }
}
