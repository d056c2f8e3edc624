// The full `ilr ingest` of the benchmark's files into a fresh warehouse, in a process of its own
// so its peak memory is its own. Prints one JSON line.
import { runIngest } from '../cli/commands/ingest.ts';

const [warehouse, ...files] = process.argv.slice(2);
if (!warehouse || files.length === 0) throw new Error('usage: ingest-child.ts WAREHOUSE FILE…');
const started = performance.now();
const originalLog = console.log;
console.log = () => {};
const summaries = await runIngest(files, warehouse);
console.log = originalLog;
const seconds = (performance.now() - started) / 1000;
const aims = summaries.reduce((n, s) => n + (s.aimsLoaded ?? 0), 0);
console.log(JSON.stringify({ seconds, aims, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
