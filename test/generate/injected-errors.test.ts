// `--errors RATE` gives a share RATE of the learners one fault each, of ~60 kinds, and records
// every fault (injected-errors.csv); the loader must find every one of them, under its own rule and
// the others the same fault breaks by their definitions (the csv's also_breaks; a rule named twice
// is found twice: R_06 on both records of a repeated reference), in the file,
// learner and aim it went into, and nothing else. The expected findings come from the generator's
// record, the found ones from the loader's quarantine: the two are compared rule by rule and
// learner by learner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS_FILE, ERRORS_SUMMARY_FILE, type ErrorsSummary } from '../../pipelines/generate/generate.ts';
import { INJECTED_RULES } from '../../pipelines/generate/inject-errors.ts';
import { DECIDED_FD_RULES } from '../../pipelines/validate/field-definitions.ts';
import { RULES } from '../../pipelines/validate/rules/index.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { freshWarehouse, ingestAll, rows } from '../support/warehouse.ts';
import { generateSample, type Sample } from './generated-sample.ts';

interface Injected {
  file: string;
  rule_id: string;
  learn_ref_number: string;
  aim_seq_number: string;
  also_breaks: string;
  also_warns: string;
}

interface Found {
  file: string;
  rule: string;
  learner: string;
  aim: number | null;
  severity: string;
}

const RATE = 0.35;
/** Each kind of fault is injected at least this often into the sample. */
const AT_LEAST = 3;
/** Rules the loader decides outside rules/ (its schema checks, and the whole-file checks in batch-loader.ts). */
const LOADER_CHECKS = ['Schema_Type', 'LearnRefNumber_Unique', 'R_06', 'R_59'];

const words = (list: string): string[] => (list === '' ? [] : list.split(' '));
const expectedErrors = (f: Injected): string[] => [f.rule_id, ...words(f.also_breaks)];
const at = (file: string, learner: string) => `${file} ${learner}`;

describe('ilr generate --errors, through the real loader', () => {
  let sample: Sample;
  let w: Warehouse;
  let injected: Injected[];
  let found: Found[];

  beforeAll(async () => {
    // Final returns of 2023/24 to 2025/26 (the 2020/21 and 2025/26 definitions) and the 2026/27 R04,
    // an in-year return prepared before its year ends.
    sample = await generateSample({ providers: 6, learnersPerProvider: 110, firstYear: 2023, lastYear: 2025, format: 'xml', seed: 11, errorRate: RATE, inYearReturn: true });
    injected = parse(readFileSync(join(sample.dir, ERRORS_FILE), 'utf8'), { columns: true }) as Injected[];
    w = await freshWarehouse();
    const summaries = await ingestAll(w, sample.names.map((n) => join(sample.dir, n)));
    expect(summaries.every((s) => s.status === 'loaded')).toBe(true);
    found = (
      await rows(
        w,
        `select b.file_name, q.rule_id, q.learn_ref_number, q.aim_seq_number, q.severity
         from quarantine.records q inner join meta.batches b using (batch_id)`,
      )
    ).map((r) => ({
      file: String(r.file_name),
      rule: String(r.rule_id),
      learner: String(r.learn_ref_number),
      aim: typeof r.aim_seq_number === 'number' ? r.aim_seq_number : null,
      severity: String(r.severity),
    }));
  }, 120_000);

  afterAll(() => w?.close());

  it('injects faults for the loader’s own rules, each kind once', () => {
    const known = new Set([...RULES.map((r) => r.id), ...DECIDED_FD_RULES, ...LOADER_CHECKS]);
    expect(new Set(INJECTED_RULES).size).toBe(INJECTED_RULES.length);
    expect(INJECTED_RULES.length).toBeGreaterThanOrEqual(40);
    const named = new Set([...INJECTED_RULES, ...injected.flatMap((f) => [...words(f.also_breaks), ...words(f.also_warns)])]);
    expect([...named].filter((r) => !known.has(r))).toEqual([]);
  });

  it('records what it injected: one fault to about RATE of the learners, each kind a few times, summed in the summary', () => {
    const summary = JSON.parse(readFileSync(join(sample.dir, ERRORS_SUMMARY_FILE), 'utf8')) as ErrorsSummary;
    expect(summary.total).toBe(injected.length);
    expect(summary.findings).toBe(injected.reduce((n, f) => n + expectedErrors(f).length, 0));
    // One fault per learner at most: no learner is named twice in a file.
    expect(new Set(injected.map((f) => at(f.file, f.learn_ref_number))).size).toBe(injected.length);
    const learners = sample.files.reduce((n, f) => n + f.learners, 0);
    // A fault drawn for a learner it does not fit waits for the next that it fits; those still
    // waiting when a file ends are not injected, so a little under RATE of the learners.
    expect(injected.length).toBeGreaterThan(learners * RATE * 0.75);
    expect(injected.length).toBeLessThan(learners * RATE * 1.1);
    for (const rule of INJECTED_RULES) {
      const n = injected.filter((f) => f.rule_id === rule).length;
      expect(summary.byRule[rule], rule).toBe(n);
      expect(n, rule).toBeGreaterThanOrEqual(AT_LEAST);
      expect(n, rule).toBeLessThan(injected.length / 10);
    }
  });

  for (const rule of INJECTED_RULES) {
    it(`finds every ${rule} fault, and each other rule the same fault breaks, in the file and learner it went into, and no more`, () => {
      const faults = injected.filter((f) => f.rule_id === rule);
      expect(faults.length).toBeGreaterThan(0);
      for (const expectedRule of new Set(faults.flatMap(expectedErrors))) {
        // Once for each time the fault's record names the rule (R_06 on both copies of a repeated reference).
        const expected = injected.flatMap((f) => expectedErrors(f).filter((r) => r === expectedRule).map(() => at(f.file, f.learn_ref_number))).sort();
        const got = found.filter((q) => q.rule === expectedRule).map((q) => at(q.file, q.learner)).sort();
        expect(got, expectedRule).toEqual(expected);
      }
    });
  }

  it('finds an aim’s fault on the aim it went into, where the finding names an aim', () => {
    const faultAt = new Map(injected.map((f) => [at(f.file, f.learn_ref_number), f]));
    const misplaced = found.filter((q) => {
      const f = faultAt.get(at(q.file, q.learner));
      return q.severity === 'error' && q.aim !== null && f !== undefined && f.aim_seq_number !== '' && q.aim !== Number(f.aim_seq_number);
    });
    expect(misplaced).toEqual([]);
  });

  it('finds the warnings a fault is recorded to raise', () => {
    const missing = injected.flatMap((f) =>
      words(f.also_warns)
        .filter((rule) => !found.some((q) => q.rule === rule && q.severity === 'warning' && at(q.file, q.learner) === at(f.file, f.learn_ref_number)))
        .map((rule) => `${at(f.file, f.learn_ref_number)} ${rule}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds no error the generator did not inject', () => {
    const expectedRules = new Set(injected.flatMap(expectedErrors));
    expect(found.filter((q) => q.severity === 'error' && !expectedRules.has(q.rule))).toEqual([]);
  });
});
