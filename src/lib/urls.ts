/** Links inside the site, always under the configured base path (`DATELINE_BASE`); see `site-paths.ts`. */
import { sitePaths } from './site-paths.ts';

export const { siteUrl, articleUrl, articleListUrl, actorUrl, speakerQuotesUrl, anchorUrl, timelineUrl } = sitePaths(import.meta.env.BASE_URL);

/** The absolute address of a site path when the site's address (`DATELINE_SITE`) is known, else the path. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	if (!site) return path;
	// a path from the root in characters a URL keeps as they are needs no parsing (the data files hold hundreds of thousands)
	return PLAIN_ROOT_PATH.test(path) ? `${site.origin}${path}` : new URL(path, site).href;
}

/** From the root (not `//host`), no `.` or `..` segment, only characters a URL keeps as they are. */
const PLAIN_ROOT_PATH = /^\/(?!\/)(?!.*\/\.\.?(?:[/#]|$))[\w\-.~/#]*$/;
