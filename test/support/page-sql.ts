// The SQL the pages run in the browser, pulled out of reports/pages/**/*.md and made runnable:
// `${params.x}` and `${inputs.x.value}` are replaced by sample values, and `${query}` (a page
// query built on another) by that query's SQL as a subquery — what Evidence does in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageQuery {
  page: string;
  name: string;
  sql: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

export function pageQueries(pagesDir: string): PageQuery[] {
  return markdownFiles(pagesDir).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/```sql\s+([a-z_][a-z0-9_]*)\s*\n([\s\S]*?)```/gi)].map((m) => ({
      page: relative(pagesDir, path),
      name: m[1] ?? '',
      sql: (m[2] ?? '').trim(),
    }));
  });
}

/**
 * Fills in the template: every `${params.name}`, `${inputs.name.value}` and `${inputs.name}` from `samples` (a
 * placeholder with no sample is an error, so a new input needs a sample here), and `${query}` from
 * the other queries of the same page.
 */
export function resolveQuery(query: PageQuery, all: PageQuery[], samples: Record<string, string>): string {
  const siblings = new Map(all.filter((q) => q.page === query.page).map((q) => [q.name, q]));
  return query.sql.replace(/\$\{\s*([^}]+?)\s*\}/g, (_, expression: string) => {
    // A Dropdown's choice is `inputs.name.value`; a ButtonGroup's is `inputs.name` itself.
    const input = /^(?:params\.(\w+)|inputs\.(\w+)(?:\.value)?)$/.exec(expression);
    const key = input?.[1] ?? input?.[2];
    if (key !== undefined) {
      const sample = samples[key];
      if (sample === undefined) throw new Error(`${query.page} ${query.name}: no sample value for \${${expression}}`);
      return sample;
    }
    const sibling = siblings.get(expression);
    if (!sibling) throw new Error(`${query.page} ${query.name}: unknown template expression \${${expression}}`);
    return `(${resolveQuery(sibling, all, samples)})`;
  });
}
