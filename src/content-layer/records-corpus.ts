/**
 * The content layer's door for code that runs outside Astro (no `astro:content`): the corpus read
 * from the records folder the `articles` loader keeps, through the list of current articles it
 * writes beside the records. The search indexer reads it on a worker thread while pages render.
 */
import { siteWideEntries, type AnalysedArticle, type SiteWideEntries } from './corpus.ts';
import { readArticleIndex, readRecord, type IndexedArticle } from './records.ts';
import { readActorRegistry } from './registry.ts';
import type { ArticleRecord } from './schema.ts';

/** The corpus as the records hold it: the articles in id order and the site-wide lists. */
export interface RecordsCorpus extends SiteWideEntries {
	articles: IndexedArticle[];
}

/**
 * Reads every current article's record once, in id order, handing each to `visit` (for its
 * annotated HTML, which is not kept), and builds the site-wide lists as the views do.
 */
export function readRecordsCorpus(paths: { recordsDir: string; registryFile: string }, visit: (article: IndexedArticle, record: ArticleRecord) => void = () => {}): RecordsCorpus {
	const { registry } = readActorRegistry(paths.registryFile, paths.registryFile);
	const articles = readArticleIndex(paths.recordsDir).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const analysed: AnalysedArticle[] = articles.map((article) => {
		const record = readRecord(paths.recordsDir, article.data.record);
		visit(article, record);
		return { id: article.id, title: article.data.title, date: article.data.date, analysis: record.analysis };
	});
	return { articles, ...siteWideEntries(analysed, registry) };
}
