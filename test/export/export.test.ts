// `ilr export` on a small warehouse built from fixture returns: the Parquet export read back with
// DuckDB equals the tables, partition by partition; the open-data CSV matches its metadata, holds
// no count from 1 to 4 and the figures the report tables hold; learner-level columns are written
// only when asked for; and the CLI's exit codes and messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpenData, META_COLUMNS, OBSERVATIONAL_COLUMNS, PROVIDER_COLUMNS } from '../../pipelines/export/open-data.ts';
import { OPEN_DATA_FILES } from '../../pipelines/export/open-data-files.ts';
import { exportParquet, LEARNER_LEVEL_COLUMNS, personalDataLines, type ParquetExport } from '../../pipelines/export/parquet.ts';
import { openReadOnly, type ReadOnlyWarehouse } from '../../pipelines/export/warehouse.ts';
import { MANIFEST, writeFolder } from '../../pipelines/export/write-folder.ts';
import { openWarehouse } from '../../pipelines/warehouse/open.ts';
import { writeReturns, type FixtureLearner } from '../support/ilr-xml.ts';
import { insertReturn, type RawReturn, type RawRow } from '../support/raw-rows.ts';
import { buildModels, freshWarehouse, ingestAll } from '../support/warehouse.ts';

// Two providers, one education-and-training aim per learner, all aged 24+ (born 1990):
//   10000001, 2022/23: 14 learners, F 12 and M 2 — 9 achieved, 2 completed without achieving,
//     3 withdrew; and Q1, whose ULN fails its check digit (ULN_04): quarantined, counted nowhere.
//   10000001, 2023/24: 6 learners, all F, all achieved.
//   10000002, 2022/23: 3 learners, all F, all achieved.
// Provider 10000001, 2022/23, all: 14 leavers, 11 completers, 9 achievers → 64.3%, retention
//   78.6%, pass 81.8%. Sex male (2) is withheld (`low`), so female (12) is withheld too (`c`):
//   female = all − male.
// Provider 10000002, 2022/23: 3 leavers → every figure `low`.
// National 2022/23, all: 17 leavers, 14 completers, 12 achievers → volumes rounded to 20, 10, 10;
//   achievement 12/17 = 70.6%, retention 14/17 = 82.4%, pass 12/14 = 85.7%.
// No return has credits (A59/A60 are legacy fields): every credit success row reads `none`, so
//   its counts are 0 and its rate `z`.
const aim = (year: number, outcome: 'achieved' | 'not achieved' | 'withdrew') => ({
  learnStartDate: `${year}-09-01`,
  learnPlanEndDate: `${year + 1}-06-30`,
  compStatus: outcome === 'withdrew' ? 3 : 2,
  learnActEndDate: outcome === 'withdrew' ? `${year + 1}-01-10` : `${year + 1}-06-20`,
  ...(outcome === 'withdrew' ? { withdrawReason: 44 } : {}),
  outcome: outcome === 'achieved' ? 1 : 3,
});
const learners = (prefix: string, year: number, outcomes: ('achieved' | 'not achieved' | 'withdrew')[], sex = (_: number) => 'F'): FixtureLearner[] =>
  outcomes.map((outcome, i) => ({ learnRefNumber: `${prefix}${i + 1}`, sex: sex(i), aims: [aim(year, outcome)] }));
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

const RETURNS = [
  {
    ukprn: 10000001,
    year: 2022,
    learners: [
      ...learners('A', 2022, [...times(9, 'achieved' as const), ...times(2, 'not achieved' as const), ...times(3, 'withdrew' as const)], (i) => (i >= 12 ? 'M' : 'F')),
      { learnRefNumber: 'Q1', uln: '1000000042', aims: [aim(2022, 'achieved')] },
    ],
  },
  { ukprn: 10000001, year: 2023, learners: learners('B', 2023, times(6, 'achieved' as const)) },
  { ukprn: 10000002, year: 2022, learners: learners('C', 2022, times(3, 'achieved' as const)) },
];

