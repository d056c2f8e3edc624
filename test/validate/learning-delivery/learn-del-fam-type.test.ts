// The LearnDelFAMType rules: which funding and monitoring (FAM) records an aim may carry, decided
// as the agency's service decides them (DC-ILR-2021-ValidationService Rules/LearningDelivery/
// LearnDelFAMType and its tests; the 2025/26 catalogue for what changed since). Each case is one
// learner with one aim in a 2025/26 return prepared 2026-03-01, an adult skills (FM35) aim started
// 2025-09-01 and planned to end 2026-06-30, unless it says otherwise. Only the FAM rules are
// compared: other rules on the same fixture are not this file's concern.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/open.ts';
import type { FixtureAim } from '../../support/ilr-xml.ts';
import { freshWarehouse } from '../../support/warehouse.ts';
import { rulesFound, type Fixture } from '../findings.ts';

let w: Warehouse;
beforeAll(async () => {
  w = await freshWarehouse();
});
afterAll(async () => w.close());

type Fam = NonNullable<FixtureAim['fams']>[number];
const fam = (type: string, code: string, dates: Partial<Fam> = {}): Fam => ({ type, code, ...dates });
const fams = (...list: string[]): Fam[] => list.map((s) => fam(...(s.split(':') as [string, string])));

/**
 * The rules that a record every funded aim carries is missing (SOF: LearnDelFAMType_01; FFI: _02,
 * _111): their cases are in 'the records a funded aim must carry' below; elsewhere a fixture names
 * only the records its rule is about, and these are left out of the answer.
 */
const MISSING_RECORD = ['LearnDelFAMType_01', 'LearnDelFAMType_02', 'LearnDelFAMType_111'];

/** The FAM rules found on one aim in a return of `year` (2025 unless said), prepared 1 March of its second calendar year. */
async function allFamRules(a: Partial<FixtureAim>, year = 2025, learner: Partial<Fixture['learner']> = {}): Promise<string[]> {
  // FM35 as the header says (the fixture builder's default from August 2024 is FM38).
  const aim: FixtureAim = { learnStartDate: `${year}-09-01`, learnPlanEndDate: `${year + 1}-06-30`, compStatus: 1, fundModel: 35, ...a };
  const found = await rulesFound(w, { year, preparedOn: `${year + 1}-03-01`, learner: { ...learner, aims: [aim] } });
  return found.filter((id) => /^LearnDel(FAM|Fam)Type_/.test(id));
}
/** The same, without the missing-record rules (MISSING_RECORD). */
const famRules = async (a: Partial<FixtureAim>, year = 2025, learner: Partial<Fixture['learner']> = {}): Promise<string[]> =>
  (await allFamRules(a, year, learner)).filter((id) => !MISSING_RECORD.includes(id));
const id = (n: string): string => (n === '134' ? 'LearnDelFamType_134' : `LearnDelFAMType_${n}`);
const ids = (...ns: string[]): string[] => ns.map(id).sort();

const STANDARD: Partial<FixtureAim> = { fundModel: 36, progType: 25, stdCode: 17, aimType: 1, learnAimRef: 'ZPROG001' };
const BOOTCAMP: Partial<FixtureAim> = { fundModel: 37, progType: 32, aimType: 1, learnAimRef: 'ZPROG001' };

