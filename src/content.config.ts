/**
 * Dateline's data contract: the collections the pages read.
 * `articles`: every Markdown file under `content/articles/` (or `DATELINE_CONTENT_DIR`), validated and rendered.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './content-layer/loader.ts';
import { articleEntrySchema } from './content-layer/schema.ts';

const articles = defineCollection({
	loader: articlesLoader({ base: process.env.DATELINE_CONTENT_DIR ?? 'content/articles' }),
	schema: articleEntrySchema,
});

export const collections = { articles };
