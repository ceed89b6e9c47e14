/**
 * Starts Pagefind's default UI in the browser on the bundle of the scope the address names
 * (`?scope=`), with the site's base path and `?q=` support; keeps the scope links carrying the query.
 */
import { searchScope } from './search-bundles.ts';

interface PagefindUIInstance {
	triggerSearch(term: string): void;
}

declare global {
	interface Window {
		PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
	}
}

/** Mounts the search UI in `container` (which carries `data-bundles`) and marks the current scope among `scopeLinks`. */
export function startSearch(container: HTMLElement | null, scopeLinks: Iterable<HTMLAnchorElement>): void {
	if (!container) return;
	if (!window.PagefindUI) {
		// no index yet (in `npm run dev` before any build): say how to get one
		document.querySelector<HTMLElement>('[data-search-missing]')?.removeAttribute('hidden');
		return;
	}
	const params = new URLSearchParams(window.location.search);
	const scope = searchScope(params.get('scope'));
	const bundles = JSON.parse(container.dataset.bundles ?? '{}') as Record<string, string>;
	const ui = new window.PagefindUI({
		element: `#${container.id}`,
		bundlePath: bundles[scope],
		showSubResults: true,
		showImages: false,
		autofocus: true,
	});
	const links = [...scopeLinks];
	const carry = (query: string) => {
		for (const link of links) {
			const url = new URL(link.href);
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			link.setAttribute('href', `${url.pathname}${url.search}`);
		}
	};
	for (const link of links) if (link.dataset.scope === scope) link.setAttribute('aria-current', 'page');
	container.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement) carry(event.target.value.trim());
	});
	const query = params.get('q');
	if (query) {
		ui.triggerSearch(query);
		carry(query);
	}
}
