/**
 * Search records for Pagefind: every article, actor, quote and event becomes a result of its own,
 * with filters by type, year, actor and speaker. Built from the content layer's records by the
 * search indexer (`src/integrations/search-index.ts`), which writes each record as a small HTML page
 * (`recordPage`) and indexes each scope's pages into its bundle.
 */
import type { ActorEntry, ArticleEntry, ArticleRecord, EventEntry, QuoteEntry } from '../content-layer/schema.ts';
import { formatLongDate } from './dates.ts';
import type { SearchScope } from './search-bundles.ts';
import type { SitePaths } from './site-paths.ts';
import { FICTIONAL_NOTICE, formatTimeValue } from './views.ts';

/** A search record: what Pagefind indexes of one result, and what it shows and filters by. */
export interface SearchRecord {
	/** The address the result links to (its sub-results add their anchors). */
	url: string;
	/** The indexed content, as HTML: text escaped, or an article's sanitized annotated HTML. */
	body: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * An article's record: its headline, byline and annotated text (whose headings give sub-results),
 * filtered by year and by the actors it is about — those named twice or more, and every speaker
 * (so the filter also finds articles by speaker; quotes have a speaker filter of their own).
 */
export function articleSearchRecord(article: { id: string; data: ArticleEntry }, record: Pick<ArticleRecord, 'html' | 'analysis'>, paths: SitePaths): SearchRecord {
	const { title, date, author, source, tags, fictional } = article.data;
	const speakers = new Set(record.analysis.quotes.map((quote) => quote.speaker));
	const actors = record.analysis.actors.filter((actor) => actor.kind !== 'group' && (actor.mentionCount >= 2 || speakers.has(actor.id))).map((actor) => actor.name);
	const byline = [formatLongDate(date), ...(author ? [`By ${author}`] : []), ...(source ? [source] : [])].join(' · ');
	const header = [`<h1>${escapeHtml(title)}</h1>`, `<p>${escapeHtml(byline)}</p>`, ...(fictional ? [`<p>${FICTIONAL_NOTICE}</p>`] : []), ...(tags.length > 0 ? [`<ul>${tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul>`] : [])];
	return {
		url: paths.articleUrl(article.id),
		body: `${header.join('')}${record.html}`,
		language: 'en',
		meta: { title, date },
		filters: { type: ['Article'], year: [date.slice(0, 4)], actor: actors },
	};
}

/** The records of every actor, quote and event, by search scope (the articles scope also holds the article records). */
export function entrySearchRecords(input: {
	quotes: Array<{ id: string; data: QuoteEntry }>;
	actors: Array<{ id: string; data: ActorEntry }>;
	events: Array<{ id: string; data: EventEntry }>;
	paths: SitePaths;
}): Record<SearchScope, SearchRecord[]> {
	const { paths } = input;
	const actorNames = new Map(input.actors.map((actor) => [actor.id, actor.data.name]));
	const quotes = input.quotes.map(({ data }) => {
		const speaker = data.speakerName ?? 'Unattributed';
		return {
			url: paths.anchorUrl(data.article.id, data.id),
			body: textBody(`${data.text} — ${speaker}${data.cue ? `, ${data.cue}` : ''}`),
			language: 'en',
			meta: { title: `${speaker}: “${truncate(data.text, 80)}”`, date: data.article.date },
			filters: { type: ['Quote'], speaker: [speaker], year: [data.article.date.slice(0, 4)] },
		};
	});
	const actors = input.actors.map(({ id, data }) => ({
		url: paths.actorUrl(id),
		body: textBody([data.name, ...data.aliases, ...data.roles].join(' · ')),
		language: 'en',
		meta: { title: data.name },
		filters: { type: ['Actor'], actor: [data.name] },
	}));
	const events = input.events.map(({ data }) => ({
		url: paths.anchorUrl(data.article.id, data.id),
		body: textBody(`${formatTimeValue(data.date)}: ${data.summary}`),
		language: 'en',
		meta: { title: `${formatTimeValue(data.date)}: ${truncate(data.summary, 80)}`, date: data.article.date },
		filters: { type: ['Event'], year: [data.date.slice(0, 4)], actor: data.actors.map((id) => actorNames.get(id) ?? id) },
	}));
	return { articles: actors, quotes, events };
}

/**
 * The HTML page Pagefind reads for a record: its body indexed, its meta (with the `url`, which
 * Pagefind's UI links to) and filters beside.
 */
export function recordPage(record: SearchRecord): string {
	const meta = Object.entries({ ...record.meta, url: record.url }).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
	const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`));
	return `<!doctype html><html lang="${escapeHtml(record.language)}"><head><meta charset="utf-8"><title>${escapeHtml(record.meta.title ?? '')}</title></head><body><main data-pagefind-body>${record.body}</main><div hidden>${meta.join('')}${filters.join('')}</div></body></html>`;
}

function textBody(text: string): string {
	return `<p>${escapeHtml(text)}</p>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function truncate(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
