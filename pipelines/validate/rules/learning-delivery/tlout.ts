// Tlout: the tailored learning outcome (2025/26 catalogue; the agency's service from 2024/25).
// Tlout_02 (a code of the Tlout table) needs that table, which the project does not ship.
import { SINCE_2021_22, aimRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'Tlout_01',
    years: SINCE_2021_22,
    field: 'TLOut',
    reads: ['tl_out', 'fund_model', 'comp_status'],
    message: 'A completed or withdrawn Tailored Learning funded aim must have a Tailored learning outcome recorded',
    fix: 'Record the tailored learning outcome (TLOut) for the aim now that the learner has completed or withdrawn.',
    test: ({ aim }) => {
      const comp = num(aim.comp_status);
      return num(aim.fund_model) === 11 && (comp === 2 || comp === 3) && num(aim.tl_out) === null
        ? `The tailored learning (FundModel 11) aim is ${comp === 2 ? 'completed' : 'withdrawn'} but has no tailored learning outcome.`
        : null;
    },
  }),
];
