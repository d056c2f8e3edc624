// Decodes the bytes of an XML file as the file itself says they are encoded (XML 1.0, appendix
// F): a byte-order mark decides; without one, the encoding named by the <?xml … encoding="…"?>
// declaration; without that, UTF-8. A byte the encoding cannot read refuses the file rather than
// becoming U+FFFD: learner references "Ré1" and "Rè1" must not collapse into one.
import iconv from 'iconv-lite';
import { FileFault } from './read-ilr-xml.ts';

/** Enough of the start of a file to hold its byte-order mark and XML declaration. */
const SNIFF_BYTES = 1024;

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32 before UTF-16: FF FE 00 00 also starts like a UTF-16LE mark.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** `<?` written two or four bytes a character, with no byte-order mark. */
const WIDE_STARTS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x3c, 0x00, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0x00, 0x3c], encoding: 'utf-32be' },
  { bytes: [0x3c, 0x00, 0x3f, 0x00], encoding: 'utf-16le' },
  { bytes: [0x00, 0x3c, 0x00, 0x3f], encoding: 'utf-16be' },
];

const startsWith = (head: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

const DECLARED = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;

export interface Sniffed {
  /** An encoding name iconv-lite knows, or 'utf-8'. */
  encoding: string;
  /** How the file says so, for a refusal: "The file …, but byte N is not …". */
  says: string;
}

/** The encoding of a file from its first bytes (at least SNIFF_BYTES of them, unless the file is shorter). */
export function sniffEncoding(head: Uint8Array): Sniffed {
  const bom = BOMS.find((b) => startsWith(head, b.bytes));
  if (bom) return { encoding: bom.encoding, says: `starts with a ${bom.encoding.toUpperCase()} byte-order mark` };
  const wide = WIDE_STARTS.find((b) => startsWith(head, b.bytes));
  if (wide) return { encoding: wide.encoding, says: `is written in ${wide.encoding.toUpperCase()}` };
  // Written one byte a character: the declaration, if any, is ASCII.
  const declared = DECLARED.exec(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1'))?.[2] ?? null;
  if (declared === null) return { encoding: 'utf-8', says: 'names no encoding, so is UTF-8' };
  const name = declared.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return { encoding: 'utf-8', says: `says it is encoded as ${declared}` };
  // A declaration of UTF-16 or UTF-32 written one byte a character is a slip (.NET writers make
  // it): the bytes are read as UTF-8, which refuses them if they are not.
  if (/^(utf|ucs)-?(16|32|2|4)/.test(name)) return { encoding: 'utf-8', says: `declares ${declared} but is written one byte a character, so is read as UTF-8` };
  if (!iconv.encodingExists(name)) {
    throw new FileFault(
      `The file declares its encoding as "${declared}", which the loader cannot read; save it as UTF-8 (or declare the encoding it was saved in) and offer it again.`,
    );
  }
  return { encoding: name, says: `says it is encoded as ${declared}` };
}

/**
 * The text of an XML file, from its bytes, decoded as the file says (see the top of this file).
 * `onBytes` is told how many bytes each chunk held, for a progress bar.
 */
export async function* decodeXml(bytes: AsyncIterable<Uint8Array>, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const iterator = bytes[Symbol.asyncIterator]();
  // The first bytes, until there are enough to tell the encoding.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    onBytes?.(next.value.length);
    head.push(next.value);
    headLength += next.value.length;
  }
  const first = Buffer.concat(head);
  const sniffed = sniffEncoding(first);
  let offset = 0;
  const notReadable = (at: number): FileFault =>
    new FileFault(
      `The file ${sniffed.says}, but byte ${(at + 1).toLocaleString('en-GB')} or one soon after is not ${sniffed.encoding.toUpperCase()}; save it as UTF-8, or declare the encoding it was saved in (<?xml version="1.0" encoding="windows-1252"?>), and offer it again.`,
    );

  if (sniffed.encoding === 'utf-8') {
    // TextDecoder drops a UTF-8 byte-order mark and, being fatal, throws on a byte that is not UTF-8.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decode = (chunk: Uint8Array | undefined): string => {
      try {
        return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
      } catch {
        throw notReadable(offset + firstBadUtf8(chunk ?? new Uint8Array()));
      }
    };
    yield decode(first);
    offset += first.length;
    while (!ended) {
      const next = await iterator.next();
      if (next.done) break;
      onBytes?.(next.value.length);
      const text = decode(next.value);
      offset += next.value.length;
      yield text;
    }
    const tail = decode(undefined);
    if (tail) yield tail;
    return;
  }

  // Any other encoding, through iconv-lite (which drops a UTF-16 or UTF-32 byte-order mark). It
  // writes U+FFFD for a byte it cannot read, and no ILR file may hold that character.
  const decoder = iconv.getDecoder(sniffed.encoding);
  const checked = (text: string): string => {
    if (text.includes('\uFFFD')) throw notReadable(offset);
    return text;
  };
  yield checked(decoder.write(first));
  offset += first.length;
  while (!ended) {
    const next = await iterator.next();
    if (next.done) break;
    onBytes?.(next.value.length);
    const text = checked(decoder.write(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)));
    offset += next.value.length;
    yield text;
  }
  const tail = decoder.end();
  if (tail) yield checked(tail);
}

/** Where in `chunk` the first byte that breaks UTF-8 is, roughly: only to say so in the refusal. */
function firstBadUtf8(chunk: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(chunk);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? chunk.length : Buffer.byteLength(text.slice(0, at));
}
