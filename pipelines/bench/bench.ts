// `npm run bench`: how fast a national-size return loads and computes on this machine, measured
// against the physical floor: the same JavaScript parser doing nothing (bare parse) and libxml2 in
// C (`xmllint --stream`). Parse, ingest and native runs alternate over several rounds and the
// median of each is reported, so a noisy neighbour moves all three alike.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '../generate/generate.ts';
import { PROJECT_DIR } from '../report/evidence.ts';

const run = promisify(execFile);

export interface BenchOptions {
  aims: number;
  rounds: number;
  seed: number;
  dir: string;
  site: boolean;
  log: (line: string) => void;
}

export interface BenchResult {
  aims: number;
  files: number;
  xml_mb: number;
  rounds: number;
  bare_parse_s: number;
  native_parse_s: number;
  ingest_s: number;
  ingest_vs_parse_ratio: number;
  ingest_vs_native_ratio: number;
  ingest_mb_per_s: number;
  ingest_peak_rss_mb: number;
  /** Peak RSS in each quarter of the last round's ingest: flat memory reads as four equal numbers. */
  ingest_rss_by_quarter_mb: number[];
  /** CPU time of the ingest's JavaScript thread (DuckDB's threads excluded), median; Linux only. */
  ingest_js_thread_cpu_s: number | null;
  bare_parse_peak_rss_mb: number;
  models_s: number;
  report_s: number;
  site_built: boolean;
  machine: { cpu: string; cores: number; memory_gb: number; node: string };
}