// The report tables added with version 2, each given rows by three more providers written as the
// loaders would write them (test/support/raw-rows.ts), in years the figures above do not touch:
// 10000003, legacy 2009/10 return, every aim 2009-09-01 → 2010-06-30, completed (hybrid end year and
//   start year 2009):
//   P1–P5  50000015 (Progression Pathway to_level_2, QCF, 12 credits), A46 81, A59 12, A60 12, achieved
//   R1–R6  50000026 (pre_apprenticeship, 13 credits), A46 81, A59 13, A60 5, not achieved (Outcome 3)
//   U1–U5  four achieved QCF units each, QU100011 QU100022 QU100033 QU100055, A59 = A60 = 3: the
//          rules of 50000015 (mandatory 011 + 022 = 6 ≥ 6, options 033 + 055 = 6 ≥ 6, total 12 ≥ 12,
//          at or above level 1 12 ≥ 9) without the qualification → a possible claim each
//          (50000115 needs 13 credits, 50000148 options of 6 from its own list: no claim)
//   ULNs: U1–U5, P1–P3 valid; P4, P5, R1–R6 the temporary ULN.
//   uln_quality_required 2009: 16 learners must have a ULN (all on A46 81 or A59 > 0); temporary 8
//     → 50.0%; invalid none → 0, 0.0%. England the same, rounded: 20 learners, 10 temporary.
//   possible_qcf_claims 2009: 10000003 Total 5 learners, 5 claims; England Total and 50000015 each
//     5 learners, 5 claims, rounded to 10; across providers 0 (England), z (a provider).
//   credit_success_by_group 2009, 10000003:
//     priority_group progression_pathways P + R: 11 learners, 11 aims, 60 + 78 = 138 planned,
//       60 + 30 = 90 achieved → 65.2%;
//     pathway_type to_level_2 P: 5, 5, 60, 60 → 100.0%; pre_apprenticeship R: 6, 6, 78, 30 → 38.5%;
//     credit_ratio_band 100% P + U: 10 learners, 5 + 20 = 25 aims, 120, 120 → 100.0%;
//       25-49% R (5/13 = 38%): 6, 6, 78, 30 → 38.5%.
//   credit_success_rates 2009, 10000003: 16 learners, 31 aims, 198 planned, 150 achieved → 75.8%;
//     none achieved: 0, some: 6 (R), all: 10.
// 10000004, 2021/22 (XML shape): an R06 return prepared 2022-01-31 and its final return prepared
//   2022-10-15. D1–D7 started 2021-09-01 on 60000156, continuing in the R06, achieved 2022-06-30 in
//   the final return; W1–W5 withdrawn 2021-11-01 in the R06, absent from the final return.
//   return_changes 2021 same_year (prepared 2022-10-15): learners removed 5, aims removed 5, flagged
//     withdrawn aims removed 5; completion status, outcome and end date changed 7 each; the rest 0.
//   progression_checkins, leave year 2021 (left 2022-06-30; check-ins +7 07-07, +14 07-14, +30 07-30,
//     +84 09-22): D1–D3 EMP from 07-05, D4–D6 EMP from 07-10, D7 EDU 07-20 → 08-15; 7 leavers with
//     outcome records at every point:
//       day 7:   in work or learning 3 (low), sustained 3 (low), both shares low
//       day 14:  6, 6 → 85.7%, 100.0%
//       day 30:  7, 7 → 100.0%, 100.0%
//       day 84, 182, 365: 7, 6 (D7 ended) → 100.0%, 85.7%
//     England the same, volumes rounded: 10 leavers; 10 in work or learning from day 14.
// 10000005, 2024/25 R06 return prepared 2025-01-31 (the latest year loaded: the in-year position),
//   every aim 60000088 (level 3, education and training) started 2024-09-01:
//   L1–L5 achieved, planned and ended 2024-12-20; L6 withdrawn 2024-12-01 (planned 2025-06-30, 91
//   days in: past the qualifying period); C1–C5 continuing, planned 2025-06-30; O1–O2 continuing,
//   planned 2024-12-01 (61 days past on 2025-01-31).
//   in_year_position 2024, 10000005 Total: leavers so far 6, achievers 5 → 83.3%, retention 5/6 = 83.3%;
//     continuing planned to end 7 (C, O); best (5 + 7)/13 = 92.3%, worst 5/13 = 38.5%, expected: no
//     level 3 leavers of its own in 2023, so England's 2023 level 3 rate, B1–B6 all achieved = 1
//     → (5 + 7 × 1)/13 = 92.3%; on track 5; past planned end 2, overdue 30 and 60 days 2 (low);
//     overdue 90 days 0.
// 10000006, 2018/19 (XML shape), apprenticeship programme aims started 2018-09-03 (standards
//   2018-06-01), planned 2019-06-28, ended 2019-06-20 (hybrid end year 2018):
//   framework 403 ProgType 3: 6 leavers, 3 achieved → 50.0%, below 62%;
//   standard 91: 2 leavers, both achieved → withheld (low), and so framework-403-3, the only other
//   programme, is withheld too (c): it is the Total less standard 91.
//   Total: 8 leavers, 5 achieved → 62.5%; in programmes below 62%: 6 of 8 = 75.0%, withheld (low):
//   beside framework-403-3's "below 62%" it would give back its 6 leavers, and standard 91's 2.
//   England: Total 8 → 10, 62.5%; framework-403-3 6 → 10, its rate withheld (low: its 3 achievers
//   are a count below 5); standard-91 low. 2022/23 and 2023/24 have no apprenticeship leavers: none.
const refs = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const apprenticeship = (ref: string, code: RawRow, achieved: boolean): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: 'ZPROG001',
  aim_seq_number: 1,
  aim_type: 1,
  fund_model: 36,
  learn_start_date: code.prog_type === 25 ? '2018-06-01' : '2018-09-03',
  learn_plan_end_date: '2019-06-28',
  learn_act_end_date: '2019-06-20',
  ...code,
  comp_status: achieved ? 2 : 3,
  outcome: achieved ? 1 : 3,
});
const FW403 = { prog_type: 3, fwork_code: 403, pway_code: 1 };
const ST91 = { prog_type: 25, std_code: 91 };
const APPRENTICESHIPS: RawReturn = {
  ukprn: 10000006,
  year: 2018,
  format: 'xml',
  learners: [...refs('F', 6), ...refs('S', 2)].map((ref) => ({ learn_ref_number: ref, uln: '9999999999', date_of_birth: '1990-01-01' })),
  aims: [...refs('F', 6).map((ref, i) => apprenticeship(ref, FW403, i < 3)), ...refs('S', 2).map((ref) => apprenticeship(ref, ST91, true))],
};
const prior = (year: number) => ({ learn_start_date: `${year}-09-01`, learn_plan_end_date: `${year + 1}-06-30` });
const legacyAim = (ref: string, seq: number, aimRef: string, a59: number, a60: number): RawRow => ({
  learn_ref_number: ref,
  learn_aim_ref: aimRef,
  aim_seq_number: seq,
  ...prior(2009),
  learn_act_end_date: '2010-06-30',
  prog_type: 99,
  a10_funding_stream: 22,
  comp_status: 2,
  outcome: a60 >= a59 ? 1 : 3,
  a59_planned_credits: a59,
  a60_credits_achieved: a60,
});
// Valid ULNs (check digit as DD01), one per learner who is matched by ULN.
const VALID_ULNS = ['1000002003', '1000002011', '1000002038', '1000002046', '1000002054', '1000002062', '1000002070', '1000002089'];
const UNITS = ['QU100011', 'QU100022', 'QU100033', 'QU100055'];
const PATHWAYS: RawReturn = {
  ukprn: 10000003,
  year: 2009,
  learners: [
    ...refs('U', 5).map((ref, i) => ({ learn_ref_number: ref, uln: VALID_ULNS[i], date_of_birth: '1990-01-01' })),
    ...refs('P', 5).map((ref, i) => ({ learn_ref_number: ref, uln: i < 3 ? VALID_ULNS[5 + i] : '9999999999', date_of_birth: '1990-01-01' })),
    ...refs('R', 6).map((ref) => ({ learn_ref_number: ref, uln: '9999999999', date_of_birth: '1990-01-01' })),
  ],
  aims: [
    ...refs('U', 5).flatMap((ref) => UNITS.map((unit, k) => legacyAim(ref, k + 1, unit, 3, 3))),
    ...refs('P', 5).map((ref) => legacyAim(ref, 1, '50000015', 12, 12)),
    ...refs('R', 6).map((ref) => legacyAim(ref, 1, '50000026', 13, 5)),
  ],
  fams: [...refs('P', 5), ...refs('R', 6)].map((ref) => ({ learn_ref_number: ref, aim_seq_number: 1, learn_del_fam_type: 'A46', learn_del_fam_code: '81' })),
};
const xmlAim = (ref: string, more: RawRow): RawRow => ({
  learn_ref_number: ref,
  aim_seq_number: 1,
  aim_type: 4,
  fund_model: 35,
  ...more,
});
const D = refs('D', 7);
const W = refs('W', 5);
const dpOutcome = (ref: string, outType: string, start: string, end: string | null = null): RawRow => ({
  learn_ref_number: ref, out_type: outType, out_code: 1, out_start_date: start, out_end_date: end, out_coll_date: '2022-10-01',
});
const DESTINATIONS: RawReturn[] = [
  {
    ukprn: 10000004,
    year: 2021,
    format: 'xml',
    preparedOn: '2022-01-31',
    learners: [...D, ...W].map((ref) => ({ learn_ref_number: ref, uln: '9999999999', date_of_birth: '1990-01-01' })),
    aims: [
      ...D.map((ref) => xmlAim(ref, { learn_aim_ref: '60000156', ...prior(2021), comp_status: 1 })),
      ...W.map((ref) => xmlAim(ref, { learn_aim_ref: '60000156', ...prior(2021), learn_act_end_date: '2021-11-01', comp_status: 3, outcome: 3 })),
    ],
  },
  {
    ukprn: 10000004,
    year: 2021,
    format: 'xml',
    preparedOn: '2022-10-15',
    learners: D.map((ref) => ({ learn_ref_number: ref, uln: '9999999999', date_of_birth: '1990-01-01' })),
    aims: D.map((ref) => xmlAim(ref, { learn_aim_ref: '60000156', ...prior(2021), learn_act_end_date: '2022-06-30', comp_status: 2, outcome: 1 })),
    dpOutcomes: [
      ...['D1', 'D2', 'D3'].map((ref) => dpOutcome(ref, 'EMP', '2022-07-05')),
      ...['D4', 'D5', 'D6'].map((ref) => dpOutcome(ref, 'EMP', '2022-07-10')),
      dpOutcome('D7', 'EDU', '2022-07-20', '2022-08-15'),
    ],
  },
];
const inYearAim = (ref: string, more: RawRow): RawRow => xmlAim(ref, { learn_aim_ref: '60000088', learn_start_date: '2024-09-01', ...more });
const IN_YEAR: RawReturn = {
  ukprn: 10000005,
  year: 2024,
  format: 'xml',
  preparedOn: '2025-01-31',
  learners: [...refs('L', 6), ...refs('C', 5), ...refs('O', 2)].map((ref) => ({ learn_ref_number: ref, uln: '9999999999', date_of_birth: '1990-01-01' })),
  aims: [
    ...refs('L', 5).map((ref) => inYearAim(ref, { learn_plan_end_date: '2024-12-20', learn_act_end_date: '2024-12-20', comp_status: 2, outcome: 1 })),
    inYearAim('L6', { learn_plan_end_date: '2025-06-30', learn_act_end_date: '2024-12-01', comp_status: 3, outcome: 3 }),
    ...refs('C', 5).map((ref) => inYearAim(ref, { learn_plan_end_date: '2025-06-30', comp_status: 1 })),
    ...refs('O', 2).map((ref) => inYearAim(ref, { learn_plan_end_date: '2024-12-01', comp_status: 1 })),
  ],
};

