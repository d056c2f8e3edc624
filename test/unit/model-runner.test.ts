import { describe, expect, it } from 'vitest';
import { discoverModels, order, selectWithDescendants, type Model } from '../../pipelines/models/runner.ts';

const model = (name: string, dependsOn: string[] = []): Model => ({ name, schema: name.split('.')[0] ?? '', path: `${name}.sql`, sql: '', dependsOn });

describe('model runner', () => {
  it('orders the shipped models so each runs after everything it reads', () => {
    const models = discoverModels();
    const position = new Map(models.map((m, i) => [m.name, i]));
    expect(models.length).toBeGreaterThan(5);
    for (const m of models) for (const dep of m.dependsOn) expect(position.get(dep)).toBeLessThan(position.get(m.name) ?? -1);
    // the contract's marts exist
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['marts.fct_qar_aims', 'marts.qar_rates']));
  });

  it('finds dependencies in the SQL but not in comments', () => {
    // Its comments name marts.in_year_position, which it does not read.
    const qar = discoverModels().find((m) => m.name === 'marts.qar_rates');
    expect(qar?.dependsOn).toEqual(['marts.fct_qar_aims', 'staging.stg_ilr__latest_batches']);
  });

  it('reports a cycle by name', () => {
    expect(() => order([model('marts.a', ['marts.b']), model('marts.b', ['marts.a'])])).toThrow(/cycle: marts\.a → marts\.b → marts\.a/);
  });

  it('selects a model and everything downstream of it, nothing upstream', () => {
    const models = order([model('staging.s'), model('intermediate.i', ['staging.s']), model('marts.m', ['intermediate.i']), model('marts.other', ['staging.s'])]);
    expect(selectWithDescendants(models, 'intermediate.i').map((m) => m.name)).toEqual(['intermediate.i', 'marts.m']);
    expect(() => selectWithDescendants(models, 'nope')).toThrow(/no model called nope/);
  });
});
