// OtherFundAdj: any other funding adjustment (2025/26 catalogue; the agency's
// Rules/LearningDelivery/OtherFundAdj). The agency's 2018/19 and 2020/21 code also names
// FundModel 70 (ESF), gone from the 2025/26 catalogue: declared once per definition.
import { AS_IN_2025_26, aimRule, num, type Rule, type Years } from '../../rule.ts';
import { returns } from './programmes.ts';

const otherFundAdj01 = (years: Years, fundModels: readonly number[]) =>
  aimRule({
    id: 'OtherFundAdj_01',
    years,
    field: 'OtherFundAdj',
    reads: ['other_fund_adj', 'fund_model'],
    message: 'The Other funding adjustment must not be returned for this Funding model',
    fix: 'Other funding adjustments do not apply to 16-19 or community learning aims: remove it from this aim.',
    test: (f) => {
      const fm = num(f.aim.fund_model);
      return returns(f, 'other_fund_adj') && fundModels.includes(fm ?? -1) ? `An other funding adjustment is returned on a FundModel ${fm} aim.` : null;
    },
  });

export const rules: readonly Rule[] = [
  otherFundAdj01({ from: null, to: 2024 }, [10, 25, 70, 82]),
  otherFundAdj01(AS_IN_2025_26, [10, 25, 82]),
];
