/**
 * The search page in the browser: Dateline's own small UI on Pagefind's JavaScript API. It loads
 * Pagefind when a search starts, searches every shard of the scope the address names (`?scope=`,
 * `src/lib/search-bundles.ts`) as one index, shows five results at a time with their sub-results,
 * and loads the filters only when the reader opens them: a first search downloads the index chunks
 * of the word searched, not every shard's filters. `?q=` runs a search on arrival; the scope links
 * carry the query.
 */
import { searchScope, type SearchScope } from './search-bundles.ts';

/** What Dateline uses of Pagefind's JavaScript API (`pagefind.js`). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
	debouncedSearch(term: string, options: { filters: FilterQuery }, debounceMs: number): Promise<SearchResponse | null>;
	filters(): Promise<FilterCounts>;
}

type FilterQuery = Record<string, { any: string[] }>;
type FilterCounts = Record<string, Record<string, number>>;

interface SearchResponse {
	results: Array<{ id: string; data(): Promise<ResultData> }>;
	filters: FilterCounts;
}

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	/** The element the section starts at; none for the text before the first section. */
	anchor?: { id: string };
}

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: SubResult[];
}

/** Results shown at first, and added by each "More results". */
export const RESULTS_PER_PAGE = 5;

/** How filter names read on the page. */
const FILTER_LABELS: Record<string, string> = { type: 'Type', year: 'Year', actor: 'Actor', speaker: 'Speaker' };

/** The parts of the search page the UI drives, found by their `data-search-*` attributes. */
interface SearchPage {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLOListElement;
	more: HTMLButtonElement;
	filters: HTMLDetailsElement;
	filterList: HTMLElement;
	missing: HTMLElement;
}

function findPage(root: ParentNode): SearchPage | undefined {
	const find = <T extends Element>(name: string) => root.querySelector<T>(`[data-search-${name}]`);
	const page = {
		form: find<HTMLFormElement>('form'),
		input: find<HTMLInputElement>('input'),
		status: find<HTMLElement>('status'),
		results: find<HTMLOListElement>('results'),
		more: find<HTMLButtonElement>('more'),
		filters: find<HTMLDetailsElement>('filters'),
		filterList: find<HTMLElement>('filter-list'),
		missing: find<HTMLElement>('missing'),
	};
	return Object.values(page).every(Boolean) ? (page as SearchPage) : undefined;
}

/**
 * Starts the search UI in `root` (the search page): its form carries `data-bundles`, each scope's
 * bundle addresses as JSON; `scopeLinks` are marked for the current scope and carry the query.
 */
