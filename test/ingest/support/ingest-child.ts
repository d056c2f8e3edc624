// A loader in its own process, for the tests that kill it part-way or hold the warehouse open.
//   ingest-child.ts ingest WAREHOUSE FILE   — loads FILE, printing "chunk N" as it reads, then "done"
//   ingest-child.ts hold WAREHOUSE          — opens the warehouse, prints "open", waits to be killed
import { ingestFile } from '../../../pipelines/ingest/ingest-file.ts';
import { openWarehouse } from '../../../pipelines/warehouse/open.ts';

const [mode, warehouse, file] = process.argv.slice(2);
const w = await openWarehouse(warehouse);
if (mode === 'hold') {
  process.stdout.write('open\n');
  setInterval(() => {}, 1000);
} else if (file) {
  let chunks = 0;
  await ingestFile(w, file, { onBytes: () => process.stdout.write(`chunk ${++chunks}\n`) });
  await w.close();
  process.stdout.write('done\n');
}
