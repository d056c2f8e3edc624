// Writes docs/validation-coverage.md: the 2025/26 catalogue rule by rule, with each rule's state in
// ilr-insight (pipelines/validate/coverage.ts). Run `npm run rules:coverage` after adding rules.
import { writeFileSync } from 'node:fs';
import { COVERAGE_DOC, coverageMarkdown } from '../pipelines/validate/coverage.ts';

const path = new URL(`../${COVERAGE_DOC}`, import.meta.url).pathname;
writeFileSync(path, coverageMarkdown());
console.log(`Wrote ${COVERAGE_DOC}.`);
