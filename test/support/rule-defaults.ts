// Fields the validation rules ask of a record and no measure reads, filled in for the hand-worked
// cohorts (cohort.ts) where a fixture leaves them out, so the cohort stays valid ILR without every
// fixture stating them. Only the model cohorts get these: the rule fixtures (test/validate) build
// their records exactly as written, to make each rule fire or not.
import type { FixtureAim, FixtureReturn } from './ilr-xml.ts';

const AUGUST_2019 = '2019-08-01';
/** Adult skills starts from this day are on the Adult Skills Fund (FundModel 38, FundModel_17). */
const ADULT_SKILLS_FUND_FROM = '2024-08-01';

const isProgrammeAim = (a: FixtureAim): boolean => a.aimType === 1 && a.learnStartDate >= AUGUST_2019;

/**
 * The aim with its defaults: adult skills started from 1 August 2024 on FundModel 38 (the E&T
 * scope counts 35 and 38 alike); an apprenticeship programme aim (FundModel 36) started from
 * 1 August 2019 with its planned off-the-job hours (PHours_01, 278 or more: PHours_06) and, once
 * completed or withdrawn, the hours done (OTJActHours_02, _03); a T Level programme aim with its
 * planned hours (PHours_03).
 */
type Fams = NonNullable<FixtureAim['fams']>;
const FUNDED = [10, 11, 25, 35, 36, 37, 38, 70, 81, 82];
/**
 * The FAMs a fixture names, with the records every funded aim carries added where it names none of
 * that type: a source of funding (SOF 105, 107 for 16–19: LearnDelFAMType_01) and, on adult skills
 * and Skills Bootcamps, full funding (FFI 1: LearnDelFAMType_02, _111). Fixtures that name no FAMs
 * get these from ilr-xml.ts. No measure reads SOF or FFI.
 */
function withFundingFams(fams: Fams, fundModel: number, progType: number | undefined): Fams {
  const has = (type: string): boolean => fams.some((f) => f.type === type);
  const added: Fams = [];
  if (FUNDED.includes(fundModel) && !has('SOF')) added.push({ type: 'SOF', code: fundModel === 25 || fundModel === 82 ? '107' : '105' });
  if ((fundModel === 35 || fundModel === 38 || progType === 32) && !has('FFI')) added.push({ type: 'FFI', code: '1' });
  return added.length === 0 ? fams : [...added, ...fams];
}

export function withRuleDefaults(a: FixtureAim): FixtureAim {
  const fundModel = a.fundModel ?? (a.learnStartDate >= ADULT_SKILLS_FUND_FROM ? 38 : 35);
  const apprenticeship = isProgrammeAim(a) && fundModel === 36;
  const tLevel = isProgrammeAim(a) && fundModel === 25 && a.progType === 31;
  const pHours = a.pHours ?? (apprenticeship ? 300 : tLevel ? 600 : undefined);
  const ended = a.compStatus === 2 || a.compStatus === 3;
  const otjActHours = a.otjActHours ?? (apprenticeship && ended ? (a.compStatus === 2 ? 300 : 100) : undefined);
  return {
    ...a,
    fundModel,
    ...(pHours === undefined ? {} : { pHours }),
    ...(otjActHours === undefined ? {} : { otjActHours }),
    ...(a.fams === undefined ? {} : { fams: withFundingFams(a.fams, fundModel, a.progType) }),
  };
}

export const returnsWithRuleDefaults = (returns: readonly FixtureReturn[]): FixtureReturn[] =>
  returns.map((r) => ({ ...r, learners: r.learners.map((l) => ({ ...l, aims: l.aims.map(withRuleDefaults) })) }));
