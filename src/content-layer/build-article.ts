/**
 * The work done for each new or changed article, outside Astro: analyse it (or read the analysis
 * cache), apply the actor registry and the article's corrections, render its annotated HTML, write
 * its record, and return the entry the `articles` collection stores. A plain function of the article and a few paths, so the loader can run it on
 * worker threads (`article-pool.ts`).
 */
import { analysisOf, storedAnalysis, useAnalysisCache, type AnalysisTally } from './analysis-cache.ts';
import { globalActorId } from './corpus.ts';
import { applyCorrections, applyRegistry } from './corrections.ts';
import type { IdentifiedArticle } from './collect.ts';
import { parseMarkdown, renderArticleBody } from './markdown.ts';
import { sitePaths } from '../lib/site-paths.ts';
import { writeRecord } from './records.ts';
import type { ArticleEntry, RegistryActor } from './schema.ts';

/** Where an article's work reads and writes, and the site's base path. */
export interface BuildArticleOptions {
	/** Folder of the analysis cache. */
	analysisCache: string;
	/** Folder of the article records. */
	records: string;
	/** Key of the record to write. */
	key: string;
	/** The site's base path (`/`, `/news/`): the annotated HTML links under it. */
	base: string;
	/** The actor registry. */
	registry: RegistryActor[];
}

/** What building an article gives the loader. */
export interface BuiltArticle {
	entry: ArticleEntry;
	/** Whether the analysis was made now or read from an earlier build's cache. */
	analysis: keyof AnalysisTally;
}

/** Analyses and renders one article, writes its record and returns its entry. */
export async function buildArticle(article: IdentifiedArticle, { analysisCache, records, key, base, registry }: BuildArticleOptions): Promise<BuiltArticle> {
	useAnalysisCache(analysisCache);
	const tree = parseMarkdown(article.body);
	const tally: AnalysisTally = { analysed: 0, cached: 0 };
	// the editors' registry and corrections apply to every analysis, fresh or cached
	const corrected = applyCorrections(applyRegistry(analysisOf(article, tree, tally), registry), article.frontmatter.corrections, article.correctionLines);
	const analysis = corrected.analysis;
	const paths = sitePaths(base);
	const eventDates = new Set(analysis.events.map((event) => event.date));
	const { html, headings, blocks, wordCount } = await renderArticleBody(article.body, {
		tree,
		annotate: {
			body: article.body,
			analysis,
			actorHref: (name) => paths.actorUrl(globalActorId(name)),
			timelineHref: (value) => (eventDates.has(value) ? paths.timelineDateUrl(value) : undefined),
		},
	});
	const recordHash = writeRecord(records, key, { html, headings, blocks: blocks.map(({ text: _text, ...block }) => block), analysis: storedAnalysis(analysis) });
	const firstParagraph = blocks.find((block) => block.type === 'paragraph')?.text ?? '';
	const entry: ArticleEntry = {
		...article.frontmatter,
		excerpt: article.frontmatter.summary ?? firstParagraph,
		wordCount,
		sourcePath: article.file,
		counts: { actors: analysis.actors.length, quotes: analysis.quotes.length, dates: analysis.dates.length, claims: analysis.claims.length, events: analysis.events.length },
		record: key,
		recordHash,
		correctionReport: corrected.outcomes,
	};
	return { entry, analysis: tally.analysed > 0 ? 'analysed' : 'cached' };
}
