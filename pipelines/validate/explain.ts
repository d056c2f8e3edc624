// What a data manager reads beside each finding in the `--report` fix-list: the rule's words as the
// agency's report gives them, and what to do about it in plain words. The record-level rules carry
// both in their declarations; the schema checks (and the field-definition rules named after them)
// and the loader's own checks are explained here.
import { READ_TIME_RULES } from './read-time-rules.ts';
import { RULES } from './rules/index.ts';

export interface Explanation {
  /** The catalogue's ErrorMessage, or the loader's own wording for its checks. */
  says: string;
  fix: string;
}

const declared = new Map<string, Explanation>(
  [...RULES, ...READ_TIME_RULES.values()].map((r) => [r.id, { says: r.message, fix: r.fix }]),
);

/** The schema checks, by kind; FD_<Field>_MA/AL/AR/AP/EO are the catalogue's names for the same checks. */
const SCHEMA: Record<string, (field: string) => Explanation> = {
  Missing: (f) => ({ says: `The ${f} has not been returned`, fix: `Fill in ${f} in your MIS: the ILR specification makes it mandatory here.` }),
  Type: (f) => ({ says: `The ${f} is not of the type the schema requires`, fix: `Correct ${f}: it holds text where the specification expects a number or a date (YYYY-MM-DD).` }),
  Range: (f) => ({ says: `The ${f} is too long, or out of range`, fix: `Correct ${f}: it is longer, or larger or smaller, than the ILR specification allows — often a typing slip.` }),
  Repeated: (f) => ({ says: `The ${f} has occurred more than allowed`, fix: `Remove the repeated ${f}: the specification allows it once here (or a set number of times).` }),
  Occurrence: (f) => ({ says: `The ${f} has occurred more than allowed`, fix: `Remove the extra ${f} records: the specification allows only so many here.` }),
  Pattern: (f) => ({
    says: `The ${f} does not match the validation pattern`,
    fix: `Correct ${f}: it holds characters the ILR specification does not allow there (an accented letter, a tab or line break, a double quote), or is not in the field's format.`,
  }),
  Digits: (f) => ({ says: `The length of the value returned for ${f} is too long`, fix: `Correct ${f}: it has more digits than the ILR specification allows — often a typing slip.` }),
  NumberRange: (f) => ({ says: `The ${f} is out of range`, fix: `Correct ${f}: it must be a number in the range the ILR specification gives.` }),
  UnknownElement: (f) => ({ says: `${f} is not an element of this year's ILR`, fix: `Check your MIS's ILR export is set to this collection year; the element ${f} is not part of it and was not loaded.` }),
};
const FD_KIND: Record<string, string> = { MA: 'Missing', AL: 'Range', AR: 'Range', AP: 'Pattern', EO: 'Occurrence' };

const LOADER: Record<string, Explanation> = {
  LearnRefNumber_Unique: {
    says: 'The learner reference number is used by more than one learner in the file',
    fix: 'Give each learner their own learner reference number in your MIS; the second learner with this reference was kept out.',
  },
  Record_TooManyFindings: {
    says: 'The record has more findings than are listed',
    fix: 'Fix the findings listed for this learner and re-run the load: the rest will show then.',
  },
};

const FALLBACK: Explanation = { says: '', fix: 'See the message: it says what was found and what was expected.' };

/** The explanation of a finding of `ruleId` on `field`. */
export function explain(ruleId: string, field: string | null): Explanation {
  const known = declared.get(ruleId) ?? LOADER[ruleId];
  if (known) return known;
  const name = field ?? 'field';
  if (ruleId.startsWith('Schema_')) return SCHEMA[ruleId.slice(7)]?.(name) ?? FALLBACK;
  const fd = /^FD_(.+)_([A-Z]{2})$/.exec(ruleId);
  if (fd) return SCHEMA[FD_KIND[fd[2] ?? ''] ?? '']?.(fd[1] ?? name) ?? FALLBACK;
  return FALLBACK;
}
