// The agency's own 2018/19 sample (shared/domain/samples/README.md): 18 learners, 41 aims and
// three schema faults. Every sound record loads; each fault is reported against its learner.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, type FileSummary } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { SHARED_DIR } from '../support/shared.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

const SAMPLE = join(SHARED_DIR, 'domain/samples/ILR-99999999-1819-esfa-sample.xml');

let w: Warehouse;
let summary: FileSummary;

beforeAll(async () => {
  w = await freshWarehouse();
  summary = await ingestFile(w, SAMPLE);
});
afterAll(async () => w.close());

const count = async (table: string): Promise<number> =>
  Number((await rows(w, `select count(*)::int as n from ${table}`))[0]?.n);

describe('the ESFA 2018/19 sample', () => {
  it('loads every sound learner and aim', async () => {
    // 18 <Learner> and 41 <LearningDelivery> in the file (grep -c). 18Learner is unsound
    // (ALSCost 19000 > 9999, FD_ALSCost_AR, an error): it is kept out with its 2 aims. So is
    // ASLearner, rightly, as the agency's PlanLearnHours_01 keeps them out: an open adult skills
    // (FM35) aim and no PlanLearnHours; with their 1 aim (and its 4 LearningDeliveryFAMs).
    expect(summary.status).toBe('loaded');
    expect([summary.learnersRead, summary.learnersLoaded, summary.learnersQuarantined]).toEqual([18, 16, 2]);
    expect([summary.aimsRead, summary.aimsLoaded, summary.aimsQuarantined]).toEqual([41, 38, 3]);
    expect(await count('raw.learner')).toBe(16);
    expect(await count('raw.learning_delivery')).toBe(38);
  });

  it('reports each of the three schema faults against its learner and line', async () => {
    const found = await rows(
      w,
      `select rule_id, severity, learn_ref_number, field, value, line from quarantine.records
       where rule_id like 'Schema_%' or rule_id like 'FD_%' order by line`,
    );
    expect(found).toEqual([
      { rule_id: 'Schema_UnknownElement', severity: 'warning', learn_ref_number: '16Learner', field: 'CampID', value: '1234ABCD', line: 42 },
      { rule_id: 'FD_ALSCost_AR', severity: 'error', learn_ref_number: '18Learner', field: 'ALSCost', value: '19000', line: 127 },
      { rule_id: 'Schema_UnknownElement', severity: 'warning', learn_ref_number: 'Levy', field: 'AgreeID', value: '123ABC', line: 1760 },
    ]);
  });

  it('keeps the misspelt elements as read, in extra', async () => {
    const learner = await rows(w, `select extra from raw.learner where learn_ref_number = '16Learner'`);
    expect(JSON.parse(String(learner[0]?.extra))).toEqual({ CampID: '1234ABCD' });
    const status = await rows(w, `select extra from raw.learner_employment_status where learn_ref_number = 'Levy' and extra is not null`);
    expect(JSON.parse(String(status[0]?.extra))).toEqual({ AgreeID: '123ABC' });
  });

  it('loads the child entities into their own tables', async () => {
    // LearnerFAM: 18 in the file, 3 of them 18Learner's. LearningDeliveryFAM: 90, one on each of
    // 18Learner's two aims and 4 on ASLearner's (PlanLearnHours_01). AppFinRecord: 8 (StandLearn 4, NonLevy 2, Levy 2). Destination records:
    // 3 LearnerDestinationandProgression holding 4 DPOutcome.
    expect(await count('raw.learner_fam')).toBe(15);
    expect(await count('raw.learning_delivery_fam')).toBe(84);
    expect(await count('raw.app_fin_record')).toBe(8);
    expect(await count('raw.learner_destination_and_progression')).toBe(3);
    expect(await count('raw.dpoutcome')).toBe(4);
    expect(await count('raw.learning_delivery_he')).toBe(1);
    expect(await count('raw.learner_he')).toBe(1);
  });

  it('keys child rows to their learner and aim', async () => {
    const orphans = await rows(
      w,
      `select f.* from raw.learning_delivery_fam f
       left join raw.learning_delivery d
         on d.batch_id = f.batch_id and d.learn_ref_number = f.learn_ref_number and d.aim_seq_number = f.aim_seq_number
       where d.learn_ref_number is null`,
    );
    expect(orphans).toEqual([]);
  });

  it('stores no names, addresses, phone numbers or e-mail, and cuts postcodes to the district', async () => {
    const leaks = await rows(
      w,
      `select 'learner' as t from raw.learner where extra ilike '%smith%' or extra ilike '%street%'
       union all select 'quarantine' from quarantine.records where record ilike '%smith%' or record ilike '%toytown%' or record ilike '%@%' or record ilike '%BR1 7SS%'`,
    );
    expect(leaks).toEqual([]);
    const postcodes = await rows(w, `select distinct postcode from raw.learner where learn_ref_number = '16Learner'`);
    expect(postcodes).toEqual([{ postcode: 'BR1' }]);
  });
});
