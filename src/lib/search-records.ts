/**
 * Search records for Pagefind: every article and actor is a result of its own; quotes are grouped
 * by speaker and article, events by article, each quote or event a sub-result with its anchor.
 * Filters: type (article or actor), actor and year in the articles scope; speaker and year for
 * quotes; actor and year for events (those scopes hold one type each). Built from the content
 * layer's records by the search indexer (`src/integrations/search-index.ts`), which writes each
 * record as a small HTML page (`recordPage`) and indexes each scope's pages into its bundle.
 */
import type { ActorEntry, ArticleEntry, ArticleRecord, EventEntry, QuoteEntry } from '../content-layer/schema.ts';
import { formatLongDate } from './dates.ts';
import type { SearchScope } from './search-bundles.ts';
import type { SitePaths } from './site-paths.ts';
import { countOf, FICTIONAL_NOTICE, formatTimeValue, groupBy } from './views.ts';

/** A search record: what Pagefind indexes of one result, and what it shows and filters by. */
export interface SearchRecord {
	/** The address the result links to (its sub-results add their anchors). */
	url: string;
	/** The id of the article the record belongs to (it goes to that article's search shard); none for an actor. */
	article?: string;
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
		article: article.id,
		body: `${header.join('')}${withoutInlineMarkup(record.html)}`,
		language: 'en',
		meta: { title, date },
		filters: { type: ['Article'], year: [date.slice(0, 4)], actor: actors },
	};
}

/** An opening or closing `span`, `mark`, `time` or `a` tag, its quoted attribute values may hold `>`. */
const INLINE_TAG = /<\/?(?:span|mark|time|a)\b(?:[^>"]|"[^"]*")*>/g;

/**
 * Annotated HTML without its inline elements (`span`, `mark`, `time`, `a`), their text kept: the
 * search index needs the words and the headings (whose ids give sub-results), not the annotations,
 * whose ids Pagefind would keep as anchors in every article's fragment and whose tags it would parse
 * (a third of its reading time). Reads the HTML as Dateline's serializer writes it: text has `<`
 * escaped, attribute values are double-quoted with `"` escaped, so a tag ends at the first `>`
 * outside quotes. One regular expression: 2.5 times as fast as the scan in JavaScript it replaced.
 */
export function withoutInlineMarkup(html: string): string {
	return html.replace(INLINE_TAG, '');
}

/**
 * The records of every actor, quote and event, by search scope (the articles scope also holds the
 * article records). A record per quote and per event would make Pagefind's work follow the number
 * of quotes and events (at 1,000 articles, three times as long as grouped); instead each speaker's quotes in an
 * article are one record, and each article's events one record, in which every quote or event is
 * a sub-result with its anchor (`subResult`), so that a search still lands on the quote or event.
 */
export function entrySearchRecords(input: {
	quotes: Array<{ id: string; data: QuoteEntry }>;
	actors: Array<{ id: string; data: ActorEntry }>;
	events: Array<{ id: string; data: EventEntry }>;
	paths: SitePaths;
}): Record<SearchScope, SearchRecord[]> {
	const { paths } = input;
	const actorNames = new Map(input.actors.map((actor) => [actor.id, actor.data.name]));
	const quotes = [...quoteGroups(input.quotes).values()].map((group) => {
		const first = group[0]!;
		const { article } = first;
		const speaker = first.speakerName ?? 'Unattributed';
		const sections = group.map((quote) => subResult(quote.id, quoteHeading(quote), quote.kind === 'direct' ? `“${quote.text}”` : quote.text));
		return {
			url: paths.anchorUrl(article.id, first.id),
			article: article.id,
			body: `<p>${escapeHtml(speaker)}</p>${sections.join('')}`,
			language: 'en',
			meta: { title: `${speaker}: ${countOf(group.length, 'quote')} in “${truncate(article.title, 80)}”`, date: article.date },
			filters: { speaker: [speaker], year: [article.date.slice(0, 4)] },
		};
	});
	const actors = input.actors.map(({ id, data }) => ({
		url: paths.actorUrl(id),
		body: textBody([data.name, ...data.aliases, ...data.roles].join(' · ')),
		language: 'en',
		meta: { title: data.name },
		filters: { type: ['Actor'], actor: [data.name] },
	}));
	const events = [...eventGroups(input.events).values()].map((group) => {
		const first = group[0]!;
		const { article } = first;
		const sections = group.map((event) => subResult(event.id, formatTimeValue(event.date), event.summary));
		return {
			url: paths.anchorUrl(article.id, first.id),
			article: article.id,
			body: sections.join(''),
			language: 'en',
			meta: { title: `${countOf(group.length, 'event')} in “${truncate(article.title, 80)}”`, date: article.date },
			filters: { year: unique(group.map((event) => event.date.slice(0, 4))), actor: unique(group.flatMap((event) => event.actors.map((id) => actorNames.get(id) ?? id))) },
		};
	});
	return { articles: actors, quotes, events };
}

/**
 * How many search records the site's entries make: one per article and actor, one per speaker and
 * article for the quotes, one per article with events. The build's "nothing lost" check compares it
 * with the records Pagefind indexed.
 */
export function searchRecordCount(input: { articles: readonly unknown[]; actors: readonly unknown[]; quotes: ReadonlyArray<{ data: QuoteEntry }>; events: ReadonlyArray<{ data: EventEntry }> }): number {
	return input.articles.length + input.actors.length + quoteGroups(input.quotes).size + eventGroups(input.events).size;
}

/** Quotes by article and speaker, in the order they come (unattributed quotes of an article are one group). */
function quoteGroups(quotes: ReadonlyArray<{ data: QuoteEntry }>): Map<string, QuoteEntry[]> {
	return groupBy(
		quotes.map(({ data }) => data),
		(quote) => [`${quote.article.id}\u0000${quote.speaker ?? ''}`],
	);
}

/** Events by article, in the order they come. */
function eventGroups(events: ReadonlyArray<{ data: EventEntry }>): Map<string, EventEntry[]> {
	return groupBy(
		events.map(({ data }) => data),
		(event) => [event.article.id],
	);
}

/**
 * A section of a record that Pagefind gives as a sub-result: the element's id is its anchor and
 * `data-pagefind-title` its title, which is shown but not indexed, so only `text` is searched.
 */
function subResult(id: string, title: string, text: string): string {
	return `<p id="${escapeHtml(id)}" data-pagefind-title="${escapeHtml(title)}">${escapeHtml(text)}</p>`;
}

/** A quote's sub-result title: its kind and cue, as the article's annotation says them ("Direct quote, wrote on X"). */
function quoteHeading(quote: QuoteEntry): string {
	const cue = `${quote.cue ?? ''}${quote.channel ? ` on ${quote.channel}` : ''}`.trim();
	return `${quote.kind === 'direct' ? 'Direct quote' : 'Reported speech'}${cue ? `, ${cue}` : ''}`;
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
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
