// `npm run bench`: how fast a national-size return loads and computes on this machine, measured
// against the physical floor: the same JavaScript parser doing nothing (bare parse) and libxml2 in
// C (`xmllint --stream`). Parse, ingest and native runs alternate over several rounds and the
// median of each is reported, so a noisy neighbour moves all three alike. `--shape national` lays
// the same N out as England does (~1,500 providers, most of them small) and times files to built site.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { StepFailed } from '../cli/step-failed.ts';
import { generate, type GeneratedFile } from '../generate/generate.ts';
import { nationalSizes, type ProviderKind, type ProviderSize } from '../generate/providers.ts';
import { buildSite, EvidenceFailed, PROJECT_DIR } from '../report/evidence.ts';
import { sampleTreeRss } from './tree-rss.ts';

const run = promisify(execFile);

/**
 * `default`: about 5,000 aims a provider, at most 200 providers. `national`: England's ~1,500
 * providers by size whatever N (`nationalSizes` in pipelines/generate/providers.ts).
 */
export type BenchShape = 'default' | 'national';
export const BENCH_SHAPES: readonly BenchShape[] = ['default', 'national'];

export interface BenchOptions {
  shape?: BenchShape;
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
  shape: BenchShape;
  providers: number;
  /** Peak RSS of the bench process while the models ran (they run in it, with DuckDB's threads). */
  models_peak_rss_mb: number | null;
  /** The Evidence build (`evidence sources` and `build:strict`), within report_s; null with --no-site. */
  site_s: number | null;
  /** Peak of the summed RSS of every process the Evidence build started (pipelines/bench/tree-rss.ts). */
  site_peak_rss_mb: number | null;
  /** One pass from files to the built site (to the export with --no-site): last round's ingest + models + report. */
  end_to_end_s: number;
  machine: { cpu: string; cores: number; memory_gb: number; node: string };
}

