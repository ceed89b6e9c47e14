/**
 * Dateline's data contract: the collections the pages read.
 * - `articles`: every Markdown file under `content/articles/` (or `DATELINE_CONTENT_DIR`), validated,
 *   rendered and analysed.
 * - `actors`: people, organisations, places and groups, merged across articles by canonical name.
 * - `quotes`, `claims`, `events`: every article's entries, each with its article.
 */
import { defineCollection } from 'astro:content';
import { analysisLoader, articlesLoader } from './content-layer/loader.ts';
import { actorEntrySchema, articleEntrySchema, claimEntrySchema, eventEntrySchema, quoteEntrySchema } from './content-layer/schema.ts';

const base = process.env.DATELINE_CONTENT_DIR ?? 'content/articles';

export const collections = {
	articles: defineCollection({ loader: articlesLoader({ base }), schema: articleEntrySchema }),
	actors: defineCollection({ loader: analysisLoader('actors', { base }), schema: actorEntrySchema }),
	quotes: defineCollection({ loader: analysisLoader('quotes', { base }), schema: quoteEntrySchema }),
	claims: defineCollection({ loader: analysisLoader('claims', { base }), schema: claimEntrySchema }),
	events: defineCollection({ loader: analysisLoader('events', { base }), schema: eventEntrySchema }),
};
