// The same seed writes the same files, byte for byte; another seed writes different ones.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample, type Sample } from './generated-sample.ts';

const digests = (s: Sample) =>
  Object.fromEntries(s.names.map((n) => [n, createHash('sha256').update(readFileSync(join(s.dir, n))).digest('hex')]));

describe('ilr generate --seed', () => {
  const options = { providers: 3, learnersPerProvider: 25, firstYear: 2009, lastYear: 2019, format: 'both' as const, errorRate: 0.02 };

  it('writes identical files (names, contents and injected faults) for the same seed', async () => {
    const a = await generateSample({ ...options, seed: 42 });
    const b = await generateSample({ ...options, seed: 42 });
    expect(a.names.length).toBe(3 * 4); // 2009/10, 2010/11 legacy CSV; 2018/19, 2019/20 XML
    expect(digests(b)).toEqual(digests(a));
    expect(readFileSync(join(b.dir, 'injected-errors.csv'), 'utf8')).toBe(readFileSync(join(a.dir, 'injected-errors.csv'), 'utf8'));
  });

  it('writes different learners for a different seed', async () => {
    const a = await generateSample({ ...options, seed: 42 });
    const c = await generateSample({ ...options, seed: 43 });
    const contents = (s: Sample) => Object.values(digests(s));
    expect(contents(c)).not.toEqual(contents(a));
  });
});
