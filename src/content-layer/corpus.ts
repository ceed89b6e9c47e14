/**
 * The site-wide lists derived from every article's analysis: actors merged by canonical name (with
 * the registry's descriptions), and quotes, claims and events with their article and site-wide
 * actor ids. Pure functions of the analyses; the views and the search indexer both use them.
 */
import { slugify } from '../analysis/text/slug.ts';
import { byId } from './ids.ts';
import type { ActorEntry, ClaimEntry, EventEntry, QuoteEntry, RegistryActor, StoredAnalysis } from './schema.ts';

/** An article with its analysis as its record keeps it. */
export interface AnalysedArticle {
	id: string;
	title: string;
	date: string;
	analysis: StoredAnalysis;
}

/**
 * Actors merged across articles by canonical name (their id is the slug of that name), with the
 * registry's description and links for the actors it describes.
 */
export function mergeActors(articles: AnalysedArticle[], registry: readonly RegistryActor[] = []): Array<{ id: string; data: ActorEntry }> {
	const merged = new Map<string, ActorEntry>();
	for (const article of articles) {
		for (const actor of article.analysis.actors) {
			const id = globalActorId(actor.name);
			const entry = merged.get(id) ?? { name: actor.name, kind: actor.kind, aliases: [], roles: [], articles: [], mentionCount: 0 };
			for (const alias of actor.aliases) if (!entry.aliases.includes(alias) && alias !== entry.name) entry.aliases.push(alias);
			for (const role of actor.roles) if (!entry.roles.includes(role)) entry.roles.push(role);
			entry.articles.push({ id: article.id, title: article.title, date: article.date, actorId: actor.id, mentions: actor.mentionCount });
			entry.mentionCount += actor.mentionCount;
			merged.set(id, entry);
		}
	}
	for (const entry of registry) {
		const actor = merged.get(globalActorId(entry.name));
		if (!actor) continue;
		for (const alias of entry.aliases) if (!actor.aliases.includes(alias)) actor.aliases.push(alias);
		if (entry.description) actor.description = entry.description;
		if (entry.wikidata) actor.wikidata = entry.wikidata;
		if (entry.link) actor.link = entry.link;
	}
	return [...merged].map(([id, data]) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id));
}

/** A site-wide entry: its id and its data, like a collection entry. */
export interface Entry<T> {
	id: string;
	data: T;
}

/** The site-wide lists of a corpus, as every view and the search index see them. */
export interface SiteWideEntries {
	/** Actors merged by canonical name; id = slug of that name. */
	actors: Array<Entry<ActorEntry>>;
	/** Every quote; id = `<article id>--<quote id>`. */
	quotes: Array<Entry<QuoteEntry>>;
	/** Every claim; id = `<article id>--<claim id>`. */
	claims: Array<Entry<ClaimEntry>>;
	/** Every event; id = `<article id>--<event id>`. */
	events: Array<Entry<EventEntry>>;
}

/**
 * Actors, quotes, claims and events of every article, the articles taken in the order of their ids
 * (so the same corpus gives the same lists, whatever order the articles were loaded in).
 */
export function siteWideEntries(articles: readonly AnalysedArticle[], registry: readonly RegistryActor[] = []): SiteWideEntries {
	const ordered = [...articles].sort(byId);
	return { actors: mergeActors(ordered, registry), quotes: allQuotes(ordered), claims: allClaims(ordered), events: allEvents(ordered) };
}

/** The id of an actor across the whole site. */
export function globalActorId(name: string): string {
	return slugify(name) || 'actor';
}

/** A map from an article's actor ids to site-wide actor ids. */
function actorIds(analysis: StoredAnalysis): Map<string, string> {
	return new Map(analysis.actors.map((actor) => [actor.id, globalActorId(actor.name)]));
}

/**
 * Every entry of one kind from every article, with its article and with actor ids made site-wide by
 * `remap`; the id is `<article id>--<entry id>`.
 */
function fromEveryArticle<T extends { id: string }, E>(
	articles: AnalysedArticle[],
	entries: (analysis: StoredAnalysis) => T[],
	remap: (entry: T, siteId: (id: string | null) => string | null) => E,
): Array<{ id: string; data: E & { article: { id: string; title: string; date: string } } }> {
	return articles.flatMap((article) => {
		const ids = actorIds(article.analysis);
		const siteId = (id: string | null) => (id === null ? null : (ids.get(id) ?? id));
		const ref = { id: article.id, title: article.title, date: article.date };
		return entries(article.analysis).map((entry) => ({ id: `${article.id}--${entry.id}`, data: { ...remap(entry, siteId), article: ref } }));
	});
}

/** Every quote of every article, with its article and the site-wide id of its speaker. */
export function allQuotes(articles: AnalysedArticle[]): Array<{ id: string; data: QuoteEntry }> {
	return fromEveryArticle(articles, (analysis) => analysis.quotes, (quote, siteId) => ({ ...quote, speaker: siteId(quote.speaker) }));
}

/** Every claim of every article, with its article and the site-wide id of its speaker. */
export function allClaims(articles: AnalysedArticle[]): Array<{ id: string; data: ClaimEntry }> {
	return fromEveryArticle(articles, (analysis) => analysis.claims, (claim, siteId) => ({ ...claim, attributedTo: siteId(claim.attributedTo) }));
}

/** Every event of every article, with its article and site-wide actor ids. */
export function allEvents(articles: AnalysedArticle[]): Array<{ id: string; data: EventEntry }> {
	return fromEveryArticle(articles, (analysis) => analysis.events, (event, siteId) => ({ ...event, actors: event.actors.map((id) => siteId(id) ?? id) }));
}
