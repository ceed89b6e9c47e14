/**
 * The search scopes and their Pagefind bundles. Articles and actors share a scope; quotes and
 * events, far more numerous, have scopes of their own, so a first search downloads an index sized
 * by the number of articles, not by the number of quotes and events.
 *
 * Each scope's records are split by article into shards, a bundle each, once a site has more than
 * `ARTICLES_PER_SHARD` articles: Pagefind has no incremental index, so an edit re-indexes only
 * the shard of the edited article, not the whole scope. The search page searches a scope's shards
 * together (Pagefind's `mergeIndex`). Which shard an article's records go to depends on its id
 * alone, so it stays put as long as the number of shards does.
 */

/** A search scope. */
export type SearchScope = 'articles' | 'quotes' | 'events';

/** Each scope: the folder name of its first bundle under the site root, and its label on the search page. */
export const SEARCH_SCOPES: Record<SearchScope, { bundle: string; label: string }> = {
	articles: { bundle: 'pagefind', label: 'Articles and actors' },
	quotes: { bundle: 'pagefind-quotes', label: 'Quotes' },
	events: { bundle: 'pagefind-events', label: 'Events' },
};

/** Every scope with its first bundle and label, in the order the search page shows them. */
export const SEARCH_SCOPE_LIST = Object.entries(SEARCH_SCOPES) as Array<[SearchScope, { bundle: string; label: string }]>;

/** The scope a `?scope=` value names; the articles scope for anything else. */
export function searchScope(value: string | null | undefined): SearchScope {
	return value === 'quotes' || value === 'events' ? value : 'articles';
}

/** Articles a shard holds before the site gets another. */
export const ARTICLES_PER_SHARD = 250;

/**
 * The most shards a scope has: each adds its metadata and index chunks to a first search
 * (on 5,000 articles, four shards of the articles scope make a first search of about 230 KB).
 */
export const MAX_SHARDS = 4;

/** How many shards each scope has on a site of `articleCount` articles. */
export function shardCount(articleCount: number): number {
	return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(articleCount / ARTICLES_PER_SHARD)));
}

/**
 * The shard (from 0) of an article's records among `shards`: from its id alone (FNV-1a), so it
 * does not move when other articles come or go. Records of no article (actors) go to shard 0.
 */
export function shardOf(articleId: string | undefined, shards: number): number {
	if (articleId === undefined || shards <= 1) return 0;
	let hash = 0x811c9dc5;
	for (let i = 0; i < articleId.length; i += 1) hash = Math.imul(hash ^ articleId.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % shards;
}

/** The folder name of a scope's shard under the site root: `pagefind`, `pagefind-2`, `pagefind-quotes-3`. */
export function shardBundle(scope: SearchScope, shard: number): string {
	const { bundle } = SEARCH_SCOPES[scope];
	return shard === 0 ? bundle : `${bundle}-${shard + 1}`;
}

/** The folder names of a scope's bundles, first shard first. */
export function scopeBundles(scope: SearchScope, shards: number): string[] {
	return Array.from({ length: shards }, (_, shard) => shardBundle(scope, shard));
}

/** Whether a path under the site root is in a search bundle (`pagefind/…`, `pagefind-quotes-2/…`). */
export function isBundlePath(path: string): boolean {
	return /^pagefind(?:-[a-z]+)?(?:-\d+)?\//.test(path);
}
