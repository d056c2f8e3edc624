// The plain scanner (pipelines/ingest/xml/plain-xml-scanner.ts) reads nearly every file in place
// of saxes, and hands over to saxes at anything it does not read. Whatever the file and however
// it arrives in pieces, the reader must give what saxes alone gives: the same records (names,
// lines, text), and for a faulty file the same refusal, word for word, with the same line.
import { describe, expect, it } from 'vitest';
import { readIlrXml } from '../../pipelines/ingest/xml/read-ilr-xml.ts';
import { returnXml, type FixtureLearner } from '../support/ilr-xml.ts';

const AIM = { learnStartDate: '2020-09-01', learnPlanEndDate: '2021-06-30', compStatus: 2, learnActEndDate: '2021-06-20', outcome: 1, achDate: '2021-06-25' };
const learner = (ref: string): FixtureLearner => ({
  learnRefNumber: ref,
  mathGrade: 'A',
  aims: [AIM, { ...AIM, aimSeqNumber: 2, fams: [{ type: 'SOF', code: '105' }] }],
});
const XML = returnXml({ ukprn: 10000001, year: 2020, learners: ['A1', 'B2', 'C3', 'D4'].map(learner) });

/**
 * `xml` in pieces of `length` characters, or (0) each piece ending just after a `<`. The first piece
 * holds the root's start tag, as a reader's first piece (at least 1 KB) does: the scanner starts there.
 */
function piecesOf(xml: string, length: number): string[] {
  const start = xml.indexOf('>', xml.indexOf('<Message')) + 1;
  const rest = xml.slice(start);
  const pieces =
    length === 0
      ? rest.split('<').map((p, k, all) => (k < all.length - 1 ? `${p}<` : p))
      : Array.from({ length: Math.ceil(rest.length / length) }, (_, k) => rest.slice(k * length, (k + 1) * length));
  return [xml.slice(0, start), ...pieces];
}

/** What a reading gives: every event, then the refusal if any. */
async function reading(xml: string, pieceLength: number, plain: boolean): Promise<string> {
  async function* pieces() {
    yield* piecesOf(xml, pieceLength);
  }
  const seen: string[] = [];
  try {
    for await (const event of readIlrXml(pieces(), { plain })) seen.push(JSON.stringify(event));
    return seen.join('\n');
  } catch (error) {
    const fault = error as Error & { line?: number | null };
    return `${seen.join('\n')}\nREFUSED ${fault.name}: ${fault.message} (line ${fault.line ?? '-'})`;
  }
}

// Each edit puts, in the second learner, something the scanner reads itself or hands over at.
const EDITS: [string, (xml: string) => string][] = [
  ['as written', (x) => x],
  ['lines ending CR LF', (x) => x.replaceAll('\n', '\r\n')],
  ['a lone CR in a value', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B\r2')],
  ['a comment between learners', (x) => x.replace('<Learner><LearnRefNumber>C3', '<!-- Smith & Co --><Learner><LearnRefNumber>C3')],
  ['CDATA in a field', (x) => x.replace('<LearnRefNumber>B2</LearnRefNumber>', '<LearnRefNumber><![CDATA[B2]]></LearnRefNumber>')],
  ['the five predefined entities', (x) => x.replace('<MathGrade>A</MathGrade>', '<MathGrade>&lt;&amp;&gt;&quot;&apos;</MathGrade>')],
  ['a character reference', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B&#50;')],
  ['an undeclared entity', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B&nbsp;')],
  ['a bare ampersand', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B & 2')],
  ['an attribute', (x) => x.replace('<Learner><LearnRefNumber>B2', '<Learner id="b"><LearnRefNumber>B2')],
  ['a space before >', (x) => x.replace('<Learner><LearnRefNumber>B2', '<Learner ><LearnRefNumber>B2')],
  ['an empty element', (x) => x.replace('<LearnRefNumber>B2</LearnRefNumber>', '<LearnRefNumber>B2</LearnRefNumber><Foo/><Bar />')],
  ['a prefixed element', (x) => x.replace('<LearnRefNumber>B2', '<x:Email xmlns:x="urn:other">b@example.com</x:Email><LearnRefNumber>B2')],
  ['a processing instruction', (x) => x.replace('<LearnRefNumber>B2', '<?mis note?><LearnRefNumber>B2')],
  ['accented text', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>Bé2')],
  ['a character outside the BMP', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B😀2')],
  ['a control character', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B\u00012')],
  [']]> in text', (x) => x.replace('<LearnRefNumber>B2', '<LearnRefNumber>B]]>2')],
  ['a close tag that does not match', (x) => x.replace('<LearnRefNumber>B2</LearnRefNumber>', '<LearnRefNumber>B2</LearnRefNumbr>')],
  ['a name that is not XML', (x) => x.replace('<LearnRefNumber>B2', '<1LearnRefNumber>B2')],
  ['truncated in a learner', (x) => x.slice(0, x.indexOf('<LearnRefNumber>C3') + 20)],
  ['truncated in a tag', (x) => x.slice(0, x.indexOf('<LearnRefNumber>C3') + 9)],
  ['text after the root', (x) => `${x.trimEnd()}\nafter`],
  ['a second root', (x) => `${x.trimEnd()}<Message/>`],
  ['a DOCTYPE', (x) => x.replace('<Message', '<!DOCTYPE Message>\n<Message')],
  ['a declaration of XML 1.1', (x) => x.replace('version="1.0"', 'version="1.1"')],
  ['no declaration, all on one line', (x) => x.replace(/^<\?xml[^>]*>/, '').replaceAll('\n', '')],
];

describe('the plain scanner reads as saxes alone does', () => {
  it.each(EDITS)('%s', async (_, edit) => {
    const xml = edit(XML);
    for (const pieceLength of [xml.length, 0, 1, 2, 3, 5, 7, 11, 64, 1000]) {
      expect(await reading(xml, pieceLength, true), `in pieces of ${pieceLength}`).toBe(await reading(xml, pieceLength, false));
    }
  });

  it('reads every learner of a plain file, with its line', async () => {
    const records = (await reading(XML, XML.length, true)).split('\n').filter((e) => e.includes('"kind":"record"'));
    expect(records).toHaveLength(4);
    const lines = XML.split('\n');
    for (const [k, ref] of ['A1', 'B2', 'C3', 'D4'].entries()) {
      const event = JSON.parse(records[k] ?? '{}') as { node: { line: number; children: { name: string; text: string }[] } };
      expect(event.node.children.find((c) => c.name === 'LearnRefNumber')?.text).toBe(ref);
      expect(lines[event.node.line - 1]).toContain(`<LearnRefNumber>${ref}<`);
    }
  });
});
