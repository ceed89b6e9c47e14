/** Links inside the site, always under the configured base path (`DATELINE_BASE`). */

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The site-relative URL of `path` (written without a leading slash or with one) under the base path. */
export function siteUrl(path = ''): string {
	return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** URL of an article's page. */
export function articleUrl(id: string): string {
	return siteUrl(`articles/${id}/`);
}

/** URL of an actor's page by its site-wide id. */
export function actorUrl(id: string): string {
	return siteUrl(`actors/${id}/`);
}

/** URL of the quotes of one speaker. */
export function speakerQuotesUrl(id: string): string {
	return siteUrl(`quotes/${id}/`);
}

/** URL of an entry's anchor inside its article (`q1`, `c2`, `e3`). */
export function anchorUrl(articleId: string, anchor: string): string {
	return `${articleUrl(articleId)}#${anchor}`;
}

/** The absolute address of a site path when the site's address (`DATELINE_SITE`) is known, else the path. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
