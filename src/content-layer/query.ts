/**
 * The views' door into the content layer: the articles, each article's record (annotated HTML and
 * analysis), and the site-wide lists derived from every article — actors merged by canonical name,
 * quotes, claims and events with their article — built once per build from the records.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteWideEntries, type SiteWideEntries } from './corpus.ts';
import { byId } from './ids.ts';
import { articleVersion, readRecord, readRecordAnalysis } from './records.ts';
import { readActorRegistry } from './registry.ts';
import type { ArticleRecord } from './schema.ts';

export { articleVersion };

/** An entry of the `articles` collection. */
export type Article = CollectionEntry<'articles'>;

/** Every article and what is derived from all of them. */
export interface Corpus extends SiteWideEntries {
	articles: Article[];
}

const RECORDS_DIR: string = import.meta.env.DATELINE_RECORDS_DIR;
const REGISTRY_FILE: string = import.meta.env.DATELINE_ACTORS_FILE;

/**
 * Every article of the `articles` collection, in the order of their ids: the content store's own
 * order depends on which articles an incremental sync re-stored, and a page must not.
 */
export async function getArticles(): Promise<Article[]> {
	return (await getCollection('articles')).sort(byId);
}

/** An article's record: its annotated HTML, headings and analysis. */
export function getRecord(article: Article): ArticleRecord {
	return readRecord(RECORDS_DIR, article.data.record);
}

const versionMaps = new WeakMap<readonly Article[], ReadonlyMap<string, string>>();

/**
 * Each article's `articleVersion` by its id, made once for the same list (the corpus's: the actor
 * and speaker pages key their pages by it, see `articlesKey`).
 */
export function articleVersions(articles: readonly Article[]): ReadonlyMap<string, string> {
	let versions = versionMaps.get(articles);
	if (!versions) {
		versions = new Map(articles.map((article) => [article.id, articleVersion(article)]));
		versionMaps.set(articles, versions);
	}
	return versions;
}

/** What identifies a set of article versions: each article's `articleVersion`. */
function versionsOf(articles: readonly Article[]): string {
	return articles.map(articleVersion).join('\n');
}

/**
 * A digest of the corpus, without reading it: the same articles in the same versions give the
 * same key. The cache key of the pages made from the whole corpus (`/data/*.json`).
 */
export async function corpusKey(): Promise<string> {
	return createHash('sha256').update(versionsOf(await getArticles())).digest('base64url');
}

let built: { key: string; corpus: Promise<Corpus> } | undefined;

/** The corpus, built once for the same set of article versions (so once per build, and again in dev after an edit). */
export async function getCorpus(): Promise<Corpus> {
	const articles = await getArticles();
	const key = versionsOf(articles);
	if (built?.key !== key) built = { key, corpus: Promise.resolve(buildCorpus(articles)) };
	return built.corpus;
}

function buildCorpus(articles: Article[]): Corpus {
	const analysed = articles.map((article) => ({ id: article.id, title: article.data.title, date: article.data.date, analysis: readRecordAnalysis(RECORDS_DIR, article.data.record) }));
	// the loader has validated the registry: a build with problems in it stops before any page
	const { registry } = readActorRegistry(REGISTRY_FILE, REGISTRY_FILE);
	return { articles, ...siteWideEntries(analysed, registry) };
}
