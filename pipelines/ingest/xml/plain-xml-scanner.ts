// A scanner for the plain XML nearly every ILR file is written in, about twice as fast as saxes:
// elements without attributes, text with at most the five predefined entities, no comments, CDATA,
// processing instructions or carriage returns. It reads what saxes would read and reports it the
// same way (elements with the line of their `>`, text with entities replaced) to the same sink; at
// anything else — and at anything saxes would refuse — it stops, and says where saxes must take
// over: the start of the top-level element it is in (or of the text or tag it stopped at, between
// them), so that saxes reads the file from there exactly as if it had read it all
// (read-ilr-xml.ts). It never decides that a file is faulty: saxes does, with its own words.

export interface PlainXmlSink {
  /** An element opens below the root, written as `name`, its `>` on `line`. */
  openElement(name: string, line: number): void;
  closeElement(): void;
  /** Text inside an element below the root; `blank` when it is only spaces, tabs and newlines. */
  text(text: string, blank: boolean): void;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with the five predefined entities replaced, or null if it holds any other `&`. */
function replaceEntities(text: string): string | null {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    const entity = semi < 0 ? '' : text.slice(amp + 1, semi);
    if (!Object.hasOwn(PREDEFINED, entity)) return null;
    out += text.slice(from, amp) + (PREDEFINED[entity] as string);
    from = semi + 1;
  }
  return out + text.slice(from);
}

/** A–Z, a–z and _ start a plain name; digits, `.` and `-` may follow. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** Slots of the table of known names: a power of two, several times the ILR's few hundred names. */
const NAME_SLOTS = 2048;

/** The hash the scanner computes as it reads a name (characters `from`…`to` of `text`). */
function nameHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let k = from; k < to; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return hash;
}

export class PlainXmlScanner {
  /** The line of `consumed`. */
  line: number;
  /** How much of the text last scanned was read; the rest is an unfinished text or tag. */
  consumed = 0;
  /** Whether the scanner stopped at something it does not read (see the top of this file). */
  stopped = false;
  /**
   * Where saxes may take over, in the text last scanned: the start of the open top-level element,
   * or, between top-level elements, of the first text or tag not yet read. -1 when the open
   * top-level element started in an earlier text.
   */
  anchor = 0;
  anchorLine: number;
  /** The anchor's column (saxes' count: characters since the last newline). */
  anchorColumn = 0;
  /** Where the text scanned next starts, counted in characters from an origin of the caller's. */
  offset = 0;
  /** Where the line `line` starts, from the same origin. */
  lineStart = 0;
  /** Written names of the open elements below the root. */
  private readonly open: string[] = [];
  /**
   * The names the caller expects, by a hash of their characters (open addressing): an element of one
   * of them is given that very string, not a new copy of it, so later look-ups by name compare one
   * pointer with another and the copy is never made.
   */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);

  constructor(
    private readonly sink: PlainXmlSink,
    line: number,
    knownNames: Iterable<string> = [],
  ) {
    this.line = line;
    this.anchorLine = line;
    let count = 0;
    for (const name of knownNames) {
      if (++count > NAME_SLOTS / 2) break;
      if (name.length === 0 || !isNameStart(name.charCodeAt(0)) || ![...name].every((ch) => isNameChar(ch.charCodeAt(0)))) continue;
      let at = nameHash(name, 0, name.length) & (NAME_SLOTS - 1);
      while (this.names[at] !== undefined && this.names[at] !== name) at = (at + 1) & (NAME_SLOTS - 1);
      this.names[at] = name;
    }
  }

  /** Whether a top-level element is open. */
  get inRecord(): boolean {
    return this.open.length > 0;
  }

  /** The known name written at `from`…`to` of `buf`, if it is one. */
  private known(buf: string, from: number, to: number, hash: number): string | undefined {
    const { names } = this;
    for (let at = hash & (NAME_SLOTS - 1); ; at = (at + 1) & (NAME_SLOTS - 1)) {
      const name = names[at];
      if (name === undefined) return undefined;
      if (name.length === to - from && buf.startsWith(name, from)) return name;
    }
  }

  /** Reads `buf` (the unfinished rest of the last text, then new text) as far as it can. */
  scan(buf: string): void {
    const { open, sink } = this;
    const n = buf.length;
    let i = 0;
    let line = this.line;
    if (open.length > 0) this.anchor = -1;
    this.consumed = 0;
    this.stopped = true;
    try {
      while (i < n) {
        if (open.length === 0) {
          this.anchor = i;
          this.anchorLine = line;
          this.anchorColumn = this.offset + i - this.lineStart;
        }
        let c = buf.charCodeAt(i);
        if (c !== 60) {
          // Text, to the next `<`: what saxes refuses, or reads in a way of its own, stops the scanner.
          let k = i;
          let blank = true;
          let amp = false;
          let textLine = line;
          let newline = -1;
          for (; k < n; k++) {
            c = buf.charCodeAt(k);
            if (c === 60) break;
            if (c === 10) {
              textLine++;
              newline = k;
            } else if (c === 32 || c === 9) continue;
            else if (c < 32 || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))) return;
            else if (c === 38) amp = true;
            else if (c === 62 && k >= i + 2 && buf.charCodeAt(k - 1) === 93 && buf.charCodeAt(k - 2) === 93) return;
            blank = false;
          }
          if (k === n) break;
          if (open.length > 0) {
            let text = buf.slice(i, k);
            if (amp) {
              const replaced = replaceEntities(text);
              if (replaced === null) return;
              text = replaced;
            }
            sink.text(text, blank);
          } else if (amp && replaceEntities(buf.slice(i, k)) === null) {
            return;
          }
          line = textLine;
          if (newline >= 0) this.lineStart = this.offset + newline + 1;
          i = k;
          this.line = line;
          this.consumed = i;
          if (open.length === 0) {
            this.anchor = i;
            this.anchorLine = line;
            this.anchorColumn = this.offset + i - this.lineStart;
          }
        }
        if (i + 1 >= n) break;
        c = buf.charCodeAt(i + 1);
        if (c === 47) {
          // A close tag: the name of the element open, and nothing else.
          const top = open[open.length - 1];
          if (top === undefined) return;
          const end = i + 2 + top.length;
          if (end >= n) break;
          if (buf.charCodeAt(end) !== 62 || !buf.startsWith(top, i + 2)) return;
          open.pop();
          sink.closeElement();
          i = end + 1;
        } else {
          if (!isNameStart(c)) return;
          let k = i + 2;
          let hash = c;
          for (; k < n; k++) {
            c = buf.charCodeAt(k);
            if (!isNameChar(c)) break;
            hash = (Math.imul(hash, 31) + c) | 0;
          }
          if (k + 1 >= n) break;
          const selfClosing = c === 47;
          if (selfClosing ? buf.charCodeAt(k + 1) !== 62 : c !== 62) return;
          const name = this.known(buf, i + 1, k, hash) ?? buf.slice(i + 1, k);
          sink.openElement(name, line);
          if (selfClosing) {
            sink.closeElement();
            i = k + 2;
          } else {
            open.push(name);
            i = k + 1;
          }
        }
        this.consumed = i;
      }
      this.consumed = i;
      this.stopped = false;
    } finally {
      this.line = line;
      if (this.stopped && open.length === 0) {
        // Saxes takes over from the text or tag the scanner stopped in.
        this.anchor = this.consumed;
        this.anchorLine = line;
        this.anchorColumn = this.offset + this.consumed - this.lineStart;
      }
    }
  }
}