describe('the records a funded aim must carry: a source of funding (SOF), full or co-funding (FFI)', () => {
  it('LearnDelFAMType_01: every funded model returns a SOF; FM99 need not', async () => {
    // The agency's test: FundModel 10, 25, 35, 36, 70, 81, 82 funded, 99 not; the FAMs present do not matter but SOF.
    expect(await allFamRules({ fundModel: 25, fams: [] })).toEqual(ids('01'));
    expect(await allFamRules({ fundModel: 25, fams: fams('SOF:107') })).toEqual([]);
    expect(await allFamRules({ fundModel: 99, fams: [] })).toEqual([]);
    // ESF (70) is funded in the agency's 2020/21 code; the 2025/26 catalogue drops it and adds 37, 38 and 11 (from 2024/25).
    expect(await allFamRules({ fundModel: 70, fams: [] }, 2019)).toEqual(ids('01'));
    expect(await allFamRules({ ...BOOTCAMP, fams: fams('FFI:1') })).toEqual(ids('01'));
    expect(await allFamRules({ ...BOOTCAMP, fams: fams('FFI:1') }, 2023)).toEqual([]);
    expect(await allFamRules({ fundModel: 11, pHours: 10, fams: fams('ACL:1', 'LDM:399') })).toEqual(ids('01'));
  });

  it('LearnDelFAMType_02: adult skills (FM35, and FM38 from 2024/25) return an FFI', async () => {
    expect(await allFamRules({ fundModel: 35, fams: fams('SOF:105') }, 2023)).toEqual(ids('02'));
    expect(await allFamRules({ fundModel: 35, fams: fams('SOF:105', 'FFI:2') }, 2023)).toEqual([]);
    expect(await allFamRules({ fundModel: 38, fams: fams('SOF:105') })).toEqual(ids('02'));
    expect(await allFamRules({ fundModel: 38, fams: fams('SOF:105', 'FFI:1') })).toEqual([]);
    expect(await allFamRules({ fundModel: 25, fams: fams('SOF:107') })).toEqual([]);
  });

  it('LearnDelFAMType_111: a Skills Bootcamp (ProgType 32) returns an FFI, from 2021/22', async () => {
    expect(await allFamRules({ ...BOOTCAMP, fams: fams('SOF:105') })).toEqual(ids('111'));
    expect(await allFamRules({ ...BOOTCAMP, fams: fams('SOF:105', 'FFI:1') })).toEqual([]);
    expect(await allFamRules({ ...BOOTCAMP, fams: fams('SOF:105') }, 2020)).toEqual([]);
  });
});

describe('source of funding (SOF) by funding model', () => {
  it('LearnDelFAMType_07: 16–19 funding needs SOF 105 or 107, when a SOF is returned', async () => {
    // The agency's test: FM25 with SOF 108 fails; with 107 passes; no SOF at all is LearnDelFAMType_01's case.
    expect(await famRules({ fundModel: 25, fams: fams('SOF:108') })).toEqual(ids('07'));
    expect(await famRules({ fundModel: 25, fams: fams('SOF:107') })).toEqual([]);
    expect(await famRules({ fundModel: 25 })).toEqual([]);
  });

  it('LearnDelFAMType_08: an unfunded aim (FM99) is not ESFA funded', async () => {
    expect(await famRules({ fundModel: 99, fams: fams('SOF:105') })).toEqual(ids('08'));
    expect(await famRules({ fundModel: 99, fams: fams('SOF:998') })).toEqual([]);
  });

  it('LearnDelFAMType_09: adult funding needs SOF 105 unless a combined authority (DD35: 110–120) funds it', async () => {
    expect(await famRules({ fams: fams('SOF:107') })).toEqual(ids('09'));
    expect(await famRules({ fams: fams('SOF:105') })).toEqual([]);
    expect(await famRules({ fams: fams('SOF:110') })).toEqual([]);
    // FM38 is in the 2025/26 list (used from 2024/25, when FM38 began), not in the agency's 2020/21 one.
    expect(await famRules({ fundModel: 38, fams: fams('SOF:107') })).toEqual(ids('09'));
    expect(await famRules({ fundModel: 38, fams: fams('SOF:107') }, 2023)).toEqual([]);
  });

  it('LearnDelFamType_134: SOF 121–123 do not fund FM35 or FM10; the catalogue’s DD35 (110–120) leaves them to LearnDelFAMType_09 too', async () => {
    // SOF 121 on FM35: not 105 and not a DD35 code, so _09 fires with _134.
    expect(await famRules({ fams: fams('SOF:121') })).toEqual(ids('09', '134'));
    expect(await famRules({ fundModel: 38, fams: fams('SOF:121') })).toEqual(ids('09'));
    expect(await famRules({ fundModel: 38, fams: fams('SOF:121') }, 2023)).toEqual([]);
  });

  it('LearnDelFAMType_91: a loan-funded aim has no source of funding', async () => {
    expect(await famRules({ fundModel: 99, fams: fams('ADL:1', 'SOF:998') })).toEqual(ids('91'));
    expect(await famRules({ fundModel: 99, fams: fams('ADL:1') })).toEqual([]);
  });

  it('LearnDelFAMType_112 and LearnDelFAMType_118: bootcamps are adult funded (105), T Levels 16–19 (107)', async () => {
    expect(await famRules({ ...BOOTCAMP, fams: fams('SOF:107') })).toEqual(ids('112'));
    expect(await famRules({ ...BOOTCAMP, fams: fams('SOF:105') })).toEqual([]);
    expect(await famRules({ fundModel: 25, progType: 31, aimType: 1, learnAimRef: 'ZPROG001', fams: fams('SOF:105') })).toEqual(ids('118'));
    expect(await famRules({ fundModel: 25, progType: 31, aimType: 1, learnAimRef: 'ZPROG001', fams: fams('SOF:107') })).toEqual([]);
  });

  it('LearnDelFAMType_109: a combined authority funds no apprenticeship, traineeship or T Level', async () => {
    expect(await famRules({ progType: 24, fams: fams('SOF:110') })).toEqual(ids('109'));
    expect(await famRules({ fams: fams('SOF:110') })).toEqual([]);
  });
});