const ilr = (...args: string[]) => spawnSync(process.execPath, ['bin/ilr.js', ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
const SYMBOLS = ['low', 'c', 'z', 'x'];

let warehousePath: string;
let w: ReadOnlyWarehouse;
let out: string;
const rows = async (sql: string) => (await w.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

beforeAll(async () => {
  const built = await freshWarehouse();
  const summaries = await ingestAll(built, writeReturns(RETURNS));
  expect(summaries.map((s) => s.status)).toEqual(['loaded', 'loaded', 'loaded']);
  for (const r of [PATHWAYS, ...DESTINATIONS, IN_YEAR, APPRENTICESHIPS]) await insertReturn(built, r);
  await buildModels(built);
  warehousePath = built.path;
  await built.close();
  w = await openReadOnly(warehousePath);
  out = mkdtempSync(join(tmpdir(), 'ilr-export-'));
});

afterAll(() => {
  w.close();
});

describe('ilr export --parquet', () => {
  let exported: ParquetExport;
  let withLearners: ParquetExport;

  beforeAll(async () => {
    const options = { warehousePath, log: () => {} };
    exported = await exportParquet(w, join(out, 'parquet'), { ...options, includeLearnerData: false });
    withLearners = await exportParquet(w, join(out, 'parquet-learners'), { ...options, includeLearnerData: true });
  });

  it('writes every mart and report table, and reads back equal to it, partition by partition', async () => {
    const names = exported.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['marts.qar_rates', 'marts.dim_providers', 'reports.report_national_rates', 'reports.report_provider_rates']));
    expect(names.every((n) => n.startsWith('marts.') || n.startsWith('reports.'))).toBe(true);
    for (const t of exported.tables) {
      const dir = join(out, 'parquet', t.folder);
      const source = t.name;
      if (t.yearColumn === null) {
        expect(readdirSync(dir), t.name).toEqual(['data_0.parquet']);
        const [diff] = await rows(`select (select count(*) from (from read_parquet('${dir}/*.parquet') except all from ${source}))
          + (select count(*) from (from ${source} except all from read_parquet('${dir}/*.parquet'))) as n`);
        expect(Number(diff?.n), t.name).toBe(0);
        continue;
      }
      // One folder per year the table holds, named year=YYYY, each holding exactly that year's rows
      // with every column of the table (its own year column too: `year` is only in the path).
      const years = (await rows(`select distinct ${t.yearColumn}::varchar as y from ${source} order by 1`)).map((r) => `year=${r.y}`);
      expect(readdirSync(dir).sort(), t.name).toEqual(years.sort());
      for (const partition of years) {
        const files = `${dir}/${partition}/*.parquet`;
        const year = partition.slice('year='.length);
        // A column called `year` itself lives in the folder name only (parquet.ts).
        const table = `(select ${t.yearColumn === 'year' ? '* exclude (year)' : '*'} from ${source} where ${t.yearColumn} = ${year})`;
        const [diff] = await rows(`select
            (select count(*) from (from read_parquet('${files}', hive_partitioning = false) except all from ${table})) +
            (select count(*) from (from ${table} except all from read_parquet('${files}', hive_partitioning = false))) as n`);
        expect(Number(diff?.n), `${t.name} ${partition}`).toBe(0);
      }
      // Read as one hive-partitioned dataset, `year` is the table's own year column.
      const [whole] = await rows(`select count(*) as n, count(*) filter (where year <> ${t.yearColumn}) as mismatched
        from read_parquet('${dir}/**/*.parquet', hive_partitioning = true)`);
      expect(whole, t.name).toEqual({ n: String(t.rows), mismatched: '0' });
    }
  });

  it('holds no learner-level column by default, and says what it left out', async () => {
    expect(exported.includesLearnerData).toBe(false);
    expect(exported.leftOut).toContain('marts.fct_qar_aims');
    expect(existsSync(join(out, 'parquet', 'raw'))).toBe(false);
    const [found] = await rows(`select list(distinct name) as columns from parquet_schema('${join(out, 'parquet')}/**/*.parquet')`);
    const columns = found?.columns as string[];
    expect(columns).toContain('hybrid_end_year');
    for (const column of LEARNER_LEVEL_COLUMNS) expect(columns).not.toContain(column);
    expect(personalDataLines(exported, join(out, 'parquet'))).toEqual([]);
  });

  it('writes raw.*, quarantine.records and the aims with --include-learner-data, and names the personal data', async () => {
    const names = withLearners.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['raw.learner', 'raw.learning_delivery', 'quarantine.records', 'marts.fct_qar_aims']));
    const learner = withLearners.tables.find((t) => t.name === 'raw.learner');
    // 23 from the XML returns; 16 (10000003) + 12 + 7 (10000004's two returns) + 13 (10000005) + 8
    // (10000006) written raw.
    expect(learner).toMatchObject({ rows: 23 + 16 + 12 + 7 + 13 + 8, yearColumn: 'collection_year', learnerLevel: true });
    expect(learner?.personalColumns).toEqual(expect.arrayContaining(['learn_ref_number', 'uln', 'date_of_birth']));
    const [quarantined] = await rows(`select learn_ref_number, rule_id from read_parquet('${join(out, 'parquet-learners', 'quarantine', 'records')}/**/*.parquet')`);
    expect(quarantined).toEqual({ learn_ref_number: 'Q1', rule_id: 'ULN_04' });
    const lines = personalDataLines(withLearners, join(out, 'parquet-learners'));
    expect(lines.find((l) => l.includes(join(out, 'parquet-learners', 'raw', 'learner') + '/'))).toContain('uln, date_of_birth');
    expect(lines.some((l) => l.includes('marts/fct_qar_aims/'))).toBe(true);
  });
});

