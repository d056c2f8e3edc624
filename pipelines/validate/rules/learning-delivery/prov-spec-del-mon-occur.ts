// ProvSpecDelMonOccur: the occurrence of provider-specified delivery monitoring (2025/26 catalogue;
// the agency's Rules/LearningDelivery/ProvSpecDelMonOccur): A, B, C or D, in any case as the
// agency compares it.
import { aimRule, rowsOf, type Rule } from '../../rule.ts';

const OCCURRENCES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D', 'a', 'b', 'c', 'd']);

export const rules: readonly Rule[] = [
  aimRule({
    id: 'ProvSpecDelMonOccur_01',
    field: 'ProvSpecDelMonOccur',
    reads: ['prov_spec_del_mon_occur'],
    message: "The Provider specified delivery monitoring occurrence is not 'A' , 'B', 'C' or 'D'",
    fix: 'Set the occurrence of each provider-specified delivery monitoring record on the aim to A, B, C or D in your MIS.',
    test: ({ rows }) => {
      for (const r of rowsOf(rows, 'provider_spec_delivery_monitoring')) {
        const occur = r.prov_spec_del_mon_occur;
        if (typeof occur === 'string' && occur.trim() !== '' && !OCCURRENCES.has(occur)) {
          return { message: `Provider-specified delivery monitoring occurrence ${occur} is not A, B, C or D.`, value: occur };
        }
      }
      return null;
    },
  }),
];
