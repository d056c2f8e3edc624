// The XML reader as a source of checked header and mapped records. The header decides the file's
// provider, year and schema layout; a name that follows the convention but disagrees is flagged.
import { basename } from 'node:path';
import { yearFromCode } from '../../ilr/dates.ts';
import { layoutOf } from '../../ilr/entities.ts';
import type { Issue } from '../../ilr/issue.ts';
import type { FileHeader, SourceEvent } from '../source.ts';
import { mapRecord, recordJson } from './map-record.ts';
import { FileFault, readIlrXml, type IlrHeader } from './read-ilr-xml.ts';

export const SUPPORTED_YEARS = { first: 2018, last: 2025 } as const;

const FILE_NAME = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-(\d{2})\.(xml|zip)$/i;

function checkHeader(header: IlrHeader, fileName: string): FileHeader {
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
  const ukprn = Number(header.ukprn);
  // Passed on as written: ingest-file checks it (prepared-date.ts), for XML and legacy CSV alike.
  return { ukprn, collectionYear: year, filePreparedOn: header.filePreparationDate, layout: layoutOf(year), issues: fileNameIssues(fileName, ukprn, year) };
}

const fileIssue = (ruleId: string, field: string, value: string, message: string): Issue => ({
  ruleId,
  severity: 'warning',
  scope: 'file',
  entity: 'File',
  field,
  value,
  message,
});

/** A name that follows the convention but disagrees with the header is flagged (Header_3). */
function fileNameIssues(fileName: string, ukprn: number, year: number): Issue[] {
  const m = FILE_NAME.exec(fileName);
  if (!m) return [];
  const issues: Issue[] = [];
  if (Number(m[1]) !== ukprn) {
    issues.push(fileIssue('Header_3', 'UKPRN', m[1] ?? '', `The UKPRN in the file name (${m[1]}) does not match the UKPRN in the header (${ukprn}); the header's is used.`));
  }
  if (yearFromCode(m[2] ?? '') !== year) {
    issues.push(fileIssue('Filename_Year', 'Year', m[2] ?? '', `The year in the file name (${m[2]}) does not match the header's collection year; the header's is used.`));
  }
  return issues;
}

export async function* readXmlSource(path: string, chunks: AsyncIterable<string>): AsyncGenerator<SourceEvent> {
  let header: FileHeader | null = null;
  for await (const event of readIlrXml(chunks)) {
    if (event.kind === 'header') {
      header = checkHeader(event.header, basename(path));
      yield { kind: 'header', header };
    } else if (!header) {
      continue;
    } else if (event.kind === 'unknown') {
      const { node } = event;
      yield {
        kind: 'note',
        issue: {
          ruleId: 'Schema_UnknownElement',
          severity: 'warning',
          scope: 'file',
          entity: 'Message',
          field: node.name,
          value: null,
          message: `<${node.name}> is not an element of the ILR Message (misspelt?); it was not loaded, and is kept here as read.`,
          line: node.line,
        },
        record: recordJson(node),
      };
    } else {
      const record = mapRecord(event.node, header.layout);
      if (record.kind === 'destination' && header.layout === '2025-26') {
        record.issues.push({
          ruleId: 'Schema_UnknownElement',
          severity: 'warning',
          scope: 'file',
          entity: 'Message',
          field: event.node.name,
          value: null,
          message: 'LearnerDestinationandProgression was removed from the ILR in 2024/25; the record was loaded as read.',
          line: event.node.line,
        });
      }
      yield { kind: 'record', record };
    }
  }
  if (!header) throw new FileFault('The file has no ILR header (Message/Header) to say whose return it is.');
}
