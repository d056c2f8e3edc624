// Replays the agency's own rule tests (agency-replay.cases.ts) through the real loader: each case's
// learner is written into an ILR return, ingested, and the rule of the case's name must fire on
// that learner (or not), as the agency's test says. Cases replayed in the same year and with the
// same file date share one return, one learner each; what is found stays per learner (by
// LearnRefNumber), and no rule reads across learners, so they cannot disturb each other.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import { RULES } from '../../pipelines/validate/rules/index.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { returnXml, writeReturns, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';
import { AGENCY_CASES, type AgencyCase } from './agency-replay.cases.ts';

const replayYear = (c: AgencyCase): number => c.replayYear ?? c.year;
/** A file date inside the year, unless the test sets one. */
const preparedOn = (c: AgencyCase): string => c.preparedOn ?? `${replayYear(c) + 1}-06-30`;
const refOf = (i: number): string => `AR${String(i).padStart(5, '0')}`;

/** Takes out of each learner the elements its case omits (the builder writes DateOfBirth always). */
const withOmissions = (xml: string): string =>
  xml.replace(/<Learner><LearnRefNumber>AR(\d{5})<\/LearnRefNumber>.*?<\/Learner>/g, (learner, i: string) => {
    const omit = AGENCY_CASES[Number(i)]?.omit ?? [];
    return omit.reduce((x, e) => x.replace(new RegExp(`<${e}>[^<]*</${e}>`), ''), learner);
  });

const NO_DEFAULTS = { employment: null, priorAttain: null, planLearnHours: null, planEEPHours: null, mathGrade: null, engGrade: null } as const;

let w: Warehouse;
/** The rules found on each case's learner, by LearnRefNumber. */
const found = new Map<string, Set<string>>();

beforeAll(async () => {
  w = await freshWarehouse();
  const returns = new Map<string, FixtureReturn>();
  AGENCY_CASES.forEach((c, i) => {
    const key = `${replayYear(c)} ${preparedOn(c)}`;
    let r = returns.get(key);
    if (!r) {
      r = { ukprn: 10_009_000 + returns.size, year: replayYear(c), preparedOn: preparedOn(c), learners: [] };
      returns.set(key, r);
    }
    // The learner as the agency's test builds it: none of the fields and records the fixture
    // builder fills in by default (ilr-xml.ts) unless the test sets them.
    const aims = c.learner.aims.map((a) => ({ prices: false as const, ...a }));
    r.learners.push({ ...NO_DEFAULTS, ...c.learner, aims, learnRefNumber: refOf(i) });
  });
  const all = [...returns.values()];
  const paths = writeReturns(all);
  for (const [k, path] of paths.entries()) {
    writeFileSync(path, withOmissions(returnXml(all[k] as FixtureReturn)));
    const summary = await ingestFile(w, path);
    if (summary.status !== 'loaded') throw new Error(`A replay return did not load: ${summary.message}`);
  }
  for (const q of await rows(w, 'select distinct learn_ref_number, rule_id from quarantine.records')) {
    const ref = String(q.learn_ref_number);
    const set = found.get(ref) ?? new Set<string>();
    set.add(String(q.rule_id));
    found.set(ref, set);
  }
}, 120_000);
afterAll(async () => w.close());

const ours = new Set(RULES.map((r) => r.id));
const name = (c: AgencyCase): string =>
  `${c.rule}: ${c.source.repo.slice(7, 11)} ${c.source.testClass}.${c.source.method} ${c.expect}${c.knownDifference ? ' (known difference)' : ''}`;

describe('the agency\'s rule tests, replayed', () => {
  it('name only rules we implement, and reach many of them', () => {
    expect(AGENCY_CASES.filter((c) => !ours.has(c.rule)).map((c) => c.rule)).toEqual([]);
    expect(new Set(AGENCY_CASES.map((c) => c.rule)).size).toBeGreaterThanOrEqual(60);
  });

  it.each(AGENCY_CASES.map((c, i) => [name(c), c, i] as const))('%s', (_, c, i) => {
    const onLearner = [...(found.get(refOf(i)) ?? [])];
    // The learner passed the schema checks, so the rules were run on it (a silent case proves nothing otherwise).
    expect(onLearner.filter((r) => r.startsWith('FD_') || r.startsWith('Schema_'))).toEqual([]);
    const fired = onLearner.includes(c.rule);
    const agencyFires = c.expect === 'fires';
    // A known difference is asserted to still differ, so that it is noticed when it is settled.
    expect(fired).toBe(c.knownDifference ? !agencyFires : agencyFires);
  });
});
