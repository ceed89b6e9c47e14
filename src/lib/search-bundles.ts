/**
 * The search scopes and the Pagefind bundle of each. Articles and actors share the default bundle;
 * quotes and events, far more numerous, have bundles of their own, so a first search downloads an
 * index sized by the number of articles, not by the number of quotes and events.
 */

/** A search scope. */
export type SearchScope = 'articles' | 'quotes' | 'events';

/** Each scope: its bundle folder under the site root, and its label on the search page. */
export const SEARCH_SCOPES: Record<SearchScope, { bundle: string; label: string }> = {
	articles: { bundle: 'pagefind', label: 'Articles and actors' },
	quotes: { bundle: 'pagefind-quotes', label: 'Quotes' },
	events: { bundle: 'pagefind-events', label: 'Events' },
};

/** Every scope with its bundle and label, in the order the search page shows them. */
export const SEARCH_SCOPE_LIST = Object.entries(SEARCH_SCOPES) as Array<[SearchScope, { bundle: string; label: string }]>;

/** The scope a `?scope=` value names; the articles scope for anything else. */
export function searchScope(value: string | null | undefined): SearchScope {
	return value === 'quotes' || value === 'events' ? value : 'articles';
}
