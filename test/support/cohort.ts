// A fixture cohort in a fresh warehouse with the models built: XML returns go through the real
// loader; raw returns (legacy CSV shape, monitoring codes, DP outcomes) are written as the loader
// would write them.
import { expect } from 'vitest';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns, type FixtureReturn } from './ilr-xml.ts';
import { insertReturn, type RawReturn } from './raw-rows.ts';
import { returnsWithRuleDefaults } from './rule-defaults.ts';
import { buildModels, freshWarehouse, ingestAll, rows } from './warehouse.ts';

export async function buildCohort(input: { xml?: FixtureReturn[]; raw?: RawReturn[] }): Promise<Warehouse> {
  const w = await freshWarehouse();
  if (input.xml?.length) {
    const summaries = await ingestAll(w, writeReturns(returnsWithRuleDefaults(input.xml)));
    for (const s of summaries) {
      expect(s.status, `fixture return ${s.fileName} should load`).toBe('loaded');
      // A hand-worked cohort counts every record it writes: one kept out by a rule (a typo in
      // the fixture) would change the figures silently, so the fixture fails instead.
      const errors = [...s.byRule].filter(([, r]) => r.severity === 'error').map(([rule, r]) => `${rule} ×${r.count}`);
      expect(errors, `fixture return ${s.fileName} should load every record`).toEqual([]);
      expect(s.recordsQuarantined).toBe(0);
    }
  }
  for (const r of input.raw ?? []) await insertReturn(w, r);
  await buildModels(w);
  return w;
}

const COUNT_COLUMNS = new Set([
  'leavers', 'completers', 'achievers', 'timely_leavers', 'timely_achievers', 'learners', 'aims', 'starts',
  'credits_planned', 'credits_achieved', 'credits_achieved_uncapped', 'learners_no_credits_achieved',
  'learners_some_credits_achieved', 'learners_all_credits_achieved', 'valid_uln', 'temporary_uln',
  'invalid_uln', 'shared_uln', 'shared_uln_values',
]);

/** Rows of a query with the marts' BIGINT counts as numbers, for row-for-row comparison. */
export async function martRows(w: Warehouse, sql: string): Promise<Record<string, unknown>[]> {
  return (await rows(w, sql)).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, COUNT_COLUMNS.has(k) && typeof v === 'string' ? Number(v) : v])),
  );
}
