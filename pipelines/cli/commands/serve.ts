import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { BUILD_DIR } from '../../report/evidence.ts';
import { serveSite } from '../../report/serve.ts';
import { positiveInt } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the built site on this machine only (http://127.0.0.1), offline')
    .addOption(new Option('--port <n>', 'port to listen on').argParser(positiveInt).default(4173))
    .action(async (args: { port: number }) => {
      if (!existsSync(BUILD_DIR)) throw new StepFailed('there is no built site yet; run `npm run demo` or `ilr report` first');
      const site = await serveSite(BUILD_DIR, args.port);
      console.log(`Serving ${BUILD_DIR} at ${site.url} — press Ctrl+C to stop.`);
      await new Promise(() => {});
    });
}
