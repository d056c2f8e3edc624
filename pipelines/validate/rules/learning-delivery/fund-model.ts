// FundModel: the funding model the aim is funded under.
import { XML_ONLY, type Rule } from '../../rule.ts';
import { codeListRule } from './code-list.ts';

export const FUND_MODELS = [10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99] as const;

export const rules: readonly Rule[] = [codeListRule('FundModel_01', 'FundModel', 'fund_model', FUND_MODELS, 'Funding model', XML_ONLY)];
