// Evidence merges this into its own SvelteKit config (.evidence/template/svelte.config.js,
// loadUserConfiguration). The site prerenders the pages without parameters only: crawling the
// provider index's links prerendered a page per provider and self-assessment, about 1.2 s each,
// an hour for a national year's 1,500 providers (issue 19, docs/benchmarks.md). The adapter
// writes the app's empty shell as well, which pipelines/report/provider-pages.ts copies to each
// provider's route; the browser renders those pages from the parquet files the site ships.
// Evidence's root layout is patched to match (scripts/patch-evidence.mjs).
import adapter from '@sveltejs/adapter-static';

export default {
  kit: {
    adapter: adapter({ pages: process.env.EVIDENCE_BUILD_DIR ?? './build', strict: false, fallback: 'spa-shell.html' }),
    prerender: { crawl: false, entries: ['*'] },
  },
};