describe('ilr export --open-data', () => {
  const dir = () => join(out, 'open-data');
  const csv = (file: string) => parse(readFileSync(join(dir(), file), 'utf8'), { columns: true }) as Record<string, string>[];
  const metadata = (name: string) => csv(`${name}.meta.csv`) as Record<(typeof META_COLUMNS)[number], string>[];
  const header = (file: string) => readFileSync(join(dir(), file), 'utf8').split('\n')[0]!.split(',');

  beforeAll(async () => {
    await exportOpenData(w, dir(), { warehousePath, log: () => {} });
  });

  it('writes each file with a metadata file that describes every column, and values of the type it says', () => {
    expect(readdirSync(dir()).sort()).toEqual(
      [MANIFEST, ...OPEN_DATA_FILES.flatMap((f) => [`${f.name}.csv`, `${f.name}.meta.csv`])].sort(),
    );
    for (const spec of OPEN_DATA_FILES) {
      const meta = metadata(spec.name);
      expect(header(`${spec.name}.meta.csv`)).toEqual([...META_COLUMNS]);
      const standard = [...OBSERVATIONAL_COLUMNS, ...(spec.hasProviders ? PROVIDER_COLUMNS : [])];
      // Every column: the EES observational columns first, then exactly the ones the metadata lists, in its order.
      expect(header(`${spec.name}.csv`), spec.name).toEqual([...standard, ...meta.map((m) => m.col_name)]);
      for (const m of meta) {
        if (m.col_type === 'Filter') {
          expect([m.indicator_unit, m.indicator_dp, m.indicator_grouping], m.col_name).toEqual(['', '', '']);
          if (m.filter_grouping_column) expect(meta.map((x) => x.col_name)).toContain(m.filter_grouping_column);
        } else {
          expect(m.col_type).toBe('Indicator');
          expect([['%', '1'], ['', '0']], m.col_name).toContainEqual([m.indicator_unit, m.indicator_dp]);
        }
        expect(m.label, m.col_name).not.toBe('');
      }
      const data = csv(`${spec.name}.csv`);
      expect(data.length, spec.name).toBeGreaterThan(0);
      for (const row of data) {
        expect(row.time_period).toMatch(/^\d{6}$/);
        expect(Number(row.time_period!.slice(4))).toBe((Number(row.time_period!.slice(0, 4)) + 1) % 100);
        expect(row).toMatchObject({ time_identifier: 'Academic year', country_code: 'E92000001', country_name: 'England' });
        if (row.geographic_level === 'Provider') expect(row.provider_ukprn).toMatch(/^\d{8}$/);
        else expect([row.geographic_level, row.provider_ukprn ?? '', row.provider_name ?? '']).toEqual(['National', '', '']);
        for (const m of meta) {
          const value = row[m.col_name]!;
          if (m.col_type === 'Filter') expect(value, m.col_name).not.toBe('');
          else if (!SYMBOLS.includes(value)) expect(value, `${spec.name}.${m.col_name}`).toMatch(m.indicator_dp === '1' ? /^\d+\.\d$/ : /^\d+$/);
        }
      }
    }
  });

  it('holds no count from 1 to 4', () => {
    for (const spec of OPEN_DATA_FILES) {
      const counts = metadata(spec.name).filter((m) => m.col_type === 'Indicator' && m.indicator_unit === '');
      for (const row of csv(`${spec.name}.csv`)) {
        for (const m of counts) expect(['1', '2', '3', '4'], `${spec.name}.${m.col_name}`).not.toContain(row[m.col_name]);
      }
    }
  });

  it('publishes the report tables’ figures, rates as percentages to one decimal place, withheld ones as GSS symbols', () => {
    const pick = (r: Record<string, string> | undefined, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r?.[k]]));
    const shown = ['leavers', 'completers', 'achievers', 'achievement_rate', 'retention_rate', 'pass_rate'];
    const provider = csv('provider_achievement_rates.csv').filter((r) => r.time_period === '202223');
    const cell = (ukprn: string, breakdown: string, value: string) =>
      provider.find((r) => r.provider_ukprn === ukprn && r.breakdown === breakdown && r.breakdown_value === value);
    expect(pick(cell('10000001', 'Total', 'Total'), shown)).toEqual({
      leavers: '14', completers: '11', achievers: '9', achievement_rate: '64.3', retention_rate: '78.6', pass_rate: '81.8',
    });
    expect(pick(cell('10000001', 'sex', 'male'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'low'])));
    expect(pick(cell('10000001', 'sex', 'female'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'c'])));
    expect(pick(cell('10000002', 'Total', 'Total'), shown)).toEqual(Object.fromEntries(shown.map((k) => [k, 'low'])));
    expect(cell('10000001', 'Total', 'Total')).toMatchObject({ provider_name: expect.any(String), qar_family: 'education_and_training', geographic_level: 'Provider' });

    const national = csv('national_achievement_rates.csv').find((r) => r.time_period === '202223' && r.breakdown === 'Total');
    expect(pick(national, ['leavers_rounded', 'completers_rounded', 'achievers_rounded', 'achievement_rate', 'retention_rate', 'pass_rate'])).toEqual({
      leavers_rounded: '20', completers_rounded: '10', achievers_rounded: '10', achievement_rate: '70.6', retention_rate: '82.4', pass_rate: '85.7',
    });

    const credit = csv('credit_success_rates.csv');
    const credit2009 = credit.filter((r) => r.time_period === '200910');
    expect(credit.length).toBeGreaterThan(credit2009.length);
    for (const row of credit.filter((r) => r.time_period !== '200910')) {
      expect(pick(row, ['learners', 'credits_planned', 'credit_success_rate'])).toEqual({ learners: '0', credits_planned: '0', credit_success_rate: 'z' });
    }
    const creditShown = ['learners', 'aims', 'credits_planned', 'credits_achieved', 'credit_success_rate', 'learners_some_credits_achieved', 'learners_all_credits_achieved'];
    expect(pick(credit2009.find((r) => r.provider_ukprn === '10000003'), creditShown)).toEqual({
      learners: '16', aims: '31', credits_planned: '198', credits_achieved: '150', credit_success_rate: '75.8',
      learners_some_credits_achieved: '6', learners_all_credits_achieved: '10',
    });
  });

  // The files added with version 2: the figures worked by hand beside the fixture above.
  const line = (file: string, where: Record<string, string>) => {
    const found = csv(file).filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
    expect(found, `${file} ${JSON.stringify(where)}`).toHaveLength(1);
    return found[0]!;
  };
  const values = (r: Record<string, string>, keys: string[]) => keys.map((k) => r[k]);

  it('publishes the apprenticeship minimum standards, with secondary suppression', () => {
    const keys = ['leavers', 'achievement_rate', 'share_of_leavers_below_threshold'];
    const cell = (where: Record<string, string>) => values(line('apprenticeship_minimum_standards.csv', { time_period: '201819', ...where }), keys);
    expect(cell({ provider_ukprn: '10000006', programme_key: 'Total' })).toEqual(['8', '62.5', 'low']);
    expect(cell({ provider_ukprn: '10000006', programme_key: 'framework-403-3' })).toEqual(['c', 'c', 'c']);
    expect(cell({ provider_ukprn: '10000006', programme_key: 'standard-91' })).toEqual(['low', 'low', 'z']);
    expect(cell({ geographic_level: 'National', programme_key: 'Total' })).toEqual(['10', '62.5', 'z']);
    expect(cell({ geographic_level: 'National', programme_key: 'framework-403-3' })).toEqual(['10', 'low', 'z']);
    expect(cell({ geographic_level: 'National', programme_key: 'standard-91' })).toEqual(['low', 'low', 'z']);
    // A year with no apprenticeship leavers reads none: 0 leavers, no rate.
    expect(values(line('apprenticeship_minimum_standards.csv', { time_period: '202223', geographic_level: 'National', programme_key: 'Total' }), keys)).toEqual(['0', 'z', 'z']);
  });

  it('publishes the ULNs of the learners who must have one', () => {
    const keys = ['learners', 'temporary_uln', 'invalid_uln', 'temporary_uln_share', 'invalid_uln_share'];
    expect(values(line('uln_quality_required.csv', { time_period: '200910', provider_ukprn: '10000003' }), keys)).toEqual(['16', '8', '0', '50.0', '0.0']);
    expect(values(line('uln_quality_required.csv', { time_period: '200910', geographic_level: 'National' }), keys)).toEqual(['20', '10', '0', '50.0', '0.0']);
  });

  it('publishes the credit success rate by priority group, pathway type and band', () => {
    const keys = ['learners', 'aims', 'credits_planned', 'credits_achieved', 'credit_success_rate'];
    const cell = (breakdown: string, value: string) =>
      values(line('credit_success_by_group.csv', { time_period: '200910', provider_ukprn: '10000003', breakdown, breakdown_value: value }), keys);
    expect(cell('priority_group', 'progression_pathways')).toEqual(['11', '11', '138', '90', '65.2']);
    expect(cell('pathway_type', 'to_level_2')).toEqual(['5', '5', '60', '60', '100.0']);
    expect(cell('pathway_type', 'pre_apprenticeship')).toEqual(['6', '6', '78', '30', '38.5']);
    expect(cell('credit_ratio_band', '100%')).toEqual(['10', '25', '120', '120', '100.0']);
    expect(cell('credit_ratio_band', '25-49%')).toEqual(['6', '6', '78', '30', '38.5']);
  });

  it('publishes possible QCF claims, by qualification for England only', () => {
    const keys = ['learners', 'claims', 'learners_across_providers'];
    expect(values(line('possible_qcf_claims.csv', { time_period: '200910', provider_ukprn: '10000003' }), ['qualification_ref', ...keys])).toEqual(['Total', '5', '5', 'z']);
    expect(values(line('possible_qcf_claims.csv', { time_period: '200910', geographic_level: 'National', qualification_ref: 'Total' }), keys)).toEqual(['10', '10', '0']);
    expect(values(line('possible_qcf_claims.csv', { time_period: '200910', geographic_level: 'National', qualification_ref: '50000015' }), keys)).toEqual(['10', '10', '0']);
    expect(csv('possible_qcf_claims.csv').filter((r) => r.geographic_level === 'Provider' && r.qualification_ref !== 'Total')).toEqual([]);
  });

  it('publishes progression at the check-in points, withholding counts below 5 and their shares', () => {
    const keys = ['leavers_with_outcome_records', 'in_work_or_learning', 'sustained', 'in_work_or_learning_share', 'sustained_share'];
    const at = (days: string, where: Record<string, string>) => values(line('progression_checkins.csv', { time_period: '202122', days_after_leaving: days, ...where }), keys);
    const provider = { provider_ukprn: '10000004' };
    expect(at('7', provider)).toEqual(['7', 'low', 'low', 'low', 'low']);
    expect(at('14', provider)).toEqual(['7', '6', '6', '85.7', '100.0']);
    expect(at('30', provider)).toEqual(['7', '7', '7', '100.0', '100.0']);
    for (const days of ['84', '182', '365']) expect(at(days, provider)).toEqual(['7', '7', '6', '100.0', '85.7']);
    const england = { geographic_level: 'National' };
    expect(at('7', england)).toEqual(['10', 'low', 'low', 'low', 'low']);
    expect(at('84', england)).toEqual(['10', '10', '10', '100.0', '85.7']);
  });

  it('publishes the in-year position as a forecast, withholding counts below 5', () => {
    const keys = [
      'leavers_so_far', 'achievers_so_far', 'achievement_rate_so_far', 'retention_rate_so_far', 'continuing_planned_to_end',
      'best_case_rate', 'expected_case_rate', 'worst_case_rate', 'on_track', 'past_planned_end', 'overdue_30', 'overdue_60', 'overdue_90',
    ];
    const row = line('in_year_position.csv', { time_period: '202425', provider_ukprn: '10000005', qar_family: 'education_and_training' });
    expect(row.qualification_level).toBe('Total');
    expect(values(row, keys)).toEqual(['6', '5', '83.3', '83.3', '7', '92.3', '92.3', '38.5', '5', 'low', 'low', 'low', '0']);
  });

  it('publishes the counts of changes between returns, flags apart', () => {
    const keys = [
      'learners_added', 'learners_removed', 'learners_held_back', 'learner_refs_changed', 'aims_added', 'aims_removed', 'aims_held_back',
      'completion_status_changes', 'outcome_changes', 'end_date_changes', 'withdrawn_aims_removed', 'late_achievements', 'plan_ends_moved_after_passed',
    ];
    const row = line('return_changes.csv', { time_period: '202122', provider_ukprn: '10000004' });
    expect([row.comparison, row.later_prepared_on]).toEqual(['same_year', '2022-10-15']);
    expect(values(row, keys)).toEqual(['0', '5', '0', '0', '0', '5', '0', '7', '7', '7', '5', '0', '0']);
  });
});

