// ProvSpecLearnMonOccur: the occurrence of provider-specified learner monitoring (2025/26
// catalogue; the agency's Rules/Learner/ProvSpecLearnMonOccur): A or B.
import { learnerRule, rowsOf, type Rule } from '../../rule.ts';

const OCCURRENCES = new Set(['A', 'B']);

export const rules: readonly Rule[] = [
  learnerRule({
    id: 'ProvSpecLearnMonOccur_01',
    field: 'ProvSpecLearnMonOccur',
    reads: ['prov_spec_learn_mon_occur'],
    message: "The Provider specified learner monitoring occurrence is not 'A' or 'B'",
    fix: 'Set the occurrence of each provider-specified learner monitoring record to A or B (upper case) in your MIS.',
    test: ({ rows }) => {
      const bad = rowsOf(rows, 'provider_spec_learner_monitoring').find((r) => typeof r.prov_spec_learn_mon_occur === 'string' && !OCCURRENCES.has(r.prov_spec_learn_mon_occur));
      return bad ? { message: `Provider-specified learner monitoring occurrence ${String(bad.prov_spec_learn_mon_occur)} is not A or B.`, value: String(bad.prov_spec_learn_mon_occur) } : null;
    },
  }),
];
