// Small generated samples the generator tests share, each written once into a fresh folder.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateOptions, type GenerateResult } from '../../pipelines/generate/generate.ts';

export interface Sample extends GenerateResult {
  dir: string;
  /** The ILR files written, by name, sorted. */
  names: string[];
}

export async function generateSample(options: Omit<GenerateOptions, 'outDir'>): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-gen-'));
  const result = await generate({ ...options, outDir: dir });
  const names = readdirSync(dir).filter((n) => n.startsWith('ILR-')).sort();
  return { ...result, dir, names };
}