interface Dataset {
  files: string[];
  aims: number;
  bytes: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const TSX = join(PROJECT_DIR, 'node_modules/.bin/tsx');

/**
 * Node flags both children start with, as `ilr` itself does (bin/ilr.js, package.json): a 64 MB
 * young generation, which the loader's many short-lived objects need (docs/benchmarks.md).
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'];

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  aims?: number;
  mainThreadCpuS?: number | null;
  rssQuartersMb?: number[];
}

function child(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, [...NODE_FLAGS, ...args], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}

async function nativeParse(files: string[]): Promise<number> {
  const started = performance.now();
  await run('xmllint', ['--stream', '--noout', ...files], { maxBuffer: 1 << 24 });
  return (performance.now() - started) / 1000;
}

/** Generates N aims (one collection year, many providers) once per seed and size; reused after. */
async function dataset(options: BenchOptions): Promise<Dataset> {
  const dir = join(options.dir, `seed-${options.seed}-aims-${options.aims}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const cached = JSON.parse(readFileSync(manifest, 'utf8')) as Dataset;
    if (cached.files.every((f) => existsSync(f))) {
      options.log(`Reusing ${cached.files.length} files with ${cached.aims.toLocaleString('en-GB')} aims in ${dir}`);
      return cached;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const providers = Math.max(1, Math.min(200, Math.round(options.aims / 5000)));
  // Calibrate learners per provider on a small run of the same provider mix, then scale.
  const probeDir = join(options.dir, 'probe');
  const { files: probe } = await generate({ outDir: probeDir, providers, learnersPerProvider: 20, firstYear: 2025, lastYear: 2025, seed: options.seed });
  rmSync(probeDir, { recursive: true, force: true });
  const probeAims = probe.reduce((n, f) => n + f.aims, 0);
  const learners = Math.max(1, Math.round((20 * options.aims) / Math.max(1, probeAims)));
  options.log(`Generating about ${options.aims.toLocaleString('en-GB')} aims: ${providers} providers × ${learners} learners …`);
  const { files } = await generate({ outDir: dir, providers, learnersPerProvider: learners, firstYear: 2025, lastYear: 2025, seed: options.seed });
  const result: Dataset = {
    files: files.map((f) => f.path),
    aims: files.reduce((n, f) => n + f.aims, 0),
    bytes: files.reduce((n, f) => n + statSync(f.path).size, 0),
  };
  writeFileSync(manifest, JSON.stringify(result));
  return result;
}

export async function bench(options: BenchOptions): Promise<BenchResult> {
  mkdirSync(options.dir, { recursive: true });
  const data = await dataset(options);
  const mb = data.bytes / 1e6;
  options.log(`${data.files.length} files, ${mb.toFixed(1)} MB, ${data.aims.toLocaleString('en-GB')} aims; ${options.rounds} rounds`);
  const bare: number[] = [];
  const bareRss: number[] = [];
  const native: number[] = [];
  const ingest: number[] = [];
  const ingestRss: number[] = [];
  const ingestCpu: number[] = [];
  let rssQuarters: number[] = [];
  const warehouse = join(options.dir, 'bench-warehouse.duckdb');
  for (let round = 1; round <= options.rounds; round++) {
    const b = await child([join(PROJECT_DIR, 'pipelines/bench/bare-parse.ts'), ...data.files]);
    bare.push(b.seconds);
    bareRss.push(b.maxRssMb);
    native.push(await nativeParse(data.files));
    rmSync(warehouse, { force: true });
    rmSync(`${warehouse}.wal`, { force: true });
    const i = await child([join(PROJECT_DIR, 'pipelines/bench/ingest-child.ts'), warehouse, ...data.files]);
    if (i.aims !== data.aims) throw new Error(`ingest loaded ${i.aims} aims of ${data.aims}: the benchmark data did not load whole`);
    ingest.push(i.seconds);
    ingestRss.push(i.maxRssMb);
    if (typeof i.mainThreadCpuS === 'number') ingestCpu.push(i.mainThreadCpuS);
    rssQuarters = i.rssQuartersMb ?? [];
    options.log(`  round ${round}: bare parse ${b.seconds.toFixed(2)} s, xmllint ${native.at(-1)?.toFixed(2)} s, ingest ${i.seconds.toFixed(2)} s (${i.maxRssMb.toFixed(0)} MB peak)`);
  }
  // Models and report on the last round's warehouse, imported here so the rounds above stay lean.
  const { runModelsCommand } = await import('../cli/commands/models.ts');
  const { runReport } = await import('../cli/commands/report.ts');
  const silent = console.log;
  console.log = () => {};
  let modelsSeconds = 0;
  let reportSeconds = 0;
  try {
    let started = performance.now();
    await runModelsCommand({ warehouse, quiet: true });
    modelsSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await runReport({ warehouse, site: options.site });
    reportSeconds = (performance.now() - started) / 1000;
  } finally {
    console.log = silent;
  }
  const bareS = median(bare);
  const nativeS = median(native);
  const ingestS = median(ingest);
  return {
    aims: data.aims,
    files: data.files.length,
    xml_mb: Number(mb.toFixed(1)),
    rounds: options.rounds,
    bare_parse_s: round3(bareS),
    native_parse_s: round3(nativeS),
    ingest_s: round3(ingestS),
    ingest_vs_parse_ratio: round3(ingestS / bareS),
    ingest_vs_native_ratio: round3(ingestS / nativeS),
    ingest_mb_per_s: round3(mb / ingestS),
    ingest_peak_rss_mb: Math.round(Math.max(...ingestRss)),
    ingest_rss_by_quarter_mb: rssQuarters,
    ingest_js_thread_cpu_s: ingestCpu.length > 0 ? round3(median(ingestCpu)) : null,
    bare_parse_peak_rss_mb: Math.round(Math.max(...bareRss)),
    models_s: round3(modelsSeconds),
    report_s: round3(reportSeconds),
    site_built: options.site,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memory_gb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function resultTable(r: BenchResult): string {
  const rows: [string, string][] = [
    ['learning aims', r.aims.toLocaleString('en-GB')],
    ['XML files / size', `${r.files} / ${r.xml_mb} MB`],
    ['rounds (median of each)', String(r.rounds)],
    ['bare streaming parse (saxes, no work)', `${r.bare_parse_s} s`],
    ['native parse (xmllint --stream)', `${r.native_parse_s} s`],
    ['ilr ingest', `${r.ingest_s} s (${r.ingest_mb_per_s} MB/s)`],
    ['ingest ÷ bare parse', `${r.ingest_vs_parse_ratio}×`],
    ['ingest ÷ native parse', `${r.ingest_vs_native_ratio}×`],
    ['ingest peak memory', `${r.ingest_peak_rss_mb} MB`],
    ['… peak in each quarter of the run', r.ingest_rss_by_quarter_mb.map((m) => `${m} MB`).join(', ')],
    ['ingest CPU on the JavaScript thread', r.ingest_js_thread_cpu_s === null ? 'n/a' : `${r.ingest_js_thread_cpu_s} s`],
    ['ilr models (all marts)', `${r.models_s} s`],
    [r.site_built ? 'ilr report (export + site)' : 'ilr report (export only)', `${r.report_s} s`],
    ['machine', `${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memory_gb} GB, Node ${r.machine.node}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}
