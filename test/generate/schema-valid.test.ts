// Every generated XML file validates against the agency's schema for its year (xmllint --schema):
// 2018/19 and 2025/26 as published, the years between derived from the nearer one
// (test/generate/derived-xsd.ts). The schema checks element order, namespaces, types and code
// shapes; the checks below cover what it cannot (file names, ULN check digits, dates in range).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundingYear, yearCode } from '../../pipelines/ilr/dates.ts';
import { TEMPORARY_ULN, isUlnChecksumValid } from '../../pipelines/ilr/uln.ts';
import { writeDerivedXsds } from './derived-xsd.ts';
import { generateSample, type Sample } from './generated-sample.ts';

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const XMLLINT = '/usr/bin/xmllint';

const values = (xml: string, element: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, 'g'))].map((m) => m[1] ?? '');

describe('generated ILR XML, 2018/19 to 2025/26', () => {
  let sample: Sample;
  let xsds: Map<number, string>;

  beforeAll(async () => {
    // Nine providers, so the sample holds a college, a training provider and an offender-learning provider.
    sample = await generateSample({ providers: 9, learnersPerProvider: 12, firstYear: 2018, lastYear: 2025, format: 'xml', seed: 7 });
    xsds = writeDerivedXsds(YEARS);
  });

  it('writes one file per provider and year, named ILR-<UKPRN>-<YYYY>-<yyyymmdd>-<hhmmss>-01.xml after its header', () => {
    expect(sample.names).toHaveLength(9 * YEARS.length);
    for (const name of sample.names) {
      const m = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-01\.xml$/.exec(name);
      expect(m, name).not.toBeNull();
      const xml = readFileSync(join(sample.dir, name), 'utf8').slice(0, 2000);
      expect(values(xml, 'UKPRN')[0]).toBe(m?.[1]);
      expect(values(xml, 'Year')[0]).toBe(m?.[2]);
      expect(values(xml, 'FilePreparationDate')[0]?.replaceAll('-', '')).toBe(m?.[3]);
      expect(values(xml, 'DateTime')[0]?.replace(/\D/g, '').slice(8)).toBe(m?.[4]);
    }
  });

  for (const year of YEARS) {
    it(`validates every ${yearCode(year)} file with xmllint --schema`, () => {
      const files = sample.names.filter((n) => n.split('-')[2] === yearCode(year));
      expect(files.length).toBeGreaterThan(0);
      for (const name of files) {
        const path = join(sample.dir, name);
        const run = () => execFileSync(XMLLINT, ['--noout', '--schema', xsds.get(year) ?? '', path], { stdio: 'pipe' });
        expect(run, name).not.toThrow();
      }
    });
  }

  it('writes ULNs that pass the check digit (DD01), with a few temporary ULNs', () => {
    const ulns = sample.names.flatMap((n) => values(readFileSync(join(sample.dir, n), 'utf8'), 'ULN'));
    expect(ulns.length).toBeGreaterThan(1000);
    expect(ulns.filter((u) => !isUlnChecksumValid(u))).toEqual([]);
    expect(ulns.filter((u) => u === TEMPORARY_ULN).length).toBeGreaterThan(0);
  });

  it('keeps every date of a return in range: starts by the year end, actual ends by the file date', () => {
    for (const name of sample.names) {
      const xml = readFileSync(join(sample.dir, name), 'utf8');
      const year = Number(`20${name.split('-')[2]?.slice(0, 2)}`);
      const prepared = values(xml, 'FilePreparationDate')[0] ?? '';
      for (const start of values(xml, 'LearnStartDate')) expect(fundingYear(start)).toBeLessThanOrEqual(year);
      for (const end of values(xml, 'LearnActEndDate')) expect(end <= prepared).toBe(true);
      for (const dob of values(xml, 'DateOfBirth')) expect(dob > '1940-01-01' && dob < `${year - 13}-09-01`).toBe(true);
    }
  });

  it('carries funding, employment, offender-learning and destination content where each belongs', () => {
    const byYear = (y: number) => sample.names.filter((n) => n.split('-')[2] === yearCode(y)).map((n) => readFileSync(join(sample.dir, n), 'utf8')).join('');
    const all = YEARS.map(byYear);
    const everything = all.join('');
    expect(everything).toContain('<LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>107</LearnDelFAMCode>');
    expect(everything).toContain('<LearnDelFAMType>ACT</LearnDelFAMType><LearnDelFAMCode>1</LearnDelFAMCode>');
    expect(everything).toContain('<LearnDelFAMType>LDM</LearnDelFAMType><LearnDelFAMCode>034</LearnDelFAMCode>');
    expect(everything).toContain('<LearnerEmploymentStatus><EmpStat>10</EmpStat>');
    // Destinations to 2023/24 only (the entity was removed from 2024/25).
    YEARS.forEach((y, i) => expect((all[i] ?? '').includes('<DPOutcome>'), String(y)).toBe(y <= 2023));
    // Frameworks (FworkCode) in the 2018/19 layout; PriorAttain an entity in the 2025/26 layout.
    expect(byYear(2019)).toContain('<FworkCode>');
    expect(byYear(2024)).toContain('<PriorAttain><PriorLevel>');
  });
});
