import { describe, expect, it } from 'vitest';
import { checkTargets, type Known } from '../../pipelines/models/import-targets.ts';

// The targets file's checks (pipelines/models/import-targets.ts): each problem names its line; a
// good row becomes a target with the rate as a fraction and the programme key as the marts spell it.
const known: Known = {
  ukprns: new Set([10000001]),
  ssaTier1: new Map([['health, public services and care', 'Health, Public Services and Care']]),
};
const HEADER = 'ukprn,year,qar_family,level,programme_by,programme_key,measure,target_percent';
const check = (...lines: string[]) => checkTargets([HEADER, ...lines].join('\n'), known);

describe('checking a targets file', () => {
  it('reads good rows, whatever the spelling of year, measure, level key and percentage', () => {
    const { targets, problems } = check(
      '10000001,2025/26,education_and_training,provider,,,Achievement rate,85%',
      '10000001,2025-26,Education and training,programme,ssa_tier1,"health, public services and care",retention,90',
      '10000001,2025,apprenticeship,programme,qualification_level,Level 3,timely_achievement_rate,60.5',
      '10000001,202526,apprenticeship,programme,learn_aim_ref,zprog001,pass_rate,0',
    );
    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.line, t.year, t.qarFamily, t.programmeBy, t.programmeKey, t.measure, t.target])).toEqual([
      [2, 2025, 'education_and_training', null, null, 'achievement_rate', 0.85],
      [3, 2025, 'education_and_training', 'ssa_tier1', 'Health, Public Services and Care', 'retention_rate', 0.9],
      [4, 2025, 'apprenticeship', 'qualification_level', '3', 'timely_achievement_rate', 0.605],
      [5, 2025, 'apprenticeship', 'learn_aim_ref', 'ZPROG001', 'pass_rate', 0],
    ]);
  });

  it('names every problem with its line', () => {
    const { targets, problems } = check(
      '1234,2025/26,education_and_training,provider,,,achievement_rate,85',
      '10000001,2025/27,education_and_training,provider,,,achievement_rate,85',
      '10000001,2025/26,adult_skills,provider,,,achievement_rate,85',
      '10000001,2025/26,education_and_training,provider,ssa_tier1,Health,achievement_rate,85',
      '10000001,2025/26,education_and_training,programme,ssa_tier1,Basket weaving,achievement_rate,85',
      '10000001,2025/26,education_and_training,programme,sector,Health,achievement_rate,85',
      '10000001,2025/26,education_and_training,programme,learn_aim_ref,,achievement_rate,85',
      '10000001,2025/26,education_and_training,provider,,,achievement_rate,-5',
      '10000001,2025/26,education_and_training,provider,,,achievement_rate,',
      '10000001,2025/26,education_and_training,provider,,,achievement_rate,100.5',
    );
    expect(targets).toEqual([]);
    expect(problems).toEqual([
      "line 2: ukprn '1234' is not a UKPRN (eight digits)",
      "line 3: year '2025/27' is not a funding year (2025/26 or 2025)",
      "line 4: unknown QAR family 'adult_skills' (education_and_training or apprenticeship)",
      'line 5: a provider-level target has no programme_by or programme_key (leave them empty)',
      "line 6: unknown sector subject area 'Basket weaving' (tier 1, as the learning-aim reference names it)",
      "line 7: unknown programme_by 'sector' (ssa_tier1, qualification_level, learn_aim_ref)",
      'line 8: a programme-level target needs its programme_key (the learn aim ref)',
      "line 9: target_percent '-5' is not a percentage (a number from 0 to 100)",
      "line 10: target_percent '' is not a percentage (a number from 0 to 100)",
      'line 11: target_percent 100.5 is above 100%',
    ]);
  });

  it('refuses an empty file, a file without targets, and a repeated target however spelled', () => {
    expect(checkTargets('', known).problems[0]).toMatch(/^line 1: the file is empty/);
    expect(checkTargets(HEADER, known).problems).toEqual(['the file has a header but no targets']);
    expect(
      check('10000001,2025/26,education_and_training,provider,,,achievement_rate,85', '10000001,2025,education_and_training,provider,,,achievement,80').problems,
    ).toEqual(['line 3: repeats the target on line 2 (same provider, year, family, level, programme and measure)']);
  });
});
