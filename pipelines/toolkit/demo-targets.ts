// The targets file `ilr demo` loads (issue 17): a few provider and programme targets for each
// demo provider, for the last closed year and the year in progress, spread a little around
// typical rates so the pages show every status (met, within 2 points, missed, no data).
import { TARGET_COLUMNS } from '../models/import-targets.ts';

const yearLabel = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

export function demoTargetsCsv(ukprns: readonly number[], lastYear: number): string {
  const lines = [TARGET_COLUMNS.join(',')];
  [...ukprns].sort((a, b) => a - b).forEach((ukprn, i) => {
    // −3 to +3 points around each base rate, different for each provider.
    const spread = (i % 7) - 3;
    for (const year of [lastYear - 1, lastYear]) {
      lines.push(
        `${ukprn},${yearLabel(year)},education_and_training,provider,,,achievement_rate,${88 + spread}`,
        `${ukprn},${yearLabel(year)},education_and_training,provider,,,retention_rate,${94 + spread}`,
        `${ukprn},${yearLabel(year)},education_and_training,programme,qualification_level,3,achievement_rate,${88 - spread}`,
        `${ukprn},${yearLabel(year)},apprenticeship,provider,,,achievement_rate,${65 + spread}`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}