interface Dataset {
  files: string[];
  aims: number;
  bytes: number;
  /** Absent from manifests written before the shapes: one file per provider then too. */
  providers?: number;
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

/** Generates N aims (one collection year, one file per provider) once per shape, seed and size; reused after. */
async function dataset(options: BenchOptions): Promise<Dataset> {
  const national = options.shape === 'national';
  const dir = join(options.dir, `${national ? 'national-' : ''}seed-${options.seed}-aims-${options.aims}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const cached = JSON.parse(readFileSync(manifest, 'utf8')) as Dataset;
    if (cached.files.every((f) => existsSync(f))) {
      options.log(`Reusing ${cached.files.length} files with ${cached.aims.toLocaleString('en-GB')} aims in ${dir}`);
      return cached;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const files = national ? await generateNational(options, dir) : await generateDefault(options, dir);
  options.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const result: Dataset = {
    files: files.map((f) => f.path),
    aims: files.reduce((n, f) => n + f.aims, 0),
    bytes: files.reduce((n, f) => n + statSync(f.path).size, 0),
    providers: new Set(files.map((f) => f.provider.ukprn)).size,
  };
  writeFileSync(manifest, JSON.stringify(result));
  return result;
}

/** About 5,000 aims a provider, up to 200 providers of the usual mix. */
async function generateDefault(options: BenchOptions, dir: string): Promise<GeneratedFile[]> {
  const providers = Math.max(1, Math.min(200, Math.round(options.aims / 5000)));
  // Calibrate learners per provider on a small run of the same provider mix, then scale.
  const probeDir = join(options.dir, 'probe');
  const { files: probe } = await generate({ outDir: probeDir, providers, learnersPerProvider: 20, firstYear: 2025, lastYear: 2025, seed: options.seed });
  rmSync(probeDir, { recursive: true, force: true });
  const probeAims = probe.reduce((n, f) => n + f.aims, 0);
  const learners = Math.max(1, Math.round((20 * options.aims) / Math.max(1, probeAims)));
  options.log(`Generating about ${options.aims.toLocaleString('en-GB')} aims: ${providers} providers × ${learners} learners …`);
  const { files } = await generate({ outDir: dir, providers, learnersPerProvider: learners, firstYear: 2025, lastYear: 2025, seed: options.seed });
  return files;
}

/**
 * England's ~1,500 providers by size (`nationalSizes`), one collection year. Each provider's aims
 * become learners a year by the aims a learner of its type returns in a year (continuing learners
 * included), measured on a small probe of each type: a college's learners take more aims.
 */
async function generateNational(options: BenchOptions, dir: string): Promise<GeneratedFile[]> {
  const shape = nationalSizes(options.aims);
  const kinds = [...new Set(shape.map((p) => p.kind))];
  const probeSizes = kinds.flatMap((kind) => Array.from({ length: 6 }, () => ({ kind, learnersPerYear: 50 })));
  const probeDir = join(options.dir, 'probe');
  const { files: probe } = await generate({
    outDir: probeDir, providers: probeSizes.length, learnersPerProvider: 50, providerSizes: probeSizes, firstYear: 2025, lastYear: 2025, seed: options.seed,
  });
  rmSync(probeDir, { recursive: true, force: true });
  const aimsPerLearner = (kind: ProviderKind): number => {
    const of = probe.filter((f) => f.provider.kind === kind);
    return Math.max(0.1, of.reduce((n, f) => n + f.aims, 0) / Math.max(1, of.reduce((n, f) => n + f.provider.learnersPerYear, 0)));
  };
  const ratios = new Map(kinds.map((kind) => [kind, aimsPerLearner(kind)]));
  // Learners are whole: what rounding gains or loses on one provider is carried to the next, so
  // 1,240 small providers at small N do not all round the same way. Two at least: a handful of aims.
  let carried = 0;
  const sizes: ProviderSize[] = shape.map((p) => {
    const wanted = p.aims / (ratios.get(p.kind) ?? 1) + carried;
    const learnersPerYear = Math.max(2, Math.round(wanted));
    carried = wanted - learnersPerYear;
    return { kind: p.kind, learnersPerYear };
  });
  const inBand = (band: string) => shape.filter((p) => p.band === band).length.toLocaleString('en-GB');
  options.log(
    `Generating about ${options.aims.toLocaleString('en-GB')} aims, national shape: ${shape.length.toLocaleString('en-GB')} providers ` +
      `(${inBand('large_college')} large colleges, ${inBand('college')} colleges, ${inBand('training_provider')} training providers and employers) …`,
  );
  const { files } = await generate({
    outDir: dir, providers: sizes.length, learnersPerProvider: 0, providerSizes: sizes, firstYear: 2025, lastYear: 2025, seed: options.seed,
  });
  return files;
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
  const { REPORTS_DB } = await import('../report/export.ts');
  let siteSeconds: number | null = null;
  let sitePeak: number | null = null;
  const silent = console.log;
  console.log = () => {};
  let modelsSeconds = 0;
  let modelsPeak: number | null = null;
  let exportSeconds = 0;
  try {
    // The models run in this process (DuckDB's threads included), so its own RSS is theirs.
    const modelsRss = sampleTreeRss(process.pid, true);
    const started = performance.now();
    await runModelsCommand({ warehouse, quiet: true });
    modelsSeconds = (performance.now() - started) / 1000;
    modelsPeak = modelsRss.stop();
    const exported = performance.now();
    // Export only, and with --no-site beside the benchmark's warehouse, not over the site's data/reports.duckdb.
    await runReport({ warehouse, site: false, reportsDb: options.site ? REPORTS_DB : join(options.dir, 'bench-reports.duckdb') });
    exportSeconds = (performance.now() - exported) / 1000;
  } finally {
    console.log = silent;
  }
  // Shown before the site build, so a build that fails or hits its time limit leaves these behind.
  options.log(`  models ${modelsSeconds.toFixed(1)} s (${modelsPeak ?? '?'} MB peak), report export ${exportSeconds.toFixed(1)} s`);
  if (options.site) {
    // What `ilr report` runs after the export; every process it starts is counted, this one not.
    const siteRss = sampleTreeRss(process.pid, false);
    const started = performance.now();
    try {
      await buildSite(dirname(REPORTS_DB));
    } catch (error) {
      throw error instanceof EvidenceFailed ? new StepFailed(error.message) : error;
    } finally {
      siteSeconds = (performance.now() - started) / 1000;
      sitePeak = siteRss.stop();
      options.log(`  site build ${siteSeconds.toFixed(1)} s (${sitePeak ?? '?'} MB peak, all its processes)`);
    }
  }
  const reportSeconds = exportSeconds + (siteSeconds ?? 0);
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
    shape: options.shape ?? 'default',
    providers: data.providers ?? data.files.length,
    models_peak_rss_mb: modelsPeak,
    site_s: siteSeconds === null ? null : round3(siteSeconds),
    site_peak_rss_mb: sitePeak,
    end_to_end_s: round3((ingest.at(-1) ?? 0) + modelsSeconds + reportSeconds),
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
  const mb = (m: number | null) => (m === null ? 'n/a' : `${m} MB`);
  const rows: [string, string][] = [
    ['shape', `${r.shape}, ${r.providers.toLocaleString('en-GB')} providers`],
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
    ['ilr models (all marts)', `${r.models_s} s (${mb(r.models_peak_rss_mb)} peak)`],
    [r.site_built ? 'ilr report (export + site)' : 'ilr report (export only)', `${r.report_s} s`],
    ...(r.site_s === null ? [] : [['… Evidence site build', `${r.site_s} s (${mb(r.site_peak_rss_mb)} peak, all its processes)`] as [string, string]]),
    [r.site_built ? 'end to end (files → built site)' : 'end to end (files → report export)', `${r.end_to_end_s} s`],
    ['machine', `${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memory_gb} GB, Node ${r.machine.node}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}
