// The rules are laid out so a reader finds a rule by its name (issue 15, point 5): rule
// LearnStartDate_03 is declared in pipelines/validate/rules/learning-delivery/learn-start-date.ts,
// the entity's folder and the field's file in kebab case; every file's rules are run (RULES) and
// nothing else is; each declaration carries the catalogue's message word for word, and a fix in
// plain words; and each rule has a fixture in test/validate/ that names it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../pipelines/validate/rule.ts';
import { RULES } from '../../pipelines/validate/rules/index.ts';

const RULES_DIR = new URL('../../pipelines/validate/rules/', import.meta.url).pathname;
/** Fixtures are in test/validate/<entity>/<field>.test.ts; the first rules' are still in test/ingest/. */
const TEST_DIRS = [new URL('./', import.meta.url).pathname, new URL('../ingest/', import.meta.url).pathname];
const CATALOGUE = new URL('../../../shared/domain/validation-rules-2025-26.csv', import.meta.url).pathname;

/** `LearnStartDate` → `learn-start-date`, `ULN` → `uln`, `AFinType` → `a-fin-type`, `LLDDHealthProb` → `lldd-health-prob`. */
export const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** Every `rules` export of a field file, with the file it came from. */
async function declared(): Promise<{ entity: string; file: string; rule: Rule }[]> {
  const out: { entity: string; file: string; rule: Rule }[] = [];
  for (const entity of readdirSync(RULES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(RULES_DIR, entity.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const mod = (await import(join(RULES_DIR, entity.name, file))) as { rules?: readonly Rule[] };
      for (const rule of mod.rules ?? []) out.push({ entity: entity.name, file: file.replace(/\.ts$/, ''), rule });
    }
  }
  return out;
}

const fieldOf = (id: string): string => id.replace(/_[^_]+$/, '');

describe('the rule layout', () => {
  it('declares each rule in rules/<entity>/<field>.ts, named as the rule is', async () => {
    const found = await declared();
    expect(found.length).toBeGreaterThan(0);
    const misplaced = found
      .filter(({ entity, file, rule }) => kebab(fieldOf(rule.id)) !== file || kebab(rule.entity) !== entity)
      .map(({ entity, file, rule }) => `${rule.id} (${rule.entity}) in ${entity}/${file}.ts`);
    expect(misplaced).toEqual([]);
  });

  it('runs every declared rule, and only those', async () => {
    const found = await declared();
    expect(new Set(RULES)).toEqual(new Set(found.map((d) => d.rule)));
    expect(RULES.length).toBe(found.length);
  });

  it("carries the catalogue's message word for word, and a fix in plain words", () => {
    const catalogue = new Map(
      (parse(readFileSync(CATALOGUE), { columns: true }) as { Name: string; ErrorMessage: string }[]).map((r) => [r.Name, r.ErrorMessage.trim()]),
    );
    const wrong = RULES.filter((r) => catalogue.has(r.id) && catalogue.get(r.id) !== r.message).map((r) => `${r.id}: ${r.message}`);
    expect(wrong).toEqual([]);
    expect(RULES.filter((r) => r.fix.length < 20 || r.fix === r.message).map((r) => r.id)).toEqual([]);
  });

  it('has a fixture for every rule that names it', () => {
    const tests = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? tests(join(dir, d.name)) : d.name.endsWith('.test.ts') && d.name !== 'layout.test.ts' ? [join(dir, d.name)] : [],
      );
    const text = TEST_DIRS.flatMap(tests).map((p) => readFileSync(p, 'utf8')).join('\n');
    const untested = [...new Set(RULES.map((r) => r.id))].filter((id) => !new RegExp(`\\b${id}\\b`).test(text));
    expect(untested).toEqual([]);
  });
});
