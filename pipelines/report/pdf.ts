// Prints one page of the built site to PDF through headless Chromium (`ilr report --pdf`): the
// site is served on loopback for the length of the print, and Chromium is given time to run the
// page's queries before printing. The page's own print CSS (reports/components/PrintStyles.svelte)
// hides navigation and inputs. Chromium is Debian's (`/usr/bin/chromium`, or CHROMIUM_PATH).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { serveSite } from './serve.ts';

export const DEFAULT_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How Chromium runs here: as root with no sandbox, no GPU, and none of its own network traffic
 * (this machine's network is closed: background requests would be refused, many at a time).
 */
export const OFFLINE_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export class PdfFailed extends Error {}

function runChromium(chromium: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PdfFailed(`could not start Chromium at ${chromium}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new PdfFailed(`Chromium exited with ${code ?? 'a signal'} while printing:\n${output.slice(-2000)}`));
    });
  });
}

export interface PrintOptions {
  siteDir: string;
  route: string;
  outPath: string;
  chromium?: string;
}

/** Prints `route` of the site in `siteDir` to `outPath`; returns the PDF's size in bytes. */
export async function printPage({ siteDir, route, outPath, chromium = DEFAULT_CHROMIUM }: PrintOptions): Promise<number> {
  if (!existsSync(chromium)) throw new PdfFailed(`Chromium is not at ${chromium}; install Debian's chromium or set CHROMIUM_PATH`);
  mkdirSync(dirname(outPath), { recursive: true });
  const site = await serveSite(siteDir);
  try {
    await runChromium(
      chromium,
      [
        '--headless',
        ...OFFLINE_CHROMIUM_FLAGS,
        '--no-pdf-header-footer',
        '--virtual-time-budget=20000',
        '--run-all-compositor-stages-before-draw',
        `--print-to-pdf=${outPath}`,
        `${site.url}${route}`,
      ],
      120_000,
    );
  } finally {
    await site.close();
  }
  if (!existsSync(outPath)) throw new PdfFailed(`Chromium finished but wrote no PDF at ${outPath}`);
  return statSync(outPath).size;
}
