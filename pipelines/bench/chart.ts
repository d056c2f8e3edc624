// Draws docs/images/benchmarks-time.svg and benchmarks-memory.svg from the recorded benchmark runs (docs/benchmarks.json): how
// ingest time, bare-parse time and peak memory grow with the number of aims. Observable Plot
// renders it in Node against jsdom's document.
import { readFileSync, writeFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import type { BenchResult } from './bench.ts';

/** A line of docs/benchmarks.json: one size in one numbered run of `npm run bench`. */
export type RecordedRun = Omit<BenchResult, 'ingest_rss_by_quarter_mb' | 'ingest_js_thread_cpu_s'> &
  Partial<Pick<BenchResult, 'ingest_rss_by_quarter_mb' | 'ingest_js_thread_cpu_s'>> & { run?: number; measured_on?: string };

export function benchCharts(results: RecordedRun[]): { time: string; memory: string } {
  const { document } = new JSDOM('').window;
  const runs = [...new Set(results.map((r) => r.run ?? 0))].sort((a, b) => a - b);
  const latest = runs.at(-1) ?? 0;
  const first = runs[0] ?? 0;
  const byAims = results.filter((r) => (r.run ?? 0) === latest).sort((a, b) => a.aims - b.aims);
  const firstByAims = first === latest ? [] : results.filter((r) => (r.run ?? 0) === first).sort((a, b) => a.aims - b.aims);
  const times = byAims.flatMap((r) => [
    { aims: r.aims / 1e6, seconds: r.ingest_s, series: 'ilr ingest' },
    { aims: r.aims / 1e6, seconds: r.bare_parse_s, series: 'bare parse (saxes)' },
    { aims: r.aims / 1e6, seconds: r.native_parse_s, series: 'xmllint --stream' },
    { aims: r.aims / 1e6, seconds: r.models_s, series: 'ilr models' },
  ]);
  // The first run's ingest, dashed, for how far the loader has come.
  const earlier = firstByAims.map((r) => ({ aims: r.aims / 1e6, seconds: r.ingest_s, series: `ilr ingest, run ${first}` }));
  const time = Plot.plot({
    document,
    width: 560,
    height: 300,
    x: { label: 'learning aims (millions)' },
    y: { label: 'seconds', grid: true },
    color: { legend: false },
    marks: [
      Plot.line(earlier, { x: 'aims', y: 'seconds', stroke: 'gray', strokeDasharray: '3,3', marker: 'circle' }),
      Plot.text(earlier, Plot.selectLast({ x: 'aims', y: 'seconds', text: 'series', textAnchor: 'start', dx: 6, fill: 'gray' })),
      Plot.line(times, { x: 'aims', y: 'seconds', stroke: 'series', marker: 'circle' }),
      Plot.text(times, Plot.selectLast({ x: 'aims', y: 'seconds', z: 'series', text: 'series', textAnchor: 'start', dx: 6, fill: 'series' })),
    ],
    marginRight: 130,
  });
  const memory = Plot.plot({
    document,
    width: 560,
    height: 220,
    x: { label: 'learning aims (millions)' },
    y: { label: 'MB', grid: true, domain: [0, 1024] },
    marginRight: 60,
    marks: [
      Plot.ruleY([1024], { stroke: 'red', strokeDasharray: '4,4' }),
      Plot.line(byAims, { x: (r: RecordedRun) => r.aims / 1e6, y: 'ingest_peak_rss_mb', marker: 'circle' }),
      Plot.line(firstByAims, { x: (r: RecordedRun) => r.aims / 1e6, y: 'ingest_peak_rss_mb', stroke: 'gray', strokeDasharray: '3,3', marker: 'circle' }),
      Plot.text(firstByAims, Plot.selectLast({ x: (r: RecordedRun) => r.aims / 1e6, y: 'ingest_peak_rss_mb', text: () => `run ${first}`, textAnchor: 'start', dx: 6, fill: 'gray' })),
      Plot.text(byAims, Plot.selectLast({ x: (r: RecordedRun) => r.aims / 1e6, y: 'ingest_peak_rss_mb', text: () => `run ${latest}`, textAnchor: 'start', dx: 6 })),
    ],
  });
  const svg = (el: Element) => el.outerHTML.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  return { time: svg(time), memory: svg(memory) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as RecordedRun[];
  const { time, memory } = benchCharts(results);
  writeFileSync('docs/images/benchmarks-time.svg', `${time}\n`);
  writeFileSync('docs/images/benchmarks-memory.svg', `${memory}\n`);
  console.log(`docs/images/benchmarks-{time,memory}.svg drawn from ${results.length} recorded line(s).`);
}
