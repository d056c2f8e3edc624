// Reads a legacy ILR CSV (2007/08–2010/11 field codes; DESIGN.md, "Inputs") as a stream: one row
// per aim with the learner's fields repeated, a header row of field codes. The rows of one
// learner become one record; field codes map onto the same raw.* columns as the XML
// (shared/domain/measures.md, "Conventions"), A46a/A46b become learning_delivery_fam rows of type
// A46, columns the loader does not know are kept in `extra`, personal data is never read. Field
// codes are read in any case (`l51` is L51); a column that is not a field code is kept by the
// same rule as an unknown XML element (unknownValue): by name, its value only if it is a code.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { yearFromCode } from '../../ilr/dates.ts';
import { LEARNER, LEARNING_DELIVERY, LEARNING_DELIVERY_FAM, newRow, type EntitySpec, type FieldSpec } from '../../ilr/entities.ts';
import type { Issue, IssueScope } from '../../ilr/issue.ts';
import { isLegacyNoDate, parseField, shown, unknownValue, type FieldContext } from '../parse-fields.ts';
import type { Row } from '../../ilr/row.ts';
import type { MappedAim, MappedRecord, RowOut } from '../../ilr/record.ts';
import type { FileHeader, SourceEvent } from '../source.ts';
import { FileFault } from '../xml/read-ilr-xml.ts';

/** Legacy field code → ILR element of the entity it loads into. */
const LEARNER_FIELDS: Record<string, string> = {
  L03: 'LearnRefNumber',
  L45: 'ULN',
  L11: 'DateOfBirth',
  L12: 'Ethnicity',
  L13: 'Sex',
  L14: 'LLDDHealthProb',
  L17: 'PostcodePrior',
  L22: 'Postcode',
  L35: 'PriorAttain',
  L39: 'L39',
};

const AIM_FIELDS: Record<string, string> = {
  A05: 'AimSeqNumber',
  A09: 'LearnAimRef',
  A10: 'A10',
  A15: 'ProgType',
  A23: 'DelLocPostCode',
  A27: 'LearnStartDate',
  A28: 'LearnPlanEndDate',
  A31: 'LearnActEndDate',
  A34: 'CompStatus',
  A35: 'Outcome',
  A40: 'AchDate',
  A50: 'A50',
  A59: 'A59',
  A60: 'A60',
};

/** National learning aim monitoring, two occurrences. */
const A46_FIELDS = ['A46a', 'A46b'];

/** Names, addresses, phone, NI number, e-mail (ilr-reference.md §1b.2): never read. */
const PERSONAL = new Set(['L09', 'L10', 'L18', 'L19', 'L20', 'L21', 'L23', 'L26', 'L51']);

/** Home postcodes (L17, L22), delivery location (A23) and workplace (A45): the outward code at most (unknownValue). */
const POSTCODES = new Set(['L17', 'L22', 'A23', 'A45']);

/** Fields the loader reads into raw.* columns: their values are as the ILR defines them. */
const isKnown = (code: string): boolean => code in LEARNER_FIELDS || code in AIM_FIELDS || A46_FIELDS.includes(code) || code === 'L46';

/** `l51` → `L51`, `a46A` → `A46a`: a field code as the specification writes it; any other header as written. */
const fieldCode = (header: string): string => {
  const m = /^([LA])(\d{2})([A-Z]?)$/i.exec(header);
  return m ? `${(m[1] ?? '').toUpperCase()}${m[2] ?? ''}${(m[3] ?? '').toLowerCase()}` : header;
};

/** Fields a legacy aim row cannot do without. */
const REQUIRED = new Set(['L03', 'A09', 'A27', 'A28', 'A34']);

/** Bounds on what one row, one learner's rows and a column's name may cost (issue #21): past one, the file is refused. */
const MAX_ROW_CHARS = 1_000_000;
const MAX_LEARNER_BYTES = 10_000_000;
const MAX_COLUMN_NAME = 100;

const LEGACY_NAME = /^ILR-(\d{8})-(\d{4})(?:-(\d{8}))?[^/]*\.csv$/i;

export interface LegacyOptions {
  year?: number;
  ukprn?: number;
}

type CsvRow = Record<string, string>;

