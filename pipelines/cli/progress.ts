// Progress on long work: a bar on a terminal, plain lines when output is piped or logged.
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  advance(by: number): void;
  stop(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) {
    return { start: (label) => stream.write(`  ${label} …\n`), advance: () => {}, stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '  {label} |{bar}| {percentage}% {value_mb}/{total_mb} MB',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let label = '';
  return {
    start(l, t) {
      label = l;
      total = t;
      bar.start(t, 0, { label, value_mb: '0.0', total_mb: (t / 1e6).toFixed(1) });
    },
    advance(by) {
      bar.increment(by, { label, value_mb: ((bar.getProgress() * total + by) / 1e6).toFixed(1), total_mb: (total / 1e6).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
