// AFinType: the type and code of an apprenticeship financial record (2025/26 catalogue; the agency's
// Rules/LearningDelivery/AFinType and its tests): TNP 1–4 (total training price, total assessment
// price, residual training price, residual assessment price) and PMR 1–3 (payments). The rules
// that ask every programme aim for a price (AFinType_01, _10, _12, _13) are not run yet: see
// docs/ingestion.md.
import { aimRule, num, type AimFacts, type AimRule } from '../../rule.ts';
import { describe, has, isKind, kindOf, records } from './app-fin-facts.ts';

const VALID = new Set(['TNP1', 'TNP2', 'TNP3', 'TNP4', 'PMR1', 'PMR2', 'PMR3']);
const fm = ({ aim }: AimFacts): number => num(aim.fund_model) ?? -1;
const isProgramme = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1;

const rule = (spec: Omit<Parameters<typeof aimRule>[0], 'entity' | 'field' | 'reads'>): AimRule =>
  aimRule({ entity: 'AppFinRecord', field: 'AFinType', reads: ['a_fin_type'], ...spec });

export const rules: readonly AimRule[] = [
  rule({
    id: 'AFinType_02',
    message: 'The financial type and code is not valid',
    fix: 'Use a financial record type and code the ILR specification lists: TNP 1–4 for prices, PMR 1–3 for payments.',
    test: (f) => {
      const bad = records(f).find((r) => !VALID.has(kindOf(r)));
      return bad ? { message: `The financial record ${kindOf(bad)} is not a valid type and code.`, value: kindOf(bad) } : null;
    },
  }),
  rule({
    id: 'AFinType_04',
    message: 'The Apprenticeship Financial Record must not be returned for this learning aim',
    fix: 'Financial records belong on the programme aim of an apprenticeship (FM36, or an FM81 standard): move them there, or remove them.',
    test: (f) => {
      const first = records(f)[0];
      if (first === undefined) return null;
      const allowed = (fm(f) === 81 && isProgramme(f) && num(f.aim.prog_type) === 25) || (fm(f) === 36 && isProgramme(f));
      return allowed ? null : { message: `A financial record (${describe(first)}) is returned on an aim that is not an apprenticeship programme aim.`, value: kindOf(first) };
    },
  }),
  // The agency's AFinType_07Rule: an assessment payment (PMR 2) on a standard's programme aim with no assessment price (TNP 2 or 4).
  rule({
    id: 'AFinType_07',
    message: 'A financial record for the total assessment price must be returned',
    fix: 'Add the end-point assessment price (TNP 2) to the programme aim: an assessment payment (PMR 2) is recorded against it.',
    test: (f) =>
      num(f.aim.prog_type) === 25 && isProgramme(f) && has(f, 'PMR2') && !has(f, 'TNP2', 'TNP4')
        ? { message: 'An assessment payment (PMR 2) is recorded, but no assessment price (TNP 2 or TNP 4).', value: 'PMR2' }
        : null,
  }),
  rule({
    id: 'AFinType_08',
    message: 'This Financial code must not be used for this funding model',
    fix: 'Residual prices (TNP 3 and 4) are for apprenticeships funded by FundModel 36 only: remove them or correct the funding model.',
    test: (f) => {
      const bad = records(f).find((r) => isKind(r, 'TNP3', 'TNP4'));
      return bad && fm(f) !== 36 ? { message: `A residual price (${kindOf(bad)}) is returned on a FundModel ${fm(f)} aim.`, value: kindOf(bad) } : null;
    },
  }),
  // The agency's AFinType_11Rule: any code 2 or 4 (of either type) on an FM36 aim that is not a standard.
  rule({
    id: 'AFinType_11',
    message: 'This Financial code must not be used for apprenticeship frameworks',
    fix: 'Frameworks have no end-point assessment: remove the assessment price or payment (code 2 or 4) from the framework aim.',
    test: (f) => {
      if (fm(f) !== 36 || num(f.aim.prog_type) === 25) return null;
      const bad = records(f).find((r) => [2, 4].includes(num(r.a_fin_code) ?? -1));
      return bad ? { message: `An assessment record (${kindOf(bad)}) is returned on an apprenticeship framework.`, value: kindOf(bad) } : null;
    },
  }),
  rule({
    id: 'AFinType_14',
    message: 'A financial record for the training price must be returned',
    fix: 'Add the training price (TNP 1, or TNP 3 after a change of provider) to the programme aim: a training payment (PMR 1) is recorded against it.',
    test: (f) =>
      isProgramme(f) && has(f, 'PMR1') && !has(f, 'TNP1', 'TNP3')
        ? { message: 'A training payment (PMR 1) is recorded, but no training price (TNP 1 or TNP 3).', value: 'PMR1' }
        : null,
  }),
];