describe('how many records of a type', () => {
  it('LearnDelFAMType_18: one each of SOF, FFI, EEF, RES, ADL, ACL, AFL, ASL, FLN (ACL from the 2025/26 list)', async () => {
    expect(await famRules({ fams: fams('SOF:105', 'SOF:105') })).toEqual(ids('18'));
    expect(await famRules({ fams: fams('SOF:105', 'LDM:034', 'LDM:347') })).toEqual([]);
    expect(await famRules({ fundModel: 10, fams: fams('ACL:1', 'ACL:2') })).toEqual(ids('18'));
    expect(await famRules({ fundModel: 10, learnStartDate: '2023-09-01', fams: fams('ACL:1', 'ACL:2') }, 2023)).toEqual([]);
  });

  it('LearnDelFAMType_31 and LearnDelFAMType_77: six LDM and six DAM records at most; seven is one too many', async () => {
    const codes = ['034', '328', '347', '363', '318', '331', '356'];
    expect(await famRules({ fams: codes.slice(0, 6).map((c) => fam('LDM', c)) })).toEqual([]);
    expect(await famRules({ fundModel: 36, aimType: 1, progType: 25, stdCode: 17, learnAimRef: 'ZPROG001', fams: codes.map((c) => fam('LDM', c)) })).toEqual(ids('31'));
    expect(await famRules({ fams: ['001', '002', '003', '004', '005', '006'].map((c) => fam('DAM', c)) })).toEqual([]);
    expect(await famRules({ fams: ['001', '003', '004', '005', '006', '007', '008'].map((c) => fam('DAM', c)) })).toEqual(ids('77'));
  });
});

