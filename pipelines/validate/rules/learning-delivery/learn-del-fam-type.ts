// LearnDelFAMType: the funding and monitoring (FAM) records on an aim — source of funding (SOF),
// full or co-funding (FFI), contract type (ACT), loans (ADL, ALB), learning support (LSF),
// learning delivery monitoring (LDM), devolved area monitoring (DAM), restarts (RES), Skills
// Bootcamp events (EVI) … (2025/26 catalogue; the agency's Rules/LearningDelivery/LearnDelFAMType).
// Only the rules decidable from the file are here: those that need LARS, the FAM code lookup, the
// return period or a contracts register are listed in docs/ingestion.md. Where the agency's 2020/21
// code and the 2025/26 catalogue differ, the rule is declared once per definition (the 2020/21 one
// is also used for the years before it). The agency reports some of these once per FAM record; we
// report once per aim, naming the first record at fault.
import { daysToIso, isoToDays, yearsBetween } from '../../../ilr/dates.ts';
import type { Row } from '../../../ilr/row.ts';
import { AS_IN_2025_26, SINCE_2021_22, aimRule, has, num, type AimFacts, type Finding, type Rule, type Years } from '../../rule.ts';
import {
  SINCE_2024_25,
  TO_2023_24,
  TO_2024_25,
  countOfType,
  famRows,
  famLabel,
  firstOfType,
  firstWhere,
  fundModelIn,
  hasType,
  isApprenticeshipFrom2025,
  isCombinedAuthority,
  sofOtherThan,
} from './learn-del-fam-query.ts';
import { isApprenticeship } from './programmes.ts';

const day = (iso: string): number => isoToDays(iso) as number;
const NOVEMBER_2017 = day('2017-11-01');
const JANUARY_2018 = day('2018-01-01');
const APRIL_2021 = day('2021-04-01');
const AUGUST_2023 = day('2023-08-01');
const JULY_2024_END = day('2024-07-31');
const AUGUST_2024 = day('2024-08-01');
const AUGUST_2025 = day('2025-08-01');
const AUGUST_2013 = day('2013-08-01');

const start = (f: AimFacts): number | null => num(f.aim.learn_start_date);
const fm = (f: AimFacts): number | null => num(f.aim.fund_model);
const at = (r: Row | null, message: (r: Row) => string): Finding | null => (r === null ? null : { message: message(r), value: famLabel(r) });
/** A test: the aim's first record of `type`, reported when `when` holds (both asked only of aims that have one). */
const typeWhen =
  (type: string, when: (f: AimFacts) => boolean, message: (f: AimFacts, r: Row) => string) =>
  (f: AimFacts): Finding | null => {
    const r = firstOfType(f, type);
    return r === null || !when(f) ? null : { message: message(f, r), value: famLabel(r) };
  };
/** A test: the record `key` (`TYPE:CODE`) reported when the aim has it and `when` holds; the message is worked out only then. */
const codeWhen =
  (key: string, when: (f: AimFacts) => boolean, message: string | ((f: AimFacts) => string)) =>
  (f: AimFacts): Finding | null =>
    f.fams.has(key) && when(f) ? { message: typeof message === 'string' ? message : message(f), value: key } : null;
/** The first of these `TYPE:CODE` keys the aim has, or undefined. */
function firstKey(f: AimFacts, keys: readonly string[]): string | undefined {
  for (const key of keys) if (f.fams.has(key)) return key;
  return undefined;
}
/** `LDM:034` → `LDM 034`, for messages. */
const spaced = (key: string): string => key.replace(':', ' ');

const typeRule = (spec: Omit<Parameters<typeof aimRule>[0], 'field'>) => aimRule({ field: 'LearnDelFAMType', ...spec });

/** LearnDelFAMType_09: an adult-funded aim's source of funding must be ESFA adult (105), unless a combined authority funds it. */
const type09 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_09',
    years,
    reads: ['fund_model'],
    message: 'The Source of funding is not valid for this Funding model',
    fix: 'For this funding model the source of funding is the ESFA adult budget: set the SOF code to 105 (or a combined authority’s code if one funds it).',
    test: (f) =>
      !f.fams.has('SOF:105') && fundModelIn(f, models) && !isCombinedAuthority(f)
        ? at(sofOtherThan(f, '105'), (r) => `FundModel ${fm(f)} is adult funded, so the source of funding must be 105, not ${famLabel(r)}.`)
        : null,
  });

