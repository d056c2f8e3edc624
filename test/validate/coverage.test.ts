// docs/validation-coverage.md lists every live rule of the 2025/26 catalogue with its state in the
// code (issue 15, point 4). It is generated (pipelines/validate/coverage.ts); this test regenerates
// it in memory and fails when the file on disk is out of date — a rule added, or an override
// changed, without `npm run rules:coverage`. The classification itself is checked on rules whose
// state the catalogue's wording makes plain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, COVERAGE_DOC, coverageMarkdown, readCatalogue, type Coverage } from '../../pipelines/validate/coverage.ts';

const coverage = classify(readCatalogue());
const of = (name: string): Coverage | undefined => coverage.find((c) => c.rule.name === name);
/** The states the catalogue's wording gives, as if nothing were implemented: rules get implemented as the day goes on. */
const byWording = classify(readCatalogue(), new Map());
const stateOf = (name: string): string | undefined => byWording.find((c) => c.rule.name === name)?.state;

describe('the catalogue coverage listing', () => {
  it(`is up to date in ${COVERAGE_DOC}`, () => {
    const onDisk = readFileSync(new URL(`../../${COVERAGE_DOC}`, import.meta.url), 'utf8');
    const fresh = coverageMarkdown(coverage);
    // Not toEqual on the whole text: the message says what to run rather than printing 900 lines.
    expect(onDisk === fresh, `${COVERAGE_DOC} is out of date with the code: run \`npm run rules:coverage\` to regenerate it.`).toBe(true);
  });

  it('lists each live rule once: 881 rows less 41 deleted, less FD_FINAMOUNT_MA given twice', () => {
    // The catalogue has 881 rules: 764 Active, 52 Changed, 24 New (840 live) and 41 Deleted.
    expect(coverage).toHaveLength(839);
    expect(new Set(coverage.map((c) => c.rule.name)).size).toBe(839);
    expect(of('FD_FINAMOUNT_MA')).toBeDefined();
  });

  it('says where an implemented rule lives: a record rule, a file check, an FD rule', () => {
    expect(of('ULN_04')).toMatchObject({ state: 'implemented', file: 'pipelines/validate/rules/learner/uln.ts' });
    expect(of('LearnStartDate_03')).toMatchObject({ state: 'implemented', file: 'pipelines/validate/rules/learning-delivery/learn-start-date.ts' });
    expect(of('ZIP_CORRUPT')).toMatchObject({ state: 'implemented', file: 'pipelines/ingest/file-source.ts' });
    expect(of('FD_ULN_MA')).toMatchObject({ state: 'implemented', file: 'pipelines/validate/field-definitions.ts' });
  });

  it('names the reference data a rule needs', () => {
    // LearnAimRef_* and rules that consult LARS; the Learner Register; the employer data service
    // (EDS); the ONS postcode list; the UKPRN table; EPA organisations; the FCS contracts.
    expect(stateOf('LearnAimRef_30')).toBe('needs LARS');
    expect(stateOf('AddHours_03')).toBe('needs LARS');
    expect(stateOf('ULN_05')).toBe('needs ULN register');
    expect(stateOf('EmpId_01')).toBe('needs employer register');
    expect(stateOf('Postcode_14')).toBe('needs postcodes');
    expect(stateOf('PrevUKPRN_01')).toBe('needs provider register');
    expect(stateOf('EPAOrgID_01')).toBe('needs organisation data');
    expect(stateOf('UKPRN_06')).toBe('needs funding/contract data');
  });

  it('tells rules that need no reference data from those that do', () => {
    // A postcode's format is decidable (at the door); an FD pattern rule on EPAOrgID is not about
    // the EPA organisations; an ACT "contract type" is not a funding contract.
    expect(stateOf('Postcode_15')).toBe('not yet implemented');
    expect(stateOf('FD_EPAOrgID_AP')).toBe('not yet implemented');
    expect(stateOf('R_105')).not.toMatch(/^needs/);
  });

  it('marks derived-data definitions, submission-service checks and personal fields not applicable', () => {
    expect(stateOf('DD07')).toBe('not applicable');
    expect(stateOf('Inconsistent UKPRN')).toBe('not applicable');
    expect(stateOf('NINumber_01')).toBe('not applicable');
    expect(stateOf('FD_FamilyName_AL')).toBe('not applicable');
  });
});
