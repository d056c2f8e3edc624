import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUlnChecksumValid } from '../../pipelines/ilr/uln.ts';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/open.ts';
import { insertReturn, type RawReturn, type RawRow } from '../support/raw-rows.ts';
import { buildModels, rows } from '../support/warehouse.ts';

// Invariants of the marts over random cohorts (STYLE.md, "Invariants as queries that must return
// no rows"): achievers ≤ completers ≤ leavers, rates in [0, 1], national = sum of providers,
// unique keys. Cohorts mix XML-shaped and legacy returns, every CompStatus, transfers, breaks,
// restarts (RES), programme and component aims, credits, monitoring codes, ULNs, learner
// references that name a previous one (chains and loops), and destinations.

const iso = (day: number) => new Date(Date.UTC(2019, 7, 1) + day * 86_400_000).toISOString().slice(0, 10);

const aimArb = fc.record({
  kind: fc.constantFrom('et', 'et', 'programme', 'component', 'standard'),
  learnAimRef: fc.constantFrom('60000088', '60000011', '50000015', '50000026'),
  startDay: fc.integer({ min: 0, max: 1400 }),
  plannedDays: fc.integer({ min: 0, max: 700 }),
  actualDays: fc.integer({ min: 0, max: 900 }),
  compStatus: fc.constantFrom(1, 2, 3, 4, 6),
  outcome: fc.constantFrom(1, 3, 8),
  withdrawReason: fc.constantFrom(40, 7, 41, 44, 47),
  achieved: fc.boolean(),
  a59: fc.option(fc.integer({ min: 0, max: 60 })),
  a60: fc.option(fc.integer({ min: 0, max: 80 })),
  fam: fc.option(fc.constantFrom(['A46', '86'], ['A46', '034'], ['A46', '81'], ['LDM', '034'], ['RES', '1'])),
});
const learnerArb = fc.record({
  uln: fc.constantFrom(1000000043, 1000000042, 9999999999, 1061485810, null),
  sex: fc.constantFrom('F', 'M'),
  prevRef: fc.option(fc.constantFrom('L1', 'L2', 'L3')),
  l39: fc.option(fc.constantFrom('95', '12')),
  outType: fc.option(fc.constantFrom('EDU', 'EMP', 'OTH')),
  aims: fc.array(aimArb, { minLength: 1, maxLength: 3 }),
});
const returnArb = fc.record({
  ukprn: fc.constantFrom(30000001, 30000002, 30000003),
  year: fc.integer({ min: 2019, max: 2023 }),
  legacy: fc.boolean(),
  learners: fc.array(learnerArb, { minLength: 1, maxLength: 6 }),
});
const cohortArb = fc.uniqueArray(returnArb, { minLength: 1, maxLength: 5, selector: (r) => `${r.ukprn}-${r.year}` });

type CohortReturn = (typeof cohortArb extends fc.Arbitrary<infer T> ? T : never)[number];

function toRaw(r: CohortReturn): RawReturn {
  const learners: RawRow[] = [];
  const aims: RawRow[] = [];
  const fams: RawRow[] = [];
  const dpOutcomes: RawRow[] = [];
  r.learners.forEach((l, i) => {
    const ref = `L${i + 1}`;
    learners.push({
      learn_ref_number: ref,
      prev_learn_ref_number: r.legacy ? null : l.prevRef,
      uln: l.uln,
      sex: l.sex,
      date_of_birth: '2003-05-01',
      l39_destination: r.legacy ? l.l39 : null,
    });
    if (!r.legacy && l.outType) dpOutcomes.push({ learn_ref_number: ref, out_type: l.outType, out_code: 1 });
    l.aims.forEach((a, j) => {
      const compStatus = r.legacy ? a.compStatus : a.compStatus === 4 ? 3 : a.compStatus;
      const ended = compStatus !== 1;
      const programme = a.kind === 'programme' || a.kind === 'standard';
      aims.push({
        learn_ref_number: ref,
        aim_seq_number: j + 1,
        learn_aim_ref: programme ? 'ZPROG001' : a.learnAimRef,
        aim_type: r.legacy ? null : programme ? 1 : a.kind === 'component' ? 3 : 4,
        prog_type: a.kind === 'standard' ? 25 : a.kind === 'et' ? (r.legacy ? 99 : null) : 3,
        learn_start_date: iso(a.startDay),
        learn_plan_end_date: iso(a.startDay + a.plannedDays),
        learn_act_end_date: ended ? iso(a.startDay + a.actualDays) : null,
        ach_date: a.kind === 'standard' && a.achieved ? iso(a.startDay + a.actualDays + 30) : null,
        comp_status: compStatus,
        outcome: compStatus === 1 ? null : compStatus === 2 ? a.outcome : 3,
        withdraw_reason: compStatus === 3 ? a.withdrawReason : null,
        a59_planned_credits: r.legacy ? a.a59 : null,
        a60_credits_achieved: r.legacy ? a.a60 : null,
      });
      if (a.fam) fams.push({ learn_ref_number: ref, aim_seq_number: j + 1, learn_del_fam_type: a.fam[0], learn_del_fam_code: a.fam[1] });
    });
  });
  return { ukprn: r.ukprn, year: r.year, format: r.legacy ? 'legacy_csv' : 'xml', learners, aims, fams, dpOutcomes };
}

