// LearnFAMType: the learner's funding and monitoring records — high needs (HNS), EHC plan (EHC),
// SEN, learning support reasons (LSR), national learner monitoring (NLM), eligibility for 16–19
// discretionary bursary (EDF), GCSE condition-of-funding exemptions (MCF, ECF), free meals (FME)
// (2025/26 catalogue; the agency's Rules/Learner/LearnFAMType). LearnFAMType_01 and _03 need the
// agency's FAM code lookup (ILR_FAMTypeFAMCode), which the project does not ship.
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, EVERY_YEAR, SINCE_2021_22, learnerRule, rowsOf, type LearnerFacts, type Rule, type Years } from '../../rule.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
const famRows = (f: LearnerFacts): readonly Row[] => rowsOf(f.rows, 'learner_fam');

function countOfType(f: LearnerFacts, type: string): number {
  let n = 0;
  for (const r of famRows(f)) if (r.learn_fam_type === type) n += 1;
  return n;
}
const hasType = (f: LearnerFacts, type: string): boolean => famRows(f).some((r) => r.learn_fam_type === type);
const hasFam = (f: LearnerFacts, type: string, code: number): boolean => famRows(f).some((r) => r.learn_fam_type === type && r.learn_fam_code === code);

/** "No more than `max` records of each of `types`". */
const atMost = (id: string, years: Years, types: readonly string[], max: number, message: string) =>
  learnerRule({
    id,
    years,
    field: 'LearnFAMType',
    reads: ['learn_ref_number'],
    message,
    fix: `Keep at most ${max === 1 ? 'one record' : `${max} records`} of each of ${types.join(', ')} on the learner and delete the extra ones.`,
    test: (f) => {
      if (famRows(f).length <= max) return null;
      const type = types.find((t) => countOfType(f, t) > max);
      return type === undefined ? null : { message: `The learner has ${countOfType(f, type)} ${type} records; at most ${max} allowed.`, value: type };
    },
  });

/** LearnFAMType_15 and _16: an exemption from the GCSE condition of funding (`type` 1) needs a plan (one of `plans`). */
const exemption = (id: string, years: Years, type: 'MCF' | 'ECF', plans: readonly string[], message: string) =>
  learnerRule({
    id,
    years,
    field: 'LearnFAMType',
    reads: ['learn_ref_number'],
    message,
    fix: `The ${type === 'MCF' ? 'maths' : 'English'} GCSE exemption for a learning difficulty (${type} 1) needs the learner's plan recorded: add the ${plans.join(' or ')} record, or remove the exemption.`,
    test: (f) =>
      hasFam(f, type, 1) && !plans.some((p) => hasType(f, p)) ? { message: `${type} 1 is recorded but there is no ${plans.join(' or ')} record.`, value: `${type}:1` } : null,
  });

const ONCE_TO_2024 = ['HNS', 'EHC', 'DLA', 'SEN', 'MCF', 'ECF', 'FME'];
const ONCE_FROM_2025 = [...ONCE_TO_2024, 'MMH', 'EMH'];
const MSG_09 = 'There must not be more than one record with a FAM type of HNS, EHC, DLA, SEN, MCF, ECF or FME';
const MSG_15 = 'The learner is recorded as exempt from maths GCSE condition of funding due to a learning difficulty but there is no Education health care plan recorded';
const MSG_16 = 'The learner is recorded as exempt from English GCSE condition of funding due to a learning difficulty but there is no Education health care plan recorded';

export const rules: readonly Rule[] = [
  // The 2025/26 catalogue adds MMH and EMH to the types recorded once.
  atMost('LearnFAMType_09', TO_2024_25, ONCE_TO_2024, 1, MSG_09),
  atMost('LearnFAMType_09', AS_IN_2025_26, ONCE_FROM_2025, 1, MSG_09),
  atMost('LearnFAMType_10', EVERY_YEAR, ['LSR'], 4, 'There must not be more than four records with a FAM type of LSR'),
  atMost('LearnFAMType_11', EVERY_YEAR, ['NLM', 'EDF'], 2, 'There must not be more than two records with a FAM type of EDF or NLM'),
  learnerRule({
    id: 'LearnFAMType_14',
    field: 'LearnFAMType',
    reads: ['learn_ref_number'],
    message: 'The learner must not have both a FAM type of SEN and EHC',
    fix: 'A learner with an EHC plan is not also recorded as SEN: remove the SEN record (the EHC plan replaces it).',
    test: (f) => (hasFam(f, 'SEN', 1) && hasFam(f, 'EHC', 1) ? { message: 'The learner has both SEN 1 and EHC 1.', value: 'SEN:1' } : null),
  }),
  // The agency's 2020/21 code accepts an SEN or EHC record for both; the 2025/26 catalogue wants
  // the EHC plan for maths (_15) and keeps "SEN or EHC" in the description of _16.
  exemption('LearnFAMType_15', TO_2024_25, 'MCF', ['SEN', 'EHC'], MSG_15),
  exemption('LearnFAMType_15', AS_IN_2025_26, 'MCF', ['EHC'], MSG_15),
  exemption('LearnFAMType_16', EVERY_YEAR, 'ECF', ['SEN', 'EHC'], MSG_16),
  learnerRule({
    id: 'LearnFAMType_17',
    years: SINCE_2021_22,
    field: 'LearnFAMType',
    reads: ['learn_ref_number'],
    message: 'NLM22 and NLM21 cannot be recorded for the same learner',
    fix: 'A learner repeating a final 16–19 year (NLM 21) and one in receipt of the 16–19 tuition fund (NLM 22) are different cases: keep the one that applies.',
    test: (f) => (hasFam(f, 'NLM', 21) && hasFam(f, 'NLM', 22) ? { message: 'The learner has both NLM 21 and NLM 22.', value: 'NLM:22' } : null),
  }),
];
