// The agency publishes the XSD for 2018/19 and 2025/26 only (shared/domain/schemas). A year between
// follows the nearer one, with its own namespace and Year code substituted; 2022/23 and 2023/24
// follow 2025/26 but still carried LearnerDestinationandProgression (removed from 2024/25,
// ilr-reference.md §1a.4), so that entity is grafted back from the 2018/19 schema for them; 2019/20
// to 2021/22 follow 2018/19 but carried PHours and OTJActHours (new in 2019/20), grafted in from 2025/26.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yearCode } from '../../pipelines/ilr/dates.ts';
import { SHARED_DIR } from '../support/shared.ts';
import { hasDestinations, hasHours, layoutFor, namespaceFor } from '../../pipelines/generate/write-xml.ts';

export const SCHEMAS_DIR = join(SHARED_DIR, 'domain/schemas/');

const read = (name: string) => readFileSync(join(SCHEMAS_DIR, name), 'utf8');

/** The whole `<xs:element name="LearnerDestinationandProgression">…</xs:element>` of the 2018/19 schema. */
function destinationElement(xsd1819: string): string {
  const start = xsd1819.indexOf('<xs:element name="LearnerDestinationandProgression"');
  if (start < 0) throw new Error('the 2018/19 schema has no LearnerDestinationandProgression element');
  const tags = /<xs:element\b[^>]*?(\/?)>|<\/xs:element>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(xsd1819); m !== null; m = tags.exec(xsd1819)) {
    if (m[0].startsWith('</')) depth -= 1;
    else if (m[1] !== '/') depth += 1;
    if (depth === 0) return xsd1819.slice(start, m.index + m[0].length);
  }
  throw new Error('the LearnerDestinationandProgression element of the 2018/19 schema does not close');
}

/**
 * PHours and OTJActHours, new in 2019/20 just before ProgType (as the 2025/26 schema has them), for
 * the years from 2019/20 that follow the 2018/19 layout.
 */
function withHours(xsd: string, xsd2526: string): string {
  const from = xsd2526.indexOf('<xs:element name="PHours"');
  const to = xsd2526.indexOf('<xs:element name="ProgType"', from);
  const at = xsd.indexOf('<xs:element name="ProgType"');
  if (from < 0 || to < 0 || at < 0) throw new Error('the schemas have no PHours or ProgType element');
  return `${xsd.slice(0, at)}${xsd2526.slice(from, to)}${xsd.slice(at)}`;
}

export function derivedXsd(year: number): string {
  const baseYear = layoutFor(year) === '2018-19' ? 2018 : 2025;
  const base = read(baseYear === 2018 ? 'ILR-2018-19.xsd' : 'ILR-2025-26.xsd');
  let xsd = base
    .replaceAll(`"${namespaceFor(baseYear)}"`, `"${namespaceFor(year)}"`)
    .replace(`<xs:enumeration value="${yearCode(baseYear)}"/>`, `<xs:enumeration value="${yearCode(year)}"/>`);
  if (baseYear === 2018 && hasHours(year)) xsd = withHours(xsd, read('ILR-2025-26.xsd'));
  if (hasDestinations(year) && !xsd.includes('LearnerDestinationandProgression')) {
    const messageEnd = xsd.lastIndexOf('</xs:sequence>');
    xsd = `${xsd.slice(0, messageEnd)}${destinationElement(read('ILR-2018-19.xsd'))}\n\t\t\t${xsd.slice(messageEnd)}`;
  }
  return xsd;
}

/** Writes the derived schema of each year into a fresh folder; gives its path by year. */
export function writeDerivedXsds(years: readonly number[]): Map<number, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-xsd-'));
  return new Map(
    years.map((year) => {
      const path = join(dir, `ILR-${yearCode(year)}.xsd`);
      writeFileSync(path, derivedXsd(year));
      return [year, path];
    }),
  );
}
