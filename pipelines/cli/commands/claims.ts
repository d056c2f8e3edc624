import { Command, Option } from 'commander';
import { writeLearnerList } from '../../toolkit/learner-list-output.ts';
import { possibleClaims } from '../../toolkit/possible-claims.ts';
import type { SqlResult } from './sql.ts';
import { ukprnOption } from './learners.ts';
import { warehouseOption } from '../options.ts';

export interface ClaimsArgs {
  warehouse: string;
  ukprn: number;
  out?: string;
}

export async function runClaims(args: ClaimsArgs): Promise<SqlResult> {
  const result = await possibleClaims(args.warehouse, args.ukprn);
  writeLearnerList(result, { what: 'possible QCF claim(s)', ukprn: args.ukprn, out: args.out });
  return result;
}

export function claimsCommand(): Command {
  return new Command('claims')
    .description(
      "list a provider's learners whose achieved QCF units meet a qualification's rules of combination while they hold no achieved aim on it — from the units achieved there, or with credit from other providers — and the qualification each may claim (personal data: to the terminal or --out only)",
    )
    .addOption(ukprnOption())
    .addOption(warehouseOption())
    .addOption(new Option('--out <file.csv>', 'write the list as CSV to this file instead of the terminal'))
    .action(async (args: ClaimsArgs) => {
      await runClaims(args);
    });
}
