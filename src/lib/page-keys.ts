/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is not rendered again when its key and the code it is
 * compiled from are the same as in the last build; Astro copies the earlier output instead.
 */
import { createHash } from 'node:crypto';

/** A path as `getStaticPaths()` returns it. */
interface StaticPath<P> {
	params: Record<string, string>;
	props: P;
}

/**
 * Each path with the `cacheKey` that `key` gives it: a key that changes whenever the page's props
 * do, named by something cheaper than the props themselves (an article's `articleVersion`, whose
 * record key covers everything its entry is made from; {@link articlesKey}).
 */
export function keyedBy<P>(paths: ReadonlyArray<StaticPath<P>>, key: (path: StaticPath<P>) => string): Array<StaticPath<P> & { cacheKey: string }> {
	return paths.map((path) => ({ ...path, cacheKey: key(path) }));
}

/**
 * The key of a page made from site-wide entries and a summary of them (an actor and its quotes,
 * claims and events; a speaker and their quotes): the summary's JSON and the version of every
 * article the entries come from (`versions`: article id → `articleVersion`), instead of a digest of
 * every entry. Sound because each entry is made from its article alone (`corpus.ts`): the same
 * articles in the same versions give the same entries, in the same order. At 1,000 articles the
 * actors' props are most of the corpus (20 MB of JSON to digest after every edit).
 */
export function articlesKey(summary: unknown, entries: Iterable<{ data: { article: { id: string } } }>, versions: ReadonlyMap<string, string>): string {
	return articleIdsKey(summary, Array.from(entries, (entry) => entry.data.article.id), versions);
}

/** The key of a page made from a summary and some articles, named by their ids (a page of the article list): as {@link articlesKey}. */
export function articleIdsKey(summary: unknown, articleIds: Iterable<string>, versions: ReadonlyMap<string, string>): string {
	const ids = new Set(articleIds);
	const hash = createHash('sha256').update(JSON.stringify(summary));
	for (const id of [...ids].sort()) {
		const version = versions.get(id);
		// an entry of an article the corpus does not list: no version to key the page by, and a key without one could keep a stale page
		if (version === undefined) throw new Error(`Dateline found an entry of the article "${id}", which is not in the corpus`);
		hash.update('\u0000').update(version);
	}
	return hash.digest('base64url');
}
