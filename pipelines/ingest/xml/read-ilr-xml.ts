// Streams an ILR XML file into one small tree per top-level record (a Learner, a
// LearnerDestinationandProgression), so memory stays flat whatever the file size. The header is
// read first and handed over before any record.
//
// Safety: saxes never fetches external entities and never expands entities a DTD declares (it
// reports them as undefined); an ILR file has no business carrying a DOCTYPE, so one refuses the file.
// What one top-level element may cost is bounded (MAX_DEPTH, MAX_RECORD_ELEMENTS,
// MAX_RECORD_TEXT, MAX_NAME), and so is what the parser may hold between two tags (MAX_RUN): a file past
// a bound is refused with a sentence, so no file, however small or odd, exhausts memory or time.
//
// Elements are matched by namespace and local name: `<x:FamilyName>` with xmlns:x bound to the
// file's ILR namespace is <FamilyName>. Nodes carry the local name of an element in the ILR
// namespace, and any other element's name as written (`o:Email`), or `{namespace}Name` when it is
// unprefixed in another default namespace, so that it can never pass for an ILR element.
import { SaxesParser } from 'saxes';
import { DROPPED_PERSONAL_ELEMENTS, RAW_ENTITIES } from '../../ilr/entities.ts';
import { PlainXmlScanner } from './plain-xml-scanner.ts';

export interface XmlNode {
  readonly name: string;
  readonly line: number;
  text: string;
  readonly children: XmlNode[];
}

export interface IlrHeader {
  namespace: string | null;
  year: string | null;
  filePreparationDate: string | null;
  ukprn: string | null;
  learningProviderUkprn: string | null;
}

export type IlrXmlEvent =
  | { kind: 'header'; header: IlrHeader }
  | { kind: 'record'; node: XmlNode }
  /** A top-level element the ILR does not have: reported, never silently dropped. */
  | { kind: 'unknown'; node: XmlNode };

/** A fault that makes the whole file unreadable: it is refused, with this sentence. */
export class FileFault extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'FileFault';
  }
}

/**
 * The parser is fed 64 KB at a time and the records each piece completes are handed on before the
 * next. Fed whole 1 MB chunks, it built the trees of several hundred records before the first was
 * mapped, and by then they had left the processor's cache: the loader spent about 9% more CPU
 * (docs/benchmarks.md). The parse itself is no faster or slower either way.
 */
