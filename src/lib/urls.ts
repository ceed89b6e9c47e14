/** Links inside the site, always under the configured base path (`DATELINE_BASE`); see `site-paths.ts`. */
import { sitePaths } from './site-paths.ts';

export const { siteUrl, articleUrl, actorUrl, speakerQuotesUrl, anchorUrl } = sitePaths(import.meta.env.BASE_URL);

/** The absolute address of a site path when the site's address (`DATELINE_SITE`) is known, else the path. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
