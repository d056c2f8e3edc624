import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bench } from '../../pipelines/bench/bench.ts';

// The benchmark is not a test of speed (that is `npm run bench`); this only checks, on a small N,
// that it still runs end to end and that what it reports is internally consistent.
describe('npm run bench (small N)', () => {
  it('generates, parses, ingests, models and reports, and reports consistent figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-bench-'));
    const lines: string[] = [];
    const r = await bench({ aims: 3000, rounds: 1, seed: 5, dir, site: false, log: (l) => lines.push(l) });
    expect(r.aims).toBeGreaterThan(2000);
    expect(r.aims).toBeLessThan(4500);
    expect(r.files).toBeGreaterThan(0);
    expect(r.xml_mb).toBeGreaterThan(0);
    for (const key of ['bare_parse_s', 'native_parse_s', 'ingest_s', 'models_s', 'report_s'] as const) expect(r[key]).toBeGreaterThan(0);
    // Ratios come from unrounded seconds; the seconds shown are rounded to the millisecond.
    expect(Math.abs(r.ingest_vs_parse_ratio / (r.ingest_s / r.bare_parse_s) - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.ingest_vs_native_ratio / (r.ingest_s / r.native_parse_s) - 1)).toBeLessThan(0.05);
    expect(r.ingest_peak_rss_mb).toBeGreaterThan(0);
    // Memory through the run: four quarters, none above the process's own peak.
    expect(r.ingest_rss_by_quarter_mb).toHaveLength(4);
    expect(Math.max(...r.ingest_rss_by_quarter_mb)).toBeGreaterThan(0);
    expect(Math.max(...r.ingest_rss_by_quarter_mb)).toBeLessThanOrEqual(r.ingest_peak_rss_mb + 1);
    expect(r.ingest_js_thread_cpu_s).toBeGreaterThan(0);
    // A second run with the same seed and size reuses the files rather than generating again.
    const again = await bench({ aims: 3000, rounds: 1, seed: 5, dir, site: false, log: (l) => lines.push(l) });
    expect(again.aims).toBe(r.aims);
    expect(lines.some((l) => l.startsWith('Reusing'))).toBe(true);
  }, 180_000);
});
