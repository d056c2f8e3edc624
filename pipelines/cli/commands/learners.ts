import { Command, InvalidArgumentError, Option } from 'commander';
import { writeLearnerList } from '../../toolkit/learner-list-output.ts';
import { learnersAtRisk } from '../../toolkit/learners-at-risk.ts';
import type { SqlResult } from './sql.ts';
import { warehouseOption } from '../options.ts';

export interface LearnersArgs {
  warehouse: string;
  ukprn: number;
  out?: string;
}

/** A UKPRN: eight digits, 10000000–99999999. */
export function ukprnArg(value: string): number {
  if (!/^\d{8}$/.test(value.trim())) throw new InvalidArgumentError('expected a UKPRN, eight digits such as 10000001');
  return Number(value.trim());
}

export const ukprnOption = () => new Option('--ukprn <ukprn>', 'the provider (UKPRN)').argParser(ukprnArg).makeOptionMandatory();

export async function runLearners(args: LearnersArgs): Promise<SqlResult> {
  const result = await learnersAtRisk(args.warehouse, args.ukprn);
  writeLearnerList(result, { what: 'aim(s) at risk', ukprn: args.ukprn, out: args.out });
  return result;
}

export function learnersCommand(): Command {
  return new Command('learners')
    .description(
      "list a provider's learners at risk in its latest return — aims past their planned end, on a break with no restart, withdrawn inside the qualifying period, or ended with no outcome — with what to do (personal data: to the terminal or --out only)",
    )
    .addOption(ukprnOption())
    .addOption(warehouseOption())
    .addOption(new Option('--out <file.csv>', 'write the list as CSV to this file instead of the terminal'))
    .action(async (args: LearnersArgs) => {
      await runLearners(args);
    });
}
