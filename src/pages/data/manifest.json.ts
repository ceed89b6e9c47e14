/** `/data/manifest.json`: every article with the anchors its page must hold; read by the build's invariant check. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
	const articles = await getCollection('articles');
	const manifest = {
		articles: articles.map((article) => ({
			id: article.id,
			sourcePath: article.data.sourcePath,
			anchors: [...article.data.analysis.quotes, ...article.data.analysis.claims, ...article.data.analysis.events].map((entry) => entry.id),
		})),
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
