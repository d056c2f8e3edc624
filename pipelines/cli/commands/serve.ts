import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { BUILD_DIR } from '../../report/evidence.ts';
import { serveSite } from '../../report/serve.ts';
import { positiveInt } from '../options.ts';
import { StepFailed } from '../step-failed.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the built site on this machine only (http://127.0.0.1), offline')
    .addOption(new Option('--port <n>', 'port to listen on').argParser(positiveInt).default(4173))
    .addOption(new Option('--dir <dir>', 'the built site to serve').default(BUILD_DIR, 'build/'))
    .action(async (args: { port: number; dir: string }) => {
      if (!existsSync(join(args.dir, 'index.html'))) {
        throw new StepFailed(
          args.dir === BUILD_DIR
            ? 'there is no built site yet; run `npm run demo` or `ilr report` first'
            : `${args.dir} holds no built site (no index.html); name the folder \`ilr report\` built, or leave --dir out for build/`,
        );
      }
      const site = await serveSite(args.dir, args.port);
      console.log(`Serving ${args.dir} at ${site.url} — press Ctrl+C to stop.`);
      await new Promise(() => {});
    });
}