/** LearnDelFAMType_14: enhanced apprenticeship funding (EEF) only on funded apprenticeships (DD07 by year). */
const type14 = (years: Years, apprenticeship: (f: AimFacts) => boolean) =>
  typeRule({
    id: 'LearnDelFAMType_14',
    years,
    reads: ['fund_model', 'prog_type'],
    message: 'The Eligibility for enhanced apprenticeship funding is only valid for apprenticeship aims',
    fix: 'Remove the enhanced apprenticeship funding (EEF) record: the aim is not part of a funded apprenticeship.',
    test: typeWhen('EEF', (f) => !(fundModelIn(f, [35, 36, 81]) && apprenticeship(f)), (f, r) => `${famLabel(r)} is on an aim that is not a funded apprenticeship (FundModel ${fm(f)}, ProgType ${num(f.aim.prog_type) ?? 'none'}).`),
  });

/** LearnDelFAMType_18: one record at most of each of these types. */
const type18 = (years: Years, types: readonly string[]) =>
  typeRule({
    id: 'LearnDelFAMType_18',
    years,
    reads: ['learn_aim_ref'],
    message: 'There must not be more than one record with a FAM type of SOF, FFI,  EEF, RES, ADL, ACL, AFL, ASL or FLN',
    fix: 'Keep one record of this monitoring type on the aim and delete the others.',
    test: (f) => {
      const rows = famRows(f);
      for (let i = 1; i < rows.length; i++) {
        const type = (rows[i] as Row).learn_del_fam_type;
        for (let j = 0; j < i; j++) {
          if ((rows[j] as Row).learn_del_fam_type === type && typeof type === 'string' && types.includes(type)) {
            return { message: `The aim has ${countOfType(f, type)} ${type} records; one is allowed.`, value: type };
          }
        }
      }
      return null;
    },
  });

/** LearnDelFAMType_22: the full or co-funding indicator only on the funding models `models`. */
const type22 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_22',
    years,
    reads: ['fund_model'],
    message: 'The Full or co-funding indicator must not be returned for this Funding model',
    fix: 'Remove the full or co-funding (FFI) record: this funding model does not use it.',
    test: typeWhen('FFI', (f) => !fundModelIn(f, models), (f, r) => `${famLabel(r)} is not used with FundModel ${fm(f)} (only ${models.join(', ')}).`),
  });

/** LearnDelFAMType_36 and _38 in 2020/21 leave out the career learning pilot (LDM 359); the 2025/26 catalogue does not. */
const careerLearningPilot = (f: AimFacts): boolean => f.fams.has('LDM:359');
const type36 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  typeRule({
    id: 'LearnDelFAMType_36',
    years,
    reads: ['fund_model'],
    message: 'The Advanced Learner Loans indicator must be completed where the Advanced Learner Loans Bursary funding indicator has been returned',
    fix: 'A loans bursary (ALB) goes with an Advanced Learner Loan: add the ADL record with code 1, or remove the ALB record.',
    test: typeWhen('ALB', (f) => !hasType(f, 'ADL') && !excluded(f), (f, r) => `${famLabel(r)} is returned but the aim has no Advanced Learner Loans (ADL) record.`),
  });
const type38 = (years: Years, excluded: (f: AimFacts) => boolean) =>
  typeRule({
    id: 'LearnDelFAMType_38',
    years,
    reads: ['fund_model'],
    message: 'The Advanced Learner Loans Bursary fund indicator is not required for this Funding model',
    fix: 'Remove the loans bursary (ALB) record, or, if the aim is loan funded, set the funding model to 99.',
    test: typeWhen('ALB', (f) => fm(f) !== 99 && !excluded(f), (f, r) => `${famLabel(r)} is only for loan-funded aims (FundModel 99), not FundModel ${fm(f)}.`),
  });

/** LearnDelFAMType_40: no loan (ADL) on an unfunded apprenticeship (DD07 by year). */
const type40 = (years: Years, apprenticeship: (f: AimFacts) => boolean) =>
  typeRule({
    id: 'LearnDelFAMType_40',
    years,
    reads: ['fund_model', 'prog_type'],
    message: 'The Advanced Learner Loans indicator must not be returned for apprenticeships',
    fix: 'Remove the Advanced Learner Loans (ADL) record: apprenticeships cannot be loan funded.',
    test: typeWhen('ADL', (f) => fm(f) === 99 && apprenticeship(f), (f, r) => `${famLabel(r)} is on an apprenticeship (ProgType ${num(f.aim.prog_type)}).`),
  });

const type46 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_46',
    years,
    reads: ['fund_model'],
    message: 'The Funding model must be Adult skills or Adult Skills Fund',
    fix: 'Family English, maths and language (FLN) is adult skills provision: correct the funding model, or remove the FLN record.',
    test: typeWhen('FLN', (f) => !fundModelIn(f, models), (f, r) => `${famLabel(r)} needs FundModel ${models.join(' or ')}, not ${fm(f)}.`),
  });

