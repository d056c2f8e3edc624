// PriorLearnFundAdj: the funding reduction for prior learning (2025/26 catalogue; the agency's
// Rules/LearningDelivery/PriorLearnFundAdj). The agency's 2018/19 and 2020/21 code also names
// FundModel 70 (ESF), gone from the 2025/26 catalogue: declared once per definition.
import { AS_IN_2025_26, aimRule, num, type Rule, type Years } from '../../rule.ts';
import { hasFamType, returns } from './programmes.ts';

const priorLearnFundAdj01 = (years: Years, fundModels: readonly number[]) =>
  aimRule({
    id: 'PriorLearnFundAdj_01',
    years,
    field: 'PriorLearnFundAdj',
    reads: ['prior_learn_fund_adj', 'fund_model'],
    message: 'The Funding adjustment for prior learning must not be returned',
    fix: 'The prior learning adjustment applies to adult funding and loans only: remove it from this aim.',
    test: (f) => {
      const fm = num(f.aim.fund_model);
      return returns(f, 'prior_learn_fund_adj') && fundModels.includes(fm ?? -1) && !hasFamType(f, 'ADL')
        ? `A prior learning funding adjustment is returned on a FundModel ${fm} aim.`
        : null;
    },
  });

export const rules: readonly Rule[] = [
  priorLearnFundAdj01({ from: null, to: 2024 }, [10, 25, 70, 82, 99]),
  priorLearnFundAdj01(AS_IN_2025_26, [10, 25, 82, 99]),
];
