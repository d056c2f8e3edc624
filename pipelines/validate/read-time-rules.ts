// The catalogue's rules decided as the file is read, because what they need is not kept: the
// postcode format rules (the warehouse keeps a postcode's outward code only, DESIGN.md "Personal
// data") and the file-level rules on the file's name, its header and whether it holds any learner.
// The checks themselves are made where the file is read (pipelines/ingest/parse-fields.ts,
// xml/map-record.ts, xml/read-xml-source.ts, ingest-file.ts); their words live here, beside the
// record rules' (rules/), for the fix-list (explain.ts) and the coverage listing (coverage.ts).
import type { Severity } from '../ilr/issue.ts';

export interface ReadTimeRule {
  id: string;
  severity: Severity;
  /** The catalogue's ErrorMessage, word for word. */
  message: string;
  fix: string;
  /** The file that decides it. */
  file: string;
}

/**
 * A postcode's format, as the agency's PostcodeQueryService decides it (DC-ILR-1819- and
 * 2021-ValidationService, Rules/Query): 1 or 2 capital letters, a digit, a digit or capital letter
 * or nothing, one space, a digit and two capital letters other than C, I, K, M, O and V. ZZ99 9ZZ
 * (the unknown postcode) has that format; a lower-case postcode, or one without its space, does not.
 */
export const POSTCODE_FORMAT = /^[A-Z]{1,2}[0-9][0-9A-Z]?\s[0-9][ABD-HJLNP-UWXYZ]{2}$/;

const PARSE_FIELDS = 'pipelines/ingest/parse-fields.ts';
const FIX_POSTCODE = (field: string): string =>
  `Correct ${field} in your MIS to a full postcode in capitals with one space before the last three characters (e.g. B12 9QS); use ZZ99 9ZZ if it is not known.`;

/** The postcode format rules, by the element they check (each fires only on a value returned). */
export const POSTCODE_RULES: Readonly<Record<string, ReadTimeRule>> = {
  Postcode: { id: 'Postcode_15', severity: 'error', message: 'The Postcode is not in the correct format', fix: FIX_POSTCODE('the learner’s Postcode'), file: PARSE_FIELDS },
  PostcodePrior: {
    id: 'PostcodePrior_02',
    severity: 'error',
    message: 'The Postcode prior to enrolment is not in the correct format',
    fix: FIX_POSTCODE('PostcodePrior (the postcode before enrolment)'),
    file: PARSE_FIELDS,
  },
  // 2025/26 excludes OLASS aims (LDM 034): see xml/map-record.ts.
  DelLocPostCode: {
    id: 'DelLocPostCode_11',
    severity: 'error',
    message: 'The Delivery location postcode is not in the correct format',
    fix: FIX_POSTCODE('the aim’s DelLocPostCode (where it is delivered)'),
    file: PARSE_FIELDS,
  },
  LSDPostcode: {
    id: 'LSDPostcode_03',
    severity: 'error',
    message: 'The Learning start date postcode is not in the correct format',
    fix: FIX_POSTCODE('the aim’s LSDPostcode (the learner’s postcode at the start of the aim)'),
    file: PARSE_FIELDS,
  },
  HEPostCode: {
    id: 'HEPostCode_02',
    severity: 'error',
    message: 'The Postcode must conform to the valid postcode format',
    fix: FIX_POSTCODE('HEPostCode (the HE learner’s postcode)'),
    file: PARSE_FIELDS,
  },
};

const SOURCE = 'pipelines/ingest/xml/read-xml-source.ts';

/**
 * The file-level rules. The agency refuses a submission that breaks any; the loader refuses a file
 * with no learner (Entity_1: there is nothing to load, and an empty return would otherwise stand
 * as the provider's latest), and flags the others as warnings and loads the file: the name is the
 * transport's, the header says whose return it is (as Header_3 already does).
 */
export const FILE_RULES: Readonly<Record<string, ReadTimeRule>> = {
  Filename_1: {
    id: 'Filename_1',
    severity: 'warning',
    message: 'The filename is not in the correct format',
    fix: 'Send the file as your MIS exports it, named ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.xml (UKPRN, collection year, date and time prepared, serial number); the header was used to load it.',
    file: SOURCE,
  },
  Filename_5: {
    id: 'Filename_5',
    severity: 'warning',
    message: 'The serial number is not a 2 digit number',
    fix: 'Name the file with a two-digit serial number at the end (01, 02, …), as your MIS exports it.',
    file: SOURCE,
  },
  Filename_6: {
    id: 'Filename_6',
    severity: 'warning',
    message: 'The serial number must not be 00',
    fix: 'Serial numbers start at 01: re-export the file from your MIS, or rename it with serial 01 or above.',
    file: SOURCE,
  },
  Filename_7: {
    id: 'Filename_7',
    severity: 'warning',
    message: "The file date/time is after today's date/time",
    fix: 'The date and time in the file name are in the future: check the clock of the machine that exported it, and re-export the file.',
    file: SOURCE,
  },
  UKPRN_03: {
    id: 'UKPRN_03',
    severity: 'warning',
    message: 'The UKPRN is not the same as recorded in the Header',
    fix: 'Make the LearningProvider UKPRN and the header (Source) UKPRN the same, your own, in your MIS’s export settings; the header’s was used to load the file.',
    file: SOURCE,
  },
  Entity_1: {
    id: 'Entity_1',
    severity: 'error',
    message: 'There are no valid learners in the the Learner record',
    fix: 'The file holds no learner: export the return again from your MIS with its learners.',
    file: 'pipelines/ingest/ingest-file.ts',
  },
};

/** Every read-time rule, by its id. */
export const READ_TIME_RULES: ReadonlyMap<string, ReadTimeRule> = new Map(
  [...Object.values(POSTCODE_RULES), ...Object.values(FILE_RULES)].map((r) => [r.id, r]),
);
