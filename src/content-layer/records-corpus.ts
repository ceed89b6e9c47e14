/**
 * The content layer's door for code that runs outside Astro (no `astro:content`): the corpus read
 * from the records folder the `articles` loader keeps, through the list of current articles it
 * writes beside the records. The search indexer reads it on a worker thread while pages render.
 */
import { createHash } from 'node:crypto';
import { siteWideEntries, type AnalysedArticle, type SiteWideEntries } from './corpus.ts';
import { articleVersion, readArticleIndex, readRecordAnalysis, type IndexedArticle } from './records.ts';
import { readActorRegistry } from './registry.ts';

export { readArticleIndex, type IndexedArticle };

/** The corpus as the records hold it: the articles in id order and the site-wide lists. */
export interface RecordsCorpus extends SiteWideEntries {
	articles: IndexedArticle[];
}

/** Options of {@link readRecordsCorpus}. */
export interface ReadRecordsOptions {
	/** The list of current articles, when the caller has read it already (`readArticleIndex`). */
	articles?: IndexedArticle[];
	/** Whether to list the claims; without them, a corpus of thousands of articles takes far less memory. Default: true. */
	claims?: boolean;
}

/**
 * Reads every current article's analysis (not its annotated HTML), in id order, and builds the
 * site-wide lists as the views do. Of each analysis only what the lists need is kept.
 */
export function readRecordsCorpus(paths: { recordsDir: string; registryFile: string }, { articles = readArticleIndex(paths.recordsDir), claims = true }: ReadRecordsOptions = {}): RecordsCorpus {
	const { registry } = readActorRegistry(paths.registryFile, paths.registryFile);
	const analysed: AnalysedArticle[] = articles.map((article) => {
		// the site-wide lists need no dates
		const analysis = { ...readRecordAnalysis(paths.recordsDir, article.data.record), dates: [], ...(claims ? {} : { claims: [] }) };
		return { id: article.id, title: article.data.title, date: article.data.date, analysis };
	});
	return { articles, ...siteWideEntries(analysed, registry) };
}

/**
 * A digest of the corpus the records folder holds, from its list of articles (`readArticleIndex`)
 * alone: every article's `articleVersion` (its record's key covers the article's text, the registry
 * and the base path; the record's hash, what the record holds). The same digest means the same corpus.
 */
export function recordsCorpusDigest(articles: readonly IndexedArticle[]): string {
	const hash = createHash('sha256');
	for (const article of articles) hash.update(articleVersion(article)).update('\u0000');
	return hash.digest('hex').slice(0, 32);
}
