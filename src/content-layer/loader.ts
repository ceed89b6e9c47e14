/**
 * The `articles` loader: reads `content/articles/**\/*.md`, validates each file, renders its body
 * with Dateline's own Markdown pipeline and stores it. Unchanged files (same digest) are not
 * processed again. Any problem in any file fails the load with every problem listed.
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ENGINE_VERSION } from '../analysis/index.ts';
import { collectArticles, type IdentifiedArticle } from './collect.ts';
import { allClaims, allEvents, allQuotes, analysisOf, globalActorId, mergeActors, timelineAnchor, useAnalysisCache, type AnalysedArticle, type AnalysisTally } from './corpus.ts';
import { parseMarkdown, RENDER_VERSION, renderArticleBody } from './markdown.ts';
import { ContentError, formatProblem } from './problems.ts';
import { actorEntrySchema, articleEntrySchema, claimEntrySchema, eventEntrySchema, quoteEntrySchema, type ArticleEntry } from './schema.ts';

/** Options of {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
	/** Folder of the article files, relative to the project root. Default: `content/articles`. */
	base?: string;
}

/** Creates the loader of the `articles` collection. */
export function articlesLoader({ base = 'content/articles' }: ArticlesLoaderOptions = {}): Loader {
	return {
		name: 'dateline-articles',
		schema: articleEntrySchema,
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, base);
			useAnalysisCache(join(fileURLToPath(context.config.cacheDir), 'dateline-analysis'));
			await syncArticles(context, dir, root);
			context.watcher?.add(dir);
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(dir) || !path.toLowerCase().endsWith('.md')) return;
				syncArticles(context, dir, root).catch((error: unknown) => context.logger.error(String((error as Error).message ?? error)));
			});
		},
	};
}

async function syncArticles(context: LoaderContext, dir: string, root: string): Promise<void> {
	const { store, logger } = context;
	const { articles, problems, warnings } = await collectArticles(dir, root);
	for (const warning of warnings) logger.warn(formatProblem(warning));
	if (problems.length > 0) throw new ContentError(problems);
	let rendered = 0;
	const tally: AnalysisTally = { analysed: 0, cached: 0 };
	const ids = new Set<string>();
	const progress = progressReporter(articles.length, (line) => logger.info(line));
	for (const article of articles) {
		ids.add(article.id);
		progress();
		const digest = context.generateDigest(`${RENDER_VERSION}.${ENGINE_VERSION}\n${article.text}`);
		if (store.get(article.id)?.digest === digest) continue;
		await storeArticle(context, article, digest, tally);
		rendered += 1;
	}
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	logger.info(`${articles.length} articles: ${rendered} rendered, ${articles.length - rendered} unchanged; ${tally.analysed} analysed, ${tally.cached} from the analysis cache of earlier builds`);
}

/** For long runs, a line every tenth of the way: how many articles are done and the time left. */
export function progressReporter(total: number, log: (line: string) => void, now: () => number = () => performance.now()): () => void {
	const started = now();
	const step = Math.max(1, Math.ceil(total / 10));
	let done = 0;
	return () => {
		done += 1;
		if (total < 200 || done % step !== 0 || done === total) return;
		const elapsed = (now() - started) / 1000;
		if (elapsed < 2) return;
		const left = (elapsed / done) * (total - done);
		log(`analysed and rendered ${done}/${total} articles (${Math.round((done / total) * 100)}%), about ${Math.ceil(left)} s left`);
	};
}

async function storeArticle(context: LoaderContext, article: IdentifiedArticle, digest: string, tally: AnalysisTally): Promise<void> {
	const tree = parseMarkdown(article.body);
	const analysis = analysisOf(article, tree, tally);
	const base = context.config.base.endsWith('/') ? context.config.base : `${context.config.base}/`;
	const eventDates = new Set(analysis.events.map((event) => event.date));
	const { html, headings, blocks, wordCount } = await renderArticleBody(article.body, {
		tree,
		annotate: {
			body: article.body,
			analysis,
			actorHref: (name) => `${base}actors/${globalActorId(name)}/`,
			timelineHref: (value) => (eventDates.has(value) ? `${base}timeline/#${timelineAnchor(value)}` : undefined),
		},
	});
	const firstParagraph = blocks.find((block) => block.type === 'paragraph')?.text ?? '';
	const entry: ArticleEntry = {
		...article.frontmatter,
		excerpt: article.frontmatter.summary ?? firstParagraph,
		wordCount,
		blocks: blocks.map(({ text: _text, ...block }) => block),
		sourcePath: article.file,
		analysis: { ...analysis, actors: analysis.actors.map(({ mentions, ...actor }) => ({ ...actor, mentionCount: mentions.length })) },
	};
	// Astro keeps file paths relative to the project; articles from a folder outside it have none
	const filePath = isAbsolute(article.file) ? undefined : article.file;
	const data = await context.parseData({ id: article.id, data: entry, ...(filePath ? { filePath } : {}) });
	context.store.set({
		id: article.id,
		data,
		...(filePath ? { filePath } : {}),
		digest,
		rendered: { html, metadata: { headings, frontmatter: article.frontmatter } },
	});
}

/** What a derived collection holds. */
export type DerivedCollection = 'actors' | 'quotes' | 'claims' | 'events';

const DERIVED = {
	actors: { schema: actorEntrySchema, entries: mergeActors },
	quotes: { schema: quoteEntrySchema, entries: allQuotes },
	claims: { schema: claimEntrySchema, entries: allClaims },
	events: { schema: eventEntrySchema, entries: allEvents },
} as const;

/**
 * Creates the loader of a collection derived from every article's analysis: `actors` (merged by
 * canonical name), `quotes`, `claims` or `events`. Articles with problems are left to the
 * `articles` loader, which fails the build for them.
 */
export function analysisLoader(collection: DerivedCollection, { base = 'content/articles' }: ArticlesLoaderOptions = {}): Loader {
	const { schema, entries } = DERIVED[collection];
	const sync = async (context: LoaderContext, dir: string, root: string) => {
		const { articles } = await collectArticles(dir, root);
		// unchanged articles (same texts, same engine and pipeline) leave the collection as it is
		const digest = context.generateDigest(`${RENDER_VERSION}.${ENGINE_VERSION}\n${articles.map((article) => `${article.id}\n${article.text}`).join('\n\u0000')}`);
		if (context.meta.get('corpus-digest') === digest && context.store.keys().length > 0) return;
		const analysed: AnalysedArticle[] = articles.map((article) => ({ id: article.id, title: article.frontmatter.title, date: article.frontmatter.date, analysis: analysisOf(article) }));
		context.store.clear();
		for (const { id, data } of entries(analysed)) {
			context.store.set({ id, data: await context.parseData({ id, data: data as unknown as Record<string, unknown> }) });
		}
		context.meta.set('corpus-digest', digest);
	};
	return {
		name: `dateline-${collection}`,
		schema,
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, base);
			await sync(context, dir, root);
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(dir) || !path.toLowerCase().endsWith('.md')) return;
				sync(context, dir, root).catch((error: unknown) => context.logger.error(String((error as Error).message ?? error)));
			});
		},
	};
}
