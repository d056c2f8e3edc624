// Streams an ILR XML file into one small tree per top-level record (a Learner, a
// LearnerDestinationandProgression), so memory stays flat whatever the file size. The header is
// read first and handed over before any record.
//
// Safety: saxes never fetches external entities and never expands entities a DTD declares (it
// reports them as undefined); an ILR file has no business carrying a DOCTYPE, so one refuses the file.
import { SaxesParser } from 'saxes';

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

export async function* readIlrXml(chunks: AsyncIterable<string>): AsyncGenerator<IlrXmlEvent> {
  const parser = new SaxesParser({ position: true });
  const queue: IlrXmlEvent[] = [];
  const stack: XmlNode[] = [];
  let namespace: string | null = null;
  let sawRoot = false;
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

  parser.on('doctype', () => {
    throw new FileFault('The file declares a DOCTYPE, which an ILR file never does; it was refused unread for safety.', parser.line);
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'Message') {
        throw new FileFault(`The root element is <${tag.name}>, not the ILR's <Message>.`, parser.line);
      }
      const xmlns = tag.attributes.xmlns;
      namespace = typeof xmlns === 'string' ? xmlns : null;
      stack.push({ name: tag.name, line: parser.line, text: '', children: [] });
      return;
    }
    const node: XmlNode = { name: tag.name, line: parser.line, text: '', children: [] };
    const parent = stack[stack.length - 1];
    if (stack.length === 1 && !ENVELOPE_ELEMENTS.has(tag.name)) sendHeader();
    if (parent && stack.length > 1) parent.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top && stack.length > 1) top.text += text;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (!node) return;
    node.text = node.text.trim();
    if (stack.length !== 1) return;
    if (node.name === 'Header') header = node;
    else if (node.name === 'LearningProvider') providerUkprn = childText(node, 'UKPRN');
    else if (RECORD_ELEMENTS.has(node.name)) queue.push({ kind: 'record', node });
    else if (!ENVELOPE_ELEMENTS.has(node.name)) queue.push({ kind: 'unknown', node });
  });

  let sawContent = false;
  const write = (chunk: string | null) => {
    if (chunk !== null && !sawContent && chunk.trim() !== '') sawContent = true;
    if (chunk === null && !sawContent) throw new FileFault('The file is empty: it holds no XML at all.');
    try {
      parser.write(chunk);
    } catch (error) {
      if (error instanceof FileFault) throw error;
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

  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PIECE) {
      write(chunk.slice(at, at + PIECE));
      while (queue.length > 0) yield queue.shift() as IlrXmlEvent;
    }
  }
  write(null);
  if (!sawRoot) throw new FileFault('The file holds no ILR <Message> element.');
  sendHeader();
  while (queue.length > 0) yield queue.shift() as IlrXmlEvent;
}
