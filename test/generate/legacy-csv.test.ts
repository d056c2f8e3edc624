// Legacy CSV returns for 2007/08–2010/11 (DESIGN.md, "Inputs"): the header of field codes, one row
// per aim with the learner's fields repeated, the file name with its year code, and the content
// the legacy measures need — A46 81/86/34, A59/A60 on QCF aims, A34 4 transfers, L39, L45.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLearningAims } from '../../pipelines/ilr/reference.ts';
import { TEMPORARY_ULN, isUlnChecksumValid } from '../../pipelines/ilr/uln.ts';
import { generateSample, type Sample } from './generated-sample.ts';

const HEADER = 'L03,L45,L46,L11,L12,L13,L14,L39,A05,A09,A10,A15,A27,A28,A31,A34,A35,A40,A46a,A46b,A50,A59,A60';
const LEARNER_FIELDS = ['L45', 'L46', 'L11', 'L12', 'L13', 'L14', 'L39'];

/** YYYY-MM-DD, DD/MM/YYYY or DDMMYYYY → ISO; '' and 00000000 → null; anything else → 'bad'. */
function isoOf(text: string): string | null {
  if (text === '' || text === '00000000') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const flat = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (iso) return text;
  if (uk) return `${uk[3]}-${uk[2]}-${uk[1]}`;
  if (flat) return `${flat[3]}-${flat[2]}-${flat[1]}`;
  return 'bad';
}

describe('generated legacy CSV returns, 2007/08 to 2010/11', () => {
  let sample: Sample;
  let files: { name: string; year: number; rows: Record<string, string>[] }[];
  const aims = new Map(readLearningAims().map((a) => [a.learnAimRef, a]));

  beforeAll(async () => {
    // Nine providers: colleges, training providers and an offender-learning provider.
    sample = await generateSample({ providers: 9, learnersPerProvider: 30, firstYear: 2007, lastYear: 2010, format: 'legacy-csv', seed: 5 });
    files = sample.names.map((name) => {
      const text = readFileSync(join(sample.dir, name), 'utf8');
      expect(text.split('\n')[0]).toBe(HEADER);
      return { name, year: 2000 + Number(name.split('-')[2]?.slice(0, 2)), rows: parse(text, { columns: true }) as Record<string, string>[] };
    });
  });

  const all = () => files.flatMap((f) => f.rows);

  it('writes one file per provider and year, named ILR-<UKPRN>-<YYYY>-<yyyymmdd>-<hhmmss>-01.csv with L46 inside', () => {
    expect(sample.names).toHaveLength(9 * 4);
    expect(new Set(sample.names.map((n) => n.split('-')[2]))).toEqual(new Set(['0708', '0809', '0910', '1011']));
    for (const f of files) {
      const m = /^ILR-(\d{8})-\d{4}-\d{8}-\d{6}-01\.csv$/.exec(f.name);
      expect(m, f.name).not.toBeNull();
      expect(new Set(f.rows.map((r) => r.L46))).toEqual(new Set([m?.[1]]));
    }
  });

  it('repeats each learner’s fields identically on every aim row, with unique aim sequence numbers', () => {
    for (const f of files) {
      const byLearner = new Map<string, Record<string, string>[]>();
      for (const r of f.rows) byLearner.set(r.L03 ?? '', [...(byLearner.get(r.L03 ?? '') ?? []), r]);
      for (const [ref, rows] of byLearner) {
        for (const field of LEARNER_FIELDS) expect(new Set(rows.map((r) => r[field])).size, `${f.name} ${ref} ${field}`).toBe(1);
        expect(new Set(rows.map((r) => r.A05)).size).toBe(rows.length);
      }
    }
  });

  it('writes dates each style can be read in, and in order: start ≤ actual end, start < planned end', () => {
    const styles = new Set<string>();
    for (const r of all()) {
      const [start, plan, end, dob] = [isoOf(r.A27 ?? ''), isoOf(r.A28 ?? ''), isoOf(r.A31 ?? ''), isoOf(r.L11 ?? '')];
      expect([start, plan, end, dob]).not.toContain('bad');
      expect(start).not.toBeNull();
      expect(plan !== null && start !== null && start < plan).toBe(true);
      if (end !== null && start !== null) expect(start <= end).toBe(true);
      styles.add((r.A27 ?? '').includes('/') ? 'uk' : (r.A27 ?? '').includes('-') ? 'iso' : 'flat');
    }
    expect(styles.size).toBeGreaterThan(1);
  });

  it('carries L45 ULNs that pass the check digit, temporary ULNs among them', () => {
    const ulns = all().map((r) => r.L45 ?? '');
    expect(ulns.filter((u) => !isUlnChecksumValid(u))).toEqual([]);
    expect(ulns).toContain(TEMPORARY_ULN);
    expect(ulns.filter((u) => u !== TEMPORARY_ULN).length).toBeGreaterThan(ulns.length / 2);
  });

  it('marks Progression Pathway aims A46 81, and offenders A46 86 (community) and 34 (custody)', () => {
    const a46 = (r: Record<string, string>) => [r.A46a, r.A46b];
    for (const r of all()) {
      // 81 exactly on the aims the reference gives a pathway type.
      expect(a46(r).includes('81'), r.A09).toBe(Boolean(aims.get(r.A09 ?? '')?.pathwayType));
    }
    expect(all().some((r) => a46(r).includes('86'))).toBe(true);
    expect(all().some((r) => a46(r).includes('34'))).toBe(true);
  });

  it('puts A59/A60 credits on QCF aims only, A60 sometimes above A59', () => {
    for (const r of all()) {
      const qcf = ['QCF', 'QCF Unit'].includes(aims.get(r.A09 ?? '')?.qualificationType ?? '');
      expect(r.A59 !== '', r.A09).toBe(qcf);
      if (qcf) expect(Number(r.A59)).toBe(aims.get(r.A09 ?? '')?.creditValue);
    }
    expect(all().some((r) => r.A59 !== '' && Number(r.A60) > Number(r.A59))).toBe(true);
  });

  it('has learners take QCF units, credit awarded whole, some under one ULN at two providers', () => {
    const units = all().filter((r) => aims.get(r.A09 ?? '')?.qualificationType === 'QCF Unit');
    expect(units.length).toBeGreaterThan(0);
    for (const r of units) expect(['000', r.A59], r.A09).toContain(r.A60);
    const providersByUln = new Map<string, Set<string>>();
    for (const r of units) if (r.L45 !== '9999999999') providersByUln.set(r.L45 ?? '', (providersByUln.get(r.L45 ?? '') ?? new Set()).add(r.L46 ?? ''));
    expect([...providersByUln.values()].some((p) => p.size > 1)).toBe(true);
  });

  it('records completion (A34 1/2/3/4 with transfers), outcomes (A35 9 while continuing) and L39 destinations', () => {
    const rows = all();
    expect(new Set(rows.map((r) => r.A34))).toEqual(new Set(['1', '2', '3', '4']));
    for (const r of rows) {
      if (r.A34 === '1') expect([r.A35, isoOf(r.A31 ?? '')]).toEqual(['9', null]);
      if (r.A34 === '4') expect(r.A50).toBe('40');
      if (r.A35 === '1') expect(isoOf(r.A40 ?? '')).toBe(isoOf(r.A31 ?? ''));
    }
    // Continuing learners are 95; leavers carry a destination code.
    expect(rows.some((r) => r.L39 === '95')).toBe(true);
    expect(new Set(rows.map((r) => r.L39)).size).toBeGreaterThan(5);
  });
});
