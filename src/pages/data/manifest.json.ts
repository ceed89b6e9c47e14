/** `/data/manifest.json`: every article with the anchors its page must hold; read by the build's invariant check. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
	const [articles, actors] = await Promise.all([getCollection('articles'), getCollection('actors')]);
	const total = (pick: (analysis: (typeof articles)[number]['data']['analysis']) => unknown[]) => articles.reduce((sum, article) => sum + pick(article.data.analysis).length, 0);
	const manifest = {
		totals: {
			articles: articles.length,
			actors: actors.length,
			quotes: total((a) => a.quotes),
			dates: total((a) => a.dates),
			claims: total((a) => a.claims),
			events: total((a) => a.events),
		},
		articles: articles.map((article) => ({
			id: article.id,
			sourcePath: article.data.sourcePath,
			anchors: [...article.data.analysis.quotes, ...article.data.analysis.claims, ...article.data.analysis.events].map((entry) => entry.id),
		})),
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
