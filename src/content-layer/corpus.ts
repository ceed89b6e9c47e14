/**
 * The analysed corpus: each article's analysis, and the site-wide lists derived from every article
 * (actors merged by canonical name; quotes, claims and events with their article). Each article is
 * analysed once per process; with a cache folder, analyses also survive between builds, so an edit
 * re-analyses only the edited article.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../analysis/text/slug.ts';
import { analyzeArticle, ENGINE_VERSION, type ArticleAnalysis } from '../analysis/index.ts';
import type { IdentifiedArticle } from './collect.ts';
import type { Root } from 'mdast';
import { parseMarkdown } from './markdown.ts';
import type { ActorEntry, ClaimEntry, EventEntry, QuoteEntry, RegistryActor, StoredAnalysis } from './schema.ts';

/** An article with its analysis as its record keeps it. */
export interface AnalysedArticle {
	id: string;
	title: string;
	date: string;
	analysis: StoredAnalysis;
}

/** The analysis as an article's record keeps it: each actor with a count of its mentions instead of every mention. */
export function storedAnalysis(analysis: ArticleAnalysis): StoredAnalysis {
	return { ...analysis, actors: analysis.actors.map(({ mentions, ...actor }) => ({ ...actor, mentionCount: mentions.length })) };
}

let cacheDir: string | undefined;

/** Keeps analyses in `dir` between builds (one JSON file per article text, date and engine version). */
export function useAnalysisCache(dir: string): void {
	mkdirSync(dir, { recursive: true });
	cacheDir = dir;
}

/** Counts of analyses made in this process and analyses read from the cache of earlier builds. */
export interface AnalysisTally {
	analysed: number;
	cached: number;
}

/**
 * The analysis of an article: read from the cache of earlier builds when the same text, date and
 * engine version were analysed before, otherwise made (and cached). `tally`, when given, counts which.
 */
export function analysisOf(article: Pick<IdentifiedArticle, 'text' | 'body'> & { frontmatter: { date: string } }, tree?: Root, tally?: AnalysisTally): ArticleAnalysis {
	const key = createHash('sha256').update(`${ENGINE_VERSION}\n${article.frontmatter.date}\n${article.text}`).digest('hex');
	const file = cacheDir ? join(cacheDir, `${key}.json`) : undefined;
	let analysis: ArticleAnalysis | undefined;
	try {
		if (file) analysis = JSON.parse(readFileSync(file, 'utf8')) as ArticleAnalysis;
	} catch {
		analysis = undefined;
	}
	if (analysis) {
		if (tally) tally.cached += 1;
		return analysis;
	}
	analysis = analyzeArticle(article.body, { date: article.frontmatter.date, tree: tree ?? parseMarkdown(article.body) });
	if (file) writeFileSync(file, JSON.stringify(analysis));
	if (tally) tally.analysed += 1;
	return analysis;
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

/** The site-wide lists of a corpus, as every view and the search index see them. */
export interface SiteWideEntries {
	/** Actors merged by canonical name; id = slug of that name. */
	actors: Array<{ id: string; data: ActorEntry }>;
	/** Every quote; id = `<article id>--<quote id>`. */
	quotes: Array<{ id: string; data: QuoteEntry }>;
	/** Every claim; id = `<article id>--<claim id>`. */
	claims: Array<{ id: string; data: ClaimEntry }>;
	/** Every event; id = `<article id>--<event id>`. */
	events: Array<{ id: string; data: EventEntry }>;
}

/**
 * Actors, quotes, claims and events of every article, the articles taken in the order of their ids
 * (so the same corpus gives the same lists, whatever order the articles were loaded in).
 */
export function siteWideEntries(articles: readonly AnalysedArticle[], registry: readonly RegistryActor[] = []): SiteWideEntries {
	const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { actors: mergeActors(ordered, registry), quotes: allQuotes(ordered), claims: allClaims(ordered), events: allEvents(ordered) };
}

/** The id of an actor across the whole site. */
export function globalActorId(name: string): string {
	return slugify(name) || 'actor';
}

/** The anchor of a date on the timeline page: `t-2025-05-15`. */
export function timelineAnchor(value: string): string {
	return `t-${value.replace(/[^0-9A-Za-z-]/g, '-')}`;
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
