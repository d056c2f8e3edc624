import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A templated page (one per provider) is built for every provider, whatever it lacks: a provider
// with no leavers in a family must get a sentence, not a 500 ("Dataset is empty" fails a strict
// build). So every chart, table and figure on such a page says what to do with no rows.
const PAGES = join(import.meta.dirname, '../../reports/pages');
const COMPONENTS = /<(LineChart|BarChart|AreaChart|ScatterPlot|DataTable|BigValue|Value)\b[^>]*>/g;

function templatedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templatedPages(join(dir, entry.name)) : entry.name.startsWith('[') ? [join(dir, entry.name)] : [],
  );
}

describe('templated pages', () => {
  it('are found', () => {
    expect(templatedPages(PAGES).length).toBeGreaterThanOrEqual(2);
  });

  it.each(templatedPages(PAGES).map((p) => [p.slice(PAGES.length + 1), p]))('%s passes on an empty dataset everywhere', (_, path) => {
    const text = readFileSync(path, 'utf8');
    // The page's own provider row is what the page is built from: it is never empty.
    const missing = [...text.matchAll(COMPONENTS)]
      .map((m) => m[0])
      .filter((tag) => !/emptySet=("|')?pass/.test(tag) && !tag.includes('data={provider}'));
    expect(missing).toEqual([]);
  });
});
