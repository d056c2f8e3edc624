// FINTYPE: financial support type (2025/26 catalogue; the agency's Rules/HE/FinancialSupport/FINTYPE).
// Codes as the agency's ILR_FINTYPE lookup lists them: 1 cash, 2 near cash, 3 accommodation
// discounts, 4 other. Each is a rule on the learner: the agency reports it once for the learner.
import { learnerRule, num, rowsOf, type LearnerRule } from '../../rule.ts';

const TYPES = [1, 2, 3, 4] as const;
const VALID: ReadonlySet<number> = new Set(TYPES);
const IN_WORDS = ['', 'cash', 'near cash', 'accommodation discounts', 'other'] as const;

export const rules: readonly LearnerRule[] = [
  learnerRule({
    id: 'FINTYPE_01',
    entity: 'LearnerHEFinancialSupport',
    field: 'FINTYPE',
    reads: ['fintype'],
    message: 'The Financial support type is not a valid code',
    fix: 'Record each financial support record’s type with a code the ILR specification lists: 1 cash, 2 near cash, 3 accommodation discounts, 4 other.',
    test: ({ rows }) => {
      for (const r of rowsOf(rows, 'learner_he_financial_support')) {
        const type = num(r.fintype);
        if (type !== null && !VALID.has(type)) return { message: `Financial support type ${type} is not a valid code (expected 1–4).`, value: String(type) };
      }
      return null;
    },
  }),
  learnerRule({
    id: 'FINTYPE_02',
    entity: 'LearnerHEFinancialSupport',
    field: 'FINTYPE',
    reads: ['fintype'],
    message: 'There must not be more than one record with a Financial support type of Cash, Near cash, Accommodation discounts, or Other',
    fix: 'Return one financial support record for each type, with the year’s total amount: add the amounts of the duplicate records together and remove the extra one.',
    test: ({ rows }) => {
      const records = rowsOf(rows, 'learner_he_financial_support');
      if (records.length < 2) return null;
      const seen = new Set<number>();
      for (const r of records) {
        const type = num(r.fintype);
        if (type === null || !VALID.has(type)) continue;
        if (seen.has(type)) return { message: `More than one financial support record of type ${type} (${IN_WORDS[type] ?? ''}).`, value: String(type) };
        seen.add(type);
      }
      return null;
    },
  }),
];