describe('full or co-funding (FFI), enhanced apprenticeship funding (EEF)', () => {
  it('LearnDelFAMType_22: FFI only on adult, bootcamp, tailored and community learning funding (FM38 from 2024/25)', async () => {
    expect(await famRules({ fundModel: 25, fams: fams('FFI:1') })).toEqual(ids('22'));
    expect(await famRules({ fams: fams('FFI:1') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('FFI:1') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('FFI:1') }, 2023)).toEqual(ids('22'));
    // 2024/25, the Adult Skills Fund's first year, takes the list that names it (an FFI is required there).
    expect(await famRules({ fundModel: 38, fams: fams('FFI:1') }, 2024)).toEqual([]);
  });

  it('LearnDelFAMType_14: EEF only on funded apprenticeships (DD07: standards only from 2025/26)', async () => {
    expect(await famRules({ fams: fams('EEF:2') })).toEqual(ids('14'));
    expect(await famRules({ ...STANDARD, fams: fams('EEF:2', 'ACT:1') })).toEqual([]);
    // A framework (ProgType 3) on FM35 is an apprenticeship in the agency's 2020/21 DD07, not in 2025/26's.
    expect(await famRules({ progType: 3, fworkCode: 420, pwayCode: 1, fams: fams('EEF:2') }, 2023)).toEqual([]);
    expect(await famRules({ progType: 3, fworkCode: 420, pwayCode: 1, fams: fams('EEF:2') })).toEqual(ids('14'));
  });

  it('LearnDelFAMType_54: EEF 2 (16–18 apprenticeship funding) cannot be co-funded (FFI 2), except on FM36 or standards', async () => {
    const framework: Partial<FixtureAim> = { progType: 2, fworkCode: 420, pwayCode: 1, learnStartDate: '2023-09-01' };
    expect(await famRules({ ...framework, fams: fams('EEF:2', 'FFI:2') }, 2023)).toEqual(ids('54'));
    expect(await famRules({ ...framework, fams: fams('EEF:2', 'FFI:1') }, 2023)).toEqual([]);
    expect(await famRules({ ...framework, fundModel: 81, progType: 25, stdCode: 17, fworkCode: undefined, pwayCode: undefined, fams: fams('EEF:2', 'FFI:2', 'LDM:034') }, 2023)).toEqual([]);
  });
});

describe('loans (ADL) and loans bursary (ALB)', () => {
  const albDates = { dateFrom: '2025-09-01', dateTo: '2026-06-30' };

  it('LearnDelFAMType_35: ADL only on FM99', async () => {
    expect(await famRules({ fams: fams('ADL:1') })).toEqual(ids('35'));
    expect(await famRules({ fundModel: 99, fams: fams('ADL:1') })).toEqual([]);
  });

  it('LearnDelFAMType_36 and LearnDelFAMType_38: ALB goes with ADL, on FM99 only; 2020/21 leaves out the career learning pilot (LDM 359)', async () => {
    expect(await famRules({ fundModel: 99, fams: [fam('ALB', '1', albDates)] })).toEqual(ids('36'));
    expect(await famRules({ fundModel: 99, fams: [fam('ADL', '1'), fam('ALB', '1', albDates)] })).toEqual([]);
    expect(await famRules({ fams: [fam('ALB', '1', albDates)] })).toEqual(ids('36', '38'));
    const pilot = { learnStartDate: '2023-09-01', fams: [fam('ALB', '1', { dateFrom: '2023-09-01', dateTo: '2024-06-30' }), fam('LDM', '359')] };
    expect(await famRules(pilot, 2023)).toEqual([]);
    expect(await famRules({ ...pilot, fams: [fam('ALB', '1', albDates), fam('LDM', '359')], learnStartDate: '2025-09-01' })).toEqual(ids('36', '38'));
  });

  it('LearnDelFAMType_40: no loan on an unfunded apprenticeship (DD07 by year)', async () => {
    expect(await famRules({ ...STANDARD, fundModel: 99, fams: fams('ADL:1') })).toEqual(ids('40'));
    expect(await famRules({ fundModel: 99, fams: fams('ADL:1') })).toEqual([]);
    const framework = { fundModel: 99, progType: 2, fworkCode: 420, pwayCode: 1, aimType: 3, fams: fams('ADL:1') };
    expect(await famRules(framework, 2023)).toEqual(ids('40'));
    expect(await famRules(framework)).toEqual([]);
  });
});