export function startSearch(root: ParentNode, scopeLinks: Iterable<HTMLAnchorElement>): void {
	const page = findPage(root);
	if (!page) return;
	const params = new URLSearchParams(window.location.search);
	const scope = searchScope(params.get('scope'));
	const bundles = (JSON.parse(page.form.dataset.bundles ?? '{}') as Partial<Record<SearchScope, string[]>>)[scope] ?? [];
	const links = [...scopeLinks];
	for (const link of links) if (link.dataset.scope === scope) link.setAttribute('aria-current', 'page');

	let pagefind: Promise<Loaded> | undefined;
	const load = () => (pagefind ??= loadPagefind(bundles));
	const chosen: Record<string, Set<string>> = {};
	let shown: SearchResponse['results'] = [];
	let filterBoxes: Map<string, { box: HTMLInputElement; count: HTMLElement }> | undefined;

	// each search supersedes the ones before: what they find later is dropped
	let generation = 0;
	const run = async (term: string) => {
		const mine = ++generation;
		const { api, problem } = await load();
		if (!api) {
			if (problem === 'missing') page.missing.hidden = false;
			else page.status.textContent = 'Nothing to search in this scope yet.';
			return;
		}
		if (mine !== generation) return;
		if (!term) {
			shown = [];
			show(page, term, undefined);
			return;
		}
		const filters = Object.fromEntries(Object.entries(chosen).flatMap(([name, values]) => (values.size > 0 ? [[name, { any: [...values] }]] : [])));
		try {
			const response = await api.debouncedSearch(term, { filters }, 250);
			if (!response || mine !== generation) return;
			const first = await Promise.all(response.results.slice(0, RESULTS_PER_PAGE).map((result) => result.data()));
			if (mine !== generation) return;
			shown = response.results;
			page.results.replaceChildren(...first.map(resultItem));
			show(page, term, response);
			if (filterBoxes) updateCounts(filterBoxes, response.filters);
		} catch (error) {
			if (mine === generation) page.status.textContent = `The search failed: ${(error as Error).message ?? error}`;
		}
	};

	const search = () => {
		const term = page.input.value.trim();
		carryQuery(links, term);
		const url = new URL(window.location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		void run(term);
	};

	page.input.addEventListener('input', search);
	page.form.addEventListener('submit', (event) => {
		event.preventDefault();
		search();
	});
	page.more.addEventListener('click', async () => {
		const results = shown;
		const from = page.results.children.length;
		const next = await Promise.all(results.slice(from, from + RESULTS_PER_PAGE).map((result) => result.data()));
		if (shown !== results || page.results.children.length !== from) return; // replaced meanwhile
		page.results.append(...next.map(resultItem));
		page.more.hidden = page.results.children.length >= results.length;
		// the reader goes on from the first result added
		page.results.children[from]?.querySelector('a')?.focus();
	});
	page.filters.addEventListener('toggle', async () => {
		if (!page.filters.open || filterBoxes) return;
		const { api, problem } = await load();
		if (!api) {
			page.missing.hidden = problem !== 'missing';
			page.filterList.textContent = 'No filters: there is nothing to search yet.';
			return;
		}
		filterBoxes = renderFilters(page.filterList, await api.filters(), chosen, search);
		// the boxes show every record's count until a search gives the counts among its results
		if (page.input.value.trim()) search();
	});

	const query = params.get('q');
	if (query) {
		page.input.value = query;
		search();
	}
}

/** Pagefind loaded with every shard of the scope that holds records; or why it could not be. */
type Loaded = { api: Pagefind; problem?: undefined } | { problem: 'missing' | 'empty'; api?: undefined };

/** Words of an excerpt, in every shard. */
const EXCERPT_LENGTH = 24;

/**
 * Loads Pagefind from the first of the scope's bundles that holds records and merges the others.
 * A shard can hold none (a scope with few quotes or events: Pagefind cannot merge an index without
 * a language), and a bundle can be missing (`npm run dev` before a build, or after the number of
 * shards changed): those are left out, the missing ones said in the console.
 */
async function loadPagefind(bundles: string[]): Promise<Loaded> {
	const holding = await Promise.all(
		bundles.map(async (bundle) => {
			try {
				const response = await fetch(`${bundle}pagefind-entry.json`);
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				const entry = (await response.json()) as { languages?: Record<string, unknown> };
				return Object.keys(entry.languages ?? {}).length > 0;
			} catch (error) {
				console.warn(`Dateline: no search bundle at ${bundle} (${(error as Error).message}); build the site again.`);
				return undefined;
			}
		}),
	);
	const [first, ...others] = bundles.filter((_, index) => holding[index] === true);
	if (!first) return { problem: holding.includes(false) ? 'empty' : 'missing' };
	try {
		const api = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
		await api.options({ excerptLength: EXCERPT_LENGTH });
		for (const bundle of others) {
			try {
				await api.mergeIndex(bundle, { excerptLength: EXCERPT_LENGTH });
			} catch (error) {
				console.warn(`Dateline: the search bundle at ${bundle} could not be merged (${(error as Error).message}).`);
			}
		}
		return { api };
	} catch {
		return { problem: 'missing' };
	}
}

/** Says how many results a search found (or that none did), and whether more can be shown. */
function show(page: SearchPage, term: string, response: SearchResponse | undefined): void {
	if (!response) {
		page.results.replaceChildren();
		page.status.textContent = '';
		page.more.hidden = true;
		return;
	}
	const count = response.results.length;
	page.status.textContent = count === 0 ? `No results for “${term}”` : `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'} for “${term}”`;
	page.more.hidden = page.results.children.length >= count;
}

/** A result: its title linked, its date, its excerpt, and up to three sub-results (the sections the words were found in). */
export function resultItem(data: ResultData): HTMLLIElement {
	const url = data.meta.url ?? data.url;
	const item = element('li', 'search-result');
	const title = element('p', 'search-result-title');
	title.append(link(url, data.meta.title ?? url));
	item.append(title);
	if (data.meta.date) {
		const date = element('time', 'search-result-date');
		date.dateTime = data.meta.date;
		date.textContent = longDate(data.meta.date);
		item.append(date);
	}
	const subResults = sectionsOf(data);
	if (subResults.length === 0) item.append(excerpt(data.excerpt));
	else {
		const list = element('ul', 'search-subresults');
		for (const sub of subResults) {
			const entry = element('li');
			entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

/**
 * The sub-results worth showing: the sections (a heading's, a quote's or an event's anchor), not
 * the text before the first of them, which the result itself links to; the three with most matches.
 */
function sectionsOf(data: ResultData): SubResult[] {
	const sections = data.sub_results.filter((section) => section.anchor !== undefined);
	if (sections.length <= 3) return sections;
	const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3));
	return sections.filter((section) => best.has(section));
}

/** A Pagefind excerpt as text with its `<mark>`s: parsed inertly, nothing but text and marks kept. */
export function excerpt(html: string): HTMLParagraphElement {
	const paragraph = element('p', 'search-result-excerpt');
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	for (const node of parsed.childNodes) {
		if (node instanceof HTMLElement && node.localName === 'mark') paragraph.append(element('mark', undefined, node.textContent ?? ''));
		else paragraph.append(node.textContent ?? '');
	}
	return paragraph;
}

/** The filter checkboxes, a group per filter; checking one searches again. Returns each box and its count by `name\0value`. */
function renderFilters(list: HTMLElement, counts: FilterCounts, chosen: Record<string, Set<string>>, search: () => void): Map<string, { box: HTMLInputElement; count: HTMLElement }> {
	const boxes = new Map<string, { box: HTMLInputElement; count: HTMLElement }>();
	list.replaceChildren();
	for (const [name, values] of Object.entries(counts).sort(([a], [b]) => filterOrder(a) - filterOrder(b))) {
		const group = element('fieldset', 'search-filter');
		group.append(element('legend', undefined, FILTER_LABELS[name] ?? name));
		const options = element('div', 'search-filter-options');
		const ordered = Object.entries(values).sort(([a, x], [b, y]) => (name === 'year' ? b.localeCompare(a) : y - x || a.localeCompare(b)));
		for (const [value, total] of ordered) {
			const label = element('label');
			const box = element('input');
			box.type = 'checkbox';
			box.value = value;
			box.name = name;
			const count = element('span', 'search-filter-count', `(${total.toLocaleString('en')})`);
			label.append(box, ` ${value} `, count);
			box.addEventListener('change', () => {
				const set = (chosen[name] ??= new Set());
				if (box.checked) set.add(value);
				else set.delete(value);
				search();
			});
			boxes.set(`${name}\u0000${value}`, { box, count });
			options.append(label);
		}
		group.append(options);
		list.append(group);
	}
	return boxes;
}

function filterOrder(name: string): number {
	const at = Object.keys(FILTER_LABELS).indexOf(name);
	return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

/** Shows, beside each filter value, how many of the current results have it. */
function updateCounts(boxes: Map<string, { box: HTMLInputElement; count: HTMLElement }>, counts: FilterCounts): void {
	for (const [key, { count }] of boxes) {
		const [name = '', value = ''] = key.split('\u0000');
		count.textContent = `(${(counts[name]?.[value] ?? 0).toLocaleString('en')})`;
	}
}

/** Keeps the scope links carrying the query typed. */
function carryQuery(links: HTMLAnchorElement[], query: string): void {
	for (const link of links) {
		const url = new URL(link.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		link.setAttribute('href', `${url.pathname}${url.search}`);
	}
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-05-11` as "11 May 2025"; anything else as it is. */
function longDate(value: string): string {
	const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(date.getTime()) ? DATE_FORMAT.format(date) : value;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = element('a', undefined, text);
	anchor.href = href;
	return anchor;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