const specFor = (entity: EntitySpec, element: string): FieldSpec | undefined => entity.fields.find((f) => f.element === element);

function mapFields(
  row: CsvRow,
  codes: Record<string, string>,
  entity: EntitySpec,
  scope: IssueScope,
  seq: number | null,
  issues: Issue[],
  aimIndex?: number,
): Row {
  const out: Row = newRow(entity);
  const ctx: FieldContext = { entity: entity.element, scope, aimSeqNumber: seq, aimIndex, layout: 'between', dates: 'legacy', issues };
  for (const [code, element] of Object.entries(codes)) {
    const spec = specFor(entity, element);
    if (!spec) continue;
    const text = (row[code] ?? '').trim();
    const none = spec.type === 'date' ? isLegacyNoDate(text) : text === '';
    if (none) {
      if (REQUIRED.has(code)) {
        issues.push({
          ruleId: 'Schema_Missing',
          severity: 'error',
          scope,
          aimSeqNumber: seq,
          aimIndex,
          entity: entity.element,
          field: code,
          value: null,
          message: `${code} (${element}) is empty; every legacy ILR row needs it.`,
        });
      }
      continue;
    }
    out[spec.column] = parseField({ ...spec, element: code }, text, ctx);
  }
  return out;
}

function extraOf(row: CsvRow, known: (code: string) => boolean): string | null {
  const extra: Record<string, string | null> = Object.create(null) as Record<string, string | null>;
  let any = false;
  for (const [code, value] of Object.entries(row)) {
    if (value.trim() === '' || known(code) || PERSONAL.has(code)) continue;
    extra[code] = unknownValue(code, value);
    any = true;
  }
  return any ? JSON.stringify(extra) : null;
}

const isLearnerCode = (code: string): boolean => /^L\d/i.test(code);

/** The row as read for the quarantine: no personal data, postcodes cut to their district, other columns as in `extra`. */
const withoutPersonal = (row: CsvRow): Record<string, string | null> =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([code]) => !PERSONAL.has(code))
      .map(([code, value]) => [code, isKnown(code) && !POSTCODES.has(code) ? value : unknownValue(code, value)]),
  );

interface Group {
  line: number;
  /** Where in the file the group starts, in bytes. */
  bytes: number;
  rows: { row: CsvRow; line: number }[];
}

function mapGroup(group: Group, continuation: boolean): MappedRecord {
  const issues: Issue[] = [];
  const first = group.rows[0]?.row ?? {};
  const learner = mapFields(first, LEARNER_FIELDS, LEARNER, 'learner', null, issues);
  learner.extra = extraOf(first, (c) => !isLearnerCode(c) || c in LEARNER_FIELDS || c === 'L46');
  const ref = typeof learner.learn_ref_number === 'string' ? learner.learn_ref_number : null;
  const aims: MappedAim[] = group.rows.map(({ row, line }, aimIndex) => {
    const seqText = (row.A05 ?? '').trim();
    const seq = /^\d{1,9}$/.test(seqText) ? Number(seqText) : null;
    const aim = mapFields(row, AIM_FIELDS, LEARNING_DELIVERY, 'aim', seq, issues, aimIndex);
    aim.learn_ref_number = ref;
    aim.extra = extraOf(row, (c) => isLearnerCode(c) || c in AIM_FIELDS || A46_FIELDS.includes(c));
    const children: RowOut[] = A46_FIELDS.filter((code) => (row[code] ?? '').trim() !== '').map((code) => ({
      entity: LEARNING_DELIVERY_FAM,
      line,
      row: {
        learn_ref_number: ref,
        aim_seq_number: seq,
        learn_del_fam_type: 'A46',
        learn_del_fam_code: (row[code] ?? '').trim(),
        learn_del_fam_date_from: null,
        learn_del_fam_date_to: null,
        extra: null,
      },
    }));
    return { aim: { entity: LEARNING_DELIVERY, row: aim, line }, children, seq, json: () => JSON.stringify({ row: withoutPersonal(row) }) };
  });
  return {
    kind: 'learner',
    continuation,
    line: group.line,
    learnRefNumber: ref,
    main: { entity: LEARNER, row: learner, line: group.line },
    children: [],
    aims,
    issues,
    json: () => JSON.stringify({ rows: group.rows.map(({ row }) => withoutPersonal(row)) }),
  };
}

