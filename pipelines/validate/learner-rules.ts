// Record-level rules run on every learner after its fields are parsed. Each rule carries the
// official rule name from the 2025/26 catalogue (shared/domain/validation-rules-2025-26.csv)
// where one exists; schema-level checks are named `Schema_*`.
import { LEARNER, LEARNING_DELIVERY, type EntitySpec } from '../ilr/entities.ts';
import { isUlnChecksumValid, TEMPORARY_ULN } from '../ilr/uln.ts';
import type { MappedLearner } from '../ingest/xml/map-learner.ts';
import type { Row } from '../ingest/parse-fields.ts';
import type { Issue } from './issue.ts';

export interface FileContext {
  ukprn: number;
  collectionYear: number;
}

const MANDATORY: Record<string, readonly string[]> = {
  Learner: ['LearnRefNumber', 'ULN', 'Ethnicity', 'Sex', 'LLDDHealthProb'],
  LearningDelivery: [
    'LearnAimRef',
    'AimType',
    'AimSeqNumber',
    'LearnStartDate',
    'LearnPlanEndDate',
    'FundModel',
    'CompStatus',
  ],
};

function missing(entity: EntitySpec, row: Row, scope: 'learner' | 'aim', seq: number | null): Issue[] {
  const issues: Issue[] = [];
  for (const element of MANDATORY[entity.element] ?? []) {
    const spec = entity.fields.find((f) => f.element === element);
    if (!spec || row[spec.column] !== null) continue;
    issues.push({
      ruleId: 'Schema_Missing',
      severity: 'error',
      scope,
      aimSeqNumber: seq,
      entity: entity.element,
      field: element,
      value: null,
      message: `${element} is missing; the ILR schema requires it on every ${entity.element}.`,
    });
  }
  return issues;
}

function ulnRules(row: Row): Issue[] {
  const uln = row.uln;
  if (typeof uln !== 'bigint') return [];
  const text = uln.toString();
  if (!isUlnChecksumValid(text)) {
    return [
      {
        ruleId: 'ULN_04',
        severity: 'error',
        scope: 'learner',
        entity: 'Learner',
        field: 'ULN',
        value: text,
        message: `ULN ${text} does not pass the checksum (DD01); check the number with the Learning Records Service.`,
      },
    ];
  }
  if (text === TEMPORARY_ULN) {
    return [
      {
        ruleId: 'ULN_TEMPORARY',
        severity: 'warning',
        scope: 'learner',
        entity: 'Learner',
        field: 'ULN',
        value: text,
        message: 'The temporary ULN 9999999999 is returned; obtain the learner’s ULN from the Learning Records Service.',
      },
    ];
  }
  return [];
}

export function learnerRules(mapped: MappedLearner): Issue[] {
  return [
    ...missing(LEARNER, mapped.learner, 'learner', null),
    ...ulnRules(mapped.learner),
    ...mapped.aims.flatMap(({ row }) =>
      missing(LEARNING_DELIVERY, row, 'aim', typeof row.aim_seq_number === 'number' ? row.aim_seq_number : null),
    ),
  ];
}
