// The full `ilr ingest` of the benchmark's files into a fresh warehouse, in a process of its own
// so its peak memory is its own. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { runIngest } from '../cli/commands/ingest.ts';

const [warehouse, ...files] = process.argv.slice(2);
if (!warehouse || files.length === 0) throw new Error('usage: ingest-child.ts WAREHOUSE FILE…');
const started = performance.now();
// Resident memory through the run, to show whether it keeps growing as more files are loaded.
const samples: { at: number; rss: number }[] = [];
const sampler = setInterval(() => samples.push({ at: performance.now(), rss: process.memoryUsage.rss() }), 250);
const originalLog = console.log;
console.log = () => {};
const summaries = await runIngest(files, warehouse);
console.log = originalLog;
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
/** The peak RSS in each quarter of the run's time: flat memory reads as four equal numbers. */
const rssQuartersMb = [0, 1, 2, 3].map((q) => {
  const inQuarter = samples.filter(({ at }) => Math.min(3, Math.floor(((at - started) / 1000 / seconds) * 4)) === q);
  return Math.round(Math.max(0, ...inQuarter.map(({ rss }) => rss)) / 2 ** 20);
});
const aims = summaries.reduce((n, s) => n + (s.aimsLoaded ?? 0), 0);
// CPU time of the JavaScript thread alone (DuckDB's own threads excluded): the loader's own work,
// and steadier than wall time on a shared machine. Linux only; null elsewhere.
const mainThreadCpuS = (() => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
})();
console.log(JSON.stringify({ seconds, aims, maxRssMb: process.resourceUsage().maxRSS / 1024, mainThreadCpuS, rssQuartersMb }));