describe('writing an export folder', () => {
  it('leaves nothing behind when the export fails, and an earlier export as it was', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ilr-export-fail-')), 'out');
    await expect(writeFolder(target, async (tmp) => {
      writeFileSync(join(tmp, 'half.csv'), 'time_period\n');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);

    await writeFolder(target, async (tmp) => {
      writeFileSync(join(tmp, 'first.csv'), 'a\n');
      return { kind: 'test' };
    });
    await expect(writeFolder(target, async () => {
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(readdirSync(target).sort()).toEqual(['first.csv', MANIFEST]);
    expect(readdirSync(join(target, '..'))).toEqual(['out']);
  });
});

describe('the ilr export command', () => {
  it('exits 2 when it is not told what to export, or --include-learner-data comes without --parquet', () => {
    const none = ilr('export');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('say what to export: --open-data DIR, --parquet DIR, or both');
    const learnerCsv = ilr('export', '--open-data', join(out, 'x'), '--include-learner-data');
    expect(learnerCsv.status).toBe(2);
    expect(learnerCsv.stderr).toContain('--include-learner-data goes with --parquet DIR');
  });

  it('exits 1 when there is no warehouse, or no report tables in it, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-export-cli-'));
    const missing = join(dir, 'none.duckdb');
    const noWarehouse = ilr('export', '--warehouse', missing, '--parquet', join(dir, 'p'));
    expect(noWarehouse.status).toBe(1);
    expect(noWarehouse.stderr).toContain(`there is no warehouse at ${missing}`);
    expect(existsSync(missing)).toBe(false);

    const empty = join(dir, 'empty.duckdb');
    await (await openWarehouse(empty)).close();
    const noReports = ilr('export', '--warehouse', empty, '--open-data', join(dir, 'o'));
    expect(noReports.status).toBe(1);
    expect(noReports.stderr).toContain('has no report_* tables yet: run `ilr models` first');
    expect(readdirSync(dir).sort()).toEqual(['empty.duckdb']);
  });

  it('says what it wrote, exit 0, and refuses a folder it did not write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-export-cli-'));
    const done = ilr('export', '--warehouse', warehousePath, '--open-data', join(dir, 'csv'), '--parquet', join(dir, 'parquet'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/provider_achievement_rates\.csv +\d+ rows {2}from reports\.report_provider_rates, with provider_achievement_rates\.meta\.csv/);
    expect(done.stdout).toContain(`Wrote ${OPEN_DATA_FILES.length} open-data file(s)`);
    expect(done.stdout).toMatch(/marts\/qar_rates +\d+ rows {2}\d+ file\(s\) by year \(hybrid_end_year\)/);
    expect(done.stdout).toContain('Left out 1 learner-level table(s) (marts.fct_qar_aims); --include-learner-data writes them.');
    expect(done.stdout).not.toContain('Personal data');

    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const refused = ilr('export', '--warehouse', warehousePath, '--open-data', join(dir, 'csv'), '--parquet', mine);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${mine} already holds files that ilr export did not write`);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });
});
