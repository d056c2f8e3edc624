// How much of the agency's 2025/26 validation catalogue the loader decides (issue 15, point 4):
// every live rule (Status Active, Changed or New) of shared/domain/validation-rules-2025-26.csv
// with its state — implemented (and where), needs reference data the project does not ship (which),
// not applicable, or not yet implemented (decidable from the file, not done yet). The state is
// worked out here from the code (RULES, the loader's own file-level checks, the FD rules the schema
// checks decide) and from the catalogue's wording, by keyword rules plus a short table of
// overrides where the keywords get a rule wrong. `npm run rules:coverage` writes the result to
// docs/validation-coverage.md; test/validate/coverage.test.ts fails when that file is out of date.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { RAW_ENTITIES } from '../ilr/entities.ts';
import { DECIDED_FD_RULES } from './field-definitions.ts';
import { READ_TIME_RULES } from './read-time-rules.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

export const CATALOGUE = new URL('../../../shared/domain/validation-rules-2025-26.csv', import.meta.url).pathname;
export const COVERAGE_DOC = 'docs/validation-coverage.md';

export interface CatalogueRule {
  name: string;
  category: string;
  severity: string;
  /** Description, DetailedDescription and Exclusions, whitespace folded: what the keywords read. */
  text: string;
}

const LIVE = new Set(['Active', 'Changed', 'New']);
const fold = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The live rules of the catalogue, once each (FD_FINAMOUNT_MA is listed twice), in the catalogue's order. */
export function readCatalogue(path: string = CATALOGUE): CatalogueRule[] {
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];
  const seen = new Set<string>();
  const out: CatalogueRule[] = [];
  for (const r of rows) {
    const name = fold(r.Name);
    if (!LIVE.has(fold(r.Status)) || seen.has(name)) continue;
    seen.add(name);
    out.push({
      name,
      category: fold(r.Category),
      severity: fold(r.Severity),
      text: [r.ErrorMessage, r.Description, r.DetailedDescription, r.Exclusions].map(fold).join(' '),
    });
  }
  return out;
}

export const STATES = [
  'implemented',
  'needs LARS',
  'needs postcodes',
  'needs employer register',
  'needs ULN register',
  'needs provider register',
  'needs organisation data',
  'needs funding/contract data',
  'needs other reference data',
  'not applicable',
  'not yet implemented',
] as const;
export type State = (typeof STATES)[number];

export interface Coverage {
  rule: CatalogueRule;
  state: State;
  /** For an implemented rule, the file that decides it. */
  file: string | null;
  /** Why, in a few words, when the state is not self-explanatory. */
  note: string;
}

/** `LearnStartDate` → `learn-start-date` (as test/validate/layout.test.ts lays rules out). */
const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

const fileOf = (rule: Rule): string => `pipelines/validate/rules/${kebab(rule.entity)}/${kebab(rule.id.replace(/_[^_]+$/, ''))}.ts`;

/** The catalogue's file-level rules the loader decides as it opens a file, and where. */
const LOADER_RULES: Readonly<Record<string, string>> = {
  'Namespace Mismatch': 'pipelines/ingest/xml/read-xml-source.ts',
  'Protected ZIP file': 'pipelines/ingest/file-source.ts',
  ZIP_CORRUPT: 'pipelines/ingest/file-source.ts',
  ZIP_EMPTY: 'pipelines/ingest/file-source.ts',
  ZIP_INCONSISTENT_FILENAME: 'pipelines/ingest/file-source.ts',
  Header_2: 'pipelines/ingest/prepared-date.ts',
  Header_3: 'pipelines/ingest/xml/read-xml-source.ts',
  // Across the learners of a file, decided as they stream past (reported on every copy).
  R_06: 'pipelines/ingest/batch-loader.ts',
  R_59: 'pipelines/ingest/batch-loader.ts',
};

/** Every rule implemented, with its file: the record rules, the loader's file checks, the read-time rules, the FD rules named for the schema checks. */
export function implementedRules(): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of RULES) if (!out.has(rule.id)) out.set(rule.id, fileOf(rule));
  for (const [name, file] of Object.entries(LOADER_RULES)) out.set(name, file);
  for (const { id, file } of READ_TIME_RULES.values()) out.set(id, file);
  for (const name of DECIDED_FD_RULES) out.set(name, 'pipelines/validate/field-definitions.ts');
  return out;
}

