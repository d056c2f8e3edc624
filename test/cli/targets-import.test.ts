import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../pipelines/warehouse/open.ts';
import { buildCohort } from '../support/cohort.ts';
import { rows } from '../support/warehouse.ts';

// `ilr targets import FILE.csv` (DESIGN.md, "CLI"): every line checked first; a bad file is
// refused whole (exit 1) with an error naming each bad line, and nothing is loaded — the targets
// already in ref.targets stay as they were.
const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

const HEADER = 'ukprn,year,qar_family,level,programme_by,programme_key,measure,target_percent';
const GOOD = '10000041,2024/25,education_and_training,provider,,,achievement_rate,85';

// Each bad file: a good line 2, the fault on line 3, and what the error must say about line 3.
const BAD: [string, string, RegExp][] = [
  ['unknown provider', '10009999,2024/25,education_and_training,provider,,,achievement_rate,85', /line 3: unknown provider 10009999/],
  ['unknown measure', '10000041,2024/25,education_and_training,provider,,,success_rate,85', /line 3: unknown measure 'success_rate'/],
  ['unknown level', '10000041,2024/25,education_and_training,learner,,,achievement_rate,85', /line 3: unknown level 'learner'/],
  ['unknown programme level', '10000041,2024/25,education_and_training,programme,qualification_level,9,achievement_rate,85', /line 3: unknown qualification level '9'/],
  ['a rate above 100%', '10000041,2024/25,education_and_training,provider,,,retention_rate,105', /line 3: target_percent 105 is above 100%/],
  ['a duplicate row', '10000041,2024,education_and_training,provider,,,achievement,90', /line 3: repeats the target on line 2/],
];

describe('ilr targets', () => {
  let warehouse: string;
  const dir = mkdtempSync(join(tmpdir(), 'ilr-targets-'));
  const targetsLoaded = async () => {
    const w = await openWarehouse(warehouse);
    try {
      return await rows(w, 'select ukprn, year, measure, target, source_file from ref.targets order by all');
    } finally {
      await w.close();
    }
  };

  beforeAll(async () => {
    const w = await buildCohort({
      xml: [{ ukprn: 10000041, year: 2024, learners: [{ learnRefNumber: 'T1', aims: [{ learnStartDate: '2024-09-01', learnPlanEndDate: '2025-06-30', compStatus: 1 }] }] }],
    });
    warehouse = w.path;
    await w.close();
    // One good file first: a refused file must leave it as it was.
    const first = join(dir, 'first.csv');
    writeFileSync(first, `${HEADER}\n10000041,2024/25,education_and_training,provider,,,pass_rate,90\n`);
    const loaded = ilr('targets', 'import', first, '--warehouse', warehouse);
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toContain('imported 1 target(s) of 1 provider(s) for 2024/25 from first.csv into ref.targets');
  }, 120_000);

  it.each(BAD)('refuses a file with %s, naming the line, and loads nothing', async (_what, line, message) => {
    const file = join(dir, `bad-${_what.replaceAll(' ', '-')}.csv`);
    writeFileSync(file, `${HEADER}\n${GOOD}\n${line}\n`);
    const result = ilr('targets', 'import', file, '--warehouse', warehouse);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('nothing was loaded');
    expect(result.stderr).not.toMatch(/line 2:/);
    expect(await targetsLoaded()).toEqual([{ ukprn: 10000041, year: 2024, measure: 'pass_rate', target: 0.9, source_file: 'first.csv' }]);
  });

  it('names every bad line of a file at once', () => {
    const file = join(dir, 'many.csv');
    writeFileSync(file, [HEADER, ...BAD.map(([, line]) => line)].join('\n'));
    const result = ilr('targets', 'import', file, '--warehouse', warehouse);
    expect(result.status).toBe(1);
    for (const n of [2, 3, 4, 5, 6]) expect(result.stderr).toContain(`line ${n}:`);
  });

  it('refuses a file without the header it needs', () => {
    const file = join(dir, 'no-header.csv');
    writeFileSync(file, 'ukprn,year,target\n10000041,2024,85\n');
    const result = ilr('targets', 'import', file, '--warehouse', warehouse);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1: missing column(s) qar_family, level, programme_by, programme_key, measure');
  });

  it('writes a template that imports once its UKPRN is one loaded', () => {
    const template = join(dir, 'template.csv');
    const written = ilr('targets', 'template', '--out', template);
    expect(written.status).toBe(0);
    expect(ilr('targets', 'template', '--out', template).status).toBe(1); // never overwrites
    const mine = join(dir, 'mine.csv');
    writeFileSync(mine, readFileSync(template, 'utf8').replaceAll('10000001', '10000041'));
    const imported = ilr('targets', 'import', mine, '--warehouse', warehouse);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('imported 5 target(s) of 1 provider(s) for 2025/26');
  });
});
