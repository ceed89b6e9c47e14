// @ts-check
import { defineConfig } from 'astro/config';
import { articlesDir } from './src/content-layer/article-folder.ts';
import { buildInvariants } from './src/integrations/invariants.ts';
import { pageCacheGuard } from './src/integrations/page-cache-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pruneOutDir } from './src/integrations/prune-out-dir.ts';
import { articleRecords, LOCAL_SITE } from './src/integrations/records.ts';
import { articlesPerPage } from './src/lib/site.ts';
import sitemap from '@astrojs/sitemap';

/** The folder of the article files, as the `articles` collection reads it. */
const CONTENT_DIR = articlesDir();

// the article list's pages read DATELINE_ARTICLES_PER_PAGE; a bad value stops the build here, before any work
articlesPerPage();

/**
 * Dateline's site configuration.
 * DATELINE_SITE: the public origin (e.g. https://news.example.org), for canonical URLs, the feed,
 *   the sitemap and the data files; the local preview's address when unset (the build says so).
 * DATELINE_BASE: the sub-path the site is served under (e.g. /news/); `/` by default.
 * DATELINE_ARTICLES_PER_PAGE: how many articles each page of the article list shows; 50 by default.
 */
export default defineConfig({
	site: process.env.DATELINE_SITE || LOCAL_SITE,
	base: process.env.DATELINE_BASE || '/',
	trailingSlash: 'ignore',
	// pages render eight at a time: while one page's file is written, the next renders (a warm
	// 1,000-article build: page generation 10-11 s -> 7 s, total 17-19 s -> 13-14 s)
	build: { format: 'directory', concurrency: 8 },
	// pages whose props and code are unchanged since the last build are copied from it, not rendered
	// again (each dynamic route keys its pages by what their props are made from: src/lib/page-keys.ts; a build after
	// one that did not finish renders every page: src/integrations/page-cache-guard.ts)
	experimental: { incrementalBuild: true },
	// Dateline renders Markdown with its own pipeline (src/content-layer/markdown.ts); no Shiki
	markdown: { syntaxHighlight: false },
	// A Content-Security-Policy on every page: Astro hashes its own scripts and styles; Pagefind
	// needs WebAssembly ('wasm-unsafe-eval') and a worker from a blob.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// order matters: dist/ is kept between builds, and what this build did not write is deleted once
	// the sitemap and Pagefind have written theirs; the invariant check then reads the search index
	integrations: [articleRecords({ base: CONTENT_DIR }), pageCacheGuard(), sitemap(), pagefind(), pruneOutDir(), buildInvariants({ base: CONTENT_DIR })],
});
