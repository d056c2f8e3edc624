// AimType: what the aim is within a programme (1 programme aim, 3 component, 4 not part of a programme, 5 core aim).
import { isoToDays } from '../../../ilr/dates.ts';
import { AS_IN_2025_26, SINCE_2019_20, XML_ONLY, aimRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { codeListRule } from './code-list.ts';
import { aimRef } from './programmes.ts';

const AUGUST_2017 = isoToDays('2017-08-01') as number;

/** AimType_07: a core aim started from August 2017 with SOF 105, outside the aims `excluded` names. */
const aimType07 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  aimRule({
    id: 'AimType_07',
    years,
    field: 'AimType',
    reads: ['aim_type', 'learn_start_date', 'prog_type'],
    message: 'A core aim must not be recorded with a source of funding of 105',
    fix: 'A core aim (AimType 5) is 16-19 provision: correct the source of funding (SOF 105 is adult), or the aim type.',
    test: (f) => {
      const start = num(f.aim.learn_start_date);
      return num(f.aim.aim_type) === 5 && start !== null && start >= AUGUST_2017 && f.fams.has('SOF:105') && !excluded(f)
        ? 'A core aim (AimType 5) started on or after 1 August 2017 has source of funding 105.'
        : null;
    },
  });

export const AIM_TYPES = [1, 3, 4, 5] as const;

export const rules: readonly Rule[] = [
  codeListRule('AimType_01', 'AimType', 'aim_type', AIM_TYPES, 'Aim type', XML_ONLY),
  aimRule({
    id: 'AimType_05',
    field: 'AimType',
    reads: ['aim_type', 'fund_model'],
    message: 'The Aim type is not valid for this Funding model',
    fix: 'Only 16-19 study programmes (FundModel 25 or 82) have a core aim (AimType 5): correct the aim type or the funding model.',
    test: ({ aim }) => {
      const fm = num(aim.fund_model);
      return num(aim.aim_type) === 5 && fm !== 25 && fm !== 82 ? `A core aim (AimType 5) on FundModel ${fm}; core aims are 16-19 (25, 82) only.` : null;
    },
  }),
  // The agency's 2018/19 and 2020/21 code leaves out traineeships (ProgType 24); the 2025/26 catalogue does not.
  aimType07({ from: null, to: 2024 }, ({ aim }) => num(aim.prog_type) === 24),
  aimType07(AS_IN_2025_26, () => false),
  // AimType_08: the agency's 2020/21 code decides it from LARS (a T Level aim, LearnAimRefType 1468,
  // in ProgType 31), which we do not ship, so earlier years go unchecked; the 2025/26 catalogue
  // defines it as AimType_09 is defined (a ZTPR… aim that is not the core aim), and both fire.
  aimRule({
    id: 'AimType_08',
    years: AS_IN_2025_26,
    field: 'AimType',
    reads: ['aim_type', 'learn_aim_ref'],
    message: 'The Aim type must be the Core aim',
    fix: 'A T Level Foundation Year aim (ZTPR…) is the core aim of its programme: set its aim type to 5.',
    test: (f) =>
      num(f.aim.aim_type) !== 5 && aimRef(f).startsWith('ZTPR')
        ? `The T Level Foundation Year aim ${String(f.aim.learn_aim_ref)} has AimType ${num(f.aim.aim_type)}, not 5 (core aim).`
        : null,
  }),
  aimRule({
    id: 'AimType_09',
    years: SINCE_2019_20,
    field: 'AimType',
    reads: ['aim_type', 'learn_aim_ref'],
    message: 'This learning aim must be the Core aim.',
    fix: 'A T Level Foundation Year aim (ZTPR…) is the core aim of its programme: set its aim type to 5.',
    test: (f) =>
      aimRef(f).startsWith('ZTPR') && num(f.aim.aim_type) !== 5
        ? `The T Level Foundation Year aim ${String(f.aim.learn_aim_ref)} has AimType ${num(f.aim.aim_type)}, not 5 (core aim).`
        : null,
  }),
];
