/**
 * `/data/manifest.json`: the site's totals (with the search records the index must hold) and every
 * article with the anchors its page must hold; read by the build's invariant check.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../content-layer/query.ts';
import { searchRecordCount } from '../../lib/search-records.ts';
import { groupBy } from '../../lib/views.ts';

export const GET: APIRoute = async () => {
	const { articles, actors, quotes, claims, events } = await getCorpus();
	// each article's quotes, then its claims, then its events, as the corpus lists them
	const anchorsOf = groupBy([...quotes, ...claims, ...events], (entry) => [entry.data.article.id]);
	const total = (key: 'quotes' | 'dates' | 'claims' | 'events') => articles.reduce((sum, article) => sum + article.data.counts[key], 0);
	const manifest = {
		totals: { articles: articles.length, actors: actors.length, quotes: total('quotes'), dates: total('dates'), claims: total('claims'), events: total('events'), searchRecords: searchRecordCount({ articles, actors, quotes, events }) },
		articles: articles.map((article) => ({ id: article.id, sourcePath: article.data.sourcePath, anchors: (anchorsOf.get(article.id) ?? []).map((entry) => entry.data.id) })),
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
