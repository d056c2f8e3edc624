// The floor for any loader in this stack: the same streaming XML parser over the same files,
// doing nothing with the events. Run as a child process by the benchmark; prints one JSON line.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

const files = process.argv.slice(2);
const started = performance.now();
let elements = 0;
for (const file of files) {
  const parser = new SaxesParser({ position: true });
  parser.on('opentag', () => {
    elements += 1;
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  }
  parser.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, elements, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