const type50 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_50',
    years,
    reads: ['fund_model'],
    message: 'Learning Support Funding must not be returned for this Funding model',
    fix: 'Remove the learning support funding (LSF) record: 16–19, community learning and unfunded aims do not claim it.',
    test: typeWhen('LSF', (f) => fundModelIn(f, models), (f, r) => `${famLabel(r)} is not claimed on FundModel ${fm(f)}.`),
  });

const type75 = (years: Years, keys: readonly string[]) =>
  typeRule({
    id: 'LearnDelFAMType_75',
    years,
    reads: ['fund_model'],
    message: 'The source of funding is not valid for this Learning delivery monitoring code',
    fix: 'These monitoring codes are for ESFA-funded provision: if a combined authority funds the aim, remove the LDM code; otherwise correct the source of funding.',
    test: (f) => {
      const key = firstKey(f, keys);
      return key === undefined || !isCombinedAuthority(f) ? null : { message: `${spaced(key)} cannot be used when a combined authority is the source of funding.`, value: key };
    },
  });

const type78 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_78',
    years,
    reads: ['fund_model'],
    message: 'This funding model is not valid for this Devolved area monitoring code (DAM)',
    fix: 'Devolved area monitoring (DAM) is for adult skills and community learning: correct the funding model or remove the DAM record.',
    test: typeWhen('DAM', (f) => !fundModelIn(f, models), (f, r) => `${famLabel(r)} needs FundModel ${models.join(', ')}, not ${fm(f)}.`),
  });

/** LearnDelFAMType_105 and _116: a procured AEB code (LDM 379, 388) needs one of `models`, an adult source of funding and no programme type. */
const procured = (id: string, code: string, models: readonly number[], message: string) => {
  const key = `LDM:${code}`;
  return typeRule({
    id,
    years: SINCE_2021_22,
    reads: ['fund_model', 'prog_type'],
    message,
    fix: `LDM ${code} (procured adult education budget) is for adult skills aims outside a programme, funded by the ESFA adult budget (SOF 105): correct the aim or remove the code.`,
    test: (f) => {
      if (!f.fams.has(key)) return null;
      const sof = sofOtherThan(f, '105');
      const why = !fundModelIn(f, models)
        ? `FundModel ${fm(f)} is not ${models.join(', ')}`
        : sof !== null
          ? `the source of funding is ${famLabel(sof)}, not 105`
          : has(f.aim, 'prog_type')
            ? `ProgType ${num(f.aim.prog_type)} is returned`
            : null;
      return why === null ? null : { message: `LDM ${code} is on this aim but ${why}.`, value: key };
    },
  });
};

/** "LDM `code` only with FundModel `model`" (LearnDelFAMType_113, _127, _128). */
const ldmNeedsModel = (id: string, code: string, model: number, message: string, what: string) => {
  const key = `LDM:${code}`;
  return typeRule({
    id,
    years: SINCE_2021_22,
    reads: ['fund_model'],
    message,
    fix: `LDM ${code} (${what}) is only used with FundModel ${model}: correct the funding model or remove the code.`,
    test: codeWhen(key, (f) => fm(f) !== model, (f) => `LDM ${code} needs FundModel ${model}, not ${fm(f)}.`),
  });
};

const COMBINED_AUTHORITY_PROG_TYPES = [2, 3, 20, 21, 22, 23, 24, 25, 30, 31];
const HOME_OR_DIRECT = ['LDM:320', 'LDM:321'];
const SIXTEEN_TO_NINETEEN_LDM = ['LDM:320', 'LDM:321', 'LDM:381'];
const NEW_AUTHORITY_SOF = ['SOF:121', 'SOF:122', 'SOF:123'];
const NO_RES = (f: AimFacts): boolean => !hasType(f, 'RES');

/** LearnDelFAMType_31: no more than `limit` LDM records on an aim, as defined in `years`. */
const ldmLimit = (years: Years, limit: number, inWords: string) =>
  typeRule({
    id: 'LearnDelFAMType_31',
    years,
    reads: ['learn_aim_ref'],
    message: 'There must not be more than six occurrences for the FAM type LDM',
    fix: `Keep the ${inWords} learning delivery monitoring (LDM) codes that apply and delete the others.`,
    test: (f) => {
      const n = countOfType(f, 'LDM');
      return n > limit ? { message: `The aim has ${n} LDM records; ${inWords} are allowed.`, value: 'LDM' } : null;
    },
  });

