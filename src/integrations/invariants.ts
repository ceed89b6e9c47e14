/**
 * The build's last step: nothing is lost between `content/` and `dist/`. Every article file has a
 * page, every quote, claim and event has its anchor on that page, and the search index, built from
 * the content layer's records, holds as many records as the site's entries make (`searchRecordCount`):
 * one per article and actor, per speaker and article, per article with events.
 * Any break fails the build with what is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_ARTICLES_DIR, listArticleFiles } from '../content-layer/article-folder.ts';
import { articleIdFromPath } from '../content-layer/ids.ts';
import { SEARCH_SCOPE_LIST, scopeBundles, shardCount } from '../lib/search-bundles.ts';
import { countOf } from '../lib/views.ts';

/** What the check compares. */
export interface InvariantInput {
	/** Ids of the article files in `content/`. */
	contentIds: string[];
	/** The build's manifest: each article and the anchors its page must hold. */
	manifest: { articles: Array<{ id: string; anchors: string[] }> };
	/** The HTML of an article's page, or undefined when there is none. */
	pageOf: (id: string) => string | undefined;
	/** Records in the Pagefind bundles. */
	indexedCount: number;
	/** Records the search index must hold, from the entries the pages were built from (`searchRecordCount`). */
	recordCount: number;
}

/** Every broken invariant, one line each; empty when nothing is lost. */
export function checkBuildInvariants({ contentIds, manifest, pageOf, indexedCount, recordCount }: InvariantInput): string[] {
	const broken: string[] = [];
	const built = new Set(manifest.articles.map((article) => article.id));
	for (const id of contentIds) {
		if (!built.has(id)) broken.push(`article "${id}" is in content/ but not in the build's data`);
	}
	for (const article of manifest.articles) {
		const html = pageOf(article.id);
		if (html === undefined) {
			broken.push(`article "${article.id}" has no page`);
			continue;
		}
		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
		const missing = article.anchors.filter((anchor) => !ids.has(anchor));
		if (missing.length > 0) broken.push(`article "${article.id}" has no anchor for ${missing.join(', ')}`);
	}
	if (indexedCount !== recordCount) broken.push(`the search index holds ${indexedCount} records, expected ${recordCount}: one per article and actor, per speaker's quotes in an article, per article's events`);
	return broken;
}

/** Runs {@link checkBuildInvariants} at the end of every build. */
export function buildInvariants({ base = DEFAULT_ARTICLES_DIR }: { base?: string } = {}): AstroIntegration {
	let root = '';
	let started = 0;
	return {
		name: 'dateline-invariants',
		hooks: {
			'astro:config:setup': () => {
				started = performance.now();
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// the ids the files in content/ give, read from their paths alone: the loader validated them
				const contentIds = [...new Set((await listArticleFiles(resolve(root, base))).map(articleIdFromPath))];
				const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
				const manifest = JSON.parse(read(join(site, 'data/manifest.json')) ?? '{"articles":[]}') as InvariantInput['manifest'] & { totals?: Record<string, number> };
				const totals = manifest.totals ?? {};
				// every bundle the search page searches (each shard of each scope) counts its pages and records
				const bundles = SEARCH_SCOPE_LIST.flatMap(([scope]) => scopeBundles(scope, shardCount(manifest.articles.length)));
				const indexedCount = bundles.reduce((sum, bundle) => {
					const entry = JSON.parse(read(join(site, bundle, 'pagefind-entry.json')) ?? '{"languages":{}}') as { languages: Record<string, { page_count: number }> };
					return sum + Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
				}, 0);
				const broken = checkBuildInvariants({
					contentIds,
					manifest,
					pageOf: (id) => read(join(site, 'articles', id, 'index.html')),
					indexedCount,
					recordCount: totals.searchRecords ?? 0,
				});
				if (broken.length > 0) throw new Error(`Dateline lost something between content/ and dist/:\n  ${broken.join('\n  ')}`);
				logger.info(`nothing lost: ${countOf(contentIds.length, 'article')}, every page and anchor present, ${countOf(indexedCount, 'record')} in the search index`);
				const summary = (['article', 'actor', 'quote', 'date', 'claim', 'event'] as const).map((noun) => countOf(totals[`${noun}s`] ?? 0, noun));
				logger.info(`Dateline: ${summary.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
