// ConRefNumber: the contract reference of the aim (2025/26 catalogue; the agency's
// Rules/LearningDelivery/ConRefNumber). The rules that look the contract up (allocations) are not here.
import { AS_IN_2025_26, aimRule, type Rule, type Years } from '../../rule.ts';

const TO_2024_25: Years = { from: null, to: 2024 };

/** ConRefNumber_03: a contract reference on an aim of the funding models `models`, which are not contracted by reference. */
const conRef03 = (years: Years, models: readonly number[]) =>
  aimRule({
    id: 'ConRefNumber_03',
    years,
    field: 'ConRefNumber',
    reads: ['con_ref_number', 'fund_model'],
    message: 'The Contract reference number must not be returned for this Funding model',
    fix: 'Only contracted provision (such as Skills Bootcamps) carries a contract reference: remove it from this aim, or correct the funding model.',
    test: ({ aim }) => {
      const ref = aim.con_ref_number;
      const fm = aim.fund_model;
      return typeof ref === 'string' && ref.trim() !== '' && typeof fm === 'number' && models.includes(fm)
        ? `Contract reference ${ref} is returned on a FundModel ${fm} aim.`
        : null;
    },
  });

export const rules: readonly Rule[] = [
  // The agency's 2018/19 and 2020/21 code includes apprenticeships (36); the 2025/26 catalogue
  // removes them and names the Adult Skills Fund (38) and tailored learning (11).
  conRef03(TO_2024_25, [25, 82, 35, 36, 81, 10, 99]),
  conRef03(AS_IN_2025_26, [10, 11, 25, 35, 38, 81, 82, 99]),
];