/** Each query lists what breaks its invariant; every one must return no rows. */
const INVARIANTS: Record<string, string> = {
  'qar_rates: achievers ≤ completers ≤ leavers, timely achievers ≤ timely leavers': `
    select * from marts.qar_rates where not (achievers <= completers and completers <= leavers and timely_achievers <= timely_leavers)`,
  'qar_rates: rates in [0, 1]': `
    select * from marts.qar_rates where retention_rate not between 0 and 1 or pass_rate not between 0 and 1
      or achievement_rate not between 0 and 1 or timely_achievement_rate not between 0 and 1`,
  'qar_rates: national = sum of providers': `
    with p as (select hybrid_end_year, qar_family, breakdown, breakdown_value, sum(leavers) l, sum(completers) c, sum(achievers) a,
                      sum(timely_leavers) tl, sum(timely_achievers) ta
               from marts.qar_rates where ukprn is not null group by all),
         n as (select hybrid_end_year, qar_family, breakdown, breakdown_value, leavers l, completers c, achievers a,
                      timely_leavers tl, timely_achievers ta from marts.qar_rates where ukprn is null)
    (select * from p except all select * from n) union all (select * from n except all select * from p)`,
  'qar_rates: every breakdown sums to the all row': `
    with b as (select hybrid_end_year, ukprn, qar_family, breakdown, sum(leavers) l from marts.qar_rates where breakdown <> 'all' group by all),
         a as (select hybrid_end_year, ukprn, qar_family, leavers l from marts.qar_rates where breakdown = 'all')
    select * from b left join a using (hybrid_end_year, ukprn, qar_family) where b.l is distinct from a.l and a.l > 0`,
  'qar_rates: unique key': `
    select hybrid_end_year, ukprn, qar_family, breakdown, breakdown_value from marts.qar_rates group by all having count(*) > 1`,
  // Measures version 2: the timely cohort holds continuing aims too (timely non-achievers), but
  // never an excluded one, and never one planned to end after the provider's latest return.
  // Measures version 2: each AimSeqNumber is an aim of its own, so an aim is its latest record.
  'fct_qar_aims: unique aim, achievers and completers are counted leavers, the timely cohort is not excluded': `
    select ukprn, learn_ref_number, learn_aim_ref, learn_start_date from marts.fct_qar_aims
    group by ukprn, learn_ref_number, learn_aim_ref, learn_start_date, aim_seq_number, latest_collection_year having count(*) > 1
    union all
    select ukprn, learn_ref_number, learn_aim_ref, learn_start_date from marts.fct_qar_aims
    where (is_achiever or is_completer) and not (is_leaver and exclusion_reason is null)
       or is_timely_cohort and exclusion_reason is not null
       or is_timely_cohort and planned_end_year > (select max(collection_year) from meta.batches where status = 'loaded')
       or is_timely_achiever and not (is_timely_cohort and is_achiever)`,
  // Measures version 2, "Breaks in learning and restarts": a break is a leaver only when overdue
  // (counted in the year after its break's year), else excluded as restarted or still on a
  // break; only a break is excluded so; a restart is never excluded on the qualifying period.
  // (A standard's AchDate makes it a leaver whatever it says: the random cohorts give breaks one.)
  'fct_qar_aims: breaks are overdue leavers or excluded, restarts pass the qualifying period': `
    select learn_ref_number, exclusion_reason from marts.fct_qar_aims
    where exclusion_reason in ('break_restarted', 'break_in_learning') and comp_status <> 6
       or exclusion_reason = 'qualifying_period' and is_restart
       or comp_status = 6 and ach_date is null and is_leaver <> is_overdue
       or comp_status = 6 and not is_leaver and exclusion_reason is null
       or comp_status = 6 and is_overdue and source_format = 'xml'
          and hybrid_end_year <> funding_year(learn_act_end_date) + 1`,
  'credit_success_rates: bounded, national = sum, unique': `
    select hybrid_end_year, ukprn from marts.credit_success_rates
    where credit_success_rate not between 0 and 1 or credits_achieved > credits_planned
       or learners_no_credits_achieved + learners_some_credits_achieved + learners_all_credits_achieved <> learners
    union all
    select hybrid_end_year, null from marts.credit_success_rates group by all having count(*) filter (where ukprn is null) <> 1
       or sum(credits_planned) filter (where ukprn is not null) <> sum(credits_planned) filter (where ukprn is null)
       or sum(credits_achieved) filter (where ukprn is not null) <> sum(credits_achieved) filter (where ukprn is null)
    union all
    select hybrid_end_year, ukprn from marts.credit_success_rates group by all having count(*) > 1`,
  'priority_group_volumes: achievers ≤ leavers ≤ starts, learners ≤ starts, national = sum, unique': `
    select start_year, ukprn, priority_group, pathway_type from marts.priority_group_volumes
    where not (achievers <= leavers and leavers <= starts and learners <= starts) or achievement_rate not between 0 and 1
    union all
    select start_year, null, priority_group, pathway_type from marts.priority_group_volumes group by all
    having sum(starts) filter (where ukprn is not null) <> sum(starts) filter (where ukprn is null)
       or sum(learners) filter (where ukprn is not null) <> sum(learners) filter (where ukprn is null)
    union all
    select start_year, ukprn, priority_group, pathway_type from marts.priority_group_volumes group by all having count(*) > 1`,
  'uln_quality: the three classes add up, national = sum, unique': `
    select collection_year, ukprn from marts.uln_quality where valid_uln + temporary_uln + invalid_uln <> learners or shared_uln > learners
    union all
    select collection_year, null from marts.uln_quality group by all
    having sum(learners) filter (where ukprn is not null) <> sum(learners) filter (where ukprn is null)
       or sum(shared_uln) filter (where ukprn is not null) <> sum(shared_uln) filter (where ukprn is null)
    union all
    select collection_year, ukprn from marts.uln_quality group by all having count(*) > 1`,
  'progression_checkins: sustained <= in work or learning <= leavers, rising with the days, unique': `
    select leave_year, ukprn, days_after_leaving from marts.progression_checkins
    where sustained > in_work_or_learning or in_work_or_learning > leavers_with_outcome_records
    union all
    select leave_year, ukprn, days_after_leaving from (
        select *, lag(in_work_or_learning) over (partition by leave_year, ukprn order by days_after_leaving) as before
        from marts.progression_checkins) where in_work_or_learning < before
    union all
    select leave_year, ukprn, days_after_leaving from marts.progression_checkins group by all having count(*) > 1`,
  'uln_quality_required: the three classes add up, national = sum, unique': `
    select collection_year, ukprn from marts.uln_quality_required where valid_uln + temporary_uln + invalid_uln <> learners_requiring_uln
    union all
    select collection_year, null from marts.uln_quality_required group by all
    having sum(learners_requiring_uln) filter (where ukprn is not null) <> sum(learners_requiring_uln) filter (where ukprn is null)
    union all
    select collection_year, ukprn from marts.uln_quality_required group by all having count(*) > 1`,
  'possible_claims: across providers within learners, learners <= claims, unique': `
    select year, ukprn, qualification_ref from marts.possible_claims
    where learners > claims or coalesce(learners_across_providers, 0) > learners
    union all
    select year, ukprn, qualification_ref from marts.possible_claims group by all having count(*) > 1`,
  'destinations: each group within the all row, unique': `
    select leave_year, ukprn, destination_group from marts.destinations where share_of_learners not between 0 and 1
    union all
    select leave_year, ukprn, destination_group from marts.destinations group by all having count(*) > 1`,
};

describe('mart invariants on random cohorts', () => {
  it('hold for every cohort', async () => {
    await fc.assert(
      fc.asyncProperty(cohortArb, async (cohort) => {
        const w: Warehouse = await openWarehouse(':memory:');
        try {
          for (const r of cohort) await insertReturn(w, toRaw(r));
          await buildModels(w);
          for (const [name, sql] of Object.entries(INVARIANTS)) expect(await rows(w, sql), name).toEqual([]);
        } finally {
          await w.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('checks ULNs in SQL exactly as the TypeScript DD01 check does', async () => {
    const w = await openWarehouse(':memory:');
    try {
      await buildModels(w);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.bigInt({ min: 1000000000n, max: 9999999999n }), { minLength: 1, maxLength: 200 }), async (ulns) => {
          const got = await rows(w, `select u::varchar as uln, is_uln_checksum_valid(u) as ok from (values ${ulns.map((u) => `(${u}::bigint)`).join(', ')}) t(u)`);
          for (const row of got) expect(row.ok, String(row.uln)).toBe(isUlnChecksumValid(String(row.uln)));
        }),
        { numRuns: 20 },
      );
    } finally {
      await w.close();
    }
  });
});
