// AFinType: the type and code of an apprenticeship financial record (2025/26 catalogue; the agency's
// Rules/LearningDelivery/AFinType and its tests): TNP 1–4 (total training price, total assessment
// price, residual training price, residual assessment price) and PMR 1–3 (payments); and the prices
// a programme aim must have (AFinType_01, _10, _12, _13).
import { daysToIso } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, aimRule, num, type AimFacts, type AimRule, type Years } from '../../rule.ts';
import { dateOf, describe, has, isKind, kindOf, records } from './app-fin-facts.ts';

const VALID = new Set(['TNP1', 'TNP2', 'TNP3', 'TNP4', 'PMR1', 'PMR2', 'PMR3']);
const fm = ({ aim }: AimFacts): number => num(aim.fund_model) ?? -1;
const isProgramme = ({ aim }: AimFacts): boolean => num(aim.aim_type) === 1;

const rule = (spec: Omit<Parameters<typeof aimRule>[0], 'entity' | 'field' | 'reads'>): AimRule =>
  aimRule({ entity: 'AppFinRecord', field: 'AFinType', reads: ['a_fin_type'], ...spec });

const isTnp = (r: Parameters<typeof kindOf>[0]): boolean => String(r.a_fin_type).toUpperCase() === 'TNP';

/** AFinType_10: a standard's programme aim with no assessment price (TNP 2 or 4); a warning. */
const assessmentPrice = (years: Years, excluded: (f: AimFacts) => boolean): AimRule =>
  rule({
    id: 'AFinType_10',
    years,
    severity: 'warning',
    message: 'The end-point assessment price should be returned',
    fix: 'Add the end-point assessment price (TNP 2, or TNP 4 after a change of provider) to the apprenticeship standard’s programme aim.',
    test: (f) =>
      num(f.aim.prog_type) === 25 && isProgramme(f) && !excluded(f) && !has(f, 'TNP2', 'TNP4')
        ? { message: 'The apprenticeship standard’s programme aim has no end-point assessment price (TNP 2 or TNP 4).', value: null }
        : null,
  });

export const rules: readonly AimRule[] = [
  // The agency's AFinType_01Rule: an FM81 standard's programme aim with no total training price (TNP 1).
  rule({
    id: 'AFinType_01',
    message: 'An apprenticeship Financial Record for the Total training price must be returned',
    fix: 'Add the total training price (TNP 1, dated the programme’s start) to the apprenticeship standard’s programme aim.',
    test: (f) =>
      fm(f) === 81 && num(f.aim.prog_type) === 25 && isProgramme(f) && !has(f, 'TNP1')
        ? { message: 'The FundModel 81 apprenticeship standard’s programme aim has no total training price (TNP 1).', value: null }
        : null,
  }),
  // The agency's 2020/21 AFinType_10Rule leaves out non-funded standards (FM99); the 2025/26 catalogue does not.
  assessmentPrice({ from: null, to: 2024 }, (f) => fm(f) === 99),
  assessmentPrice(AS_IN_2025_26, () => false),
  // The agency's AFinType_12Rule: an FM36 programme aim with no price (TNP, any code).
  rule({
    id: 'AFinType_12',
    message: 'The price must be returned for this programme',
    fix: 'Add the price of the apprenticeship (TNP 1 training price, and TNP 2 assessment price for a standard) to the programme aim.',
    test: (f) => (fm(f) === 36 && isProgramme(f) && !records(f).some(isTnp) ? { message: 'The apprenticeship funded (FundModel 36) programme aim has no price (TNP) record.', value: null } : null),
  }),
  // The agency's AFinType_13Rule: an FM36 programme aim with no price dated its start (none at all counts too).
  rule({
    id: 'AFinType_13',
    message: 'There must be a price record that applies from the start of the programme',
    fix: 'Date the first price (TNP) record the programme’s start date, or add one that applies from it.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      if (fm(f) !== 36 || !isProgramme(f) || start === null) return null;
      return records(f).some((r) => isTnp(r) && dateOf(r) === start)
        ? null
        : { message: `No price (TNP) record is dated the programme's start (${daysToIso(start)}).`, value: null };
    },
  }),
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
