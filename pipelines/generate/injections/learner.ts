// Faults in the Learner's own fields: its identifiers, date of birth, sex, ethnicity, LLDD and
// health problem, prior attainment. Each is put where it breaks its own rule only: a code off its
// list on a learner the rules about that field's other values leave alone.
import { TEMPORARY_ULN, isUlnChecksumValid } from '../../ilr/uln.ts';
import type { ReturnedLearner } from '../return-view.ts';
import { addToLearner, isAdultSkills, onLearner, setElement, type Injection } from './fault.ts';

/** Only on the adult skills budget, outside programmes: no age limit on the funding, no apprenticeship length rules. */
const onlyAdultSkills = (view: ReturnedLearner): boolean => view.aims.every((a) => isAdultSkills(a) && a.aim.progType === null);
/** Only 16–19 study programmes (FundModel 25): learners under 25, whom LLDDHealthProb_06 covers. */
const only1619 = (view: ReturnedLearner): boolean => view.aims.every((a) => a.aim.fundModel === 25);

export const LEARNER_INJECTIONS: readonly Injection[] = [
  // A wrong check digit (DD01): any other last digit fails the checksum.
  {
    rule: 'ULN_04',
    inject: (view, { rng }) => {
      if (view.uln === TEMPORARY_ULN) return null;
      const last = Number(view.uln[9]);
      const uln = `${view.uln.slice(0, 9)}${(last + rng.int(1, 9)) % 10}`;
      return uln === TEMPORARY_ULN || isUlnChecksumValid(uln) ? null : onLearner(view, { uln }, 'ULN', uln);
    },
  },
  // Ten digits with a leading 0: below the schema's range (1000000000–9999999999); a learner with a
  // schema error is checked no further.
  {
    rule: 'FD_ULN_AR',
    inject: (view) => {
      const uln = `0${view.uln.slice(1)}`;
      return onLearner(view, { uln }, 'ULN', uln);
    },
  },
  // A UK-style date where the schema wants YYYY-MM-DD.
  {
    rule: 'Schema_Type',
    inject: (view) => {
      const [y, m, d] = view.dateOfBirth.split('-');
      const value = `${d}/${m}/${y}`;
      return onLearner(view, { dateOfBirth: value }, 'DateOfBirth', value);
    },
  },
  // Sex is mandatory on every Learner (the schema's check, reported as FD_Sex_MA).
  { rule: 'FD_Sex_MA', inject: (view) => onLearner(view, { sex: null }, 'Sex', null) },
  { rule: 'Sex_01', inject: (view) => onLearner(view, { sex: 'X' }, 'Sex', 'X') },
  // The previous learner's reference again: the loader keeps the second record out
  // (LearnRefNumber_Unique) and reports R_06 on both, as the agency reports it on every copy.
  {
    rule: 'LearnRefNumber_Unique',
    inject: (view, { previousRef }) =>
      previousRef === null || previousRef === view.learnRefNumber
        ? null
        : { ...onLearner(view, { learnRefNumber: previousRef }, 'LearnRefNumber', previousRef), alsoBreaks: ['R_06', 'R_06'] },
  },
  // A learner aged 115 or more; only on adult skills, where no age limit decides the funding.
  {
    rule: 'DateOfBirth_04',
    inject: (view, { rng }) => {
      if (!onlyAdultSkills(view)) return null;
      const value = `19${String(rng.int(0, 5)).padStart(2, '0')}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
      return onLearner(view, { dateOfBirth: value }, 'DateOfBirth', value);
    },
  },
  // 30: between the old (11–23) and the current (31–47) codes.
  {
    rule: 'Ethnicity_01',
    inject: (view) => onLearner(view, { learner: { ...view.learner, ethnicity: 30 } }, 'Ethnicity', '30'),
  },
  // An LLDD category off the list (1–17, 93–99), on a learner who has one.
  {
    rule: 'LLDDCat_01',
    inject: (view) => (view.learner.llddCat === null ? null : onLearner(view, { learner: { ...view.learner, llddCat: 50 } }, 'LLDDCat', '50')),
  },
  // LLDDHealthProb 1 with its record left out; only on a 16–19 learner (LLDDHealthProb_06 asks it of those under 25).
  {
    rule: 'LLDDHealthProb_06',
    inject: (view) =>
      view.learner.llddHealthProb !== 1 || view.learner.llddCat === null || !only1619(view)
        ? null
        : onLearner(view, { learner: { ...view.learner, llddCat: null } }, 'LLDDHealthProb', '1'),
  },
  // An LLDD record on a learner who says they have no difficulty (LLDDHealthProb 2).
  {
    rule: 'LLDDHealthProb_04',
    inject: (view) =>
      view.learner.llddHealthProb !== 2 || view.learner.llddCat !== null ? null : onLearner(view, { learner: { ...view.learner, llddCat: 4 } }, 'LLDDHealthProb', '2'),
  },
  // 3 is not an LLDDHealthProb code (1, 2, 9); on a learner with no LLDD record, which LLDDHealthProb_04 would otherwise ask about.
  {
    rule: 'LLDDHealthProb_01',
    inject: (view) =>
      view.learner.llddCat !== null
        ? null
        : onLearner(view, { xmlEdit: setElement('LLDDHealthProb', '3') }, 'LLDDHealthProb', '3'),
  },
  // Two LLDD records of the same category (the second not primary).
  {
    rule: 'R_45',
    inject: (view) => {
      const cat = view.learner.llddCat;
      return cat === null ? null : onLearner(view, { xmlEdit: addToLearner(`<LLDDandHealthProblem><LLDDCat>${cat}</LLDDCat></LLDDandHealthProblem>`) }, 'LLDDCat', String(cat));
    },
  },
  // Two LLDD records both marked primary, of different categories.
  {
    rule: 'PrimaryLLDD_03',
    inject: (view) => {
      const cat = view.learner.llddCat;
      const other = cat === 4 ? 5 : 4;
      return cat === null ? null : onLearner(view, { xmlEdit: addToLearner(`<LLDDandHealthProblem><LLDDCat>${other}</LLDDCat><PrimaryLLDD>1</PrimaryLLDD></LLDDandHealthProblem>`) }, 'PrimaryLLDD', '1');
    },
  },
  // A prior attainment code off the list.
  {
    rule: 'PriorAttain_03',
    inject: (view) => {
      const edit = (xml: string) => setElement('PriorLevel', '50')(setElement('PriorAttain', '50')(xml));
      return onLearner(view, { xmlEdit: edit }, 'PriorAttain', '50');
    },
  },
];