describe('learning support (LSF), family learning (FLN), devolved areas (DAM)', () => {
  it('LearnDelFAMType_50: no learning support funding on 16–19, community learning or unfunded aims', async () => {
    const lsf = [fam('LSF', '1', { dateFrom: '2025-09-01', dateTo: '2026-06-30' })];
    expect(await famRules({ fundModel: 25, fams: [...lsf, fam('SOF', '107')] })).toEqual(ids('50'));
    expect(await famRules({ fams: lsf })).toEqual([]);
  });

  it('LearnDelFAMType_46: FLN only on FM35, or FM38 from 2024/25', async () => {
    expect(await famRules({ fundModel: 25, fams: fams('FLN:1') })).toEqual(ids('46'));
    expect(await famRules({ fundModel: 38, fams: fams('FLN:1') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('FLN:1') }, 2023)).toEqual(ids('46'));
  });

  it('LearnDelFAMType_78 and LearnDelFAMType_97: DAM only on adult skills, Adult Skills Fund, tailored and community learning; DAM 002 not on FM35 with SOF 105', async () => {
    expect(await famRules({ fundModel: 25, fams: fams('DAM:001') })).toEqual(ids('78'));
    expect(await famRules({ fundModel: 38, fams: fams('DAM:001') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('DAM:001') }, 2023)).toEqual(ids('78'));
    expect(await famRules({ fams: fams('DAM:002', 'SOF:105') })).toEqual(ids('97'));
    expect(await famRules({ fams: fams('DAM:002', 'SOF:110') })).toEqual([]);
  });
});

