/** `/rss.xml`: the articles as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../content-layer/query.ts';
import { SITE_DESCRIPTION, SITE_LANG, SITE_TITLE } from '../lib/site.ts';
import { absoluteUrl, articleUrl, siteUrl } from '../lib/urls.ts';
import { newestArticlesFirst } from '../lib/views.ts';

export const GET: APIRoute = async ({ site }) => {
	const articles = newestArticlesFirst(await getArticles());
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		site: absoluteUrl(siteUrl(), site),
		customData: `<language>${SITE_LANG}</language>`,
		items: articles.map((article) => ({
			title: article.data.title,
			link: absoluteUrl(articleUrl(article.id), site),
			pubDate: new Date(`${article.data.date}T00:00:00Z`),
			description: article.data.excerpt,
			categories: article.data.tags,
		})),
	});
};
