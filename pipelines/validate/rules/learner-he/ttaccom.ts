// TTACCOM: term time accommodation (2025/26 catalogue; the agency's Rules/HE/TTACCOM). Codes as the
// agency's ILR_TTAccom lookup lists them, with the date each is valid to: 1 institution-maintained
// property, 2 parental or guardian home, 3 own home (to 31 July 2008), 4 other, 5 not known, 6 not
// in attendance, 7 own residence, 8 other rented accommodation, 9 private sector halls. The date a
// code is checked on is the learner's earliest aim start (DD06).
import { daysToIso } from '../../../ilr/dates.ts';
import { learnerRule, num, type LearnerFacts, type LearnerRule } from '../../rule.ts';
import { day, heOf, learnerHeOf } from '../learning-delivery-he/he-facts.ts';

const VALID: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const VALID_TO: ReadonlyMap<number, number> = new Map([[3, day('2008-07-31')]]);
const AUGUST_2013 = day('2013-08-01');

/** DD06: the earliest start date of the learner's aims; null when no aim has one. */
const earliestStart = (aims: LearnerFacts['aims']): number | null => {
  let earliest: number | null = null;
  for (const { aim } of aims) {
    const start = num(aim.learn_start_date);
    if (start !== null && (earliest === null || start < earliest)) earliest = start;
  }
  return earliest;
};

const ttaccomOf = ({ rows }: LearnerFacts): number | null => {
  const he = learnerHeOf(rows);
  return he === null ? null : num(he.ttaccom);
};

const rule = (spec: Omit<Parameters<typeof learnerRule>[0], 'entity' | 'field' | 'reads'>): LearnerRule =>
  learnerRule({ entity: 'LearnerHE', field: 'TTACCOM', reads: ['ttaccom'], ...spec });

export const rules: readonly LearnerRule[] = [
  rule({
    id: 'TTACCOM_01',
    message: 'The Term time accommodation is not a valid code',
    fix: 'Record the learner’s term time accommodation with a code the ILR specification lists (1, 2, 4–9) in their HE data.',
    test: (f) => {
      const code = ttaccomOf(f);
      return code !== null && !VALID.has(code) ? { message: `Term time accommodation ${code} is not a valid code.`, value: String(code) } : null;
    },
  }),
  // The agency's TTACCOM_02Rule: a valid code no longer current on the earliest start (an unknown code is TTACCOM_01's).
  rule({
    id: 'TTACCOM_02',
    message: 'The Term time accommodation is not a valid code for this Learning start date',
    fix: 'Term time accommodation 3 (own home) was withdrawn on 31 July 2008: use 7 (own residence) or another current code.',
    test: (f) => {
      const code = ttaccomOf(f);
      const validTo = code === null ? undefined : VALID_TO.get(code);
      const earliest = earliestStart(f.aims);
      return validTo !== undefined && earliest !== null && earliest > validTo
        ? { message: `Term time accommodation ${code} was valid to ${daysToIso(validTo)}; the learner’s first aim started ${daysToIso(earliest)}.`, value: String(code) }
        : null;
    },
  }),
  // The agency's TTACCOM_04Rule reports each full-time aim; here the learner is reported once, on the first.
  rule({
    id: 'TTACCOM_04',
    message: 'The Term time accommodation must be returned for this learning aim',
    fix: 'A full-time or sandwich learner (mode of study 1) needs their term time accommodation: record TTACCOM in the learner’s HE data.',
    test: (f) => {
      if (ttaccomOf(f) !== null) return null;
      const earliest = earliestStart(f.aims);
      if (earliest === null || earliest < AUGUST_2013) return null;
      const fullTime = f.aims.find((a) => num(heOf(a)?.modestud) === 1);
      return fullTime ? { message: 'The learner studies full-time (MODESTUD 1) and has no term time accommodation.', value: null, aimIndex: fullTime.index } : null;
    },
  }),
];
