// Writes one provider's return for a 2007/08–2010/11 year as a legacy ILR CSV (DESIGN.md, "Inputs"):
// a header row of L/A field codes, one row per learning aim with the learner's fields repeated.
// Dates come in the style of the provider's MIS: ISO, DD/MM/YYYY or the flat file's DDMMYYYY with
// 00000000 for no date, so the loader's date parsing has each style to read.
import { TextOut, type ReturnCounts, type ReturnWriter } from './return-file.ts';
import type { ReturnedAim, ReturnedLearner } from './return-view.ts';

export const LEGACY_YEARS = { first: 2007, last: 2010 } as const;

export const LEGACY_COLUMNS = [
  'L03', 'L45', 'L46', 'L11', 'L12', 'L13', 'L14', 'L39', 'A05', 'A09', 'A10', 'A15', 'A27', 'A28',
  'A31', 'A34', 'A35', 'A40', 'A46a', 'A46b', 'A50', 'A59', 'A60',
] as const;

export type DateStyle = 'iso' | 'uk' | 'flat';
export const DATE_STYLES: readonly DateStyle[] = ['iso', 'uk', 'flat'];

export function legacyDate(iso: string | null, style: DateStyle): string {
  if (iso === null) return style === 'flat' ? '00000000' : '';
  const [y, m, d] = iso.split('-');
  if (style === 'iso') return iso;
  return style === 'uk' ? `${d}/${m}/${y}` : `${d}${m}${y}`;
}

/** Legacy A34: 4 marks a transfer (WithdrawReason 40 in modern terms); the rest carry over. */
export function legacyCompletion(r: ReturnedAim): number {
  return r.compStatus === 3 && r.withdrawReason === 40 ? 4 : r.compStatus;
}


const credits = (n: number | null): string => (n === null ? '' : String(Math.min(999, n)).padStart(3, '0'));

export function legacyRows(view: ReturnedLearner, ukprn: number, style: DateStyle): string[][] {
  const l = view.learner;
  return view.aims.map((r) => {
    const a = r.aim;
    const continuing = r.compStatus === 1;
    return [
      view.learnRefNumber,
      view.uln,
      String(ukprn),
      legacyDate(view.dateOfBirth, style),
      String(l.ethnicity),
      view.sex ?? '',
      String(l.llddHealthProb),
      String(view.l39),
      String(a.aimSeqNumber),
      a.learnAimRef,
      // A10: 21 16–18 learner responsive, 22 adult learner responsive, 45 employer responsive
      // (Train to Gain, apprenticeships); A15: the apprenticeship programme type, 99 otherwise.
      String(a.fundingStream ?? (a.fundModel === 25 ? 21 : 22)),
      String(a.progType ?? 99),
      legacyDate(r.learnStartDate, style),
      legacyDate(r.learnPlanEndDate, style),
      legacyDate(r.learnActEndDate, style),
      String(legacyCompletion(r)),
      continuing ? '9' : String(r.outcome ?? 9),
      legacyDate(r.outcome === 1 ? r.learnActEndDate : null, style),
      String(a.a46Codes[0] ?? 999),
      String(a.a46Codes[1] ?? 999),
      r.withdrawReason === null ? '' : String(r.withdrawReason),
      credits(a.creditsPlanned),
      continuing ? credits(a.creditsPlanned === null ? null : 0) : credits(a.creditsAchieved),
    ];
  });
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export class LegacyCsvReturnWriter implements ReturnWriter {
  private readonly out: TextOut;
  private readonly counts: ReturnCounts = { learners: 0, aims: 0 };
  private readonly started: Promise<void>;

  constructor(
    path: string,
    private readonly ukprn: number,
    private readonly style: DateStyle,
  ) {
    this.out = new TextOut(path);
    this.started = this.out.write(`${LEGACY_COLUMNS.join(',')}\n`);
  }

  async add(view: ReturnedLearner): Promise<void> {
    await this.started;
    this.counts.learners += 1;
    this.counts.aims += view.aims.length;
    const text = legacyRows(view, this.ukprn, this.style)
      .map((row) => `${row.map(csvCell).join(',')}\n`)
      .join('');
    await this.out.write(text);
  }

  async close(): Promise<ReturnCounts> {
    await this.started;
    await this.out.end();
    return { ...this.counts };
  }
}
