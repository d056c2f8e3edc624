// Each published XSD is applied to its own year (shared/domain/schemas): an element of the other
// year's schema is unknown there (kept, flagged); the years between accept either. PriorAttain is
// a Learner field to 2020/21 and an entity from 2021/22. A schema fault in a child entity keeps
// out the record it belongs to: a learner's FAM the learner, an aim's FAM the aim.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../pipelines/ingest/ingest-file.ts';
import type { Warehouse } from '../../pipelines/warehouse/open.ts';
import { returnXml, writeReturns, type FixtureLearner, type FixtureReturn } from '../support/ilr-xml.ts';
import { freshWarehouse, rows } from '../support/warehouse.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

/** A return of one learner L1 with one aim, the aim's XML edited by `edit`. */
async function load(year: number, learnerXml: string, edit?: [string, string], learner: Partial<FixtureLearner> = {}) {
  const r: FixtureReturn = {
    ukprn: 10000001,
    year,
    learners: [{ learnRefNumber: 'L1', ...learner, extraXml: learnerXml, aims: [{ learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1 }] }],
  };
  const [path] = writeReturns([r]) as [string];
  if (edit) writeFileSync(path, returnXml(r).replace(edit[0], edit[1]));
  const summary = await ingestFile(w, path);
  const issues = await rows(w, `select rule_id, severity, entity, field from quarantine.records where batch_id = ${summary.batchId} order by all`);
  return { summary, issues };
}

const PHOURS: [string, string] = ['<CompStatus>', '<PHours>40</PHours><CompStatus>'];

describe('schema years', () => {
  it('PHours (2025/26 only) is unknown in a 2018/19 return, kept and flagged', async () => {
    const { summary, issues } = await load(2018, '', PHOURS);
    expect(issues).toEqual([{ rule_id: 'Schema_UnknownElement', severity: 'warning', entity: 'LearningDelivery', field: 'PHours' }]);
    expect(summary.aimsLoaded).toBe(1);
    const extra = await rows(w, `select extra, p_hours from raw.learning_delivery where batch_id = ${summary.batchId}`);
    expect(extra).toEqual([{ extra: '{"PHours":"40"}', p_hours: null }]);
  });

  it('PHours loads into its column in 2025/26 and in the years between', async () => {
    for (const year of [2022, 2025]) {
      const { summary, issues } = await load(year, '', PHOURS);
      expect(issues).toEqual([]);
      expect(await rows(w, `select p_hours from raw.learning_delivery where batch_id = ${summary.batchId}`)).toEqual([{ p_hours: 40 }]);
    }
  });

  it('ContactPreference (2018/19 only) is flagged in a 2025/26 return', async () => {
    const { issues } = await load(2025, '<ContactPreference><ContPrefType>RUI</ContPrefType><ContPrefCode>1</ContPrefCode></ContactPreference>');
    expect(issues).toEqual([{ rule_id: 'Schema_UnknownElement', severity: 'warning', entity: 'Learner', field: 'ContactPreference' }]);
  });

  it('PriorAttain is a field in 2018/19 and an entity in 2025/26', async () => {
    // No prior attainment from the fixture builder: the edit writes the field.
    const asField = await load(2020, '', ['<PostcodePrior>', '<PriorAttain>3</PriorAttain><PostcodePrior>'], { priorAttain: null });
    expect(await rows(w, `select prior_attain from raw.learner where batch_id = ${asField.summary.batchId}`)).toEqual([{ prior_attain: 3 }]);
    const asEntity = await load(2025, '<PriorAttain><PriorLevel>3</PriorLevel><DateLevelApp>2020-08-01</DateLevelApp></PriorAttain>');
    expect(asEntity.issues).toEqual([]);
    expect(
      await rows(w, `select learn_ref_number, prior_level, date_level_app::varchar as d from raw.prior_attain where batch_id = ${asEntity.summary.batchId}`),
    ).toEqual([{ learn_ref_number: 'L1', prior_level: 3, d: '2020-08-01' }]);
  });

  it('ALSCost up to 999999 is within range in 2025/26 but not in 2018/19', async () => {
    const edit: [string, string] = ['<PostcodePrior>', '<ALSCost>19000</ALSCost><PostcodePrior>'];
    // A learner with a learning support cost is a high needs student (ALSCost_02: the HNS record).
    const hns = '<LearnerFAM><LearnFAMType>HNS</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>';
    expect((await load(2025, hns, edit)).issues).toEqual([]);
    expect((await load(2018, hns, edit)).issues).toEqual([{ rule_id: 'FD_ALSCost_AR', severity: 'error', entity: 'Learner', field: 'ALSCost' }]);
  });
});

describe('unknown top-level elements', () => {
  it('a misspelt <learner> is reported with its content, never silently dropped', async () => {
    const { summary, issues } = await load(2020, '', ['</Learner>', '</Learner><learner><LearnRefNumber>L2</LearnRefNumber></learner>']);
    expect(issues).toEqual([{ rule_id: 'Schema_UnknownElement', severity: 'warning', entity: 'Message', field: 'learner' }]);
    expect([summary.learnersRead, summary.learnersLoaded]).toEqual([1, 1]);
    const kept = await rows(w, `select record from quarantine.records where batch_id = ${summary.batchId}`);
    expect(JSON.parse(String(kept[0]?.record))).toEqual({ learner: { LearnRefNumber: 'L2' } });
  });
});

describe('schema faults in child entities', () => {
  it('an aim FAM without its code keeps the aim out, not the learner', async () => {
    const { summary, issues } = await load(2020, '', ['<CompStatus>', '<LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType></LearningDeliveryFAM><CompStatus>']);
    expect(issues).toEqual([{ rule_id: 'FD_LearnDelFAMCode_MA', severity: 'error', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode' }]);
    expect([summary.learnersLoaded, summary.aimsLoaded, summary.aimsQuarantined]).toEqual([1, 0, 1]);
    expect(await rows(w, `select count(*)::int as n from raw.learning_delivery_fam where batch_id = ${summary.batchId}`)).toEqual([{ n: 0 }]);
  });

  it('a learner FAM with a bad code keeps the learner out with their aims', async () => {
    const { summary, issues } = await load(2020, '<LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>x</LearnFAMCode></LearnerFAM>');
    expect(issues).toEqual([{ rule_id: 'Schema_Type', severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMCode' }]);
    expect([summary.learnersQuarantined, summary.aimsQuarantined, summary.aimsLoaded]).toEqual([1, 1, 0]);
  });

  it('employment status monitoring is keyed to its status record', async () => {
    // EII 8 (employment intensity, a current code: EII 1 to 4 were withdrawn by 2018, ESMType_11).
    const { summary, issues } = await load(
      2020,
      '<LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2020-08-01</DateEmpStatApp><EmploymentStatusMonitoring><ESMType>EII</ESMType><ESMCode>8</ESMCode></EmploymentStatusMonitoring></LearnerEmploymentStatus>',
    );
    expect(issues).toEqual([]);
    expect(
      await rows(w, `select learn_ref_number, date_emp_stat_app::varchar as d, esm_type, esm_code from raw.employment_status_monitoring where batch_id = ${summary.batchId}`),
    ).toEqual([{ learn_ref_number: 'L1', d: '2020-08-01', esm_type: 'EII', esm_code: 8 }]);
  });
});
