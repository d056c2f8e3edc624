// `--errors RATE` injects a recorded number of each fault the loader catches; the loader must find
// every one of them, under its own rule, and nothing else. The expected counts come from the
// generator's record of what it injected (injected-errors.csv), the found ones from the loader's
// quarantine: the two are compared rule by rule and learner by learner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS_FILE } from '../../pipelines/generate/generate.ts';
import { INJECTED_RULES, type InjectedRule } from '../../pipelines/generate/inject-errors.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample, type Sample } from './generated-sample.ts';

// Rules the loader on this branch does not report yet (the ingestion branch adds them): their
// faults are injected and recorded, and these cases wait for that merge. LearnPlanEndDate_02,
// LearnActEndDate_01 and CompStatus_06 are not implemented; Schema_Type is raised by
// parse-fields.ts but ingest-file.ts does not pass MappedLearner.issues on to the quarantine.

interface Injected {
  file: string;
  rule_id: string;
  learn_ref_number: string;
}

describe('ilr generate --errors, through the real loader', () => {
  let sample: Sample;
  let w: Warehouse;
  let injected: Injected[];
  let found: { file_name: string; rule_id: string; location: string; severity: string }[];

  beforeAll(async () => {
    sample = await generateSample({ providers: 4, learnersPerProvider: 90, firstYear: 2023, lastYear: 2025, format: 'xml', seed: 11, errorRate: 0.01 });
    injected = parse(readFileSync(join(sample.dir, ERRORS_FILE), 'utf8'), { columns: true }) as Injected[];
    w = await freshWarehouse();
    const summaries = await ingestAll(w, sample.names.map((n) => join(sample.dir, n)));
    expect(summaries.every((s) => s.status === 'loaded')).toBe(true);
    found = (
      await rows(
        w,
        `select b.file_name, q.rule_id, q.location, q.severity
         from quarantine.records q inner join meta.batches b using (batch_id)`,
      )
    ).map((r) => ({ file_name: String(r.file_name), rule_id: String(r.rule_id), location: String(r.location), severity: String(r.severity) }));
  });

  afterAll(() => w?.close());

  it('records what it injected: about RATE of learners per rule, summed in the summary', () => {
    const summary = JSON.parse(readFileSync(join(sample.dir, 'injected-errors.json'), 'utf8')) as { total: number; byRule: Record<string, number> };
    expect(summary.total).toBe(injected.length);
    const learners = sample.files.reduce((n, f) => n + f.learners, 0);
    for (const rule of INJECTED_RULES) {
      const n = injected.filter((f) => f.rule_id === rule).length;
      expect(summary.byRule[rule], rule).toBe(n);
      // 1% of the learners, give or take chance: at least a handful of each, never a flood.
      expect(n, rule).toBeGreaterThan(learners * 0.003);
      expect(n, rule).toBeLessThan(learners * 0.02);
    }
  });

  for (const rule of INJECTED_RULES) {
    it(`finds every ${rule} fault, in the file and learner it was injected into, and no more`, () => {
      const expected = injected.filter((f) => f.rule_id === rule).map((f) => `${f.file} ${f.learn_ref_number}`).sort();
      const got = found
        .filter((q) => q.rule_id === rule)
        .map((q) => `${q.file_name} ${/learner (\S+?)(,|$)/.exec(q.location)?.[1] ?? q.location}`)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(got).toEqual(expected);
    });
  }

  it('finds no error the generator did not inject', () => {
    const injectedRules = new Set<string>(INJECTED_RULES);
    expect(found.filter((q) => q.severity === 'error' && !injectedRules.has(q.rule_id))).toEqual([]);
  });
});
