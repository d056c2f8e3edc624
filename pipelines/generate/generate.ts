// `ilr generate`: synthetic ILR returns for N providers over a range of collection years.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLearningAims } from '../ilr/reference.ts';
import { Random } from './random.ts';
import { makeProviders, simulateProvider, type Provider } from './simulate.ts';
import { filePreparationDate, ilrFileName, writeReturnXml } from './write-xml.ts';

export const PROVIDERS_FILE = 'providers.csv';

export interface GenerateOptions {
  outDir: string;
  providers: number;
  learnersPerProvider: number;
  firstYear: number;
  lastYear: number;
  seed: number;
  onFile?: (file: GeneratedFile) => void;
}

export interface GeneratedFile {
  path: string;
  provider: Provider;
  year: number;
  learners: number;
  aims: number;
}

export async function generate(options: GenerateOptions): Promise<GeneratedFile[]> {
  mkdirSync(options.outDir, { recursive: true });
  const rng = new Random(options.seed);
  const aims = readLearningAims();
  const providers = makeProviders(rng.fork(0), options.providers, options.learnersPerProvider);
  // The provider reference the models read (ref.providers): names are not in the ILR itself.
  writeFileSync(
    join(options.outDir, PROVIDERS_FILE),
    `ukprn,provider_name,provider_type\n${providers.map((p) => `${p.ukprn},"${p.name}",${p.kind}`).join('\n')}\n`,
  );
  const files: GeneratedFile[] = [];
  for (const [index, provider] of providers.entries()) {
    const learners = simulateProvider(rng.fork(index + 1), provider, options.firstYear, options.lastYear, aims);
    for (let year = options.firstYear; year <= options.lastYear; year++) {
      const preparedOn = filePreparationDate(year);
      const path = join(options.outDir, ilrFileName(provider.ukprn, year, preparedOn));
      const counts = await writeReturnXml(path, { provider, learners }, year, preparedOn);
      const file = { path, provider, year, ...counts };
      files.push(file);
      options.onFile?.(file);
    }
  }
  return files;
}
