// QUALENT3: qualification on entry (2025/26 catalogue; the agency's Rules/HE/QUALENT3). The codes
// are the agency's ILR_QualEnt3 lookup (2018/19 Lookups.xml, the same list as the 2021/22 and
// 2024/25 specifications give), with the dates they are valid to: P69, P70 and X03 to 31 July
// 2013, P91 to 31 July 2014 (the lookup), C44 to 31 July 2023 (the 2024/25 specification).
import { daysToIso } from '../../../ilr/dates.ts';
import { num, type AimRule, type FamSet } from '../../rule.ts';
import { day, heRule, startOf, text } from './he-facts.ts';

const AUGUST_2010 = day('2010-08-01');
const CODES = [
  'C20', 'C30', 'C44', 'C80', 'C90', 'D80', 'DUK', 'DZZ', 'H11', 'H71', 'H80', 'HUK', 'HZZ', 'J10', 'J20', 'J30', 'J48', 'J49',
  'J80', 'JUK', 'M2X', 'M41', 'M44', 'M71', 'M80', 'M90', 'MUK', 'MZZ', 'P41', 'P42', 'P46', 'P47', 'P50', 'P51', 'P53', 'P54',
  'P62', 'P63', 'P64', 'P65', 'P68', 'P69', 'P70', 'P80', 'P91', 'P92', 'P93', 'P94', 'Q51', 'Q52', 'Q80', 'R51', 'R52', 'R80',
  'X00', 'X01', 'X02', 'X03', 'X04', 'X05', 'X06',
] as const;
const VALID: ReadonlySet<string> = new Set(CODES);
const VALID_TO: ReadonlyMap<string, number> = new Map([
  ['P69', day('2013-07-31')],
  ['P70', day('2013-07-31')],
  ['X03', day('2013-07-31')],
  ['P91', day('2014-07-31')],
  ['C44', day('2023-07-31')],
]);
/** A restart: any RES record on the aim. */
const isRestart = (fams: FamSet): boolean => {
  for (const k of fams) if (k.startsWith('RES:')) return true;
  return false;
};
const codeOf = (value: string | null): string | null => value?.toUpperCase() ?? null;

export const rules: readonly AimRule[] = [
  heRule({
    id: 'QUALENT3_01',
    field: 'QUALENT3',
    reads: ['qualent3'],
    message: 'The Qualification on entry must be returned for this learning aim',
    fix: 'Record the learner’s highest qualification on entry (QUALENT3) in the aim’s HE data.',
    test: (he, f) => (startOf(f) >= AUGUST_2010 && text(he, 'qualent3') === null ? 'The aim started on or after 2010-08-01 and its HE record has no qualification on entry.' : null),
  }),
  heRule({
    id: 'QUALENT3_02',
    field: 'QUALENT3',
    reads: ['qualent3'],
    message: 'The Qualification on entry is not a valid code',
    fix: 'Record the qualification on entry with one of the codes the ILR specification lists (e.g. P50 GCE A or AS levels, HUK UK first degree).',
    test: (he) => {
      const code = codeOf(text(he, 'qualent3'));
      return code !== null && !VALID.has(code) ? `Qualification on entry ${code} is not a valid code.` : null;
    },
  }),
  // The agency's QUALENT3_03Rule: not current on the start date (an unknown code is not current
  // either), restarts (RES) left out.
  heRule({
    id: 'QUALENT3_03',
    field: 'QUALENT3',
    reads: ['qualent3', 'learn_start_date'],
    message: 'The Qualification on entry is not a valid code for this Learning start date',
    fix: 'This qualification on entry code was withdrawn before the aim started: choose the code the ILR specification lists for it now.',
    test: (he, f) => {
      const code = codeOf(text(he, 'qualent3'));
      if (code === null || isRestart(f.fams)) return null;
      if (!VALID.has(code)) return `Qualification on entry ${code} is not a valid code on any date.`;
      const validTo = VALID_TO.get(code);
      const start = num(f.aim.learn_start_date);
      return validTo !== undefined && start !== null && start > validTo
        ? `Qualification on entry ${code} was valid to ${daysToIso(validTo)}; the aim started ${daysToIso(start)}.`
        : null;
    },
  }),
];
