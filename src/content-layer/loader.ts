/**
 * The `articles` loader: reads `content/articles/**\/*.md`, validates each file, analyses and renders
 * its body with Dateline's own Markdown pipeline, writes the article's record (annotated HTML and
 * analysis, see `records.ts`) and stores a light entry. Unchanged files (same digest) are not
 * processed again. Any problem in any file fails the load with every problem listed.
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ENGINE_VERSION } from '../analysis/version.ts';
import { DEFAULT_ARTICLES_DIR, displayPath } from './article-folder.ts';
import { collectArticles, type IdentifiedArticle } from './collect.ts';
import { buildArticles, releasePrestarted } from './article-pool.ts';
import type { BuildArticleOptions } from './build-article.ts';
import type { AnalysisTally } from './analysis-cache.ts';
import { RENDER_VERSION } from './render-version.ts';
import { ContentError, formatProblem } from './problems.ts';
import { hasRecord, pruneRecords, recordKey, recordsDir, writeArticleIndex } from './records.ts';
import { readActorRegistry, registryPath } from './registry.ts';
import { writeSourceFingerprints } from './source-fingerprints.ts';
import { articleEntrySchema, type ArticleEntry } from './schema.ts';

/** Options of {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
	/** Folder of the article files, relative to the project root. Default: `content/articles`. */
	base?: string;
	/** Worker threads for analysis and rendering; default: every core when many articles changed (see `article-pool.ts`). */
	threads?: number;
}

/** Creates the loader of the `articles` collection. */
export function articlesLoader({ base = DEFAULT_ARTICLES_DIR, threads }: ArticlesLoaderOptions = {}): Loader {
	return {
		name: 'dateline-articles',
		schema: articleEntrySchema,
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, base);
			try {
				await syncArticles(context, dir, root, threads);
			} catch (error) {
				// workers started ahead for this sync would otherwise wait, engine loaded, for the next one
				releasePrestarted();
				throw error;
			}
			const registry = registryPath(root);
			context.watcher?.add([dir, registry]);
			context.watcher?.on('all', (_event, path) => {
				if (path !== registry && (!path.startsWith(dir) || !path.toLowerCase().endsWith('.md'))) return;
				syncArticles(context, dir, root, threads).catch((error: unknown) => context.logger.error(String((error as Error).message ?? error)));
			});
		},
	};
}

async function syncArticles(context: LoaderContext, dir: string, root: string, threads?: number): Promise<void> {
	const { store, logger, config } = context;
	const { articles, problems, warnings } = await collectArticles(dir, root);
	const registryFile = registryPath(root);
	const registry = readActorRegistry(registryFile, displayPath(registryFile, root));
	for (const warning of warnings) logger.warn(formatProblem(warning));
	if (problems.length > 0 || registry.problems.length > 0) throw new ContentError([...registry.problems, ...problems]);
	const records = recordsDir(config.cacheDir);
	const analysisCache = join(fileURLToPath(config.cacheDir), 'dateline-analysis');
	const keep = new Set<string>();
	const jobs: Array<{ article: IdentifiedArticle; digest: string; options: BuildArticleOptions }> = [];
	for (const article of articles) {
		// the links the annotated HTML holds depend on the base path; actors, on the registry; the
		// entry names its file (the build's checks report by it), so a moved folder is stored again
		const digest = context.generateDigest(`${RENDER_VERSION}.${ENGINE_VERSION}.${config.base}\n${article.file}\n${registry.text}\n${article.text}`);
		const key = recordKey(digest);
		keep.add(key);
		if (store.get(article.id)?.digest === digest && hasRecord(records, key)) continue;
		jobs.push({ article, digest, options: { analysisCache, records, key, base: config.base, registry: registry.registry } });
	}
	const tally: AnalysisTally = { analysed: 0, cached: 0 };
	const built = await buildArticles(jobs, { ...(threads !== undefined ? { threads } : {}), onBuilt: progressReporter(jobs.length, (line) => logger.info(line)) });
	for (const [index, { article, digest }] of jobs.entries()) {
		const result = built[index];
		if (!result) continue;
		tally[result.analysis] += 1;
		// Astro keeps file paths relative to the project; articles from a folder outside it have none
		const filePath = isAbsolute(article.file) ? undefined : article.file;
		const data = await context.parseData({ id: article.id, data: result.entry, ...(filePath ? { filePath } : {}) });
		store.set({ id: article.id, data, ...(filePath ? { filePath } : {}), digest });
	}
	const ids = new Set(articles.map((article) => article.id));
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	// a correction that no longer matches anything is said at every build, changed article or not
	for (const article of articles) {
		const report = (store.get(article.id)?.data.correctionReport ?? []) as ArticleEntry['correctionReport'];
		for (const outcome of report) {
			if (outcome.matched === 0) logger.warn(formatProblem({ file: article.file, ...(outcome.line !== undefined ? { line: outcome.line } : {}), field: `corrections.${outcome.index}`, severity: 'warning', message: `${outcome.description} matches nothing in the article` }));
		}
	}
	pruneRecords(records, keep);
	writeArticleIndex(records, articles.map((article) => ({ id: article.id, data: store.get(article.id)?.data as ArticleEntry })));
	// what this sync read, for the next build to tell early whether any article changed
	writeSourceFingerprints(records, [...articles.map((article) => resolve(root, article.file)), registryFile]);
	logger.info(`${articles.length} articles: ${jobs.length} rendered, ${articles.length - jobs.length} unchanged; ${tally.analysed} analysed, ${tally.cached} from the analysis cache of earlier builds`);
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