/**
 * Rules the keywords get wrong, read one by one in the catalogue. A state with a note; the note
 * says what the keywords would have missed.
 */
const OVERRIDES: Readonly<Record<string, readonly [State, string]>> = {
  'Inconsistent UKPRN': ['not applicable', 'compares the file with the Submit Learner Data account'],
  Filename_2: ['not applicable', 'compares with files sent before to the submission service'],
  Filename_3: ['needs provider register', 'UKPRN in the file name'],
  Filename_4: ['not applicable', 'the submission service’s current collection'],
  Filename_8: ['not applicable', 'compares with files sent before to the submission service'],
  R_72: ['needs LARS', 'DD17: the standard’s core government contribution cap (LARS funding)'],
  R_73: ['needs LARS', 'DD17: the standard’s core government contribution cap (LARS funding)'],
  ULN_05: ['needs ULN register', 'the Learner Register'],
  CampID_01: ['needs organisation data', 'the campus identifier table'],
  CampID_02: ['needs organisation data', 'the campus identifier table'],
  LearnDelFAMType_83: ['needs funding/contract data', 'the short term initiative table for the UKPRN'],
  LearnDelFAMType_16: ['not applicable', 'the return period (R12–R14) is the submission’s, not the file’s'],
  LearnDelFAMType_04: ['needs other reference data', 'the FAM type and code lookup (valid codes by date)'],
  LearnDelFAMType_06: ['needs other reference data', 'the FAM type and code lookup (valid codes by date)'],
  LearnFAMType_01: ['needs other reference data', 'the FAM type and code lookup (valid codes by date)'],
  LearnFAMType_03: ['needs other reference data', 'the FAM type and code lookup (valid codes by date)'],
  ESMType_01: ['needs other reference data', 'the ESM type and code lookup (its codes changed by year: BSI 5 is not valid in the 2020/21 list)'],
  // Postcode formats: decidable from the file (checked as read, the loader keeps the outward code
  // only: read-time-rules.ts), not from the postcode directory the keywords would say.
  Postcode_15: ['not yet implemented', 'format: checked as read (only the outward code is kept)'],
  PostcodePrior_02: ['not yet implemented', 'format: checked as read (only the outward code is kept)'],
  DelLocPostCode_11: ['not yet implemented', 'format: checked as read (only the outward code is kept)'],
  LSDPostcode_03: ['not yet implemented', 'format: checked as read (only the outward code is kept)'],
  HEPostCode_02: ['not yet implemented', 'format: checked as read (only the outward code is kept)'],
  FUNDLEV_04: ['needs provider register', 'the Office for Students register (providers not asked for the HE funding fields are left out)'],
};

/** Why an FD rule is not decided by the schema checks, by its kind (pipelines/validate/field-definitions.ts). */
const FD_NOT_DECIDED: Readonly<Record<string, string>> = {
  AP: 'no pattern for this field in the schema facts (pipelines/ilr/entities.ts)',
  EO: 'no maxOccurs for this entity in the schema facts (pipelines/ilr/entities.ts)',
  AL: 'no length or digits for this field in the schema facts (pipelines/ilr/entities.ts)',
};

/** Personal elements the loader reads past and never keeps (DESIGN.md, "Personal data"). */
const PERSONAL = /^(FD_)?(FamilyName|GivenNames|NINumber|AddLine[1-4]|TelNo|Email)_/;