const PIECE = 64 * 1024;
/** ILR records nest six deep at most (Message/Learner/LearnerEmploymentStatus/EmploymentStatusMonitoring/ESMType). */
const MAX_DEPTH = 32;
/** Elements in one top-level element; a learner with 98 aims and all their monitoring has a few thousand. */
const MAX_RECORD_ELEMENTS = 100_000;
/** Characters of text (whitespace between elements included) in one top-level element. */
const MAX_RECORD_TEXT = 10_000_000;
/** Characters of an element's name (with its namespace, for one in another namespace); the ILR's longest has 32. */
const MAX_NAME = 200;
/** Characters the parser may read without meeting a tag: one text, comment, tag or attribute value that long. */
const MAX_RUN = 1_000_000;
/** An `&` that starts no entity or character reference. */
const BARE_AMP = /&(?![A-Za-z_:][\w.:-]{0,63};|#[0-9]{1,8};|#x[0-9A-Fa-f]{1,8};)/;
/**
 * What the plain scanner needs before it starts: an XML 1.0 declaration if any, then the root's start
 * tag, its attributes (namespace declarations) with no reference in them. Saxes reads this part.
 */
const PROLOG = /^(?:<\?xml\s+version\s*=\s*(["'])1\.0\1[^<>?]*\?>)?[ \t\n]*<[A-Za-z_][\w.:-]*(?:\s+[\w.:-]+\s*=\s*(?:"[^"<&]*"|'[^'<&]*'))*\s*>/;
/** The names of the elements an ILR file holds: the scanner hands each on as this very string. */
const ILR_NAMES: readonly string[] = [
  ...['Header', 'CollectionDetails', 'Collection', 'Year', 'FilePreparationDate', 'Source', 'ProtectiveMarking', 'UKPRN'],
  ...['SoftwareSupplier', 'SoftwarePackage', 'Release', 'SerialNo', 'DateTime', 'LearningProvider', 'SourceFiles', 'SourceFile'],
  ...DROPPED_PERSONAL_ELEMENTS,
  ...RAW_ENTITIES.flatMap((e) => [e.element, ...e.fields.filter((f) => !f.legacyOnly).map((f) => f.element)]),
];
const RECORD_ELEMENTS = new Set(['Learner', 'LearnerDestinationandProgression']);
const ENVELOPE_ELEMENTS = new Set(['Header', 'SourceFiles', 'LearningProvider']);

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childText(node: XmlNode | undefined, ...path: string[]): string | null {
  let at = node;
  for (const name of path) at = at ? child(at, name) : undefined;
  return at ? at.text : null;
}

const count = (n: number): string => n.toLocaleString('en-GB');

/**
 * `plain: false` reads the whole file with saxes, as the loader did before the plain scanner: the
 * tests check that both readings agree, event for event and fault for fault.
 */
export async function* readIlrXml(chunks: AsyncIterable<string>, options: { plain?: boolean } = {}): AsyncGenerator<IlrXmlEvent> {
  const parser = new SaxesParser({ position: true });
  const queue: IlrXmlEvent[] = [];
  const stack: XmlNode[] = [];
  let namespace: string | null = null;
  let sawRoot = false;
  // Namespace declarations (xmlns, xmlns:p) of the root and of the open elements that make any,
  // with the depth of the element. Most files declare on the root only, so most names resolve
  // without a look-up.
  const declarations: { depth: number; prefixes: Map<string, string> }[] = [];
  let pending: Map<string, string> | null = null;
  let rootDefault: string | null = null;
  /** Whether an unprefixed name under the root alone is an ILR element (it is, in every real file). */
  let plainIsIlr = true;
  /**
   * Whether every name can be taken as written: unprefixed names are the ILR's and no prefix is
   * bound to its namespace (true of nearly every file), so no element's name need be looked at.
   */
  let namesAsWritten = true;
  // What the current top-level element has cost so far; how many tags the parser has met, and
  // how many characters it has read since it last met one.
  let recordElements = 0;
  let recordText = 0;
  let tags = 0;
  /** Off while saxes re-reads, after the plain scanner stopped, text the loop has already counted. */
  let countTags = true;
  let header: XmlNode | null = null;
  let headerSent = false;
  let providerUkprn: string | null = null;

  const sendHeader = () => {
    if (headerSent) return;
    headerSent = true;
    queue.push({
      kind: 'header',
      header: {
        namespace,
        year: childText(header ?? undefined, 'CollectionDetails', 'Year'),
        filePreparationDate: childText(header ?? undefined, 'CollectionDetails', 'FilePreparationDate'),
        ukprn: childText(header ?? undefined, 'Source', 'UKPRN'),
        learningProviderUkprn: providerUkprn,
      },
    });
  };

  const resolve = (prefix: string): string | null => {
    for (let i = declarations.length - 1; i >= 0; i--) {
      const ns = declarations[i]?.prefixes.get(prefix);
      if (ns !== undefined) return ns === '' ? null : ns;
    }
    return null;
  };
  /** The name a node carries: see the top of this file. */
  const nameOf = (written: string): string => {
    const colon = written.indexOf(':');
    if (colon < 0 && declarations.length === 1) return plainIsIlr ? written : `{${rootDefault ?? ''}}${written}`;
    const ns = resolve(colon < 0 ? '' : written.slice(0, colon));
    if (ns === namespace) return colon < 0 ? written : written.slice(colon + 1);
    return colon < 0 ? `{${ns ?? ''}}${written}` : written;
  };

  parser.on('doctype', () => {
    throw new FileFault('The file declares a DOCTYPE, which an ILR file never does; it was refused unread for safety.', parser.line);
  });
  // Called only for elements that have attributes, which ILR elements do not, but for xmlns.
  parser.on('attribute', ({ name, value }) => {
    if (name === 'xmlns' || name.startsWith('xmlns:')) (pending ??= new Map()).set(name === 'xmlns' ? '' : name.slice(6), value);
  });
  parser.on('opentag', (tag) => {
    if (countTags) tags += 1;
    if (pending !== null || !sawRoot) {
      declarations.push({ depth: stack.length + 1, prefixes: pending ?? new Map() });
      pending = null;
    }
    if (!sawRoot) {
      sawRoot = true;
      const colon = tag.name.indexOf(':');
      const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
      if (tag.name.slice(colon + 1) !== 'Message') {
        throw new FileFault(`The root element is <${tag.name}>, not the ILR's <Message>.`, parser.line);
      }
      // The file's ILR namespace is the root's; the header check says whether it is one.
      namespace = resolve(prefix);
      rootDefault = resolve('');
      plainIsIlr = rootDefault === namespace;
      namesAsWritten = plainIsIlr && ![...(declarations[0]?.prefixes ?? [])].some(([p, ns]) => p !== '' && ns === namespace);
      stack.push({ name: 'Message', line: parser.line, text: '', children: [] });
      return;
    }
    openElement(tag.name, parser.line);
  });
  /** An element below the root opens, written as `written`, its `>` on `line` (saxes, or the plain scanner). */
  const openElement = (written: string, line: number): void => {
    if (stack.length >= MAX_DEPTH) {
      throw new FileFault(`Elements are nested more than ${MAX_DEPTH} deep (an ILR file nests six); the file was refused.`, line);
    }
    const name = namesAsWritten && declarations.length === 1 ? written : nameOf(written);
    if (name.length > MAX_NAME) {
      throw new FileFault(`An element's name is more than ${MAX_NAME} characters long (the ILR's longest has 32); the file was refused.`, line);
    }
    const node: XmlNode = { name, line, text: '', children: [] };
    const parent = stack[stack.length - 1];
    if (stack.length === 1) {
      if (!ENVELOPE_ELEMENTS.has(name)) sendHeader();
      recordElements = 0;
      recordText = 0;
    } else if (++recordElements > MAX_RECORD_ELEMENTS) {
      throw new FileFault(
        `The <${stack[1]?.name ?? name}> that starts at line ${stack[1]?.line ?? line} holds more than ${count(MAX_RECORD_ELEMENTS)} elements, far more than any ILR record; the file was refused.`,
      );
    }
    if (parent && stack.length > 1) parent.children.push(node);
    stack.push(node);
  };
  // CDATA is text written another way (an AchDate in CDATA is a date).
  // `blank` text (spaces, tabs, newlines) before any other is dropped: the text is trimmed at the end.
  const onText = (text: string, blank = false): void => {
    const top = stack[stack.length - 1];
    if (top && stack.length > 1) {
      recordText += text.length;
      if (recordText > MAX_RECORD_TEXT) {
        throw new FileFault(
          `The <${stack[1]?.name ?? top.name}> that starts at line ${stack[1]?.line ?? parser.line} holds more than ${count(MAX_RECORD_TEXT)} characters of text, far more than any ILR record; the file was refused.`,
        );
      }
      if (!blank || top.text !== '') top.text += text;
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  // No comment or processing-instruction handler: registering one slows every element down by half
  // (saxes' parser object changes shape; measured). A run of comments counts as one long run.
  parser.on('closetag', () => {
    if (countTags) tags += 1;
    closeElement();
  });
  const closeElement = (): void => {
    // The root's declarations (the first) stay to the end.
    if (declarations.length > 1 && declarations[declarations.length - 1]?.depth === stack.length) declarations.pop();
    const node = stack.pop();
    if (!node) return;
    node.text = node.text.trim();
    if (stack.length !== 1) return;
    if (node.name === 'Header') header = node;
    else if (node.name === 'LearningProvider') providerUkprn = childText(node, 'UKPRN');
    else if (RECORD_ELEMENTS.has(node.name)) queue.push({ kind: 'record', node });
    else if (!ENVELOPE_ELEMENTS.has(node.name)) queue.push({ kind: 'unknown', node });
  };

  // A bare `&` (a company name "Smith & Co" written by hand) makes the parser read everything after
  // it as one entity name, so the fault it reports is at the end of the file ("truncated"). The
  // first `&` that starts no reference is noted as the pieces go by, and named if the file fails.
  let bareAmpLine: number | null = null;
  const noteBareAmp = (piece: string, startLine: number): void => {
    if (bareAmpLine !== null) return;
    const at = piece.search(BARE_AMP);
    // An `&` too near the end of a piece may be a reference split across two: left alone.
    if (at < 0 || at > piece.length - 40) return;
    let line = startLine;
    for (let i = piece.indexOf('\n'); i >= 0 && i < at; i = piece.indexOf('\n', i + 1)) line += 1;
    bareAmpLine = line;
  };
  const bareAmpFault = (): FileFault | null =>
    bareAmpLine === null
      ? null
      : new FileFault(
          `The file has an "&" that starts no reference (write a literal & as &amp;), and cannot be read past it.`,
          bareAmpLine,
        );

  let sawContent = false;
  const write = (chunk: string | null) => {
    if (chunk !== null && !sawContent && chunk.trim() !== '') sawContent = true;
    if (chunk === null && !sawContent) throw new FileFault('The file is empty: it holds no XML at all.');
    try {
      parser.write(chunk);
    } catch (error) {
      if (error instanceof FileFault) throw error;
      const amp = bareAmpFault();
      if (amp) throw amp;
      const message = (error instanceof Error ? error.message : String(error)).replace(/^[^:]*:\d+:\d+: /, '');
      if (!sawRoot) throw new FileFault(`The file is not XML (${message}); an ILR file starts with <Message>.`, parser.line);
      const truncated = chunk === null && stack.length > 0;
      throw new FileFault(
        truncated
          ? `The file ends in the middle of <${stack[stack.length - 1]?.name ?? 'Message'}>: it is truncated (${message}).`
          : `The file is not well-formed XML (${message}).`,
        parser.line,
      );
    }
  };

  // Nearly every file is read by the plain scanner (plain-xml-scanner.ts), about twice as fast as
  // saxes: saxes reads the prolog and the root's start tag, and takes over for good at anything
  // the scanner does not read, from where the scanner says. Saxes then reads on as if it had read
  // the whole file: the same pieces, the same lines, the same tags counted, the same faults.
  let mode = (options.plain === false ? 'saxes' : 'prolog') as 'prolog' | 'plain' | 'saxes';
  const scanner = new PlainXmlScanner(
    {
      openElement: (name, line) => {
        tags += 1;
        openElement(name, line);
      },
      closeElement: () => {
        tags += 1;
        closeElement();
      },
      text: onText,
    },
    1,
    ILR_NAMES,
  );
  /** What the scanner has not read yet (an unfinished text or tag), and what it read of the open top-level element before that. */
  let unread = '';
  let recordHead = '';
  // The parser holds a text, comment, tag or attribute in memory until it ends: pieces in which
  // it met no tag add up (to within one piece; counting tags is cheaper than asking where it is).
  let quiet = 0;
  let tagsBefore = 0;

  /** Saxes reads on from the scanner's anchor in `buf`, of which the piece being read starts at `pieceStart`. */
  const handOver = (buf: string, pieceStart: number): void => {
    mode = 'saxes';
    const anchor = scanner.anchor;
    const before = anchor < 0 ? recordHead + buf.slice(0, pieceStart) : anchor < pieceStart ? buf.slice(anchor, pieceStart) : '';
    const rest = buf.slice(Math.max(anchor, pieceStart));
    unread = '';
    recordHead = '';
    // The open top-level element is read again, from its start; the tags of earlier pieces were counted.
    stack.length = 1;
    tags = tagsBefore;
    countTags = false;
    parser.line = scanner.anchorLine;
    parser.column = scanner.anchorColumn;
    write(before);
    countTags = true;
    if (rest !== '') write(rest);
  };
  const newlines = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
    return n;
  };
  const scanPlain = (piece: string): void => {
    const buf = unread + piece;
    const pieceStart = unread.length;
    try {
      scanner.scan(buf);
    } catch (error) {
      // A bound passed: saxes reads the element again and refuses the file in its words.
      if (!(error instanceof FileFault)) throw error;
    }
    // A run longer than a tag may be held, or a top-level element longer than a run: saxes decides.
    const run = tags === tagsBefore ? quiet + piece.length : 0;
    if (scanner.stopped || run > MAX_RUN) return handOver(buf, pieceStart);
    const { anchor, consumed } = scanner;
    if (scanner.inRecord) {
      const head = anchor < 0 ? recordHead + buf.slice(0, consumed) : buf.slice(anchor, consumed);
      if (head.length > MAX_RUN) return handOver(buf, pieceStart);
      recordHead = head;
      scanner.anchor = -1;
      scanner.offset += consumed;
    } else {
      recordHead = '';
      scanner.offset += consumed;
      scanner.anchor = 0;
      scanner.anchorLine = scanner.line;
      scanner.anchorColumn = scanner.offset - scanner.lineStart;
    }
    unread = buf.slice(consumed);
  };
  const read = (piece: string): void => {
    if (mode === 'saxes') {
      noteBareAmp(piece, parser.line);
      write(piece);
    } else if (mode === 'plain') {
      if (piece.includes('&')) noteBareAmp(piece, scanner.line + newlines(unread));
      scanPlain(piece);
    } else {
      noteBareAmp(piece, parser.line);
      const prolog = PROLOG.exec(piece)?.[0];
      if (prolog === undefined) {
        mode = 'saxes';
        write(piece);
        return;
      }
      write(prolog);
      if (stack.length !== 1 || declarations.length !== 1 || pending !== null) {
        mode = 'saxes';
        write(piece.slice(prolog.length));
        return;
      }
      mode = 'plain';
      scanner.line = parser.line;
      scanner.anchorLine = parser.line;
      scanner.lineStart = -parser.column;
      scanPlain(piece.slice(prolog.length));
    }
  };

  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PIECE) {
      const piece = chunk.slice(at, at + PIECE);
      read(piece);
      quiet = tags === tagsBefore ? quiet + piece.length : 0;
      tagsBefore = tags;
      if (quiet > MAX_RUN) {
        const amp = bareAmpFault();
        if (amp) throw amp;
        throw new FileFault(
          `The file has more than ${count(MAX_RUN)} characters without an element (a text, comment or tag that long); no ILR file has, so it was refused.`,
          parser.line,
        );
      }
      while (queue.length > 0) yield queue.shift() as IlrXmlEvent;
    }
  }
  if (mode === 'plain') handOver(unread, unread.length);
  write(null);
  if (!sawRoot) throw new FileFault('The file holds no ILR <Message> element.');
  sendHeader();
  while (queue.length > 0) yield queue.shift() as IlrXmlEvent;
}
