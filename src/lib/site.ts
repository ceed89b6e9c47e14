/** Site-wide constants: one place for the name and description the pages show. */

/** The site's name, shown in the header and page titles. */
export const SITE_TITLE = 'Dateline';

/** The default description of a page. */
export const SITE_DESCRIPTION = 'News articles annotated with who is quoted, what is claimed and when things happened.';

/** Language of the site's interface and of the articles Dateline analyses. */
export const SITE_LANG = 'en';

/** The sections the navigation reaches. */
export type NavKey = 'articles' | 'quotes' | 'timeline' | 'actors' | 'search';

/** How many articles a page of the article list shows when `DATELINE_ARTICLES_PER_PAGE` does not say. */
export const DEFAULT_ARTICLES_PER_PAGE = 50;

/**
 * How many articles a page of the article list (`/`, `/page/2/`, …) shows: `DATELINE_ARTICLES_PER_PAGE`
 * (a whole number from 1), else {@link DEFAULT_ARTICLES_PER_PAGE}. Any other value stops the build,
 * naming the variable.
 */
export function articlesPerPage(value: string | undefined = process.env.DATELINE_ARTICLES_PER_PAGE): number {
	if (value === undefined || value.trim() === '') return DEFAULT_ARTICLES_PER_PAGE;
	if (!/^\s*[1-9]\d*\s*$/.test(value)) throw new Error(`DATELINE_ARTICLES_PER_PAGE: "${value}" is not a whole number of articles from 1 (unset, the list shows ${DEFAULT_ARTICLES_PER_PAGE} a page)`);
	return Number(value);
}