/** Keyword rules, in order: the first that matches a rule's name or wording decides its state. */
const KEYWORDS: readonly { state: State; note: string; name?: RegExp; text?: RegExp }[] = [
  { state: 'needs LARS', note: 'LARS', name: /^LearnAimRef_/ },
  { state: 'needs LARS', note: 'LARS', text: /\bLARS|learning aim reference (data|service)|\bDD(29|31|40)\b/i },
  { state: 'needs ULN register', note: 'ULN register', text: /Learner Register|ULN register/i },
  { state: 'needs employer register', note: 'employer data service', text: /\bEDS\b|edrs|employer data service/i },
  { state: 'needs postcodes', note: 'ONS postcode directory', text: /Postcodes?\.|PAF_|valid postcode|postcode (look ?up|directory|table)|ONS_/i },
  { state: 'needs provider register', note: 'provider register', text: /Org_|UKPRN table|ORG_UKPRNS|LegalOrgType|\bDD27\b/ },
  { state: 'needs organisation data', note: 'EPA organisations', text: /EPAOrg|EPA ?Reference ?Data|end point assessment organisation/i },
  { state: 'needs funding/contract data', note: 'FCS contracts', text: /\bFCT\b|\bFCS\b|ContractAllocation|funding relationship|Stop New Starts|start date of the contract/i },
  { state: 'needs other reference data', note: 'ILR specification appendix', text: /Appendix [A-Z]\b|SOC2010|Tlout table|LookupSubCategory/i },
];

/** Whether the loader reads the HE entities: if not, the HE rules cannot apply. */
const LOADS_HE = ['LearnerHE', 'LearningDeliveryHE'].every((e) => RAW_ENTITIES.some((spec) => spec.element === e));

export function classify(rules: readonly CatalogueRule[], implemented: ReadonlyMap<string, string> = implementedRules()): Coverage[] {
  return rules.map((rule) => {
    const file = implemented.get(rule.name);
    if (file !== undefined) return { rule, state: 'implemented', file, note: '' };
    const at = (state: State, note: string): Coverage => ({ rule, state, file: null, note });
    if (rule.category === 'Derived Data for validation') return at('not applicable', 'a derived-data definition, not a rule');
    const override = OVERRIDES[rule.name];
    if (override) return at(override[0], override[1]);
    if (PERSONAL.test(rule.name)) return at('not applicable', 'personal data the loader does not keep');
    if (rule.category === 'HE Rules' && !LOADS_HE) return at('not applicable', 'HE entities are not loaded');
    if (rule.name.startsWith('FD_')) return at('not yet implemented', FD_NOT_DECIDED[rule.name.slice(-2)] ?? '');
    for (const k of KEYWORDS) {
      if ((k.name && k.name.test(rule.name)) || (k.text && k.text.test(rule.text))) return at(k.state, k.note);
    }
    return at('not yet implemented', '');
  });
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** docs/validation-coverage.md: a count per state, then every live rule. */
export function coverageMarkdown(coverage: readonly Coverage[] = classify(readCatalogue())): string {
  const counts = STATES.map((s) => [s, coverage.filter((c) => c.state === s).length] as const);
  const lines = [
    '# Validation coverage: the 2025/26 catalogue, rule by rule',
    '',
    '<!-- Generated by `npm run rules:coverage` (pipelines/validate/coverage.ts) — do not edit by hand. -->',
    '',
    `Every live rule (Status Active, Changed or New) of the agency's 2025/26 validation catalogue`,
    '(`shared/domain/validation-rules-2025-26.csv`), with its state in ilr-insight: **implemented** (the',
    'file that decides it), **needs** reference data the project does not ship (which: LARS, the ONS',
    'postcode directory, the employer register, the ULN register, the provider register, organisation',
    'data, funding/contract data, other lists of the ILR specification), **not applicable** (derived-data',
    "definitions, checks of the submission service itself, rules on personal data the loader never keeps),",
    'or **not yet implemented** (decidable from the file and the shipped reference data, not done yet).',
    'The states other than implemented are worked out from the catalogue\'s wording, so a few may be wrong:',
    'correct them in the override table of `pipelines/validate/coverage.ts`. Field-definition (FD_) rules',
    'are implemented where the schema check decides the same thing (`pipelines/validate/field-definitions.ts`',
    'says which, and why not the others).',
    '',
    '| state | rules |',
    '|---|--:|',
    ...counts.map(([s, n]) => `| ${s} | ${n} |`),
    `| **all live rules** | **${coverage.length}** |`,
    '',
    '| rule | category | severity | state | file or note |',
    '|---|---|---|---|---|',
    ...coverage.map((c) => `| \`${cell(c.rule.name)}\` | ${cell(c.rule.category)} | ${cell(c.rule.severity)} | ${c.state} | ${c.file ? `\`${c.file}\`` : cell(c.note)} |`),
    '',
  ];
  return lines.join('\n');
}
