/**
 * Dateline's data contract: the `articles` collection, every Markdown file under
 * `content/articles/` (or `DATELINE_CONTENT_DIR`), validated, analysed and rendered. Each entry keeps
 * what lists show; the annotated HTML and the analysis are in the article's record, and the
 * site-wide actors, quotes, claims and events are derived from the records by
 * `src/content-layer/query.ts`, the views' door.
 */
import { defineCollection } from 'astro:content';
import { articlesDir } from './content-layer/article-folder.ts';
import { articlesLoader } from './content-layer/loader.ts';
import { articleEntrySchema } from './content-layer/schema.ts';

export const collections = {
	articles: defineCollection({ loader: articlesLoader({ base: articlesDir() }), schema: articleEntrySchema }),
};
