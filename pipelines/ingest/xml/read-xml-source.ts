// The XML reader as a source of checked header and mapped records. The header decides the file's
// provider, year and schema layout; a name that follows the convention but disagrees is flagged,
// and so are the catalogue's file-name rules (Filename_1, _5, _6, _7) and a LearningProvider UKPRN
// that is not the header's (UKPRN_03): warnings, the file loads (validate/read-time-rules.ts says why).
import { basename } from 'node:path';
import { isoToDays, yearFromCode } from '../../ilr/dates.ts';
import { layoutOf } from '../../ilr/entities.ts';
import type { Issue } from '../../ilr/issue.ts';
import { FILE_RULES } from '../../validate/read-time-rules.ts';
import { shown } from '../parse-fields.ts';
import type { FileHeader, SourceEvent } from '../source.ts';
import { mapRecord, recordJson } from './map-record.ts';
import { FileFault, readIlrXml, type IlrHeader } from './read-ilr-xml.ts';

/**
 * The collection years read. 2026/27, the year in progress, is read with the 2025/26 layout and
 * rules (layoutOf): its schema is not among the project's published ones yet (shared/domain/schemas),
 * and its in-year returns are what the in-year position is made of.
 */
export const SUPPORTED_YEARS = { first: 2018, last: 2026 } as const;

/** The convention (Filename_1): ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.xml, a zip of one alike. */
const FILE_NAME = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-(\d{2})\.(xml|zip)$/i;
/** The convention with any serial number, for telling what is wrong with it (Filename_5, _6). */
const FILE_NAME_ANY_SERIAL = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-([^.]*)\.(xml|zip)$/i;

/**
 * Now, as YYYYMMDDhhmmss on the clock file names are written by (UK time), for Filename_7;
 * ILR_TODAY=YYYY-MM-DD (as for Header_2, prepared-date.ts) makes it that day's last second.
 */
export function fileNameNow(): string {
  const day = process.env.ILR_TODAY;
  if (day) return `${day.replaceAll('-', '')}235959`;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}${part('hour')}${part('minute')}${part('second')}`;
}

/** `yyyymmdd` and `hhmmss` name a real day and time. */
const realDateTime = (date: string, time: string): boolean =>
  isoToDays(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`) !== null &&
  Number(time.slice(0, 2)) < 24 &&
  Number(time.slice(2, 4)) < 60 &&
  Number(time.slice(4, 6)) < 60;

function checkHeader(header: IlrHeader, fileName: string, now: string): FileHeader {
  const ns = /^ESFA\/ILR\/(\d{4})-(\d{2})$/.exec(header.namespace ?? '');
  const nsYear = ns ? Number(ns[1]) : null;
  if (nsYear === null || nsYear < SUPPORTED_YEARS.first || nsYear > SUPPORTED_YEARS.last) {
    throw new FileFault(
      `The file's namespace is "${header.namespace ?? '(none)'}", not one of ESFA/ILR/2018-19 … ESFA/ILR/${SUPPORTED_YEARS.last}-${String((SUPPORTED_YEARS.last + 1) % 100).padStart(2, '0')} (Namespace Mismatch).`,
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
  const issues = fileNameIssues(fileName, ukprn, year, now);
  const provider = header.learningProviderUkprn;
  if (provider !== null && Number(provider) !== ukprn) {
    const rule = FILE_RULES.UKPRN_03 as (typeof FILE_RULES)[string];
    issues.push(
      fileIssue(rule.id, 'UKPRN', shown(provider), `The LearningProvider UKPRN (${shown(provider)}) is not the header's (${ukprn}); the header's is used.`, rule.severity),
    );
  }
  // Passed on as written: ingest-file checks it (prepared-date.ts), for XML and legacy CSV alike.
  return { ukprn, collectionYear: year, filePreparedOn: header.filePreparationDate, layout: layoutOf(year), issues };
}

const fileIssue = (ruleId: string, field: string, value: string, message: string, severity: Issue['severity'] = 'warning'): Issue => ({
  ruleId,
  severity,
  scope: 'file',
  entity: 'File',
  field,
  value,
  message,
});

/** A catalogue rule's finding on the file's name (read-time-rules.ts). */
const nameIssue = (id: keyof typeof FILE_RULES, field: string, value: string, message: string): Issue =>
  fileIssue(id, field, value, message, (FILE_RULES[id] as (typeof FILE_RULES)[string]).severity);

/**
 * The file-name rules: not the convention (Filename_1), a serial number that is not two digits
 * (Filename_5) or is 00 (Filename_6), a date and time after now (Filename_7, `now` as
 * YYYYMMDDhhmmss); and a name that follows the convention but disagrees with the header (Header_3).
 */
export function fileNameIssues(fileName: string, ukprn: number, year: number, now: string = fileNameNow()): Issue[] {
  const issues: Issue[] = [];
  const m = FILE_NAME_ANY_SERIAL.exec(fileName);
  const real = m !== null && realDateTime(m[3] ?? '', m[4] ?? '');
  if (!FILE_NAME.test(fileName) || !real) {
    issues.push(nameIssue('Filename_1', 'FileName', shown(fileName), `The file name "${shown(fileName)}" is not ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.xml (UKPRN, year, the real date and time it was made, serial number).`));
  }
  if (!m) return issues;
  const serial = m[5] ?? '';
  if (!/^\d{2}$/.test(serial)) {
    issues.push(nameIssue('Filename_5', 'SerialNo', shown(serial), `The serial number in the file name is "${shown(serial)}", not two digits.`));
  } else if (serial === '00') {
    issues.push(nameIssue('Filename_6', 'SerialNo', serial, 'The serial number in the file name is 00; serial numbers start at 01.'));
  }
  if (real && `${m[3]}${m[4]}` > now) {
    issues.push(nameIssue('Filename_7', 'DateTime', `${m[3]}-${m[4]}`, `The date and time in the file name (${m[3]}-${m[4]}) are after now (${now.slice(0, 8)}-${now.slice(8)}, UK time).`));
  }
  if (Number(m[1]) !== ukprn) {
    issues.push(fileIssue('Header_3', 'UKPRN', m[1] ?? '', `The UKPRN in the file name (${m[1]}) does not match the UKPRN in the header (${ukprn}); the header's is used.`));
  }
  if (yearFromCode(m[2] ?? '') !== year) {
    issues.push(fileIssue('Filename_Year', 'Year', m[2] ?? '', `The year in the file name (${m[2]}) does not match the header's collection year; the header's is used.`));
  }
  return issues;
}

/** `now` (YYYYMMDDhhmmss, UK time) is what Filename_7 compares the name with. */
export async function* readXmlSource(path: string, chunks: AsyncIterable<string>, now: string = fileNameNow()): AsyncGenerator<SourceEvent> {
  let header: FileHeader | null = null;
  for await (const event of readIlrXml(chunks)) {
    if (event.kind === 'header') {
      header = checkHeader(event.header, basename(path), now);
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
