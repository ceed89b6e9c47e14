/**
 * Search records for Pagefind beyond the article pages: every quote, actor and event becomes a
 * result of its own, with filters by type, speaker, actor and year. Built at build time from the
 * corpus; the Pagefind integration indexes each scope's records into its bundle.
 */
import type { ActorEntry, EventEntry, QuoteEntry } from '../content-layer/schema.ts';
import type { SearchScope } from './search-bundles.ts';
import { actorUrl, anchorUrl } from './urls.ts';
import { formatTimeValue } from './views.ts';

/** A search record: the shape of Pagefind's custom records (the integration writes each as a small page). */
export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The records of every quote, actor and event, by search scope (the article pages themselves are in the `articles` scope). */
export function searchRecords(input: {
	quotes: Array<{ id: string; data: QuoteEntry }>;
	actors: Array<{ id: string; data: ActorEntry }>;
	events: Array<{ id: string; data: EventEntry }>;
	actorNames: Map<string, string>;
}): Record<SearchScope, SearchRecord[]> {
	const quotes = input.quotes.map(({ data }) => {
		const speaker = data.speakerName ?? 'Unattributed';
		return {
			url: anchorUrl(data.article.id, data.id),
			content: `${data.text} — ${speaker}${data.cue ? `, ${data.cue}` : ''}`,
			language: 'en',
			meta: { title: `${speaker}: “${truncate(data.text, 80)}”`, date: data.article.date },
			filters: { type: ['Quote'], speaker: [speaker], year: [data.article.date.slice(0, 4)] },
		};
	});
	const actors = input.actors.map(({ id, data }) => ({
		url: actorUrl(id),
		content: [data.name, ...data.aliases, ...data.roles].join(' · '),
		language: 'en',
		meta: { title: data.name },
		filters: { type: ['Actor'], actor: [data.name] },
	}));
	const events = input.events.map(({ data }) => ({
		url: anchorUrl(data.article.id, data.id),
		content: `${formatTimeValue(data.date)}: ${data.summary}`,
		language: 'en',
		meta: { title: `${formatTimeValue(data.date)}: ${truncate(data.summary, 80)}`, date: data.article.date },
		filters: { type: ['Event'], year: [data.date.slice(0, 4)], actor: data.actors.map((id) => input.actorNames.get(id) ?? id) },
	}));
	return { articles: actors, quotes, events };
}

function truncate(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