describe('learning delivery monitoring (LDM)', () => {
  it('LearnDelFAMType_15: a proxy aim (LDM 118) has not ended', async () => {
    expect(await famRules({ compStatus: 2, learnActEndDate: '2026-01-31', outcome: 1, fams: fams('LDM:118') })).toEqual(ids('15'));
    expect(await famRules({ fams: fams('LDM:118') })).toEqual([]);
  });

  it('LearnDelFAMType_39: FM81 and FM82 aims started from 1 August 2013 need an LDM code (not standards)', async () => {
    expect(await famRules({ fundModel: 81 })).toEqual(ids('39'));
    expect(await famRules({ fundModel: 81, fams: fams('LDM:034') })).toEqual([]);
    expect(await famRules({ ...STANDARD, fundModel: 81 })).toEqual([]);
  });

  it('LearnDelFAMType_68: LDM 356 only on an FM36 programme aim (the agency: error unless both)', async () => {
    expect(await famRules({ ...STANDARD, fams: fams('ACT:1', 'LDM:356') })).toEqual([]);
    expect(await famRules({ ...STANDARD, aimType: 3, learnAimRef: '60000088', fams: fams('ACT:1', 'LDM:356') })).toEqual(ids('68'));
    expect(await famRules({ fams: fams('LDM:356') })).toEqual(ids('68'));
  });

  it('LearnDelFAMType_69: LDM 357 on FM35 or FM10 started from 1 November 2017', async () => {
    expect(await famRules({ fams: fams('LDM:357') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('LDM:357') })).toEqual(ids('69'));
    // The boundary: 31 October 2017 fails, 1 November 2017 passes (aims continuing into 2018/19).
    expect(await famRules({ learnStartDate: '2017-10-31', fams: fams('LDM:357') }, 2018)).toEqual(ids('69'));
    expect(await famRules({ learnStartDate: '2017-11-01', fams: fams('LDM:357') }, 2018)).toEqual([]);
  });

  it('LearnDelFAMType_70 and LearnDelFAMType_71: LDM 358 from 1 January 2018, with ACT 2', async () => {
    // Aims continuing into 2018/19.
    expect(await famRules({ learnStartDate: '2017-12-31', fams: fams('LDM:358', 'ACT:2') }, 2018)).toEqual(ids('70'));
    expect(await famRules({ learnStartDate: '2018-01-01', fams: fams('LDM:358', 'ACT:2') }, 2018)).toEqual([]);
    expect(await famRules({ learnStartDate: '2018-01-01', fams: fams('LDM:358') }, 2018)).toEqual(ids('71'));
  });

  it('LearnDelFAMType_75 and LearnDelFAMType_76: OLASS (LDM 034) is ESFA adult funded, never a combined authority’s', async () => {
    expect(await famRules({ fams: fams('LDM:034', 'SOF:105') })).toEqual([]);
    expect(await famRules({ fundModel: 25, fams: fams('LDM:034', 'SOF:107') })).toEqual(ids('76'));
    expect(await famRules({ fams: fams('LDM:034', 'SOF:110') })).toEqual(ids('75', '76'));
    expect(await famRules({ fams: fams('LDM:363', 'SOF:110') })).toEqual(ids('75'));
    // LDM 388 joins _75's list in 2025/26 (with a combined authority it also breaks _116).
    expect(await famRules({ fams: fams('LDM:388', 'SOF:110') })).toEqual(ids('75', '116'));
    expect(await famRules({ learnStartDate: '2023-09-01', fams: fams('LDM:388', 'SOF:110') }, 2023)).toEqual(ids('116'));
  });

  it('LearnDelFAMType_100: LDM 378 on starts from 1 April 2021', async () => {
    expect(await famRules({ learnStartDate: '2021-03-31', fams: fams('LDM:378') }, 2021)).toEqual(ids('100'));
    expect(await famRules({ learnStartDate: '2021-04-01', fams: fams('LDM:378') }, 2021)).toEqual([]);
  });

  it('LearnDelFAMType_105, LearnDelFAMType_115 and LearnDelFAMType_116: the procured AEB codes need adult funding, SOF 105 and no programme', async () => {
    expect(await famRules({ fams: fams('LDM:379', 'SOF:105') })).toEqual([]);
    expect(await famRules({ fundModel: 38, fams: fams('LDM:379', 'SOF:105') })).toEqual(ids('105'));
    expect(await famRules({ fams: fams('LDM:379', 'SOF:107') })).toEqual(ids('09', '105'));
    expect(await famRules({ progType: 24, fams: fams('LDM:379', 'SOF:105') })).toEqual(ids('105'));
    expect(await famRules({ fundModel: 38, fams: fams('LDM:388', 'SOF:105') })).toEqual([]);
    expect(await famRules({ fundModel: 25, fams: fams('LDM:388', 'SOF:105') })).toEqual(ids('116'));
    expect(await famRules({ fams: fams('LDM:379', 'LDM:388', 'SOF:105') })).toEqual(ids('115'));
  });

  it('LearnDelFAMType_106 and LearnDelFAMType_107: LDM 320/321 for 14-year-olds on 16–19 funding; 381 on 16–19 funding', async () => {
    // Born 2011-09-01: 13 on 31 August 2025. Born 2011-08-31: 14 that day.
    expect(await famRules({ fundModel: 25, fams: fams('LDM:320', 'SOF:107') }, 2025, { dateOfBirth: '2011-09-01' })).toEqual(ids('106'));
    expect(await famRules({ fundModel: 25, fams: fams('LDM:320', 'SOF:107') }, 2025, { dateOfBirth: '2011-08-31' })).toEqual([]);
    expect(await famRules({ fams: fams('LDM:381') })).toEqual(ids('107'));
    expect(await famRules({ fundModel: 25, fams: fams('LDM:381', 'SOF:107') })).toEqual([]);
  });

  it('LearnDelFAMType_108 and LearnDelFAMType_120: LDM 382 needs 378 (to 31 July 2024); 378 needs 391 (from 1 August 2024)', async () => {
    expect(await famRules({ learnStartDate: '2024-07-31', fams: fams('LDM:382') }, 2024)).toEqual(ids('108'));
    expect(await famRules({ learnStartDate: '2024-07-31', fams: fams('LDM:382', 'LDM:378') }, 2024)).toEqual([]);
    expect(await famRules({ learnStartDate: '2024-08-01', fams: fams('LDM:382') }, 2024)).toEqual([]);
    expect(await famRules({ learnStartDate: '2024-08-01', fams: fams('LDM:378') }, 2024)).toEqual(ids('120'));
    expect(await famRules({ fams: fams('LDM:378', 'LDM:391') })).toEqual([]);
  });

  it('LearnDelFAMType_113, LearnDelFAMType_127 and LearnDelFAMType_128: pilot codes need their funding model', async () => {
    expect(await famRules({ fams: fams('LDM:384') })).toEqual(ids('113'));
    expect(await famRules({ fundModel: 81, fams: fams('LDM:384') })).toEqual([]);
    expect(await famRules({ fams: fams('LDM:395') })).toEqual(ids('127'));
    expect(await famRules({ fundModel: 38, fams: fams('LDM:395') })).toEqual([]);
    expect(await famRules({ fams: fams('LDM:396') })).toEqual(ids('128'));
    expect(await famRules({ fundModel: 81, fams: fams('LDM:396') })).toEqual([]);
  });
});

