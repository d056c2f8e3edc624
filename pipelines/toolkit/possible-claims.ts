// The provider's own list of possible QCF claims (DESIGN.md, "CLI": `ilr claims`; shared/domain/
// measures.md, "QCF achievement records: possible claims"; seed document 003, the LAR's "Possible
// Claims List"). One row per learner and qualification whose rules of combination the learner's
// achieved units meet while they hold no achieved aim on it:
//   units achieved here            — the provider's own units meet the rules;
//   with credit from elsewhere     — only the units achieved here and at other providers together
//                                    meet them (credit accumulation and transfer), listed for each
//                                    provider that contributed units.
// Personal data: learner references and ULNs. The list goes to the terminal or a file the user
// names, never to a warehouse table, reports.duckdb or the site.
import { querySql, type SqlResult } from '../cli/commands/sql.ts';
import { checkReady } from './learners-at-risk.ts';

export const CLAIM_SOURCES = ['units achieved here', 'with credit from other providers'] as const;

/** The query behind `ilr claims`: ukprn is a whole number checked by the caller. */
export function possibleClaimsSql(ukprn: number): string {
  return `
with claims as (
    select * from intermediate.int_qcf_possible_claims
),
own_refs as (
    select uln, min(learn_ref_number) as learn_ref_number
    from intermediate.int_qcf_unit_achievements
    where ukprn = ${ukprn}
    group by uln
),
listed as (
    select claims.*, coalesce(claims.learn_ref_number, own_refs.learn_ref_number) as own_ref,
        case when claims.scope = 'provider' then '${CLAIM_SOURCES[0]}' else '${CLAIM_SOURCES[1]}' end as source,
    from claims
    inner join own_refs using (uln)
    where (claims.scope = 'provider' and claims.ukprn = ${ukprn})
        or (claims.scope = 'national' and claims.is_across_providers and list_contains(claims.contributing_ukprns, ${ukprn}))
)
select
    listed.own_ref as learn_ref_number,
    cast(listed.uln as varchar) as uln,
    listed.qualification_ref,
    aims.learn_aim_title as qualification_title,
    cast(listed.claim_year as varchar) || '/' || lpad(cast((listed.claim_year + 1) % 100 as varchar), 2, '0') as rules_met_in,
    listed.credit as credits_towards_it,
    listed.source,
from listed
left join ref.learning_aims as aims
    on cast(aims.learn_aim_ref as varchar) = listed.qualification_ref
order by listed.claim_year, listed.own_ref, listed.qualification_ref`;
}

export async function possibleClaims(warehouse: string, ukprn: number): Promise<SqlResult> {
  await checkReady(warehouse, ukprn, 'intermediate.int_qcf_possible_claims');
  return querySql(warehouse, possibleClaimsSql(ukprn));
}
