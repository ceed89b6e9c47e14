/** Starts Pagefind's default UI in the browser, with the site's base path and `?q=` support. */

interface PagefindUIInstance {
	triggerSearch(term: string): void;
}

declare global {
	interface Window {
		PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
	}
}

/** Mounts the search UI in `container` (which carries `data-bundle-path`) and runs the `q` query of the page's URL. */
export function startSearch(container: HTMLElement | null): void {
	if (!container || !window.PagefindUI) return;
	const ui = new window.PagefindUI({
		element: `#${container.id}`,
		bundlePath: container.dataset.bundlePath,
		showSubResults: true,
		showImages: false,
		autofocus: true,
	});
	const query = new URLSearchParams(window.location.search).get('q');
	if (query) ui.triggerSearch(query);
}
