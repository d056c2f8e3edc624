// Draws docs/images/benchmarks-time.svg and benchmarks-memory.svg from the recorded benchmark runs (docs/benchmarks.json): how
// ingest time, bare-parse time and peak memory grow with the number of aims. Observable Plot
// renders it in Node against jsdom's document.
import { readFileSync, writeFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import type { BenchResult } from './bench.ts';

export function benchCharts(results: BenchResult[]): { time: string; memory: string } {
  const { document } = new JSDOM('').window;
  const byAims = [...results].sort((a, b) => a.aims - b.aims);
  const times = byAims.flatMap((r) => [
    { aims: r.aims / 1e6, seconds: r.ingest_s, series: 'ilr ingest' },
    { aims: r.aims / 1e6, seconds: r.bare_parse_s, series: 'bare parse (saxes)' },
    { aims: r.aims / 1e6, seconds: r.native_parse_s, series: 'xmllint --stream' },
    { aims: r.aims / 1e6, seconds: r.models_s, series: 'ilr models' },
  ]);
  const time = Plot.plot({
    document,
    width: 560,
    height: 300,
    x: { label: 'learning aims (millions)' },
    y: { label: 'seconds', grid: true },
    color: { legend: false },
    marks: [
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
    marks: [
      Plot.ruleY([1024], { stroke: 'red', strokeDasharray: '4,4' }),
      Plot.line(byAims, { x: (r: BenchResult) => r.aims / 1e6, y: 'ingest_peak_rss_mb', marker: 'circle' }),
    ],
  });
  const svg = (el: Element) => el.outerHTML.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  return { time: svg(time), memory: svg(memory) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as BenchResult[];
  const { time, memory } = benchCharts(results);
  writeFileSync('docs/images/benchmarks-time.svg', `${time}\n`);
  writeFileSync('docs/images/benchmarks-memory.svg', `${memory}\n`);
  console.log(`docs/images/benchmarks-{time,memory}.svg drawn from ${results.length} run(s).`);
}
