import { Command, InvalidArgumentError, Option } from 'commander';
import { writeLearnerList } from '../../toolkit/learner-list-output.ts';
import { returnChanges } from '../../toolkit/return-changes.ts';
import type { SqlResult } from './sql.ts';
import { warehouseOption } from '../options.ts';
import { ukprnOption } from './learners.ts';

export interface ChangesArgs {
  warehouse: string;
  ukprn: number;
  year?: number;
  flagged?: boolean;
  out?: string;
}

export async function runChanges(args: ChangesArgs): Promise<SqlResult> {
  const result = await returnChanges(args.warehouse, { ukprn: args.ukprn, flaggedOnly: args.flagged, year: args.year });
  writeLearnerList(result, { what: args.flagged ? 'flagged change(s)' : 'change(s)', ukprn: args.ukprn, out: args.out });
  return result;
}

function fundingYear(value: string): number {
  const m = /^(\d{4})(?:\/\d{2})?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a funding year such as 2024 or 2024/25');
  return Number(m[1]);
}

export function changesCommand(): Command {
  return new Command('changes')
    .description(
      "what changed between a provider's successive returns — learners and aims added and removed, or held back by validation (in the later file but kept out by an error, with the rule: not a removal, never flagged), completion status, outcome and end dates — flagging the changes that move the QAR without new learning (personal data: to the terminal or --out only)",
    )
    .addOption(ukprnOption())
    .addOption(warehouseOption())
    .addOption(new Option('--year <year>', 'only the returns of this collection year (2024 or 2024/25)').argParser(fundingYear))
    .addOption(new Option('--flagged', 'only the flagged changes (withdrawn aim removed, late achievement, planned end moved after it passed)'))
    .addOption(new Option('--out <file.csv>', 'write the list as CSV to this file instead of the terminal'))
    .action(async (args: ChangesArgs) => {
      await runChanges(args);
    });
}
