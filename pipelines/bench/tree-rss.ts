// Peak resident memory of a process tree, sampled from /proc (Linux): the sum of VmRSS over a
// process and everything it started, read every few hundred milliseconds, the largest sum kept.
// `/usr/bin/time` cannot give this: its maximum RSS is that of the largest single process, not of
// the tree (Evidence runs vite and its workers side by side), and it would have to wrap the spawn
// itself. A sum of RSS counts pages shared between processes once per process, and a spike shorter
// than the interval can be missed, so the figure is approximate, on the high side of shared memory.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessEntry {
  pid: number;
  ppid: number;
  session: number;
}

function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After the command name, which may hold spaces: state, ppid, pgrp, session, …
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      entries.push({ pid: Number(name), ppid: Number(fields[1]), session: Number(fields[3]) });
    } catch {
      // Ended while we looked.
    }
  }
  return entries;
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export interface TreeRssSampler {
  /** Stops sampling; the peak summed RSS in MB, or null where /proc cannot be read. */
  stop(): number | null;
}

/**
 * Samples the RSS of `root`'s descendants (and of `root` itself if `includeRoot`). A child started
 * `detached` leads a session of its own; whatever is left in that session after it ends (an orphan
 * reparented to init) is still counted.
 */
export function sampleTreeRss(root: number, includeRoot: boolean, intervalMs = 200): TreeRssSampler {
  const sessions = new Set<number>();
  let peakKb = 0;
  let readable = true;
  const sample = (): void => {
    let all: ProcessEntry[];
    try {
      all = processes();
    } catch {
      readable = false;
      return;
    }
    const children = new Map<number, number[]>();
    for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
    const tree = new Set<number>(includeRoot ? [root] : []);
    const queue = [...(children.get(root) ?? [])];
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      tree.add(pid);
      queue.push(...(children.get(pid) ?? []));
    }
    for (const p of all) if (p.pid !== root && tree.has(p.pid) && p.session === p.pid) sessions.add(p.pid);
    for (const p of all) if (p.pid !== root && sessions.has(p.session)) tree.add(p.pid);
    let kb = 0;
    for (const pid of tree) kb += rssKb(pid);
    peakKb = Math.max(peakKb, kb);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return readable ? Math.round(peakKb / 1024) : null;
    },
  };
}
