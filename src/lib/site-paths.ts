/**
 * Links inside the site under a given base path. Views use the bound versions in `urls.ts` (the
 * configured base path); code that runs outside Vite, such as the search indexer, passes the base.
 */

/** The site's internal links under one base path. */
export interface SitePaths {
	/** The site-relative URL of `path` (written without a leading slash or with one) under the base path. */
	siteUrl(path?: string): string;
	/** URL of an article's page. */
	articleUrl(id: string): string;
	/** URL of a page of the article list: the home page for the first, `page/<n>/` for the others. */
	articleListUrl(page: number): string;
	/** URL of an actor's page by its site-wide id. */
	actorUrl(id: string): string;
	/** URL of the quotes of one speaker. */
	speakerQuotesUrl(id: string): string;
	/** URL of an entry's anchor inside its article (`q1`, `c2`, `e3`). */
	anchorUrl(articleId: string, anchor: string): string;
	/** URL of the timeline's list of years, or of one year's page. */
	timelineUrl(year?: string): string;
	/** URL of a date (a TimeML value) on the timeline: its year's page, at the date's anchor. */
	timelineDateUrl(value: string): string;
}

/** The links of a site served under `base` (`/` or a sub-path such as `/news/`). */
export function sitePaths(base: string): SitePaths {
	const root = base.endsWith('/') ? base : `${base}/`;
	const siteUrl = (path = '') => `${root}${path.replace(/^\/+/, '')}`;
	const articleUrl = (id: string) => siteUrl(`articles/${id}/`);
	const timelineUrl = (year?: string) => siteUrl(year ? `timeline/${year}/` : 'timeline/');
	return {
		siteUrl,
		articleUrl,
		articleListUrl: (page) => siteUrl(page > 1 ? `page/${page}/` : ''),
		actorUrl: (id) => siteUrl(`actors/${id}/`),
		speakerQuotesUrl: (id) => siteUrl(`quotes/${id}/`),
		anchorUrl: (articleId, anchor) => `${articleUrl(articleId)}#${anchor}`,
		timelineUrl,
		timelineDateUrl: (value) => `${timelineUrl(timelineYear(value))}#${timelineAnchor(value)}`,
	};
}

/** The year whose timeline page holds a date (a TimeML value): its first four digits, `2025-W19-WE` → `2025`. */
export function timelineYear(value: string): string {
	return value.slice(0, 4);
}

/** The anchor of a date on its timeline page: `t-2025-05-15`. */
export function timelineAnchor(value: string): string {
	return `t-${value.replace(/[^0-9A-Za-z-]/g, '-')}`;
}
