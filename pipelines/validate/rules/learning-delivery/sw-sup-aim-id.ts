// SWSupAimId: the identifier the provider's software gives the aim (2025/26 catalogue; the agency's
// Rules/LearningDelivery/SWSupAimId): a UUID. The agency parses it as .NET's Guid.TryParse does,
// so 32 hex digits with or without the four hyphens pass (the braced forms are longer than the
// 36 characters the schema allows), and the empty UUID does not.
import { aimRule, type Rule } from '../../rule.ts';

const UUID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const EMPTY = /^[0-]*$/;

export const rules: readonly Rule[] = [
  aimRule({
    id: 'SWSupAimId_01',
    severity: 'warning',
    field: 'SWSupAimId',
    reads: ['sw_sup_aim_id'],
    message: 'The Software supplier aim identifier is not in the correct format',
    fix: 'The software supplier aim identifier is a UUID your MIS makes (such as 550e8400-e29b-41d4-a716-446655440000): ask your MIS supplier why this one is not.',
    test: ({ aim }) => {
      const id = aim.sw_sup_aim_id;
      if (typeof id !== 'string') return null;
      const trimmed = id.trim();
      return trimmed === '' || (UUID.test(trimmed) && !EMPTY.test(trimmed)) ? null : `The software supplier aim identifier ${id} is not a UUID.`;
    },
  }),
];