describe('tailored and community learning (ACL, LDM 399–401)', () => {
  it('LearnDelFAMType_119: community learning (FM10) started from 1 August 2023 needs an ACL code', async () => {
    // (`fams: []`: the fixture builder gives FM10 aims an ACL record unless told otherwise.)
    expect(await famRules({ fundModel: 10, fams: [] })).toEqual(ids('119'));
    expect(await famRules({ fundModel: 10, fams: fams('ACL:1') })).toEqual([]);
    expect(await famRules({ fundModel: 10, learnStartDate: '2023-07-31', fams: [] }, 2023)).toEqual([]);
    expect(await famRules({ fundModel: 10, learnStartDate: '2023-08-01', fams: [] }, 2023)).toEqual(ids('119'));
  });

  it('LearnDelFAMType_126 and LearnDelFAMType_131: tailored learning (FM11) needs ACL, and from 1 August 2025 LDM 399, 400 or 401', async () => {
    expect(await famRules({ fundModel: 11 })).toEqual(ids('126', '131'));
    expect(await famRules({ fundModel: 11, fams: fams('ACL:1') })).toEqual(ids('131'));
    expect(await famRules({ fundModel: 11, fams: fams('ACL:1', 'LDM:400') })).toEqual([]);
    expect(await famRules({ fundModel: 11, learnStartDate: '2025-07-31', fams: fams('ACL:1') })).toEqual([]);
  });
});

describe('apprenticeship contract type (ACT), restarts (RES), Skills Bootcamp events (EVI)', () => {
  it('LearnDelFAMType_92: no ACT 2 on a programme aim started from 1 April 2021, unless a restart', async () => {
    expect(await famRules({ ...STANDARD, fams: fams('ACT:2') })).toEqual(ids('92'));
    expect(await famRules({ ...STANDARD, fams: fams('ACT:2', 'RES:1') })).toEqual([]);
    expect(await famRules({ ...STANDARD, fams: fams('ACT:1') })).toEqual([]);
    expect(await famRules({ ...STANDARD, learnStartDate: '2021-03-31', fams: fams('ACT:2') }, 2020)).toEqual([]);
    expect(await famRules({ ...STANDARD, learnStartDate: '2021-04-01', fams: fams('ACT:2') }, 2020)).toEqual(ids('92'));
  });

  it('LearnDelFAMType_132 and LearnDelFAMType_133: the event indicator only on a Skills Bootcamp’s programme aim', async () => {
    const evi = [fam('EVI', '1', { dateFrom: '2025-10-01' }), fam('SOF', '105')];
    expect(await famRules({ ...BOOTCAMP, fams: evi })).toEqual([]);
    expect(await famRules({ ...BOOTCAMP, aimType: 3, learnAimRef: '60000088', fams: evi })).toEqual(ids('133'));
    expect(await famRules({ fams: evi })).toEqual(ids('132', '133'));
  });
});
