// ProgType: the programme the aim belongs to (2025/26 catalogue; the agency's
// Rules/LearningDelivery/ProgType). T Level aims are told by their class codes: ZWRKX003 the
// industry placement, ZTLOS… the occupational specialisms, ZTPR… the Foundation Year aims.
import { AS_IN_2018_19, AS_IN_2025_26, SINCE_2019_20, SINCE_2021_22, aimRule, learnerRule, num, type AimFacts, type Rule, type Years } from '../../rule.ts';
import { isCombinedAuthority } from './learn-del-fam-query.ts';
import { aimRef } from './programmes.ts';

const TO_2024_25: Years = { from: null, to: 2024 };
const progType = ({ aim }: AimFacts): number | null => num(aim.prog_type);
/** The 2025/26 exclusions of ProgType_15 and _17: the adult T Level pilot (LDM 384) and non-funded T Levels. */
const adultPilotOrUnfunded = (f: AimFacts): boolean => f.fams.has('LDM:384') || num(f.aim.fund_model) === 99;

/**
 * A T Level aim (`isTLevelAim`) outside a T Level programme. The agency's 2020/21 code raises it
 * only when a programme type other than 31 is returned; the 2025/26 catalogue also when none is,
 * leaving out the adult pilot and non-funded T Levels.
 */
const tLevelAim = (id: string, message: string, isTLevelAim: (ref: string) => boolean, what: string) => {
  const spec = (years: Years, fires: (f: AimFacts) => boolean) =>
    aimRule({
      id,
      years,
      field: 'ProgType',
      reads: ['prog_type', 'learn_aim_ref', 'fund_model'],
      message,
      fix: `A ${what} belongs to a T Level programme: set its programme type to 31.`,
      test: (f) =>
        isTLevelAim(aimRef(f)) && fires(f) ? `The ${what} ${String(f.aim.learn_aim_ref)} has ProgType ${progType(f) ?? 'none'}, not 31 (T Level).` : null,
    });
  return [
    spec({ from: SINCE_2019_20.from, to: TO_2024_25.to }, (f) => progType(f) !== null && progType(f) !== 31),
    spec(AS_IN_2025_26, (f) => progType(f) !== 31 && !adultPilotOrUnfunded(f)),
  ];
};

/**
 * ProgType_03: a programme type outside the ILR_ProgType list of the year. The catalogue also closes
 * each code at its Valid_To date; the project ships no such dates, so a code in the list passes
 * whatever the start date (docs/validation-coverage.md).
 */
const progType03 = (years: Years, codes: readonly number[]) =>
  aimRule({
    id: 'ProgType_03',
    years,
    field: 'ProgType',
    reads: ['prog_type', 'learn_start_date'],
    message: 'The Programme type is not a valid code',
    fix: `Choose one of the programme types the ILR specification lists (${codes.join(', ')}) in your MIS.`,
    test: (f) => {
      const p = progType(f);
      return p === null || codes.includes(p) ? null : `ProgType ${p} is not a valid code (expected one of ${codes.join(', ')}).`;
    },
  });

