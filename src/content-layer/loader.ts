/**
 * The `articles` loader: reads `content/articles/**\/*.md`, validates each file, renders its body
 * with Dateline's own Markdown pipeline and stores it. Unchanged files (same digest) are not
 * processed again. Any problem in any file fails the load with every problem listed.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collectArticles, type IdentifiedArticle } from './collect.ts';
import { RENDER_VERSION, renderArticleBody } from './markdown.ts';
import { ContentError } from './problems.ts';
import { articleEntrySchema, type ArticleEntry } from './schema.ts';

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
	const { articles, problems } = await collectArticles(dir, root);
	if (problems.length > 0) throw new ContentError(problems);
	let rendered = 0;
	const ids = new Set<string>();
	for (const article of articles) {
		ids.add(article.id);
		const digest = context.generateDigest(`${RENDER_VERSION}\n${article.text}`);
		if (store.get(article.id)?.digest === digest) continue;
		await storeArticle(context, article, digest);
		rendered += 1;
	}
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	logger.info(`${articles.length} articles: ${rendered} rendered, ${articles.length - rendered} unchanged`);
}

async function storeArticle(context: LoaderContext, article: IdentifiedArticle, digest: string): Promise<void> {
	const { html, headings, blocks, wordCount } = await renderArticleBody(article.body);
	const firstParagraph = blocks.find((block) => block.type === 'paragraph')?.text ?? '';
	const entry: ArticleEntry = {
		...article.frontmatter,
		excerpt: article.frontmatter.summary ?? firstParagraph,
		wordCount,
		blocks,
		sourcePath: article.file,
	};
	const data = await context.parseData({ id: article.id, data: entry, filePath: article.file });
	context.store.set({
		id: article.id,
		data,
		body: article.body,
		filePath: article.file,
		digest,
		rendered: { html, metadata: { headings, frontmatter: article.frontmatter } },
	});
}
