// PriorAttain: the learner's prior attainment level — a field of the Learner to 2020/21, from
// 2021/22 PriorAttain records {PriorLevel, DateLevelApp} (2025/26 catalogue; the agency's
// Rules/Learner/PriorAttain, which read the field). The level a rule reads is the field's or, from
// 2021/22, that of the latest record.
import { daysToIso } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, SINCE_2021_22, learnerRule, num, rowsOf, type AimFacts, type ChildRows, type Rule, type Years } from '../../rule.ts';

/** The agency's PriorAttain lookup: 4 and 5 are the levels expired on 31 July 2013, still valid codes. */
const LEVELS = new Set([1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 97, 98, 99]);
/** Level 4 or above: 4, 5 (expired), 10, 11, 12, 13 (the agency's PriorAttain_04). */
const LEVEL_4_UP = new Set([4, 5, 10, 11, 12, 13]);
const records = (rows: ChildRows): readonly Row[] => rowsOf(rows, 'prior_attain');

const levelOf = (learner: Row, rows: ChildRows): number | null => {
  const field = num(learner.prior_attain);
  if (field !== null) return field;
  let latest: Row | null = null;
  for (const r of records(rows)) if (latest === null || (num(r.date_level_app) ?? -Infinity) > (num(latest.date_level_app) ?? -Infinity)) latest = r;
  return latest === null ? null : num(latest.prior_level);
};

/** PriorAttain_01: no prior attainment, reported at the first aim not left out (the agency's PriorAttain_01Rule). */
const returned = (years: Years, excluded: (a: AimFacts, fundModel: number) => boolean): Rule =>
  learnerRule({
    id: 'PriorAttain_01',
    years,
    field: 'PriorAttain',
    reads: ['prior_attain'],
    message: 'The Prior attainment has not been returned',
    fix: 'Record the learner’s prior attainment level (their highest qualification before starting; 99 if not known).',
    test: ({ learner, rows, aims }) => {
      if (levelOf(learner, rows) !== null) return null;
      const a = aims.find((x) => !excluded(x, num(x.aim.fund_model) ?? -1));
      return a ? { message: `No prior attainment is returned for a learner on FundModel ${num(a.aim.fund_model) ?? 'not returned'} learning.`, aimIndex: a.index } : null;
    },
  });

export const rules: readonly Rule[] = [
  // The agency's 2020/21 code leaves out community learning (FM10), 16-19 (FM25, FM82) and
  // community learning funded by the local authority (FM99 with SOF 108); the 2025/26 catalogue all
  // non-funded learning (FM99) and Tailored Learning (FM11).
  returned({ from: null, to: 2024 }, (a, fm) => [10, 25, 82].includes(fm) || (fm === 99 && a.fams.has('SOF:108'))),
  returned(AS_IN_2025_26, (_a, fm) => [10, 11, 25, 82, 99].includes(fm)),
  learnerRule({
    id: 'PriorAttain_03',
    field: 'PriorAttain',
    reads: ['prior_attain'],
    message: 'The Prior attainment is not a valid code',
    fix: 'Record the learner’s prior attainment with one of the levels the ILR specification lists (1, 2, 3, 7, 9–13, 97–99).',
    test: ({ learner, rows }) => {
      const field = num(learner.prior_attain);
      if (field !== null && !LEVELS.has(field)) return { message: `Prior attainment ${field} is not a valid code.`, value: String(field) };
      const bad = records(rows).find((r) => num(r.prior_level) !== null && !LEVELS.has(num(r.prior_level) as number));
      return bad ? { message: `Prior level ${num(bad.prior_level)} is not a valid code.`, value: String(num(bad.prior_level)) } : null;
    },
  }),
  learnerRule({
    id: 'PriorAttain_04',
    field: 'PriorAttain',
    reads: ['prior_attain'],
    message: 'The Prior attainment is not valid if the programme is a funded intermediate or advanced level apprenticeship',
    fix: 'A learner already qualified at level 4 or above cannot be funded by adult skills (FM35) on an intermediate or advanced apprenticeship framework: check the prior attainment and the funding.',
    test: ({ learner, rows, aims }) => {
      const level = levelOf(learner, rows);
      if (level === null || !LEVEL_4_UP.has(level)) return null;
      const a = aims.find(({ aim }) => num(aim.fund_model) === 35 && [2, 3].includes(num(aim.prog_type) ?? -1));
      return a ? { message: `Prior attainment level ${level} (level 4 or above) on an adult skills funded ProgType ${num(a.aim.prog_type)} apprenticeship.`, value: String(level), aimIndex: a.index } : null;
    },
  }),
  learnerRule({
    id: 'PriorAttain_09',
    years: SINCE_2021_22,
    field: 'PriorAttain',
    reads: ['prior_attain'],
    message: 'The prior attainment date level applies is after the file preparation date',
    fix: 'Correct the date the prior attainment level applies from: it cannot be after the date the file was prepared.',
    test: ({ rows }, ctx) => {
      const prepared = ctx.filePreparedOn;
      if (prepared === null) return null;
      const bad = records(rows).find((r) => (num(r.date_level_app) ?? -Infinity) > prepared);
      return bad
        ? { message: `The prior attainment applies from ${daysToIso(num(bad.date_level_app) as number)}, after the file was prepared (${daysToIso(prepared)}).`, value: daysToIso(num(bad.date_level_app) as number) }
        : null;
    },
  }),
  learnerRule({
    id: 'PriorAttain_10',
    years: SINCE_2021_22,
    field: 'PriorAttain',
    reads: ['prior_attain'],
    message: 'A learner must not have more than one prior attainment record on the same date',
    fix: 'Keep one prior attainment record for each date: remove the duplicate, or correct its date.',
    test: ({ rows }) => {
      if (records(rows).length < 2) return null;
      const seen = new Set<number>();
      for (const r of records(rows)) {
        const d = num(r.date_level_app);
        if (d === null) continue;
        if (seen.has(d)) return { message: `Two prior attainment records apply from ${daysToIso(d)}.`, value: daysToIso(d) };
        seen.add(d);
      }
      return null;
    },
  }),
];