export const rules: readonly Rule[] = [
  // The agency's 2018/19 code: frameworks, traineeships and standards; its 2020/21 code adds the T
  // Level (31) and its transition year (30); the 2025/26 catalogue Skills Bootcamps (32, from
  // 2021/22 as their other rules) and combined authority programmes (33).
  progType03(AS_IN_2018_19, [2, 3, 20, 21, 22, 23, 24, 25]),
  progType03({ from: 2019, to: 2020 }, [2, 3, 20, 21, 22, 23, 24, 25, 30, 31]),
  progType03(SINCE_2021_22, [2, 3, 20, 21, 22, 23, 24, 25, 30, 31, 32, 33]),
  aimRule({
    id: 'ProgType_01',
    field: 'ProgType',
    reads: ['prog_type', 'aim_type'],
    message: 'The Programme type must be returned for this learning aim',
    fix: 'A programme aim or a component of a programme (AimType 1 or 3) needs the programme type (e.g. 25 apprenticeship standard, 31 T Level).',
    test: ({ aim }) => {
      const type = num(aim.aim_type);
      return (type === 1 || type === 3) && num(aim.prog_type) === null ? `AimType ${type} is part of a programme but no ProgType is returned.` : null;
    },
  }),
  aimRule({
    id: 'ProgType_02',
    field: 'ProgType',
    reads: ['prog_type', 'aim_type'],
    message: 'The Programme type must not be returned for this Aim type',
    fix: 'An aim that is not part of a programme (AimType 4) has no programme type: remove it, or correct the aim type if the aim is part of a programme.',
    test: ({ aim }) => (num(aim.aim_type) === 4 && num(aim.prog_type) !== null ? `AimType 4 (not part of a programme) with ProgType ${num(aim.prog_type)}.` : null),
  }),
  aimRule({
    id: 'ProgType_06',
    field: 'ProgType',
    reads: ['prog_type', 'fund_model'],
    message: 'The Programme type is not a valid code',
    fix: 'Apprenticeship standards (ProgType 25) are funded as apprenticeships (36), trailblazers (81) or not funded (99): correct the funding model or the programme type.',
    test: ({ aim }) => {
      const fm = num(aim.fund_model);
      return num(aim.prog_type) === 25 && fm !== 36 && fm !== 81 && fm !== 99 ? `ProgType 25 (apprenticeship standard) with FundModel ${fm}.` : null;
    },
  }),
  ...tLevelAim('ProgType_15', 'The T Level programme type must be used for this work experience learning aim', (ref) => ref === 'ZWRKX003', 'T Level industry placement'),
  ...tLevelAim('ProgType_17', 'The T Level programme type must be used for this learning aim reference', (ref) => ref.startsWith('ZTLOS'), 'T Level occupational specialism'),
  // Raised once per learner, on the first Foundation Year aim, as the agency's code does.
  learnerRule({
    id: 'ProgType_18',
    years: SINCE_2019_20,
    entity: 'LearningDelivery',
    field: 'ProgType',
    reads: ['learner.learn_ref_number'],
    message: 'The T Level Foundation Year programme type must be used for this learning aim reference',
    fix: 'A T Level Foundation Year programme (ProgType 30) has its Foundation Year aim (ZTPR…) as the core aim (AimType 5): add it, or correct the programme type.',
    test: ({ aims }) => {
      const first = aims.find((a) => num(a.aim.prog_type) === 30);
      if (!first || aims.some((a) => num(a.aim.aim_type) === 5 && aimRef(a).startsWith('ZTPR'))) return null;
      return { message: 'ProgType 30 (T Level Foundation Year) is returned but no core aim (AimType 5) is a Foundation Year aim (ZTPR…).', value: '30', aimIndex: first.index };
    },
  }),
  aimRule({
    id: 'ProgType_20',
    years: SINCE_2021_22,
    field: 'ProgType',
    reads: ['prog_type', 'learn_aim_ref'],
    message: 'The T Level Foundation Year programme type must be used for this learning aim reference',
    fix: 'A T Level Foundation Year aim (ZTPR…) belongs to a Foundation Year programme: set its programme type to 30.',
    test: (f) =>
      aimRef(f).startsWith('ZTPR') && progType(f) !== 30
        ? `The T Level Foundation Year aim ${String(f.aim.learn_aim_ref)} has ProgType ${progType(f) ?? 'none'}, not 30.`
        : null,
  }),
  aimRule({
    id: 'ProgType_21',
    years: SINCE_2021_22,
    field: 'ProgType',
    reads: ['prog_type', 'fund_model'],
    message: 'The Funding model is not a valid code for this Programme Type',
    fix: 'Skills Bootcamps (ProgType 32) are funded under FundModel 37: correct the funding model or the programme type.',
    test: ({ aim }) => (num(aim.prog_type) === 32 && num(aim.fund_model) !== 37 ? `ProgType 32 (Skills Bootcamp) with FundModel ${num(aim.fund_model)}, not 37.` : null),
  }),
  aimRule({
    id: 'ProgType_22',
    years: SINCE_2021_22,
    field: 'ProgType',
    reads: ['prog_type'],
    message: 'The Source of funding is not a valid code for this programme type',
    fix: 'The combined authority programme type (33) needs a combined authority source of funding (SOF 110–120): add it, or correct the programme type.',
    test: (f) => (progType(f) === 33 && !isCombinedAuthority(f) ? 'ProgType 33 (combined authority programme) without a combined authority source of funding (SOF 110–120).' : null),
  }),
];