/** LearnDelFAMType_01: an aim on one of the funding models `models` with no source of funding (SOF) record. */
const type01 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_01',
    years,
    reads: ['fund_model'],
    message: 'The Source of funding must be returned',
    fix: 'Add a source of funding (SOF) record to the aim: 105 for the ESFA adult budget, 107 for 16–19, or the combined authority’s code.',
    test: (f) =>
      fundModelIn(f, models) && !hasType(f, 'SOF') ? { message: `The FundModel ${fm(f)} aim has no source of funding (SOF) record.`, value: null } : null,
  });

/** LearnDelFAMType_02: an adult skills aim (FundModel in `models`) with no full or co-funding indicator (FFI). */
const type02 = (years: Years, models: readonly number[]) =>
  typeRule({
    id: 'LearnDelFAMType_02',
    years,
    reads: ['fund_model'],
    message: 'The Full or co-funding indicator must be returned for this Funding model',
    fix: 'Add the full or co-funding indicator (FFI record: 1 fully funded, 2 co-funded) to the adult skills aim.',
    test: (f) =>
      fundModelIn(f, models) && !hasType(f, 'FFI') ? { message: `The FundModel ${fm(f)} aim has no full or co-funding indicator (FFI) record.`, value: null } : null,
  });

export const rules: readonly Rule[] = [
  // The agency's 2018/19 and 2020/21 code: the funded models of its day, ESF (70) among them; the
  // 2025/26 catalogue adds Skills Bootcamps (37), the Adult Skills Fund (38) and tailored learning
  // (11), and drops ESF. As for the rules below, its list is used from 2024/25, when 38 and 11 began.
  type01(TO_2023_24, [10, 25, 35, 36, 70, 81, 82]),
  type01(SINCE_2024_25, [25, 82, 35, 36, 37, 81, 10, 11, 38]),
  type02(TO_2023_24, [35]),
  type02(SINCE_2024_25, [35, 38]),
  typeRule({
    id: 'LearnDelFAMType_111',
    years: SINCE_2021_22,
    reads: ['prog_type'],
    message: 'The Full or co-funding indicator must be returned for this Programme Type',
    fix: 'Add the full or co-funding indicator (FFI record: 1 fully funded, 2 co-funded) to every aim of the Skills Bootcamp.',
    test: (f) =>
      num(f.aim.prog_type) === 32 && !hasType(f, 'FFI') ? { message: 'The Skills Bootcamp (ProgType 32) aim has no full or co-funding indicator (FFI) record.', value: null } : null,
  }),
  typeRule({
    id: 'LearnDelFAMType_07',
    reads: ['fund_model'],
    message: 'The Source of funding is not valid for this Funding model',
    fix: 'For 16–19 funding the source of funding is the ESFA 16–19 budget (107) or the ESFA adult budget (105): correct the SOF code.',
    test: (f) =>
      fundModelIn(f, [25, 82]) && !f.fams.has('SOF:105') && !f.fams.has('SOF:107')
        ? at(firstOfType(f, 'SOF'), (r) => `FundModel ${fm(f)} is 16–19 funded, so the source of funding must be 105 or 107, not ${famLabel(r)}.`)
        : null,
  }),
  typeRule({
    id: 'LearnDelFAMType_08',
    reads: ['fund_model'],
    message: 'The Source of funding is not valid for this Funding model',
    fix: 'An unfunded aim (FundModel 99) is not paid for by the ESFA: remove the SOF 105/107 record, or correct the funding model.',
    test: (f) => {
      if (fm(f) !== 99) return null;
      const code = f.fams.has('SOF:105') ? '105' : f.fams.has('SOF:107') ? '107' : null;
      return code === null ? null : { message: `FundModel 99 is not ESFA funded, so the source of funding cannot be ${code}.`, value: `SOF:${code}` };
    },
  }),
  type09(TO_2023_24, [10, 35, 36, 70, 81]),
  type09(SINCE_2024_25, [35, 38, 36, 81, 10, 11]),
  type14(TO_2024_25, isApprenticeship),
  type14(AS_IN_2025_26, isApprenticeshipFrom2025),
  typeRule({
    id: 'LearnDelFAMType_15',
    reads: ['learn_act_end_date'],
    message: 'This Learning delivery monitoring code must not be returned where the Learning actual end date is completed',
    fix: 'LDM 118 marks a proxy aim that has not ended: replace the proxy with the real aim, or remove the code now that the aim has ended.',
    test: codeWhen('LDM:118', (f) => has(f.aim, 'learn_act_end_date'), 'The proxy learning aim code (LDM 118) is on an aim with an actual end date.'),
  }),
  type18(TO_2024_25, ['SOF', 'FFI', 'EEF', 'RES', 'ADL', 'ASL', 'SPP', 'FLN']),
  type18(AS_IN_2025_26, ['SOF', 'FFI', 'EEF', 'RES', 'ADL', 'ACL', 'AFL', 'ASL', 'FLN']),
  // Skills Bootcamps (FM37) began in 2021/22 and must return an FFI from then (LearnDelFAMType_111),
  // so the agency's 2020/21 list, which predates them, is used to 2020/21 and with 37 after.
  type22({ from: null, to: 2020 }, [35, 81]),
  type22({ from: 2021, to: 2023 }, [35, 37, 81]),
  type22(SINCE_2024_25, [35, 37, 38, 81, 11, 10]),
  // The agency's 2018/19 code allows four LDM records (MaxNumberOfLdmFamTypes = 4); its 2020/21 code and the catalogue six.
  ldmLimit({ from: null, to: 2018 }, 4, 'four'),
  ldmLimit({ from: 2019, to: null }, 6, 'six'),
  typeRule({
    id: 'LearnDelFAMType_35',
    reads: ['fund_model'],
    message: 'The Advanced Learner Loans indicator must not be returned for this Funding model',
    fix: 'A loan-funded aim has FundModel 99: set the funding model to 99, or remove the Advanced Learner Loans (ADL) record.',
    test: typeWhen('ADL', (f) => fm(f) !== 99, (f, r) => `${famLabel(r)} is only for FundModel 99, not ${fm(f)}.`),
  }),
  type36(TO_2024_25, careerLearningPilot),
  type36(AS_IN_2025_26, () => false),
  type38(TO_2024_25, careerLearningPilot),
  type38(AS_IN_2025_26, () => false),
  typeRule({
    id: 'LearnDelFAMType_39',
    reads: ['fund_model', 'learn_start_date', 'prog_type'],
    message: 'The FAM type LDM should be returned for this Funding model',
    fix: 'Add the learning delivery monitoring (LDM) code that says which programme pays for this other-funded aim.',
    test: (f) => {
      const s = start(f);
      return fundModelIn(f, [81, 82]) && s !== null && s >= AUGUST_2013 && num(f.aim.prog_type) !== 25 && !hasType(f, 'LDM')
        ? { message: `FundModel ${fm(f)} aims started from 1 August 2013 need an LDM code; this one has none.`, value: null }
        : null;
    },
  }),
  type40(TO_2024_25, isApprenticeship),
  type40(AS_IN_2025_26, isApprenticeshipFrom2025),
  type46(TO_2023_24, [35]),
  type46(SINCE_2024_25, [35, 38]),
  type50(TO_2024_25, [25, 82, 10, 70, 99]),
  type50(AS_IN_2025_26, [25, 82, 10, 99]),
  typeRule({
    id: 'LearnDelFAMType_54',
    reads: ['fund_model', 'prog_type'],
    message: 'The combination of EEF and FFI codes is not valid',
    fix: 'A learner entitled to 16–18 apprenticeship funding (EEF 2) is fully funded: change the FFI code to 1.',
    test: (f) =>
      f.fams.has('EEF:2') && f.fams.has('FFI:2') && fm(f) !== 36 && num(f.aim.prog_type) !== 25
        ? { message: 'EEF 2 (16–18 apprenticeship funding) cannot go with FFI 2 (co-funded).', value: 'FFI:2' }
        : null,
  }),
  // The agency's code: an error unless the aim is an FM36 programme aim (the catalogue's "and" reads as "or").
  typeRule({
    id: 'LearnDelFAMType_68',
    reads: ['fund_model', 'aim_type'],
    message: 'LDM356 can only be recorded on a Funding model 36 programme aim',
    fix: 'Record LDM 356 (apprenticeship delivered to own employees) on the apprenticeship programme aim only.',
    test: codeWhen('LDM:356', (f) => !(fm(f) === 36 && num(f.aim.aim_type) === 1), (f) => `LDM 356 is on FundModel ${fm(f)}, AimType ${num(f.aim.aim_type)}: only on an FM36 programme aim (AimType 1).`),
  }),
  typeRule({
    id: 'LearnDelFAMType_69',
    reads: ['fund_model', 'learn_start_date'],
    message: 'LDM357 can only be recorded on Funding models 35 or 10 and starting on or after 1st November 2017',
    fix: 'LDM 357 (procured AEB) is for adult skills or community learning aims started from 1 November 2017: correct the aim or remove the code.',
    test: codeWhen('LDM:357', (f) => !(fundModelIn(f, [35, 10]) && (start(f) ?? 0) >= NOVEMBER_2017), (f) => `LDM 357 needs FundModel 35 or 10 and a start from 2017-11-01 (FundModel ${fm(f)}).`),
  }),
  typeRule({
    id: 'LearnDelFAMType_70',
    reads: ['learn_start_date'],
    message: 'LDM358 can only be recorded against contracts between 1st January and 31 March 2018',
    fix: 'LDM 358 (non-procured non-levy contract) is for aims started from 1 January 2018: correct the start date or remove the code.',
    test: codeWhen('LDM:358', (f) => (start(f) ?? JANUARY_2018) < JANUARY_2018, 'LDM 358 is on an aim started before 1 January 2018.'),
  }),
  typeRule({
    id: 'LearnDelFAMType_71',
    reads: ['fund_model'],
    message: 'There should be an ACT 2 record for this LDM code',
    fix: 'LDM 358 (non-procured non-levy contract) goes with a contract with the ESFA: add an ACT record with code 2.',
    test: codeWhen('LDM:358', (f) => !f.fams.has('ACT:2'), 'LDM 358 is returned without an ACT 2 record.'),
  }),
  type75(TO_2024_25, ['LDM:034', 'LDM:357', 'LDM:363']),
  type75(AS_IN_2025_26, ['LDM:034', 'LDM:357', 'LDM:363', 'LDM:379', 'LDM:388']),
  typeRule({
    id: 'LearnDelFAMType_76',
    reads: ['fund_model'],
    message: 'The Learning delivery monitoring code is not valid for the Source of funding returned',
    fix: 'OLASS (offenders in custody, LDM 034) is funded by the ESFA adult budget: set the source of funding to 105.',
    test: (f) => (f.fams.has('LDM:034') ? at(sofOtherThan(f, '105'), (r) => `An OLASS aim (LDM 034) must have source of funding 105, not ${famLabel(r)}.`) : null),
  }),
  typeRule({
    id: 'LearnDelFAMType_77',
    reads: ['fund_model'],
    message: 'There must not be more than six occurrences for the FAM type DAM',
    fix: 'Keep the six devolved area monitoring (DAM) codes that apply and delete the others.',
    test: (f) => {
      const n = countOfType(f, 'DAM');
      return n > 6 ? { message: `The aim has ${n} DAM records; six are allowed.`, value: 'DAM' } : null;
    },
  }),
  type78(TO_2023_24, [35, 10]),
  type78(SINCE_2024_25, [35, 38, 11, 10]),
  typeRule({
    id: 'LearnDelFAMType_91',
    reads: ['fund_model'],
    message: 'The source of funding must not be returned when the Advanced Learner Loans indicator has been recorded',
    fix: 'A loan-funded aim (FundModel 99 with ADL) has no source of funding: remove the SOF record.',
    test: (f) => (fm(f) === 99 && hasType(f, 'ADL') ? at(firstOfType(f, 'SOF'), (r) => `The loan-funded aim also returns ${famLabel(r)}.`) : null),
  }),
  typeRule({
    id: 'LearnDelFAMType_92',
    reads: ['learn_start_date', 'aim_type'],
    message: 'An ACT 2 record must not be returned on programme aims',
    fix: 'From 1 April 2021 new apprenticeships are contracted through the apprenticeship service: set the programme aim’s ACT code to 1.',
    test: codeWhen('ACT:2', (f) => num(f.aim.aim_type) === 1 && (start(f) ?? 0) >= APRIL_2021 && NO_RES(f), 'A programme aim started from 1 April 2021 (not a restart) has ACT 2.'),
  }),
  typeRule({
    id: 'LearnDelFAMType_97',
    years: SINCE_2021_22,
    reads: ['fund_model'],
    message: 'This source of funding indicator and funding model is not valid for this DAM code',
    fix: 'Procured devolved adult education (DAM 002) is not funded by the ESFA adult budget: correct the funding model and source of funding.',
    test: codeWhen('DAM:002', (f) => fm(f) === 35 && f.fams.has('SOF:105'), 'DAM 002 cannot go with FundModel 35 and SOF 105.'),
  }),
  typeRule({
    id: 'LearnDelFAMType_100',
    years: SINCE_2021_22,
    reads: ['learn_start_date'],
    message: 'LDM378 can only be returned on aims starting on or after 1st April 2021',
    fix: 'Level 3 Free Courses for Jobs (LDM 378) started on 1 April 2021: correct the start date or remove the code.',
    test: codeWhen('LDM:378', (f) => (start(f) ?? APRIL_2021) < APRIL_2021, 'LDM 378 is on an aim started before 1 April 2021.'),
  }),
  procured('LearnDelFAMType_105', '379', [35, 10], 'LDM379 can only be recorded on Funding models 35 or 10, be Adult funded and a programme type must not be returned'),
  // "Aged 14": on 31 August of the teaching year (the agency's age-on-31-August rules), younger is an error.
  typeRule({
    id: 'LearnDelFAMType_106',
    years: SINCE_2021_22,
    reads: ['learner.date_of_birth'],
    message: 'LDM 320 and 321 must only be recorded for learners who are 14',
    fix: 'LDM 320 (direct FE funded) and 321 (home schooling) are for 14-year-olds: check the date of birth, or remove the code.',
    test: (f, ctx) => {
      const dob = num(f.learner.date_of_birth);
      const key = firstKey(f, HOME_OR_DIRECT);
      if (key === undefined || dob === null) return null;
      return yearsBetween(dob, day(`${ctx.collectionYear}-08-31`)) < 14
        ? { message: `${spaced(key)} is for learners aged 14; this learner (born ${daysToIso(dob)}) is younger on 31 August ${ctx.collectionYear}.`, value: key }
        : null;
    },
  }),
  typeRule({
    id: 'LearnDelFAMType_107',
    years: SINCE_2021_22,
    reads: ['fund_model'],
    message: 'LDM code 320, 321 and 381 are only used for funding model 25 and 82',
    fix: 'LDM 320, 321 and 381 are 16–19 codes: correct the funding model to 25 or 82, or remove the code.',
    test: (f) => {
      const key = firstKey(f, SIXTEEN_TO_NINETEEN_LDM);
      return key !== undefined && !fundModelIn(f, [25, 82]) ? { message: `${spaced(key)} needs FundModel 25 or 82, not ${fm(f)}.`, value: key } : null;
    },
  }),
  typeRule({
    id: 'LearnDelFAMType_108',
    years: SINCE_2021_22,
    reads: ['learn_start_date'],
    message: 'LDM 382 and LDM 378 must be recorded on the same Learning aim',
    fix: 'Free Courses for Jobs for low-wage learners (LDM 382) needs the Level 3 Free Courses for Jobs code (LDM 378) on the same aim: add it.',
    test: codeWhen('LDM:382', (f) => (start(f) ?? Infinity) <= JULY_2024_END && !f.fams.has('LDM:378'), 'LDM 382 is returned without LDM 378 on an aim started by 31 July 2024.'),
  }),
  typeRule({
    id: 'LearnDelFAMType_109',
    years: SINCE_2021_22,
    reads: ['prog_type'],
    message: 'This programme type cannot be used for this source of funding indicator',
    fix: 'A combined authority does not fund apprenticeships, traineeships or T Levels: correct the source of funding or the programme type.',
    test: (f) => {
      const p = num(f.aim.prog_type);
      return p !== null && COMBINED_AUTHORITY_PROG_TYPES.includes(p) && isCombinedAuthority(f)
        ? at(firstWhere(f, (r) => r.learn_del_fam_type === 'SOF'), (r) => `ProgType ${p} cannot be funded by a combined authority (${famLabel(r)}).`)
        : null;
    },
  }),
  typeRule({
    id: 'LearnDelFAMType_112',
    years: SINCE_2021_22,
    reads: ['prog_type'],
    message: 'This source of funding is not valid for Skills Bootcamps',
    fix: 'Skills Bootcamps are funded by the ESFA adult budget: set the source of funding to 105.',
    test: (f) => (num(f.aim.prog_type) === 32 ? at(sofOtherThan(f, '105'), (r) => `A Skills Bootcamp must have source of funding 105, not ${famLabel(r)}.`) : null),
  }),
  ldmNeedsModel('LearnDelFAMType_113', '384', 81, 'The funding model for the Adult T level Pilot must be 81', 'Adult T Level pilot'),
  typeRule({
    id: 'LearnDelFAMType_115',
    years: SINCE_2021_22,
    reads: ['fund_model'],
    message: 'LDM379 and LDM388 cannot be recorded on the same Learning aim',
    fix: 'An aim belongs to one AEB procurement: keep LDM 379 (2021) or LDM 388 (2023), not both.',
    test: codeWhen('LDM:388', (f) => f.fams.has('LDM:379'), 'LDM 379 and LDM 388 are both on the aim.'),
  }),
  procured('LearnDelFAMType_116', '388', [35, 10, 11, 38], 'LDM388 can only be recorded on Funding models 35, 10, 11 or 38, be Adult funded and a programme type must not be returned'),
  typeRule({
    id: 'LearnDelFAMType_118',
    years: SINCE_2021_22,
    reads: ['prog_type'],
    message: 'If the T Level Programme Type has been returned the Source of Funding must be 16-19',
    fix: 'T Levels are funded by the ESFA 16–19 budget: set the source of funding to 107.',
    test: (f) => (num(f.aim.prog_type) === 31 ? at(sofOtherThan(f, '107'), (r) => `A T Level must have source of funding 107, not ${famLabel(r)}.`) : null),
  }),
  typeRule({
    id: 'LearnDelFAMType_119',
    years: SINCE_2021_22,
    reads: ['fund_model', 'learn_start_date'],
    message: 'For Community learning starts from the 1st of August 2023 an ACL code is required',
    fix: 'Add the ACL record saying what kind of community learning this is (FAM type ACL).',
    test: (f) =>
      fm(f) === 10 && (start(f) ?? 0) >= AUGUST_2023 && !hasType(f, 'ACL') ? { message: 'A community learning aim started from 1 August 2023 has no ACL record.', value: null } : null,
  }),
  typeRule({
    id: 'LearnDelFAMType_120',
    years: SINCE_2021_22,
    reads: ['learn_start_date'],
    message: 'LDM382 and LDM391 must be recorded on the same Learning aim',
    fix: 'From 1 August 2024 Free Courses for Jobs (LDM 378) needs the earnings threshold code (LDM 391) on the same aim: add it.',
    test: codeWhen('LDM:378', (f) => (start(f) ?? 0) >= AUGUST_2024 && !f.fams.has('LDM:391'), 'LDM 378 is returned without LDM 391 on an aim started from 1 August 2024.'),
  }),
  typeRule({
    id: 'LearnDelFAMType_126',
    years: SINCE_2021_22,
    reads: ['fund_model', 'learn_start_date'],
    message: 'For Tailored learning starts from the 1st of August 2024 an ACL code is required',
    fix: 'Add the ACL record saying what kind of tailored learning this is (FAM type ACL).',
    test: (f) =>
      fm(f) === 11 && (start(f) ?? 0) >= AUGUST_2024 && !hasType(f, 'ACL') ? { message: 'A tailored learning aim started from 1 August 2024 has no ACL record.', value: null } : null,
  }),
  ldmNeedsModel('LearnDelFAMType_127', '395', 38, 'The funding model for LDM 395 must be 38', 'Project S pilot for Adult Skills Fund providers'),
  ldmNeedsModel('LearnDelFAMType_128', '396', 81, 'The funding model for LDM 396 must be 81', 'Project S pilot for Skills Bootcamps'),
  typeRule({
    id: 'LearnDelFAMType_131',
    years: AS_IN_2025_26,
    reads: ['fund_model', 'learn_start_date'],
    message: 'An LDM code is required to show how this learner is funded',
    fix: 'Add the LDM code (399, 400 or 401) that says how this tailored learning is funded.',
    test: (f) =>
      fm(f) === 11 && (start(f) ?? 0) >= AUGUST_2025 && !f.fams.has('LDM:399') && !f.fams.has('LDM:400') && !f.fams.has('LDM:401')
        ? { message: 'A tailored learning aim started from 1 August 2025 has none of LDM 399, 400, 401.', value: null }
        : null,
  }),
  typeRule({
    id: 'LearnDelFAMType_132',
    years: AS_IN_2025_26,
    reads: ['prog_type'],
    message: 'The Event Indicator is not valid for this learning aim',
    fix: 'The event indicator (EVI) is only for Skills Bootcamps (ProgType 32): remove it, or correct the programme type.',
    test: typeWhen('EVI', (f) => num(f.aim.prog_type) !== 32, (f, r) => `${famLabel(r)} is on an aim that is not a Skills Bootcamp (ProgType ${num(f.aim.prog_type) ?? 'none'}).`),
  }),
  typeRule({
    id: 'LearnDelFAMType_133',
    years: AS_IN_2025_26,
    reads: ['aim_type'],
    message: 'The Event Indicator must be returned on the Programme aim',
    fix: 'Move the event indicator (EVI) record to the Skills Bootcamp’s programme aim (AimType 1).',
    test: typeWhen('EVI', (f) => num(f.aim.aim_type) !== 1, (f, r) => `${famLabel(r)} is on AimType ${num(f.aim.aim_type)}, not the programme aim.`),
  }),
  typeRule({
    id: 'LearnDelFamType_134',
    years: AS_IN_2025_26,
    reads: ['fund_model'],
    message: 'This Source of Funding is not valid for Adult Skills (FM35) or Community Learning (FM10)',
    fix: 'East Midlands, York and North Yorkshire and Cornwall (SOF 121–123) fund the Adult Skills Fund (FM38) or tailored learning (FM11): correct the funding model.',
    test: (f) => {
      if (!fundModelIn(f, [35, 10])) return null;
      const key = firstKey(f, NEW_AUTHORITY_SOF);
      return key === undefined ? null : { message: `${spaced(key)} cannot fund FundModel ${fm(f)}.`, value: key };
    },
  }),
];
