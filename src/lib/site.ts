/** Site-wide constants: one place for the name and description the pages show. */

/** The site's name, shown in the header and page titles. */
export const SITE_TITLE = 'Dateline';

/** The default description of a page. */
export const SITE_DESCRIPTION = 'News articles annotated with who is quoted, what is claimed and when things happened.';

/** Language of the site's interface and of the articles Dateline analyses. */
export const SITE_LANG = 'en';

/** The sections the navigation reaches. */
export type NavKey = 'articles' | 'quotes' | 'timeline' | 'actors' | 'search';
