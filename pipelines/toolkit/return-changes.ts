// The provider's own list of what changed between its successive returns (`ilr changes`; the
// rules in models/intermediate/int_return_changes.sql). Personal data: learner references. The
// list is written to the terminal or a file the user names, never to reports.duckdb or the site.
import { querySql, type SqlResult } from '../cli/commands/sql.ts';
import { checkReady } from './learners-at-risk.ts';

export interface ChangesQuery {
  ukprn: number;
  /** Only the changes flagged for a partnership manager to look at. */
  flaggedOnly?: boolean;
  year?: number;
}

export function returnChangesSql({ ukprn, flaggedOnly, year }: ChangesQuery): string {
  const where = [`ukprn = ${ukprn}`, ...(flaggedOnly ? ['flag is not null'] : []), ...(year === undefined ? [] : [`collection_year = ${year}`])];
  return `
select
    collection_year,
    comparison,
    strftime(earlier_prepared_on, '%Y-%m-%d') as earlier_prepared_on,
    strftime(later_prepared_on, '%Y-%m-%d') as later_prepared_on,
    learn_ref_number,
    learn_aim_ref,
    strftime(learn_start_date, '%Y-%m-%d') as learn_start_date,
    change_kind,
    old_value,
    new_value,
    flag,
from intermediate.int_return_changes
where ${where.join(' and ')}
order by collection_year, later_prepared_on, flag is null, change_kind, learn_ref_number, learn_aim_ref, learn_start_date`;
}

export async function returnChanges(warehouse: string, query: ChangesQuery): Promise<SqlResult> {
  await checkReady(warehouse, query.ukprn, 'intermediate.int_return_changes');
  return querySql(warehouse, returnChangesSql(query));
}
