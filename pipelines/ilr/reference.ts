// Reference seeds shipped in seeds/ (replaceable by the user's own). The generator and the
// models read the same files, so generated aims always exist in the reference.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface LearningAim {
  learnAimRef: string;
  title: string;
  level: string;
  qualificationType: string;
  ssaTier1: string;
  creditValue: number | null;
  pathwayType: string | null;
}

export function readLearningAims(path = `${SEEDS_DIR}learning_aims.csv`): LearningAim[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows.map((row) => ({
    learnAimRef: row.learn_aim_ref ?? '',
    title: row.learn_aim_title ?? '',
    level: row.qualification_level ?? '',
    qualificationType: row.qualification_type ?? '',
    ssaTier1: row.ssa_tier1 ?? '',
    creditValue: row.credit_value ? Number(row.credit_value) : null,
    pathwayType: row.pathway_type || null,
  }));
}