function headerFor(path: string, firstRow: CsvRow | undefined, options: LegacyOptions): FileHeader {
  const name = LEGACY_NAME.exec(basename(path));
  const nameYear = name ? yearFromCode(name[2] ?? '') : null;
  const collectionYear = options.year ?? nameYear;
  if (collectionYear === null || collectionYear === undefined) {
    throw new FileFault(
      `The collection year of ${basename(path)} is unknown: name the file ILR-<UKPRN>-<YYYY>-….csv (e.g. ILR-10000001-0809-….csv) or give --year.`,
    );
  }
  const l46 = (firstRow?.L46 ?? '').trim();
  const ukprnText = options.ukprn !== undefined ? String(options.ukprn) : (name?.[1] ?? (l46 === '' ? null : l46));
  if (ukprnText === null || !/^\d{8}$/.test(ukprnText)) {
    throw new FileFault(
      `The provider of ${basename(path)} is unknown: name the file ILR-<UKPRN>-<YYYY>-….csv, fill in L46, or give --ukprn.`,
    );
  }
  const prepared = name?.[3];
  const filePreparedOn = prepared ? `${prepared.slice(0, 4)}-${prepared.slice(4, 6)}-${prepared.slice(6, 8)}` : null;
  return { ukprn: Number(ukprnText), collectionYear, filePreparedOn, layout: 'between', issues: [] };
}

export async function* readLegacyCsv(
  path: string,
  options: LegacyOptions = {},
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SourceEvent> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => onBytes?.(chunk.length));
  const parser = input.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_ROW_CHARS }));
  let codes: string[] | null = null;
  let headerSent = false;
  let group: Group | null = null;
  let groupRef: string | null = null;
  const emitted = new Set<string>();
  const flush = function* (): Generator<SourceEvent> {
    if (!group) return;
    const continuation = groupRef !== null && emitted.has(groupRef);
    if (groupRef !== null) emitted.add(groupRef);
    yield { kind: 'record', record: mapGroup(group, continuation) };
    group = null;
  };
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      const cells = item.record;
      if (codes === null) {
        codes = cells.map((c) => fieldCode(c.trim()));
        if (!codes.includes('L03') || !codes.includes('A09')) {
          throw new FileFault(`${basename(path)} is not a legacy ILR CSV: its first row must name the field codes, including L03 and A09.`);
        }
        // Every row's extra column repeats the names of the columns it keeps.
        if (codes.some((code) => code.length > MAX_COLUMN_NAME)) {
          throw new FileFault(`A column of ${basename(path)} is named with more than ${MAX_COLUMN_NAME} characters; a legacy ILR CSV names its columns by field code.`);
        }
        continue;
      }
      // No prototype: a header may be anything, `__proto__` included.
      const row: CsvRow = Object.create(null) as CsvRow;
      codes.forEach((code, i) => {
        row[code] = cells[i] ?? '';
      });
      if (!headerSent) {
        headerSent = true;
        yield { kind: 'header', header: headerFor(path, row, options) };
      }
      const ref = (row.L03 ?? '').trim() || null;
      if (group && (ref === null || ref !== groupRef)) yield* flush();
      if (!group) {
        group = { line: item.info.lines, bytes: item.info.bytes, rows: [] };
        groupRef = ref;
      } else if (item.info.bytes - group.bytes > MAX_LEARNER_BYTES) {
        throw new FileFault(
          `The rows of learner ${shown(ref ?? '')} that start at line ${group.line} run to more than ${(MAX_LEARNER_BYTES / 1e6).toFixed(0)} MB, far more than any learner's aims; the file was refused.`,
        );
      }
      group.rows.push({ row, line: item.info.lines });
      if (ref === null) yield* flush();
    }
  } catch (error) {
    if (error instanceof FileFault) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new FileFault(`${basename(path)} is not a readable CSV file (${message}).`);
  }
  if (codes === null) throw new FileFault(`${basename(path)} is empty: it has no header row of field codes.`);
  if (!headerSent) yield { kind: 'header', header: headerFor(path, undefined, options) };
  yield* flush();
}
