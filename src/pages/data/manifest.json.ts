/** `/data/manifest.json`: every article with the anchors its page must hold; read by the build's invariant check. */
import type { APIRoute } from 'astro';
import { getCorpus, getRecord } from '../../content-layer/query.ts';

export const GET: APIRoute = async () => {
	const { articles, actors } = await getCorpus();
	const total = (key: 'quotes' | 'dates' | 'claims' | 'events') => articles.reduce((sum, article) => sum + article.data.counts[key], 0);
	const manifest = {
		totals: { articles: articles.length, actors: actors.length, quotes: total('quotes'), dates: total('dates'), claims: total('claims'), events: total('events') },
		articles: articles.map((article) => {
			const { analysis } = getRecord(article);
			return { id: article.id, sourcePath: article.data.sourcePath, anchors: [...analysis.quotes, ...analysis.claims, ...analysis.events].map((entry) => entry.id) };
		}),
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
